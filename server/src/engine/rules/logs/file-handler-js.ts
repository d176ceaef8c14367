import { replaceSpan } from '../../fixes/callEdits';
import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix, TextEdit } from '../../types';
import { isStandardStream, looksLikeLogPath, STDOUT_TITLE, type Detection } from './file-handler-shared';

/** winston Console options that still mean something once the file is gone. */
const CONSOLE_OPTIONS = new Set(['format', 'level', 'silent', 'handleExceptions', 'handleRejections', 'eol']);

function edit(edits: TextEdit[], fixAll = true): EditFix {
  return { kind: 'edit', title: STDOUT_TITLE, edits, fixAll, preferred: true };
}

function segments(callee: string): string[] {
  return callee.split('.');
}

function winstonConsoleArgs(call: Call): string {
  const options = call.args[0];
  const kept = options?.kind === 'object' ? (options.properties ?? []).filter((p) => CONSOLE_OPTIONS.has(p.key)) : [];
  return kept.length > 0 ? `({ ${kept.map((p) => `${p.key}: ${p.value.text}`).join(', ')} })` : '()';
}

function winston(facts: SyntaxFacts, call: Call): Detection | undefined {
  if (!call.isNew) return undefined;
  const parts = segments(call.callee);
  const last = parts[parts.length - 1];
  const isTransport = parts.length >= 2 && parts[parts.length - 2] === 'transports' && (last === 'File' || last === 'DailyRotateFile');
  const isDailyRotate = last === 'DailyRotateFile' && (facts.imports.names.get(call.callee) ?? '').includes('winston');
  if (!isTransport && !isDailyRotate) return undefined;
  const consoleCallee = isTransport ? [...parts.slice(0, -1), 'Console'].join('.') : facts.imports.names.has('winston') ? 'winston.transports.Console' : undefined;
  const fix = consoleCallee ? edit([replaceSpan(call.calleeSpan, consoleCallee), replaceSpan(call.argsSpan, winstonConsoleArgs(call))]) : undefined;
  return { call, api: `winston ${last} transport`, fix };
}

function pathArgument(arg: Argument | undefined): boolean {
  if (!arg) return false;
  if (arg.value !== undefined) return !isStandardStream(arg.value) && looksLikeLogPath(arg.value);
  return arg.kind !== 'identifier' && looksLikeLogPath(arg.text);
}

function writeStream(call: Call): Detection | undefined {
  if (!/(^|\.)createWriteStream$/.test(call.callee) || !pathArgument(call.args[0])) return undefined;
  return { call, api: 'fs.createWriteStream(<log file>)', fix: edit([replaceSpan(call, 'process.stdout')], false) };
}

function destinationTarget(arg: Argument | undefined): boolean {
  if (!arg) return false;
  if (arg.kind === 'number') return false;
  if (arg.value !== undefined) return !isStandardStream(arg.value);
  if (arg.kind === 'object') {
    const dest = arg.properties?.find((p) => p.key === 'dest');
    return dest !== undefined && dest.value.kind !== 'number' && !(dest.value.value !== undefined && isStandardStream(dest.value.value));
  }
  return false;
}

function pinoDestination(facts: SyntaxFacts, call: Call): Detection | undefined {
  const isDestination = call.callee === 'pino.destination' || (call.callee === 'destination' && facts.imports.names.get('destination') === 'pino');
  if (!isDestination || !destinationTarget(call.args[0])) return undefined;
  return { call, api: 'pino.destination(<file>)', fix: edit([replaceSpan(call.argsSpan, '(1)')]) };
}

function pinoTransport(call: Call): Detection | undefined {
  if (!/(^|\.)transport$/.test(call.callee) || call.args[0]?.kind !== 'object') return undefined;
  const properties = call.args[0].properties ?? [];
  const target = properties.find((p) => p.key === 'target');
  if (target?.value.value !== 'pino/file') return undefined;
  const options = properties.find((p) => p.key === 'options')?.value;
  const destination = options?.properties?.find((p) => p.key === 'destination');
  if (!destination || destination.value.kind === 'number' || (destination.value.value !== undefined && isStandardStream(destination.value.value))) {
    return undefined;
  }
  return { call, api: 'pino/file transport', fix: edit([replaceSpan(destination.value, '1')]) };
}

/** JavaScript/TypeScript: winston file transports, log write streams, pino file destinations, bunyan and log4js file outputs. */
export function detectJavaScript(facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = winston(facts, call) ?? writeStream(call) ?? pinoDestination(facts, call) ?? pinoTransport(call);
    if (detection) found.push(detection);
  }
  for (const literal of facts.strings) {
    const callee = literal.call?.callee ?? '';
    if (literal.name === 'path' && /(^|\.)createLogger$/.test(callee) && facts.imports.modules.has('bunyan') && !isStandardStream(literal.value)) {
      found.push({ span: literal, api: 'bunyan file stream' });
    } else if (literal.name === 'type' && /^(file|dateFile|fileSync|multiFile)$/.test(literal.value) && /(^|\.)configure$/.test(callee) && facts.imports.modules.has('log4js')) {
      found.push({ span: literal, api: `log4js ${literal.value} appender` });
    }
  }
  return found;
}
