import type { Argument, Call, Property, SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import type { EditFix, Range, TextEdit } from '../../types';

/** A keyword argument or an object/dict/hash entry, wherever it sits in a call or an assigned literal. */
export interface KeyedValue {
  key: string;
  value: Argument;
  /** The entry when it is an object property (absent for a keyword argument). */
  property?: Property;
  /** The entries of the same object literal, for removal edits. */
  siblings?: Property[];
  /** Key of the enclosing entry (`ssl` for Faraday's `ssl: { verify: false }`). */
  parentKey?: string;
  /** The call the entry is an argument of, directly or nested. */
  call?: Call;
}

const keyedCache = new WeakMap<SyntaxFacts, KeyedValue[]>();

function* walk(properties: Property[], parentKey: string | undefined, call: Call | undefined): Generator<KeyedValue> {
  for (const property of properties) {
    yield { key: property.key, value: property.value, property, siblings: properties, parentKey, call };
    if (property.value.properties) yield* walk(property.value.properties, property.key, call);
  }
}

/** Every keyword argument and literal entry of the file's calls and assignments, each once. */
export function keyedValues(facts: SyntaxFacts): KeyedValue[] {
  let found = keyedCache.get(facts);
  if (found) return found;
  const seen = new Set<number>();
  found = [];
  const add = (entry: KeyedValue) => {
    if (seen.has(entry.value.start)) return;
    seen.add(entry.value.start);
    found!.push(entry);
  };
  for (const call of facts.calls) {
    for (const arg of call.args) {
      if (arg.keyword) add({ key: arg.keyword, value: arg, call });
      if (arg.properties) for (const entry of walk(arg.properties, arg.keyword, call)) add(entry);
    }
  }
  for (const assignment of facts.assignments) {
    if (assignment.value.properties) for (const entry of walk(assignment.value.properties, assignment.target, undefined)) add(entry);
  }
  keyedCache.set(facts, found);
  return found;
}

/** `false` / `False` as code, not as a string. */
export function isFalse(arg: Argument | undefined): boolean {
  return arg !== undefined && arg.kind !== 'string' && /^(false|False|FALSE)$/.test(arg.text);
}

/** `true` / `True` as code, not as a string. */
export function isTrue(arg: Argument | undefined): boolean {
  return arg !== undefined && arg.kind !== 'string' && /^(true|True|TRUE)$/.test(arg.text);
}

/** The number 0, or the string "0". */
export function isZero(arg: Argument | undefined): boolean {
  return arg !== undefined && (arg.kind === 'number' || arg.kind === 'string') && (arg.kind === 'number' ? arg.text : arg.value) === '0';
}

/** A lambda or arrow function whose body is just `true` (`(a, b) -> true`, `_ => true`, `=> { return true; }`). */
export function isAlwaysTrueLambda(text: string): boolean {
  return /(->|=>)\s*(true|\{\s*return\s+true\s*;?\s*\})\s*$/.test(text.trim());
}

export function lastSegment(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf('.') + 1);
}

/** Removes one entry of an object literal together with the separator next to it. */
export function removeProperty(siblings: Property[], property: Property, index: LineIndex): TextEdit {
  const i = siblings.indexOf(property);
  const next = siblings[i + 1];
  const previous = siblings[i - 1];
  if (next) return { range: index.range(property.start, next.start), newText: '' };
  if (previous) return { range: index.range(previous.end, property.end), newText: '' };
  return { range: property.range, newText: '' };
}

/** Like `removeProperty`, but a sole entry also takes the blanks around it, so `{ a: 1 }` becomes `{}`. */
export function removeEntryIn(text: string, siblings: Property[], property: Property, index: LineIndex): TextEdit {
  if (siblings.length > 1) return removeProperty(siblings, property, index);
  let start = property.start;
  let end = property.end;
  while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  while (end < text.length && /[ \t,]/.test(text[end])) end++;
  return { range: index.range(start, end), newText: '' };
}

/** A behaviour-changing edit: offered, never applied by "fix all". */
export function editFix(title: string, edits: TextEdit[], preferred = true): EditFix {
  return { kind: 'edit', title, edits, fixAll: false, preferred };
}

/** One insecure setting found in a file. */
export interface Hit {
  /** Start offset, to report each place once. */
  start: number;
  range: Range;
  /** The API or setting, as the message names it. */
  api: string;
  fixes?: EditFix[];
}

/** Span → hit. */
export function hitAt(span: { start: number; range: Range }, api: string, fixes?: EditFix[]): Hit {
  return { start: span.start, range: span.range, api, fixes };
}

/** Keeps the first hit at each offset. */
export function uniqueHits<T extends Hit>(hits: T[]): T[] {
  const seen = new Set<number>();
  return hits.filter((h) => !seen.has(h.start) && seen.add(h.start) !== undefined);
}

/** Matches of a global regex over `text`, each with the span of capture group 1 (or the whole match). Give group patterns the `d` flag. */
export function* matchSpans(pattern: RegExp, text: string, base = 0): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [start, end] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    yield { start: base + start, end: base + end, match: m };
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
