import { isScalar, type Node as YamlNode, type Scalar } from 'yaml';

/** A YAML scalar's value with a way back from value offsets to source offsets. */
export interface MappedScalar {
  node: Scalar;
  value: string;
  /** Source offset of a value offset; undefined when escapes make the mapping unsure. */
  toSource?: (valueOffset: number) => number | undefined;
}

/** One `${{ … }}` expression inside a scalar. */
export interface TemplateExpression {
  /** Source offsets of `${{` and just after `}}`. */
  start: number;
  end: number;
  /** The text between the braces, unescaped. */
  body: string;
  /** Offsets in the scalar's value, when the value maps back to the source exactly. */
  valueStart?: number;
  valueEnd?: number;
}

interface Segment {
  valueStart: number;
  sourceStart: number;
  length: number;
}

/** Lines of the source between two offsets, each with its start offset. */
function sourceLines(text: string, start: number, end: number): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let cursor = start;
  while (cursor < end) {
    let next = text.indexOf('\n', cursor);
    if (next < 0 || next > end) next = end;
    lines.push({ start: cursor, text: text.slice(cursor, next).replace(/\r$/, '') });
    cursor = next + 1;
  }
  return lines;
}

/**
 * Finds each source line's content in the value, in order: block and multi-line
 * plain scalars only add or drop indentation and line breaks around the content.
 */
function lineSegments(value: string, lines: { start: number; text: string }[], strip: (line: string) => number, trimEnd: boolean): Segment[] | undefined {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const line of lines) {
    const skip = strip(line.text);
    const content = trimEnd ? line.text.slice(skip).trimEnd() : line.text.slice(skip);
    if (content.trim() === '') continue;
    const found = value.indexOf(content, cursor);
    if (found < 0 || value.slice(cursor, found).trim() !== '') return undefined;
    segments.push({ valueStart: found, sourceStart: line.start + skip, length: content.length });
    cursor = found + content.length;
  }
  return value.slice(cursor).trim() === '' ? segments : undefined;
}

function mapper(segments: Segment[]): (offset: number) => number | undefined {
  return (offset) => {
    const s = segments.find((seg) => offset >= seg.valueStart && offset <= seg.valueStart + seg.length);
    return s ? s.sourceStart + offset - s.valueStart : undefined;
  };
}

function blockSegments(text: string, node: Scalar, value: string): Segment[] | undefined {
  const [start, end] = node.range!;
  const header = text.indexOf('\n', start);
  if (header < 0 || header >= end) return value === '' ? [] : undefined;
  const lines = sourceLines(text, header + 1, end);
  const indents = lines.filter((l) => l.text.trim() !== '').map((l) => l.text.length - l.text.trimStart().length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lineSegments(value, lines, (line) => Math.min(indent, line.length - line.trimStart().length), false);
}

function flowSegments(text: string, node: Scalar, value: string): Segment[] | undefined {
  const [start, end] = node.range!;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const innerStart = quoted ? start + 1 : start;
  const innerEnd = quoted ? end - 1 : end;
  const inner = text.slice(innerStart, innerEnd);
  if (inner === value) return [{ valueStart: 0, sourceStart: innerStart, length: value.length }];
  // Escapes (`\"`, `''`) shift offsets; only line folding is mapped.
  if (quoted && (inner.includes('\\') || (node.type === 'QUOTE_SINGLE' && inner.includes("''")))) return undefined;
  const lines = sourceLines(text, innerStart, innerEnd);
  return lineSegments(value, lines, (line) => line.length - line.trimStart().length, true);
}

/** The scalar's value and, where exact, its value → source offset mapping. */
export function mapScalar(text: string, node: YamlNode | null | undefined): MappedScalar | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const segments = block ? blockSegments(text, node, value) : flowSegments(text, node, value);
  return { node, value, toSource: segments ? mapper(segments) : undefined };
}

/** Offsets of `${{` … `}}` pairs in a string; quotes inside the expression may hold `}}`. */
function scanTemplates(s: string, from = 0, to = s.length): [number, number][] {
  const found: [number, number][] = [];
  let i = s.indexOf('${{', from);
  while (i >= 0 && i < to) {
    let j = i + 3;
    let quoted = false;
    for (; j < to - 1; j++) {
      if (s[j] === "'") quoted = !quoted;
      else if (!quoted && s[j] === '}' && s[j + 1] === '}') break;
    }
    if (j >= to - 1) break;
    found.push([i, j + 2]);
    i = s.indexOf('${{', j + 2);
  }
  return found;
}

function unescapeSource(raw: string, type: Scalar['type']): string {
  if (type === 'QUOTE_SINGLE') return raw.replace(/''/g, "'");
  if (type === 'QUOTE_DOUBLE') return raw.replace(/\\(["\\\/])/g, '$1');
  return raw;
}

/** Every `${{ … }}` in a scalar, with exact source offsets (also inside block scalars). */
export function templateExpressions(text: string, mapped: MappedScalar): TemplateExpression[] {
  const { node, value, toSource } = mapped;
  if (toSource) {
    const out: TemplateExpression[] = [];
    for (const [vs, ve] of scanTemplates(value)) {
      const start = toSource(vs);
      const end = toSource(ve);
      if (start === undefined || end === undefined) return fromSource(text, node);
      out.push({ start, end, body: value.slice(vs + 3, ve - 2), valueStart: vs, valueEnd: ve });
    }
    return out;
  }
  return fromSource(text, node);
}

function fromSource(text: string, node: Scalar): TemplateExpression[] {
  const [start, end] = node.range!;
  return scanTemplates(text, start, end).map(([s, e]) => ({ start: s, end: e, body: unescapeSource(text.slice(s + 3, e - 2), node.type).replace(/\s+/g, ' ') }));
}
