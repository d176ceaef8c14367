import parseVariables from 'dotenv-parse-variables';
import type { LineIndex } from '../text';
import type { Range } from '../types';

/** One `KEY=value` assignment of a .env file, with the offsets of its parts. */
export interface DotenvEntry {
  key: string;
  keyStart: number;
  /** The value as dotenv reads it: quotes removed, escapes of double quotes decoded. */
  value: string;
  /** Offsets of the raw value, quotes included (empty values: start === end). */
  valueStart: number;
  valueEnd: number;
  quote?: '"' | "'" | '`';
  exported: boolean;
  /** Zero-based line of the key. */
  line: number;
}

const KEY = /^[ \t]*(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

/** End of a quoted value starting at `start` (the quote), which may span lines; -1 if unterminated. */
function closing(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

function decode(raw: string, quote: string | undefined): string {
  if (!quote) return raw;
  const body = raw.slice(1, -1);
  return quote === '"' ? body.replace(/\\(n|r|t|["\\$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c) : body;
}

/**
 * A positional reading of a .env file: comments, `export`, single, double and
 * backtick quotes, multi-line double-quoted values and inline ` # comments`.
 * Lines that are not assignments are skipped, never fatal: a broken file
 * yields the assignments that are there.
 */
export function readDotenvEntries(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  let line = 0;
  let offset = 0;
  while (offset < text.length) {
    const eol = text.indexOf('\n', offset);
    const lineEnd = eol < 0 ? text.length : eol;
    const m = KEY.exec(text.slice(offset, lineEnd));
    let next = lineEnd + 1;
    if (m) {
      const valueStart = offset + m[0].length;
      const first = text[valueStart];
      const quote = first === '"' || first === "'" || first === '`' ? first : undefined;
      let valueEnd = lineEnd;
      if (quote) {
        const end = closing(text, valueStart, quote);
        valueEnd = end < 0 ? lineEnd : end;
        // A value that spans lines: the next assignment starts after the line the quote closes on.
        if (end > lineEnd) next = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1;
      } else {
        const raw = text.slice(valueStart, lineEnd);
        const comment = raw.search(/[ \t]#/);
        valueEnd = valueStart + (comment >= 0 ? comment : raw.replace(/[ \t\r]+$/, '').length);
      }
      const raw = text.slice(valueStart, valueEnd).replace(/\r$/, '');
      const closed = quote !== undefined && raw.length >= 2 && raw.endsWith(quote);
      const value = decode(raw, closed ? quote : undefined);
      entries.push({ key: m[2], keyStart: offset + m[0].indexOf(m[2], m[1]?.length ?? 0), value, valueStart, valueEnd, quote, exported: m[1] !== undefined, line });
    }
    for (let i = offset; i < Math.min(next, text.length); i++) if (text.charCodeAt(i) === 10) line++;
    offset = next;
  }
  return entries;
}

/**
 * Values typed the way `dotenv-parse-variables` types them (`true` → boolean,
 * `8080` → number, `a,b` → array), never assigned to `process.env`.
 */
export function typedValues(entries: readonly DotenvEntry[]): Record<string, unknown> {
  const raw: Record<string, string> = {};
  for (const entry of entries) raw[entry.key] = entry.value;
  try {
    return parseVariables(raw, { assignToProcessEnv: false, overrideProcessEnv: false });
  } catch {
    return raw;
  }
}

/** True for the usual spellings of an enabled flag (`true`, `1`, `yes`, `on`). */
export function isTruthy(typed: unknown, raw: string): boolean {
  return typed === true || typed === 1 || /^(yes|on|y)$/i.test(raw.trim());
}

/** Range of an entry's key. */
export function keyRange(index: LineIndex, entry: DotenvEntry): Range {
  return index.range(entry.keyStart, entry.keyStart + entry.key.length);
}

/** Template files hold placeholders and defaults, never real values. */
export function isEnvTemplateName(name: string): boolean {
  return /\.(example|sample|template|dist|defaults?|tpl|schema)$/i.test(name) || /^\.env\.(example|sample|template|dist)\b/i.test(name);
}
