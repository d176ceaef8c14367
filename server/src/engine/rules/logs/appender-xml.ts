import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { attribute, xmlOf, type XmlAttribute, type XmlElement } from '../../formats/xml';
import { elementRemovals, log4netConsoleFix, nlogConsoleFix } from './appender-fixes';

/** A file sink found in a configuration file. */
export interface ConfigSink {
  start: number;
  end: number;
  what: string;
  fix?: EditFix;
}

const LOGBACK_FILE = new Set(['ch.qos.logback.core.FileAppender', 'ch.qos.logback.core.rolling.RollingFileAppender']);
const LOGBACK_FILE_CHILDREN = new Set(['file', 'rollingPolicy', 'triggeringPolicy', 'append', 'prudent', 'fileNamePattern']);
const LOG4J2_FILE = new Set(['file', 'rollingfile', 'rollingrandomaccessfile', 'randomaccessfile', 'memorymappedfile']);
const LOG4J2_FILE_CHILDREN = new Set(['policies', 'defaultrolloverstrategy', 'directwriterolloverstrategy']);
const LOG4NET_FILE = /^log4net\.Appender\.(RollingFileAppender|FileAppender)\b/;

function edit(title: string, edits: TextEdit[]): EditFix {
  return { kind: 'edit', title, edits, fixAll: false, preferred: true };
}

function logback(context: RuleContext, element: XmlElement): ConfigSink | undefined {
  const cls = attribute(element, 'class');
  if (element.name !== 'appender' || !cls || !LOGBACK_FILE.has(cls.value.trim())) return undefined;
  const replace = { range: context.index.range(cls.valueStart, cls.valueEnd), newText: 'ch.qos.logback.core.ConsoleAppender' };
  const children = elementRemovals(context, element.children.filter((c) => LOGBACK_FILE_CHILDREN.has(c.name)));
  const fix = edit('Use ConsoleAppender instead', children ? [replace, ...children] : [replace]);
  return { start: cls.valueStart, end: cls.valueEnd, what: `logback ${cls.value.trim().replace(/^.*\./, '')}`, fix };
}

function log4j2Console(context: RuleContext, element: XmlElement): EditFix | undefined {
  if (!element.selfClosing && element.closeStart === undefined) return undefined;
  const name = attribute(element, 'name');
  const keep = [name, attribute(element, 'ignoreExceptions')].filter((a): a is XmlAttribute => a !== undefined);
  const attrs = keep.map((a) => ` ${context.text.slice(a.start, a.end)}`).join('');
  const startTag = `<Console${attrs} target="SYSTEM_OUT"${element.selfClosing ? ' />' : '>'}`;
  const edits: TextEdit[] = [{ range: context.index.range(element.start, element.tagEnd), newText: startTag }];
  if (!element.selfClosing && element.closeStart !== undefined && element.end !== undefined) {
    edits.push({ range: context.index.range(element.closeStart, element.end), newText: '</Console>' });
    const children = elementRemovals(context, element.children.filter((c) => LOG4J2_FILE_CHILDREN.has(c.name.toLowerCase())));
    if (!children) return undefined;
    edits.push(...children);
  }
  return edit('Use a Console appender (SYSTEM_OUT) instead', edits);
}

function log4j2(context: RuleContext, element: XmlElement): ConfigSink | undefined {
  // Plugin names are case-insensitive in log4j2; the element must sit in <Appenders>.
  if (!LOG4J2_FILE.has(element.name.toLowerCase()) || element.parent?.name.toLowerCase() !== 'appenders') return undefined;
  return { start: element.start + 1, end: element.nameEnd, what: `log4j2 <${element.name}> appender`, fix: log4j2Console(context, element) };
}

function nlog(context: RuleContext, element: XmlElement): ConfigSink | undefined {
  const type = attribute(element, 'xsi:type') ?? attribute(element, 'type');
  if (element.name !== 'target' || !type || type.value.trim().toLowerCase() !== 'file') return undefined;
  return { start: type.valueStart, end: type.valueEnd, what: 'NLog File target', fix: nlogConsoleFix(context, element, type) };
}

function log4net(context: RuleContext, element: XmlElement): ConfigSink | undefined {
  const type = attribute(element, 'type');
  const m = type && element.name === 'appender' ? LOG4NET_FILE.exec(type.value.trim()) : null;
  if (!m || !type) return undefined;
  return { start: type.valueStart, end: type.valueEnd, what: `log4net ${m[1]}`, fix: log4netConsoleFix(context, element, type, `log4net.Appender.${m[1]}`) };
}

function springInclude(element: XmlElement): ConfigSink | undefined {
  const resource = attribute(element, 'resource');
  if (element.name !== 'include' || !resource || !/org\/springframework\/boot\/logging\/logback\/file-appender\.xml$/.test(resource.value)) return undefined;
  return { start: resource.valueStart, end: resource.valueEnd, what: "Spring Boot's logback file-appender.xml" };
}

/** File sinks in logback, log4j2, NLog and log4net XML configuration. */
export function detectXml(context: RuleContext): ConfigSink[] {
  const found: ConfigSink[] = [];
  for (const element of xmlOf(context)) {
    const sink = logback(context, element) ?? log4j2(context, element) ?? nlog(context, element) ?? log4net(context, element) ?? springInclude(element);
    if (sink) found.push(sink);
  }
  return found;
}
