import { elementRemoval, type XmlAttribute, type XmlElement } from '../../formats/xml';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';

/** Attributes the NLog Console target understands (names are case-insensitive in NLog). */
const NLOG_CONSOLE_ATTRIBUTES = new Set(['name', 'layout', 'header', 'footer', 'encoding', 'stderr', 'error', 'autoflush', 'detectconsoleavailable', 'detectoutputredirected', 'writebuffer']);
/** Children of a log4net file appender that a ConsoleAppender keeps; file settings are removed. */
const LOG4NET_KEEP = new Set(['layout', 'filter', 'threshold', 'errorhandler']);
const LOG4NET_FILE_SETTINGS = new Set(['file', 'appendtofile', 'rollingstyle', 'maxsizerollbackups', 'maximumfilesize', 'staticlogfilename', 'datepattern', 'lockingmodel', 'preservelogfilenameextension', 'countdirection', 'maxdaterollbackups', 'encoding', 'securitycontext', 'immediateflush', 'datetimestrategy']);

function fix(title: string, edits: TextEdit[]): EditFix {
  return { kind: 'edit', title, edits, fixAll: false, preferred: true };
}

/** Removes an attribute with the whitespace before it, so the tag stays tidy on one line or many. */
function attributeRemoval(context: RuleContext, attr: XmlAttribute): TextEdit {
  let start = attr.start;
  while (start > 0 && /\s/.test(context.text[start - 1] ?? '')) start--;
  return { range: context.index.range(start, attr.end), newText: '' };
}

/** Edits that remove each child element with its line; undefined when one cannot be removed cleanly. */
export function elementRemovals(context: RuleContext, children: XmlElement[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const child of children) {
    const span = elementRemoval(context.text, child);
    if (!span) return undefined;
    edits.push({ range: context.index.range(span.start, span.end), newText: '' });
  }
  return edits;
}

/** NLog: `xsi:type="File"` becomes `Console`; file-only attributes go, the name (and so every `writeTo`) stays. */
export function nlogConsoleFix(context: RuleContext, element: XmlElement, type: XmlAttribute): EditFix | undefined {
  // Children other than layouts (a nested <layout xsi:type="JsonLayout">) are file settings we cannot map.
  if (element.children.some((c) => !['layout', 'header', 'footer'].includes(c.name.toLowerCase()))) return undefined;
  const edits: TextEdit[] = [{ range: context.index.range(type.valueStart, type.valueEnd), newText: 'Console' }];
  for (const attr of element.attributes) {
    if (attr === type || attr.name.startsWith('xmlns') || NLOG_CONSOLE_ATTRIBUTES.has(attr.name.toLowerCase())) continue;
    edits.push(attributeRemoval(context, attr));
  }
  return fix('Use a Console target instead', edits);
}

/** log4net: the appender type becomes ConsoleAppender; file settings go, layout and filters stay. */
export function log4netConsoleFix(context: RuleContext, element: XmlElement, type: XmlAttribute, className: string): EditFix | undefined {
  const children = element.children.map((c) => ({ element: c, name: c.name.toLowerCase() }));
  // Old-style <param name="…"> children and anything unknown may carry settings we cannot judge.
  if (children.some((c) => !LOG4NET_KEEP.has(c.name) && !LOG4NET_FILE_SETTINGS.has(c.name))) return undefined;
  const removals = elementRemovals(context, children.filter((c) => LOG4NET_FILE_SETTINGS.has(c.name)).map((c) => c.element));
  if (!removals) return undefined;
  const at = type.valueStart + type.value.indexOf(className);
  const replace = { range: context.index.range(at, at + className.length), newText: 'log4net.Appender.ConsoleAppender' };
  return fix('Use ConsoleAppender instead', [replace, ...removals]);
}

/** One `key=value` line of a properties file, with offsets. */
export interface PropertyLine {
  key: string;
  value: string;
  /** Start of the line and end of the line including its line break. */
  start: number;
  end: number;
  continued: boolean;
}

/** The `key = value` lines of a properties file (comments and blank lines left out). */
export function propertyLines(text: string): PropertyLine[] {
  const lines: PropertyLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const m = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m && !/^\s*[#!]/.test(line)) lines.push({ key: m[1], value: m[2], start: offset, end: Math.min(offset + raw.length + 1, text.length), continued: line.trimEnd().endsWith('\\') });
    offset += raw.length + 1;
  }
  return lines;
}

const LOG4J1_FILE_PROPERTIES = /^(file|maxfilesize|maxbackupindex|datepattern|append|bufferedio|buffersize|rollingpolicy(\..*)?|triggeringpolicy(\..*)?)$/i;
const LOG4J2_FILE_PROPERTIES = /^(filename|filepattern|append|bufferedio|buffersize|createondemand|locking|advertise|advertiseuri|filepermissions|fileowner|filegroup|policies(\..*)?|policy(\..*)?|strategy(\..*)?)$/i;

/**
 * log4j 1.x (`log4j.appender.X=…FileAppender`) or log4j2 (`appender.X.type = RollingFile`) properties: the
 * appender becomes a console appender under the same id and name, and its file-only lines are removed, so
 * `rootLogger`/`appenderRef` entries still resolve.
 */
export function propertiesConsoleFix(context: RuleContext, lines: PropertyLine[], line: PropertyLine, version: 1 | 2): EditFix | undefined {
  const prefix = version === 1 ? `${line.key}.` : line.key.replace(/type$/, '');
  const own = lines.filter((l) => l.key.startsWith(prefix) && l !== line);
  if (line.continued || own.some((l) => l.continued)) return undefined;
  const fileOnly = version === 1 ? LOG4J1_FILE_PROPERTIES : LOG4J2_FILE_PROPERTIES;
  const valueStart = line.start + context.text.slice(line.start, line.end).indexOf(line.value, line.key.length);
  const edits: TextEdit[] = [{ range: context.index.range(valueStart, valueStart + line.value.length), newText: version === 1 ? 'org.apache.log4j.ConsoleAppender' : 'Console' }];
  for (const l of own) {
    if (fileOnly.test(l.key.slice(prefix.length))) edits.push({ range: context.index.range(l.start, l.end), newText: '' });
  }
  return fix(version === 1 ? 'Use ConsoleAppender instead' : 'Use a Console appender instead', edits);
}
