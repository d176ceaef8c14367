import type { Call, Span, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage, Severity } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { serverStarts, type ServerStart } from '../shared/servers';
import { braceBlock, contains, indentedBlock, mainBlock, type Block } from './no-sigterm-handler-blocks';

/** A long-running entrypoint with no shutdown handling. */
export interface Detection {
  span: Span;
  /** What runs forever, as the message names it. */
  what: string;
  severity: Severity;
  /** A server drops requests; a worker loop drops jobs. */
  kind: 'server' | 'loop';
  /** Node: the listen call, for the shutdown fix. */
  start?: ServerStart;
}

/** Node libraries that install SIGTERM handling around a server. */
const NODE_SHUTDOWN_MODULES = /^(http-terminator|stoppable|@godaddy\/terminus|lightship|close-with-grace|http-graceful-shutdown|@moebius\/http-graceful-shutdown|exit-hook|async-exit-hook|fastify-graceful-shutdown|death)$/;
/** Java frameworks whose runtime drains and stops on SIGTERM. */
const JAVA_MANAGED = /^(org\.springframework|io\.quarkus|io\.micronaut|io\.helidon|io\.dropwizard)/;
/** .NET hosting that handles SIGTERM (Generic Host, ASP.NET Core) or code that already reacts to it. */
const CSHARP_HANDLED = /\b(CancellationToken|ProcessExit|PosixSignalRegistration|CancelKeyPress|BackgroundService|IHostedService|WebApplication|CreateDefaultBuilder|CreateApplicationBuilder|IHost)\b/;

/** Calls that take the next job or message: their presence makes a forever-loop a queue consumer. */
const CONSUME = /^(receive_messages?|receiveMessages?|basic_get|basic_consume|consume|poll|blpop|brpop|brpoplpush|blmove|bzpopmin|xread|xreadgroup|get_message|dequeue|deq|reserve|recv_json|recv_multipart|Receive\w*|Consume\w*|BasicGet|Dequeue|TryDequeue|Take|TryTake|ListLeftPop|ListRightPop|brPop|blPop|receiveMessage|pop)$/;
/** Generic verbs that consume only when the receiver is a queue-like object (`queue.get()`, `q.pop`). */
const QUEUE_VERB = /^(get|get_nowait|pop|shift|recv|receive|take|next|wait|read|ReadAsync)$/;
const QUEUE_RECEIVER = /(^|[._])(queue|q|jobs?|tasks?|inbox|channel|chan|sub|subscriber|subscription|consumer|pubsub|mq|reader|Reader|Queue)$/i;

function isConsumeCall(call: Call): boolean {
  const dot = call.callee.lastIndexOf('.');
  if (dot < 0) return false;
  const verb = call.callee.slice(dot + 1);
  // `events.Receiver(conn)`, `new Consumer(...)`: building the consumer object is not taking a message.
  if (/^(Receiver|Consumer)s?$/.test(verb)) return false;
  if (CONSUME.test(verb)) return verb !== 'pop' || QUEUE_RECEIVER.test(call.callee.slice(0, dot));
  return QUEUE_VERB.test(verb) && QUEUE_RECEIVER.test(call.callee.slice(0, dot).replace(/^\$/, ''));
}

function span(context: RuleContext, start: number, end: number): Span {
  return { start, end, range: context.index.range(start, end) };
}

/** Forever-loops (per the language's pattern) whose body consumes a queue. */
function consumerLoops(context: RuleContext, facts: SyntaxFacts, header: RegExp, body: (skeleton: string, at: number) => Block | undefined): Detection[] {
  const skeleton = codeSkeleton(facts, context.text);
  const found: Detection[] = [];
  const re = new RegExp(header.source, header.ignoreCase ? 'gmi' : 'gm');
  for (let m = re.exec(skeleton); m; m = re.exec(skeleton)) {
    const at = m.index + (m[1]?.length ?? 0);
    const block = body(skeleton, at);
    if (!block || !facts.calls.some((c) => contains(block, c.start) && isConsumeCall(c))) continue;
    found.push({ span: span(context, at, m.index + m[0].trimEnd().length), what: 'This worker loop', severity: 'info', kind: 'loop' });
  }
  return found;
}

function node(context: RuleContext, facts: SyntaxFacts): Detection[] {
  if (facts.strings.some((s) => s.value === 'SIGTERM' || s.value === 'SIGINT')) return [];
  if ([...facts.imports.modules].some((m) => NODE_SHUTDOWN_MODULES.test(m))) return [];
  if (facts.calls.some((c) => /(^|\.)enableShutdownHooks$/.test(c.callee))) return [];
  const skeleton = codeSkeleton(facts, context.text);
  const exports = /^\s*(export\s|module\.exports\b|exports\.)/m.test(skeleton) && !/require\.main\s*===?\s*module/.test(skeleton);
  return serverStarts({ facts, text: context.text, index: context.index })
    .filter((s) => s.api.endsWith('.listen'))
    // A module that exports is a library or an app for someone else to start, unless it listens at top level.
    .filter((s) => !exports || /^\S/.test(context.index.lineText(s.call.range.start.line)))
    .map((s) => ({ span: s.call.calleeSpan, what: `${s.api}(…)`, severity: 'warning' as const, kind: 'server' as const, start: s }));
}

function go(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const skeleton = codeSkeleton(facts, context.text);
  if (/\bsignal\.Notify(Context)?\b|\.Shutdown\(/.test(skeleton)) return [];
  const main = mainBlock(skeleton, /\bfunc\s+main\s*\(\s*\)\s*/);
  if (!main) return [];
  return serverStarts({ facts, text: context.text, index: context.index })
    .filter((s) => contains(main, s.call.start) && /(ListenAndServe(TLS)?|\.Start(TLS)?|\.Run(TLS)?|\.Listen(TLS)?)$/.test(s.call.callee) && !/^(net|tls)\./.test(s.call.callee))
    .map((s) => ({ span: s.call.calleeSpan, what: `${s.call.callee}(…)`, severity: 'warning' as const, kind: 'server' as const, start: s }));
}

function python(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const skeleton = codeSkeleton(facts, context.text);
  if (/\bSIGTERM\b|add_signal_handler/.test(skeleton) || !/^if\s+__name__\s*==\s*['"]/m.test(skeleton)) return [];
  // serve_forever() is left alone: a stdlib server is a health or dev endpoint far more often than a service.
  return consumerLoops(context, facts, /^([ \t]*)while\s+(True|1)\s*:/, indentedBlock);
}

function java(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const skeleton = codeSkeleton(facts, context.text);
  if (/\baddShutdownHook\b/.test(skeleton) || [...facts.imports.modules].some((m) => JAVA_MANAGED.test(m))) return [];
  const main = mainBlock(skeleton, /\bstatic\s+(?:\w+\s+)*void\s+main\s*\([^)]*\)\s*(throws\s+[\w.,\s]+)?/);
  if (!main) return [];
  return serverStarts({ facts, text: context.text, index: context.index })
    .filter((s) => contains(main, s.call.start) && /^(Https?Server\.create|ServerSocket)$/.test(s.call.callee))
    .map((s) => ({ span: s.call.calleeSpan, what: `${s.call.callee}(…)`, severity: 'info' as const, kind: 'server' as const }));
}

function csharp(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const skeleton = codeSkeleton(facts, context.text);
  if (CSHARP_HANDLED.test(skeleton)) return [];
  // A process runs from Main or from top-level statements (which come before any type); a loop in any other
  // class is a library's (an async lock draining its own in-memory queue), started by someone else's process.
  const entry = /\bstatic\s+(?:async\s+)?[\w<>]+\s+Main\s*\(/.test(skeleton);
  const topLevel = (at: number) => !/^\s*(?:namespace|(?:(?:public|internal|sealed|static|abstract|partial)\s+)*(?:class|struct|record))\b/m.test(skeleton.slice(0, at));
  return consumerLoops(context, facts, /^([ \t]*)while\s*\(\s*true\s*\)/, braceBlock).filter((d) => entry || topLevel(d.span.start));
}

function ruby(context: RuleContext, facts: SyntaxFacts): Detection[] {
  if (facts.calls.some((c) => /^(Signal\.)?trap$/.test(c.callee)) || /(^|\/)config\/puma/.test(context.path)) return [];
  return consumerLoops(context, facts, /^([ \t]*)(loop\s+do|while\s+true)\b/, indentedBlock);
}

function php(context: RuleContext, facts: SyntaxFacts): Detection[] {
  if (facts.calls.some((c) => c.callee === 'pcntl_signal' || c.callee === 'pcntl_async_signals')) return [];
  if ([...facts.imports.modules].some((m) => /^(Illuminate|Symfony\\Component\\Messenger)/.test(m))) return [];
  return consumerLoops(context, facts, /^([ \t]*)(while\s*\(\s*(true|1)\s*\)|for\s*\(\s*;\s*;\s*\))/i, braceBlock);
}

const DETECTORS: Record<CodeLanguage, (context: RuleContext, facts: SyntaxFacts) => Detection[]> = {
  javascript: node,
  typescript: node,
  tsx: node,
  go,
  python,
  java,
  csharp,
  ruby,
  php,
};

/** The first long-running start without shutdown handling in the file (one finding per file). */
export function detect(context: RuleContext): Detection | undefined {
  const facts = context.facts;
  const detector = facts ? DETECTORS[facts.language as CodeLanguage] : undefined;
  return facts && detector ? detector(context, facts)[0] : undefined;
}
