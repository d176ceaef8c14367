import type { Argument, Assignment, Span, SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import { constantAssignment, type ServerStart } from '../shared/servers';

/** A literal port found behind a server start. */
export interface LiteralPort {
  /** The port digits (`3000`). */
  port: string;
  /** The host written next to it, if any (`127.0.0.1`, `""`, `*`). */
  host?: string;
  /** The literal: the argument itself, or the value of the same-file constant it names. */
  literal: Argument;
  /** The literal's own text, without a keyword (`port=`, `Addr:`): what a fix rewrites. */
  span: Span;
  /** The constant the call reads, when the literal sits in its declaration. */
  constant?: Assignment;
}

function validPort(digits: string): boolean {
  const n = Number(digits);
  // 0 asks the OS for a free port (test servers): never configuration.
  return /^\d{1,5}$/.test(digits) && n > 0 && n <= 65535;
}

/** `":8080"`, `"127.0.0.1:8080"`, `"[::]:8080"` → host and port. */
function splitAddress(value: string): { host: string; port: string } | undefined {
  const m = /^(\[[^\]]*\]|[^:/\s]*):(\d+)$/.exec(value);
  return m ? { host: m[1], port: m[2] } : undefined;
}

/** `http://localhost:5000`, `http://*:5000/` → host and port (no port: the scheme's default, not ours to judge). */
function splitUrl(value: string): { host: string; port: string } | undefined {
  const m = /^[a-z]+:\/\/(\[[^\]]*\]|[^:/\s;]+):(\d+)\/?$/i.exec(value.split(';')[0].trim());
  return m ? { host: m[1], port: m[2] } : undefined;
}

function literalOf(facts: SyntaxFacts, arg: Argument): { literal: Argument; constant?: Assignment } | undefined {
  if (arg.kind === 'number' || arg.kind === 'string') return { literal: arg };
  if (arg.kind !== 'identifier') return undefined;
  const constant = constantAssignment(facts, arg.text);
  const value = constant?.value;
  if (!value || (value.kind !== 'number' && value.kind !== 'string')) return undefined;
  return { literal: value, constant };
}

/** An argument's value without its keyword: `5000` of `port=5000`, `":8080"` of `Addr: ":8080"`. */
export function valueSpan(text: string, index: LineIndex, arg: Argument): Span {
  if (arg.keyword === undefined) return arg;
  const raw = text.slice(arg.start, arg.end);
  const start = raw.endsWith(arg.text) ? arg.end - arg.text.length : arg.start + (/^[^=:]*[=:]\s*/.exec(raw)?.[0].length ?? 0);
  return { start, end: arg.end, range: index.range(start, arg.end) };
}

/** The literal port a server start binds, or undefined when the port comes from anywhere else. */
export function literalPort(facts: SyntaxFacts, text: string, index: LineIndex, start: ServerStart): LiteralPort | undefined {
  if (!start.port) return undefined;
  const found = literalOf(facts, start.port);
  if (!found) return undefined;
  const value = found.literal.value ?? found.literal.text;
  let parsed: { host?: string; port: string } | undefined;
  if (start.form === 'port') parsed = { port: value.trim(), host: start.host?.value };
  else if (start.form === 'address') parsed = splitAddress(value);
  else parsed = splitUrl(value);
  if (!parsed || !validPort(parsed.port)) return undefined;
  return { ...parsed, ...found, span: valueSpan(text, index, found.literal) };
}

/** `127.0.0.1`, `localhost`, `::1`: a bind that only the same machine (or container) can reach. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
