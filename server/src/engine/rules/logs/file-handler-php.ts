import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { isStandardStream, looksLikeLogPath, stdoutEdit, type Detection } from './file-handler-shared';

const MONOLOG = 'Monolog\\Handler';
const STDOUT = "'php://stdout'";

function monologClass(facts: SyntaxFacts, call: Call): string | undefined {
  if (!call.isNew) return undefined;
  const m = /^(?:Monolog\.Handler\.)?(StreamHandler|RotatingFileHandler)$/.exec(call.callee);
  if (!m) return undefined;
  const qualified = call.callee.startsWith('Monolog.');
  return qualified || facts.imports.names.get(m[1]) === MONOLOG ? m[1] : undefined;
}

/** A stream argument that is a file: a path literal, or a path built from `__DIR__`, `storage_path()` and the like. */
function isFileStream(arg: Argument | undefined): boolean {
  if (!arg || arg.keyword) return false;
  if (arg.kind === 'string') return arg.value !== undefined && !arg.value.startsWith('php://') && !isStandardStream(arg.value);
  if (arg.kind !== 'call' && arg.kind !== 'other') return false;
  return !/php:\/\//.test(arg.text) && (looksLikeLogPath(arg.text) || /__DIR__|storage_path|base_path|var_path/.test(arg.text));
}

function source(context: RuleContext, arg: Argument): string {
  return context.text.slice(arg.start, arg.end);
}

function monologFix(context: RuleContext, facts: SyntaxFacts, call: Call, cls: string) {
  if (call.args.some((a) => a.keyword)) return undefined;
  if (cls === 'StreamHandler') return stdoutEdit([{ range: call.args[0].range, newText: STDOUT }], true);
  // RotatingFileHandler($filename, $maxFiles, $level, $bubble, …) → StreamHandler($stream, $level, $bubble).
  const kept = call.args.slice(2, 4).map((a) => source(context, a));
  const name = facts.imports.names.get('StreamHandler') === MONOLOG ? 'StreamHandler' : '\\Monolog\\Handler\\StreamHandler';
  const edits = [{ range: context.index.range(call.calleeSpan.start, call.argsSpan.end), newText: `${name}(${[STDOUT, ...kept].join(', ')})` }];
  return stdoutEdit(edits, true);
}

/** A path read from the app's logging configuration (`$config['path']`, `config('logging.path')`): its choice, made there. */
const FROM_CONFIG = /^(\$\w*(config|options|settings|opts)\b|\$this->(config|options)\b|config\()/i;

function monolog(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  const cls = monologClass(facts, call);
  if (FROM_CONFIG.test(call.args[0]?.text ?? '')) return undefined;
  if (!cls || (cls === 'StreamHandler' && !isFileStream(call.args[0]))) return undefined;
  if (cls === 'RotatingFileHandler' && call.args.length === 0) return undefined;
  return { call, api: `Monolog ${cls}`, fix: monologFix(context, facts, call, cls) };
}

function errorLog(context: RuleContext, call: Call): Detection | undefined {
  if (call.callee !== 'error_log' || call.args[1]?.text !== '3' || call.args.length < 3) return undefined;
  const destination = call.args[2];
  if (destination.value !== undefined && isStandardStream(destination.value)) return undefined;
  // Without a type, error_log() goes to the SAPI logger: stderr for the CLI and for FPM with catch_workers_output.
  const fix = stdoutEdit([{ range: call.argsSpan.range, newText: `(${source(context, call.args[0])})` }], true, 'Log through the SAPI logger instead');
  return { call, api: 'error_log($message, 3, <file>)', fix };
}

function iniSet(call: Call): Detection | undefined {
  if (call.callee !== 'ini_set' || call.args[0]?.value !== 'error_log') return undefined;
  const value = call.args[1]?.value;
  if (value === undefined || value === '' || value === 'syslog' || isStandardStream(value)) return undefined;
  return { call, api: "ini_set('error_log', <file>)" };
}

/** PHP: Monolog file handlers, `error_log(…, 3, <file>)`, `ini_set('error_log', <file>)`. */
export function detectPhp(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = monolog(context, facts, call) ?? errorLog(context, call) ?? iniSet(call);
    if (detection) found.push(detection);
  }
  return found;
}
