import { keywordArgument, removeArgument, replaceSpan } from '../../fixes/callEdits';
import { pythonImportEdits } from '../../fixes/envAccess';
import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { isStandardStream, STDOUT_TITLE, type Detection } from './file-handler-shared';

const FILE_HANDLERS = new Set(['FileHandler', 'RotatingFileHandler', 'TimedRotatingFileHandler', 'WatchedFileHandler']);
const LOGURU_FILE_OPTIONS = ['rotation', 'retention', 'compression', 'encoding', 'mode', 'delay', 'watch'];

function lastSegment(callee: string): string {
  return callee.slice(callee.lastIndexOf('.') + 1);
}

function fromLogging(facts: SyntaxFacts, call: Call): boolean {
  const name = lastSegment(call.callee);
  if (call.callee.includes('.')) return /^(logging|handlers|logging\.handlers)\./.test(call.callee);
  return facts.imports.names.get(name)?.startsWith('logging') ?? false;
}

function stdoutFix(context: RuleContext, edits: TextEdit[], facts: SyntaxFacts, needsLogging: boolean): EditFix {
  const imports = [...pythonImportEdits(facts, context.index, 'sys')];
  if (needsLogging) imports.push(...pythonImportEdits(facts, context.index, 'logging'));
  return { kind: 'edit', title: STDOUT_TITLE, edits: [...edits, ...imports], fixAll: true, preferred: true };
}

/**
 * A path held by a name the file never sets to a literal (`FileHandler(logfile)`, `self.cfg.errorlog`): a file
 * the program's user asked for (`--logfile`), not one the code picks.
 */
function pathFromCaller(facts: SyntaxFacts, target: Argument | undefined): boolean {
  if (!target || (target.kind !== 'identifier' && target.kind !== 'member')) return false;
  return !facts.assignments.some((a) => a.target === target.text && (a.value.kind === 'string' || /["']/.test(a.value.text)));
}

function handler(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  if (!FILE_HANDLERS.has(lastSegment(call.callee)) || !fromLogging(facts, call)) return undefined;
  const target = call.args.find((a) => a.keyword === 'filename') ?? call.args.find((a) => !a.keyword);
  if (target?.value !== undefined && isStandardStream(target.value)) return undefined;
  if (pathFromCaller(facts, target)) return undefined;
  const replacement = replaceSpan({ start: call.start, end: call.end, range: call.range }, 'logging.StreamHandler(sys.stdout)');
  const needsLogging = !facts.imports.modules.has('logging');
  return { call, api: `logging.${lastSegment(call.callee)}`, fix: stdoutFix(context, [replacement], facts, needsLogging) };
}

function basicConfig(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  if (!/(^|\.)basicConfig$/.test(call.callee)) return undefined;
  const filename = keywordArgument(call, 'filename');
  if (!filename || (filename.value !== undefined && isStandardStream(filename.value))) return undefined;
  const edits = [replaceSpan(filename, 'stream=sys.stdout')];
  const mode = keywordArgument(call, 'filemode');
  if (mode) edits.push(removeArgument(call, mode, context.index));
  return { call, api: 'logging.basicConfig(filename=…)', fix: stdoutFix(context, edits, facts, false) };
}

function loguru(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  if (call.callee !== 'logger.add' || !facts.imports.modules.has('loguru')) return undefined;
  const sink = call.args[0];
  if (sink?.kind !== 'string' || sink.value === undefined || isStandardStream(sink.value)) return undefined;
  const edits = [replaceSpan(sink, 'sys.stdout')];
  for (const option of LOGURU_FILE_OPTIONS) {
    const arg = keywordArgument(call, option);
    if (arg) edits.push(removeArgument(call, arg, context.index));
  }
  return { call, api: 'loguru logger.add(<file>)', fix: stdoutFix(context, edits, facts, false) };
}

/** Python: logging file handlers, `basicConfig(filename=…)`, loguru file sinks. */
export function detectPython(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = handler(context, facts, call) ?? basicConfig(context, facts, call) ?? loguru(context, facts, call);
    if (detection) found.push(detection);
  }
  for (const literal of facts.strings) {
    if (literal.name === 'class' && /^logging\.(handlers\.)?(\w*File\w*Handler)$/.test(literal.value)) {
      found.push({ span: literal, api: literal.value });
    }
  }
  return found;
}
