/**
 * "This file starts a server": the listen calls of the servers and frameworks
 * people use, per language, with the argument that carries the port and the
 * host. Shared by the port-binding, disposability and concurrency rules.
 */
import type { Argument, Assignment, Call, SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import type { CodeLanguage } from '../../types';

/** The file being read: facts plus the text they index. */
interface Source {
  facts: SyntaxFacts;
  text: string;
  index: LineIndex;
}

/** How the port argument encodes the port. */
export type PortForm =
  /** A port number (or a name bound to one). */
  | 'port'
  /** A `host:port` address string (Go `":8080"`). */
  | 'address'
  /** A URL (`http://localhost:5000`). */
  | 'url';

/** One call that starts listening for connections. */
export interface ServerStart {
  call: Call;
  /** The API as messages name it (`app.listen`, `http.ListenAndServe`). */
  api: string;
  /** Known when the server object's origin is visible in the file (decides whether a shutdown fix is exact). */
  framework?: 'express' | 'koa' | 'node-http' | 'fastify' | 'nest';
  port?: Argument;
  form: PortForm;
  host?: Argument;
}

/** Where a sink's argument is: a keyword, a position, and optionally a property of an object argument. */
interface Pick {
  keyword?: string;
  index?: number;
  property?: string;
}

interface Sink {
  language: CodeLanguage | 'js';
  callee: RegExp;
  /** The API as messages name it, when the callee text is not enough. */
  api?: string;
  /** A module the file must import (or a text it must contain) for the callee to mean this API. */
  module?: RegExp;
  /** The first argument's text must match (`:port` for Sinatra's `set`). */
  first?: RegExp;
  /** The receiver must be created by a matching factory in this file, or be named `app`. */
  receiver?: RegExp;
  port?: Pick;
  host?: Pick;
  form: PortForm;
  /** Builds the start when the port is nested in another call. */
  build?: (source: Source, call: Call) => ServerStart;
}

const PY_WEB = /^(flask|quart|sanic|bottle|dash)(\.|$)/;
const SINKS: readonly Sink[] = [
  { language: 'js', callee: /^(Bun|Deno)\.serve$/, port: { index: 0, property: 'port' }, host: { index: 0, property: 'hostname' }, form: 'port' },
  { language: 'js', callee: /^serve$/, module: /^@hono\/node-server$/, port: { index: 0, property: 'port' }, host: { index: 0, property: 'hostname' }, form: 'port' },
  { language: 'python', callee: /^\w+\.run$/, module: PY_WEB, receiver: /^(flask\.|quart\.|sanic\.|bottle\.|dash\.)?(Flask|Quart|Sanic|Bottle|Dash)\(/, port: { keyword: 'port', index: 1 }, host: { keyword: 'host', index: 0 }, form: 'port' },
  { language: 'python', callee: /^(bottle\.)?run$/, module: /^bottle$/, port: { keyword: 'port' }, host: { keyword: 'host' }, form: 'port' },
  { language: 'python', callee: /^socketio\.run$/, module: /^flask_socketio$/, port: { keyword: 'port', index: 2 }, host: { keyword: 'host', index: 1 }, form: 'port' },
  { language: 'python', callee: /^uvicorn\.run$/, module: /^uvicorn$/, port: { keyword: 'port' }, host: { keyword: 'host' }, form: 'port' },
  { language: 'python', callee: /^(aiohttp\.)?web\.run_app$/, module: /^aiohttp/, port: { keyword: 'port' }, host: { keyword: 'host' }, form: 'port' },
  { language: 'python', callee: /^(aiohttp\.)?web\.TCPSite$/, module: /^aiohttp/, port: { keyword: 'port', index: 2 }, host: { keyword: 'host', index: 1 }, form: 'port' },
  { language: 'python', callee: /^(waitress\.)?serve$/, module: /^waitress$/, port: { keyword: 'port' }, host: { keyword: 'host' }, form: 'port' },
  { language: 'python', callee: /^(wsgiref\.simple_server\.|simple_server\.)?make_server$/, module: /^wsgiref/, port: { keyword: 'port', index: 1 }, host: { keyword: 'host', index: 0 }, form: 'port' },
  { language: 'python', callee: /^asyncio\.start_server$/, module: /^asyncio$/, port: { keyword: 'port', index: 2 }, host: { keyword: 'host', index: 1 }, form: 'port' },
  { language: 'python', callee: /^\w+\.listen$/, module: /^tornado/, port: { keyword: 'port', index: 0 }, host: { keyword: 'address', index: 1 }, form: 'port' },
  { language: 'python', callee: /^((http\.server|socketserver)\.)?(Threading|Forking)?(HTTP|TCP|UDP)Server$/, module: /^(http\.server|socketserver)$/, form: 'port', build: pythonAddressTuple },
  { language: 'go', callee: /^http\.ListenAndServe(TLS)?$/, module: /^net\/http$/, port: { index: 0 }, form: 'address' },
  { language: 'go', callee: /^http\.Server$/, module: /^net\/http$/, port: { keyword: 'Addr' }, form: 'address' },
  { language: 'go', callee: /^\w+\.ListenAndServe(TLS)?$/, module: /^net\/http$/, form: 'address' },
  { language: 'go', callee: /^(net|tls)\.Listen$/, module: /^(net|crypto\/tls)$/, port: { index: 1 }, form: 'address' },
  { language: 'go', callee: /^\w+\.Start(TLS)?$/, module: /^github\.com\/labstack\/echo/, port: { index: 0 }, form: 'address' },
  { language: 'go', callee: /^\w+\.Run(TLS)?$/, module: /^github\.com\/gin-gonic\/gin$/, port: { index: 0 }, form: 'address' },
  { language: 'go', callee: /^\w+\.Listen(TLS)?$/, module: /^github\.com\/gofiber\/fiber/, port: { index: 0 }, form: 'address' },
  { language: 'java', callee: /^(Javalin\.create(\(.*\))?|app|javalin|server)\.start$/, module: /^io\.javalin/, port: { index: -1 }, host: { index: -2 }, form: 'port' },
  { language: 'java', callee: /^(Spark\.)?port$/, api: 'Spark port()', module: /^spark(\.Spark)?$/, port: { index: 0 }, form: 'port' },
  { language: 'java', callee: /^ServerSocket$/, module: /^java\.net/, port: { index: 0 }, form: 'port' },
  { language: 'java', callee: /^Https?Server\.create$/, module: /^com\.sun\.net\.httpserver/, form: 'port', build: javaHttpServer },
  { language: 'csharp', callee: /^\w+\.Run(Async)?$/, module: /WebApplication/, port: { index: 0 }, form: 'url' },
  { language: 'csharp', callee: /\.UseUrls$/, port: { index: 0 }, form: 'url' },
  { language: 'csharp', callee: /^\w+\.Listen(AnyIP|Localhost)$/, module: /Kestrel/, port: { index: 0 }, form: 'port' },
  { language: 'csharp', callee: /^\w+\.Listen$/, module: /Kestrel/, first: /^(IPAddress\.|new IPEndPoint)/, port: { index: 1 }, host: { index: 0 }, form: 'port' },
  { language: 'ruby', callee: /^set$/, api: 'Sinatra set :port', module: /sinatra/i, first: /^:port$/, port: { index: 1 }, form: 'port' },
  { language: 'ruby', callee: /^WEBrick\.HTTPServer\.new$/, api: 'WEBrick::HTTPServer.new', module: /webrick/i, port: { keyword: 'Port' }, host: { keyword: 'BindAddress' }, form: 'port' },
  { language: 'ruby', callee: /^Rack(up)?\.Handler\.\w+\.run$/, port: { keyword: 'Port' }, host: { keyword: 'Host' }, form: 'port' },
  { language: 'php', api: 'Swoole HTTP server', callee: /^(\\?Swoole\.(Http|WebSocket)\.Server|\\?OpenSwoole\.Http\.Server)$/, port: { index: 1 }, host: { index: 0 }, form: 'port' },
];

/** Server-object factories whose `.listen` starts an HTTP server, and what they create. */
const JS_FACTORIES: ReadonlyArray<[RegExp, ServerStart['framework']]> = [
  [/^(?:await\s+)?(?:express|require\(\s*['"]express['"]\s*\))\s*\(/, 'express'],
  [/^(?:new\s+)?Koa\s*\(/, 'koa'],
  [/^(?:(?:http|https|http2|net)\.)?create(?:Secure)?Server\s*\(/, 'node-http'],
  [/^(?:await\s+)?(?:fastify|Fastify)\s*\(/, 'fastify'],
  [/^(?:await\s+)?NestFactory\.create\w*\s*[(<]/, 'nest'],
];
/** Modules whose presence says a `.listen` in the file belongs to a web server. */
const JS_SERVER_MODULES = /^(node:)?(express|fastify|koa|http|https|http2|net|@nestjs\/core|restify|polka|connect|@hapi\/hapi|socket\.io|json-server|@tinyhttp\/app|hyper-express)$/;
const JS_LANGUAGES = new Set(['javascript', 'typescript', 'tsx']);

function hasModule(facts: SyntaxFacts, module: RegExp): boolean {
  for (const name of facts.imports.modules) if (module.test(name)) return true;
  return false;
}

function argumentAt(call: Call, pick: Pick | undefined): Argument | undefined {
  if (!pick) return undefined;
  let arg = pick.keyword !== undefined ? call.args.find((a) => a.keyword === pick.keyword) : undefined;
  if (!arg && pick.index !== undefined) {
    const positional = call.args.filter((a) => a.keyword === undefined);
    const i = pick.index < 0 ? positional.length + pick.index : pick.index;
    arg = i >= 0 ? positional[i] : undefined;
  }
  if (arg && pick.property !== undefined) return arg.properties?.find((p) => p.key === pick.property)?.value;
  return arg;
}

function frameworkOf(expression: string): ServerStart['framework'] | 'unknown' | undefined {
  for (const [pattern, framework] of JS_FACTORIES) if (pattern.test(expression)) return framework;
  return undefined;
}

/** What a `.listen` receiver is: created by a known factory in this file, or a server by weaker evidence. */
function jsReceiver(facts: SyntaxFacts, receiver: string): ServerStart['framework'] | 'unknown' | undefined {
  const direct = frameworkOf(receiver);
  if (direct) return direct;
  for (const a of facts.assignments) {
    if (a.target !== receiver) continue;
    const framework = frameworkOf(a.value.text);
    if (framework) return framework;
  }
  const imported = facts.imports.names.get(receiver);
  if (imported !== undefined && imported.startsWith('.') && /^(app|server|application)$/i.test(receiver)) return 'unknown';
  return hasModule(facts, JS_SERVER_MODULES) ? 'unknown' : undefined;
}

function jsListen(facts: SyntaxFacts, call: Call): ServerStart | undefined {
  if (!call.callee.endsWith('.listen') || call.isNew) return undefined;
  const receiver = call.callee.slice(0, -'.listen'.length);
  const first = call.args[0];
  const options = first?.kind === 'object' ? first : undefined;
  const port = options ? options.properties?.find((p) => p.key === 'port')?.value : first;
  const host = options ? options.properties?.find((p) => p.key === 'host')?.value : call.args.find((a, i) => i > 0 && a.kind === 'string');
  const literalPort = port?.kind === 'number' || (port?.kind === 'identifier' && constantAssignment(facts, port.text)?.value.kind === 'number');
  const framework = jsReceiver(facts, receiver) ?? (literalPort ? 'unknown' : undefined);
  if (!framework) return undefined;
  return { call, api: `${receiver.includes('(') ? receiver.replace(/\(.*$/s, '(…)') : receiver}.listen`, framework: framework === 'unknown' ? undefined : framework, port, host, form: 'port' };
}

function receiverMatches(facts: SyntaxFacts, call: Call, factory: RegExp): boolean {
  const receiver = call.callee.slice(0, call.callee.lastIndexOf('.'));
  return receiver === 'app' || facts.assignments.some((a) => a.target === receiver && factory.test(a.value.text));
}

/** `HttpServer.create(new InetSocketAddress([host,] port), backlog)`: the port is inside the address. */
function javaHttpServer({ facts }: Source, call: Call): ServerStart {
  const address = call.args[0];
  const inner = address && facts.calls.find((c) => c.callee === 'InetSocketAddress' && c.start >= address.start && c.end <= address.end);
  const args = inner?.args ?? [];
  const port = args.length > 0 ? args[args.length - 1] : undefined;
  return { call, api: call.callee, port, host: args.length === 2 ? args[0] : undefined, form: 'port' };
}

/** `HTTPServer(("", 8000), Handler)`: host and port are the items of a tuple, which facts do not split. */
function pythonAddressTuple({ text, index }: Source, call: Call): ServerStart {
  const start: ServerStart = { call, api: call.callee, form: 'port' };
  const address = call.args[0];
  if (address?.kind !== 'array') return start;
  const m = /^\(\s*(?:(['"])([^'"]*)\1|[\w.]+)\s*,\s*(\d+|[A-Za-z_]\w*)\s*,?\s*\)$/.exec(text.slice(address.start, address.end));
  if (!m) return start;
  const portText = m[3];
  const portStart = address.start + m[0].lastIndexOf(portText);
  const span = (s: number, e: number) => ({ start: s, end: e, range: index.range(s, e) });
  start.port = { ...span(portStart, portStart + portText.length), kind: /^\d/.test(portText) ? 'number' : 'identifier', text: portText };
  if (m[1]) {
    const hostStart = address.start + m[0].indexOf(m[1]);
    start.host = { ...span(hostStart, hostStart + m[2].length + 2), kind: 'string', text: m[1] + m[2] + m[1], value: m[2] };
  }
  return start;
}

function sinkStart(source: Source, call: Call, sink: Sink): ServerStart | undefined {
  const { facts, text } = source;
  if (!sink.callee.test(call.callee)) return undefined;
  if (sink.module && !hasModule(facts, sink.module) && !(facts.language !== 'python' && facts.language !== 'go' && sink.module.test(text))) return undefined;
  if (sink.first && !sink.first.test(call.args[0]?.text ?? '')) return undefined;
  if (sink.receiver && !receiverMatches(facts, call, sink.receiver)) return undefined;
  if (sink.build) return sink.build(source, call);
  return { call, api: sink.api ?? call.callee, port: argumentAt(call, sink.port), host: argumentAt(call, sink.host), form: sink.form };
}

const cache = new WeakMap<SyntaxFacts, ServerStart[]>();

/** Every call in the file that starts a server, in source order. */
export function serverStarts(source: Source): ServerStart[] {
  const facts = source.facts;
  let starts = cache.get(facts);
  if (starts) return starts;
  starts = [];
  const js = JS_LANGUAGES.has(facts.language);
  const sinks = SINKS.filter((s) => s.language === facts.language || (js && s.language === 'js'));
  for (const call of facts.calls) {
    let start = js ? jsListen(facts, call) : undefined;
    for (const sink of sinks) start ??= sinkStart(source, call, sink);
    if (start) starts.push(start);
  }
  cache.set(facts, starts);
  return starts;
}

/** The single assignment of a same-file name, when it is bound exactly once (`const PORT = 3000`). */
export function constantAssignment(facts: SyntaxFacts, name: string): Assignment | undefined {
  const bound = facts.assignments.filter((a) => a.target === name || a.target === `this.${name}` || a.target === `self.${name}`);
  return bound.length === 1 ? bound[0] : undefined;
}
