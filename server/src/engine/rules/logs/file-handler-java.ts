import type { Call, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { enclosingCall, lastSegment, stdoutEdit, type Detection } from './file-handler-shared';

/** File appenders/handlers by simple class name, with the packages they must come from. */
const FILE_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  ['FileHandler', ['java.util.logging']],
  ['FileAppender', ['org.apache.logging.log4j.core.appender', 'ch.qos.logback.core', 'org.apache.log4j']],
  ['RollingFileAppender', ['org.apache.logging.log4j.core.appender', 'ch.qos.logback.core.rolling', 'org.apache.log4j']],
  ['RollingRandomAccessFileAppender', ['org.apache.logging.log4j.core.appender']],
  ['RandomAccessFileAppender', ['org.apache.logging.log4j.core.appender']],
  ['DailyRollingFileAppender', ['org.apache.log4j']],
]);

/** log4j2's ConfigurationBuilder plugin names that write files. */
const LOG4J2_FILE_PLUGINS = new Set(['File', 'RollingFile', 'RollingRandomAccessFile', 'RandomAccessFile']);

/** Packages imported with `import a.b.*;` (the facts do not tell a wildcard from a single-type import). */
function wildcardPackages(text: string): string[] {
  return [...text.matchAll(/^\s*import\s+([\w.]+)\.\*\s*;/gm)].map((m) => m[1]);
}

/** The package a class name resolves to: a fully-qualified callee, an import, or a wildcard import. */
function packageOf(context: RuleContext, facts: SyntaxFacts, qualified: string, name: string): string[] {
  if (qualified.includes('.')) return [qualified.slice(0, qualified.length - name.length - 1)];
  const imported = facts.imports.names.get(name);
  return imported ? [imported] : wildcardPackages(context.text);
}

/** `FileHandler`, `FileAppender.newBuilder`, `RollingFileAppender.createAppender`: the class the call builds. */
function builtClass(call: Call): string | undefined {
  if (call.isNew) return call.callee.replace(/<.*$/, '');
  const m = /^((?:[\w]+\.)*[A-Z]\w*)\.(newBuilder|createAppender)$/.exec(call.callee);
  return m?.[1];
}

function consoleHandlerFix(context: RuleContext, facts: SyntaxFacts, call: Call) {
  // ConsoleHandler (stderr, flushed per record) replaces the handler only where the type does not matter:
  // directly as an argument (`logger.addHandler(new FileHandler(…))`). FileHandler throws IOException and
  // ConsoleHandler does not, so a `catch (IOException …)` could stop compiling: no fix then.
  if (!call.isNew || !enclosingCall(facts, call)) return undefined;
  if (/catch\s*\(\s*(final\s+)?[\w.|\s]*IOException/.test(codeSkeleton(facts, context.text))) return undefined;
  const simple = facts.imports.names.get('ConsoleHandler') === 'java.util.logging' || wildcardPackages(context.text).includes('java.util.logging');
  const newText = `new ${simple ? 'ConsoleHandler' : 'java.util.logging.ConsoleHandler'}()`;
  return stdoutEdit([{ range: call.range, newText }], false, 'Use ConsoleHandler (standard error) instead');
}

function fileClass(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  const qualified = builtClass(call);
  if (!qualified) return undefined;
  const name = lastSegment(qualified);
  const packages = FILE_CLASSES.get(name);
  if (!packages) return undefined;
  const from = packageOf(context, facts, qualified, name);
  if (!from.some((p) => packages.some((allowed) => p === allowed || p.startsWith(`${allowed}.`)))) return undefined;
  const fix = name === 'FileHandler' ? consoleHandlerFix(context, facts, call) : undefined;
  return { call, api: name === 'FileHandler' ? 'java.util.logging.FileHandler' : name, fix };
}

function log4j2Builder(facts: SyntaxFacts, call: Call): Detection | undefined {
  if (!/(^|\.)newAppender$/.test(call.callee) || !facts.imports.modules.has('org.apache.logging.log4j.core.config.builder.api')) return undefined;
  const plugin = call.args[1]?.value;
  return plugin !== undefined && LOG4J2_FILE_PLUGINS.has(plugin) ? { call, api: `log4j2 ${plugin} appender` } : undefined;
}

/** Java: java.util.logging FileHandler, log4j2 / logback / log4j file appenders built in code. */
export function detectJava(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = fileClass(context, facts, call) ?? log4j2Builder(facts, call);
    if (detection) found.push(detection);
  }
  return found;
}
