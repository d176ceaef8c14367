import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { child, entries, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { propertiesConsoleFix, propertyLines } from './appender-fixes';
import type { ConfigSink } from './appender-xml';

const LOG4J_FILE_APPENDER = /^org\.apache\.log4j\.(rolling\.)?(FileAppender|RollingFileAppender|DailyRollingFileAppender)$/;
const SPRING_FILE_KEYS = new Set(['logging.file.name', 'logging.file.path', 'logging.file', 'logging.path']);
const SERILOG_FILE_ONLY_ARGS = new Set(['path', 'rollingInterval', 'retainedFileCountLimit', 'fileSizeLimitBytes', 'rollOnFileSizeLimit', 'shared', 'flushToDiskInterval', 'buffered', 'encoding', 'retainedFileTimeLimit', 'hooks']);

function isSpringConfig(path: string): boolean {
  return /(^|\/)(application|bootstrap)([-.][\w-]+)?\.(properties|ya?ml)$/.test(path);
}

/** `log4j.properties` appenders and Spring Boot `logging.file.*` lines in `.properties` files. */
export function detectProperties(context: RuleContext): ConfigSink[] {
  const found: ConfigSink[] = [];
  const lines = context.text.split('\n');
  const properties = propertyLines(context.text);
  const consoleFix = (version: 1 | 2, at: number) => {
    const line = properties.find((l) => l.start === at);
    return line ? propertiesConsoleFix(context, properties, line, version) : undefined;
  };
  let offset = 0;
  for (const line of lines) {
    const m = /^(\s*)([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
    if (m && !line.trimEnd().endsWith('\\')) {
      const [, indent, key, value] = m;
      const valueStart = offset + line.indexOf(value, indent.length + key.length);
      if (/^log4j\.appender\.[\w-]+$/.test(key) && LOG4J_FILE_APPENDER.test(value)) {
        found.push({ start: valueStart, end: valueStart + value.length, what: `log4j ${value.replace(/^.*\./, '')}`, fix: consoleFix(1, offset) });
      } else if (/^appender\.[\w-]+\.type$/.test(key) && /^(File|RollingFile|RollingRandomAccessFile|RandomAccessFile)$/i.test(value)) {
        found.push({ start: valueStart, end: valueStart + value.length, what: `log4j2 ${value} appender`, fix: consoleFix(2, offset) });
      } else if (SPRING_FILE_KEYS.has(key) && value !== '' && isSpringConfig(context.path)) {
        const end = offset + line.length + 1;
        const removeLine: TextEdit = { range: context.index.range(offset, Math.min(end, context.text.length)), newText: '' };
        const fix = { kind: 'edit' as const, title: `Remove ${key} (Spring Boot logs to the console by default)`, edits: [removeLine], fixAll: false, preferred: true };
        found.push({ start: offset + indent.length, end: offset + indent.length + key.length, what: `Spring Boot ${key}`, fix });
      }
    }
    offset += line.length + 1;
  }
  return found;
}

/** Spring Boot `logging.file.*` and Python logging YAML file handlers. */
export function detectYaml(context: RuleContext): ConfigSink[] {
  const file = yamlOf(context);
  const found: ConfigSink[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      const dotted = entry.path.join('.');
      const value = scalarText(entry.value);
      const key = entry.pair.key as YamlNode;
      if (SPRING_FILE_KEYS.has(dotted) && value && isSpringConfig(context.path) && key.range) {
        found.push({ start: key.range[0], end: key.range[1], what: `Spring Boot ${dotted}` });
      } else if (entry.key === 'class' && value && /^logging\.(handlers\.)?\w*File\w*Handler$/.test(value) && entry.path.includes('handlers') && entry.value?.range) {
        found.push({ start: entry.value.range[0], end: entry.value.range[1], what: value });
      }
    }
  }
  return found;
}

function serilogFix(context: RuleContext, sink: YamlNode, name: YamlNode) {
  const args = child(sink, 'Args');
  const edits: TextEdit[] = [{ range: context.index.range(name.range![0], name.range![1]), newText: '"Console"' }];
  const keys = isMap(args) ? args.items.map((p) => scalarText(p.key as YamlNode) ?? '') : [];
  if (isMap(sink) && keys.length > 0 && keys.every((k) => SERILOG_FILE_ONLY_ARGS.has(k))) {
    // Args holds only file settings: remove the whole "Args" member with the comma before it.
    const items = sink.items;
    const at = items.findIndex((p) => scalarText(p.key as YamlNode) === 'Args');
    const argsEnd = (items[at]?.value as YamlNode | undefined)?.range?.[1];
    const prevEnd = (items[at - 1]?.value as YamlNode | undefined)?.range?.[1];
    if (prevEnd !== undefined && argsEnd !== undefined) edits.push({ range: context.index.range(prevEnd, argsEnd), newText: '' });
  }
  return { kind: 'edit' as const, title: 'Use the Console sink instead', edits, fixAll: false, preferred: true };
}

/** Serilog `"WriteTo": [{ "Name": "File" }]` in appsettings*.json. */
export function detectJson(context: RuleContext): ConfigSink[] {
  if (!/(^|\/)appsettings([.\w-]*)\.json$/i.test(context.path)) return [];
  const file = yamlOf(context);
  const found: ConfigSink[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      if (entry.key !== 'WriteTo' || !entry.path.includes('Serilog') || !isSeq(entry.value)) continue;
      for (const sink of entry.value.items as YamlNode[]) {
        const name = child(sink, 'Name');
        const value = scalarText(name);
        if (!name?.range || (value !== 'File' && value !== 'RollingFile')) continue;
        found.push({ start: name.range[0], end: name.range[1], what: `Serilog ${value} sink`, fix: serilogFix(context, sink, name) });
      }
    }
  }
  return found;
}
