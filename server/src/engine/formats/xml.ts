import type { LineIndex } from '../text';

/** One attribute of a start tag, with offsets into the file. */
export interface XmlAttribute {
  name: string;
  value: string;
  /** Offset of the attribute name (where a removal starts, after the whitespace before it). */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/** One element: its start tag, attributes, and (when found) its end tag. */
export interface XmlElement {
  name: string;
  start: number;
  nameEnd: number;
  /** End of the start tag (after `>` or `/>`). */
  tagEnd: number;
  selfClosing: boolean;
  attributes: XmlAttribute[];
  /** Start of `</name>` and the element's end; undefined when the end tag is missing. */
  closeStart?: number;
  end?: number;
  parent?: XmlElement;
  children: XmlElement[];
}

const ATTRIBUTE = /([^\s=/>"']+)\s*=\s*("([^"]*)"|'([^']*)')/y;

function skipSpecial(text: string, i: number): number | undefined {
  const pairs: Array<[string, string]> = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>'], ['<!', '>']];
  for (const [open, close] of pairs) {
    if (text.startsWith(open, i)) {
      const end = text.indexOf(close, i + open.length);
      return end < 0 ? text.length : end + close.length;
    }
  }
  return undefined;
}

function readAttributes(text: string, from: number, element: XmlElement): number {
  let i = from;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] === '>' || text.startsWith('/>', i) || text[i] === '<' || i >= text.length) break;
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(text);
    if (!m) {
      i++;
      continue;
    }
    const quoted = m[3] ?? m[4] ?? '';
    const valueStart = i + m[0].length - quoted.length - 1;
    element.attributes.push({ name: m[1], value: quoted, start: i, end: i + m[0].length, valueStart, valueEnd: valueStart + quoted.length });
    i += m[0].length;
  }
  return i;
}

/**
 * Elements of an XML text with positions. A tolerant scanner, not a validating parser: broken markup yields
 * the elements it could read, and it never throws. Comments, CDATA, processing instructions and DOCTYPE are skipped.
 */
export function scanXml(text: string): XmlElement[] {
  const all: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const skipped = skipSpecial(text, i);
    if (skipped !== undefined) {
      i = text.indexOf('<', skipped);
      continue;
    }
    const close = /^<\/\s*([^\s>]+)\s*>?/.exec(text.slice(i, i + 200));
    if (close) {
      const at = stack.map((e) => e.name).lastIndexOf(close[1]);
      if (at >= 0) {
        const element = stack[at];
        element.closeStart = i;
        element.end = i + close[0].length;
        stack.length = at;
      }
      i = text.indexOf('<', i + close[0].length);
      continue;
    }
    const open = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
    if (!open) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const parent = stack[stack.length - 1];
    const element: XmlElement = { name: open[1], start: i, nameEnd: i + open[0].length, tagEnd: 0, selfClosing: false, attributes: [], parent, children: [] };
    let j = readAttributes(text, element.nameEnd, element);
    element.selfClosing = text.startsWith('/>', j);
    j = element.selfClosing ? j + 2 : text[j] === '>' ? j + 1 : j;
    element.tagEnd = j;
    if (element.selfClosing) element.end = j;
    else stack.push(element);
    parent?.children.push(element);
    all.push(element);
    i = text.indexOf('<', j);
  }
  return all;
}

/** An attribute by name, ignoring case and namespace prefix when `loose` (`xsi:type` ~ `type`). */
export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((a) => a.name === name) ?? element.attributes.find((a) => a.name.toLowerCase() === name.toLowerCase());
}

/** The range to delete to remove a whole element: its own lines when it has them alone. */
export function elementRemoval(text: string, element: XmlElement): { start: number; end: number } | undefined {
  if (element.end === undefined) return undefined;
  let start = element.start;
  let end = element.end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const after = /^[ \t]*(\r?\n)?/.exec(text.slice(end))?.[0] ?? '';
  if (/^[ \t]*$/.test(text.slice(lineStart, start)) && after.endsWith('\n')) {
    start = lineStart;
    end += after.length;
  }
  return { start, end };
}

const cache = new WeakMap<LineIndex, XmlElement[]>();

/** The elements of an XML file, scanned once per file text and shared by every rule that reads it. */
export function xmlOf(context: { text: string; index: LineIndex }): XmlElement[] {
  let elements = cache.get(context.index);
  if (!elements) {
    elements = scanXml(context.text);
    cache.set(context.index, elements);
  }
  return elements;
}
