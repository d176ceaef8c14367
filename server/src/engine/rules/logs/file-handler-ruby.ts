import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { isStandardStream, looksLikeLogPath, stdoutEdit, type Detection } from './file-handler-shared';

const LOGGER_CLASSES = new Set(['Logger.new', '.Logger.new', 'ActiveSupport.Logger.new']);

/** Ruby's stdlib Logger is the one in use: required, or a Rails file (Rails autoloads it). */
function hasLoggerEvidence(context: RuleContext, facts: SyntaxFacts): boolean {
  if (facts.imports.modules.has('logger')) return true;
  return /\b(Rails|ActiveSupport)\b/.test(codeSkeleton(facts, context.text));
}

/** The log device is a file: a path literal, or an expression building a log path (`Rails.root.join("log", …)`). */
function isFileDevice(arg: Argument | undefined): boolean {
  if (!arg || arg.keyword) return false;
  if (arg.kind === 'string') return arg.value !== undefined && !isStandardStream(arg.value);
  return (arg.kind === 'call' || arg.kind === 'other') && /["']/.test(arg.text) && looksLikeLogPath(arg.text) && !/\bFile\.open\b/.test(arg.text);
}

function fix(context: RuleContext, call: Call) {
  // Logger.new(logdev, shift_age, shift_size, **options): the device becomes $stdout, the rotation
  // arguments go, and keyword options (level:, formatter:, progname:) stay.
  const positional = call.args.filter((a) => !a.keyword);
  const keywords = call.args.filter((a) => a.keyword).map((a) => context.text.slice(a.start, a.end));
  if (positional.length > 3) return undefined;
  const args = ['$stdout', ...keywords].join(', ');
  return stdoutEdit([{ range: call.argsSpan.range, newText: `(${args})` }], true);
}

/** Ruby: `Logger.new(<file>)`, `ActiveSupport::Logger.new(<file>)`, with or without rotation arguments. */
export function detectRuby(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    if (!LOGGER_CLASSES.has(call.callee.replace(/^::/, '.')) || !isFileDevice(call.args[0])) continue;
    if (!hasLoggerEvidence(context, facts)) return [];
    const api = call.callee.startsWith('ActiveSupport') ? 'ActiveSupport::Logger.new(<file>)' : 'Logger.new(<file>)';
    const span = { start: call.start, end: call.argsSpan.start, range: context.index.range(call.start, call.argsSpan.start) };
    found.push({ call, span, api, fix: call.argsSpan.end > call.argsSpan.start ? fix(context, call) : undefined });
  }
  return found;
}
