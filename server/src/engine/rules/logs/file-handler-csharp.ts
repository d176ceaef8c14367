import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { importsModule, lastSegment, lastSegmentSpan, looksLikeLogPath, stdoutEdit, type Detection } from './file-handler-shared';

/** Named arguments of Serilog's `WriteTo.File` that `WriteTo.Console` also accepts. */
const CONSOLE_KEYWORDS = new Set(['restrictedToMinimumLevel', 'outputTemplate', 'formatProvider', 'levelSwitch']);

/** Classes that write log files, with the namespace that must be imported (or prefix the name). */
const FILE_TARGETS: ReadonlyArray<{ name: string; namespace: string; api: string }> = [
  { name: 'FileTarget', namespace: 'NLog.Targets', api: 'NLog FileTarget' },
  { name: 'RollingFileAppender', namespace: 'log4net.Appender', api: 'log4net RollingFileAppender' },
  { name: 'FileAppender', namespace: 'log4net.Appender', api: 'log4net FileAppender' },
];

function source(context: RuleContext, arg: Argument): string {
  return context.text.slice(arg.start, arg.end);
}

function serilogConsoleArgs(context: RuleContext, call: Call): string {
  const kept: string[] = [];
  const first = call.args[0];
  // `File(new CompactJsonFormatter(), "log.json")`: the formatter stays, as Console's first argument.
  if (first && !first.keyword && first.kind === 'call' && /^new\s/.test(first.text)) kept.push(source(context, first));
  for (const arg of call.args) if (arg.keyword && CONSOLE_KEYWORDS.has(arg.keyword)) kept.push(source(context, arg));
  return `(${kept.join(', ')})`;
}

function serilog(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  const m = /(^|\.)WriteTo\.(File|RollingFile)$/.exec(call.callee);
  if (!m || !(facts.imports.modules.has('Serilog') || call.callee.includes('Serilog'))) return undefined;
  const name = lastSegmentSpan(call, context.text, context.index);
  return { call, span: name, api: `Serilog WriteTo.${m[2]}`, fix: name ? serilogFix(context, call, name.start) : undefined };
}

function serilogFix(context: RuleContext, call: Call, nameStart: number) {
  if (!call.callee.includes('WriteTo.Console')) {
    return stdoutEdit([{ range: context.index.range(nameStart, call.argsSpan.end), newText: `Console${serilogConsoleArgs(context, call)}` }], true);
  }
  // The chain already writes to the console: drop `.WriteTo.File(…)` rather than log every event twice.
  const before = context.text.slice(0, nameStart);
  const dot = /\.\s*WriteTo\s*\.\s*$/.exec(before);
  if (!dot) return undefined;
  const start = before.slice(0, dot.index).trimEnd().length;
  return stdoutEdit([{ range: context.index.range(start, call.argsSpan.end), newText: '' }], true, 'Remove the file sink (the console sink stays)');
}

function fileTarget(facts: SyntaxFacts, call: Call): Detection | undefined {
  if (!call.isNew) return undefined;
  const name = lastSegment(call.callee);
  const target = FILE_TARGETS.find((t) => t.name === name);
  if (!target) return undefined;
  const qualified = call.callee === `${target.namespace}.${name}`;
  return qualified || facts.imports.modules.has(target.namespace) ? { call, api: target.api } : undefined;
}

function addFile(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  // AddFile is a common name (zip archives, multipart forms): require the logging namespace and a log-like path.
  if (!/\.AddFile$/.test(call.callee) || !importsModule(facts, /^(Microsoft\.Extensions\.Logging|Serilog|NetEscapades)/)) return undefined;
  const path = call.args[0];
  if (path?.value === undefined || !looksLikeLogPath(path.value)) return undefined;
  const name = lastSegmentSpan(call, context.text, context.index);
  const fix = name ? stdoutEdit([{ range: context.index.range(name.start, call.argsSpan.end), newText: 'AddConsole()' }], false) : undefined;
  return { call, span: name, api: 'ILoggingBuilder.AddFile', fix };
}

/** C#: Serilog file sinks, NLog FileTarget, log4net file appenders, `AddFile(…)`. */
export function detectCSharp(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = serilog(context, facts, call) ?? fileTarget(facts, call) ?? addFile(context, facts, call);
    if (detection) found.push(detection);
  }
  return found;
}
