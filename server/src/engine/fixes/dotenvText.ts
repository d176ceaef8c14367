import { detectEol, LineIndex } from '../text';
import type { TextEdit } from '../types';

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/;

/** Index of the closing quote, skipping backslash escapes inside double quotes. */
function closingQuote(raw: string, quote: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (quote === '"' && raw[i] === '\\') i++;
    else if (raw[i] === quote) return i;
  }
  return raw.length;
}

function unquote(raw: string): string {
  const quote = raw[0];
  if ((quote === '"' || quote === "'" || quote === '`') && raw.length >= 2) {
    const body = raw.slice(1, closingQuote(raw, quote));
    return quote === '"' ? body.replace(/\\(n|["\\$])/g, (_, c: string) => (c === 'n' ? '\n' : c)) : body;
  }
  const comment = raw.search(/\s#/);
  return (comment >= 0 ? raw.slice(0, comment) : raw).trim();
}

/** Variables defined in a .env-style text, last definition winning, as dotenv does. */
export function readDotenv(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    const m = ASSIGNMENT.exec(line);
    if (m) vars.set(m[1], unquote(m[2]));
  }
  return vars;
}

/** A value as dotenv reads it back: bare when safe, double-quoted and escaped otherwise. */
export function formatDotenvValue(value: string): string {
  if (/^[A-Za-z0-9_./:@%+,=~?&-]*$/.test(value)) return value;
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r?\n/g, '\\n');
  return `"${escaped}"`;
}

/** An edit appending lines at the end of a text, adding the missing line break first. */
export function appendLines(text: string, lines: string[]): TextEdit {
  const eol = detectEol(text);
  const index = new LineIndex(text);
  const end = index.positionAt(text.length);
  const lead = text.length > 0 && !/\r?\n$/.test(text) ? eol : '';
  return { range: { start: end, end }, newText: lead + lines.map((l) => l + eol).join('') };
}

/** True when a .gitignore-style text has a line exactly naming the entry. */
export function hasIgnoreLine(text: string, entry: string): boolean {
  return text.split(/\r?\n/).some((line) => line.trim() === entry || line.trim() === `/${entry}`);
}
