import type { SyntaxFacts } from '../../languages/facts';

export interface Region {
  start: number;
  end: number;
}

const OPEN = '([{';
const CLOSE = ')]}';

/** Offset just after the bracket that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPEN.includes(text[i])) depth++;
    else if (CLOSE.includes(text[i]) && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The `{ … }` block that opens at `open`. */
export function blockAt(text: string, open: number): Region {
  return { start: open, end: closing(text, open) };
}

function opening(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (CLOSE.includes(text[i])) depth++;
    else if (OPEN.includes(text[i]) && --depth === 0) return i;
  }
  return 0;
}

/** End of an expression statement or ternary arm list: `;`, `,` or a closing bracket at depth 0, or a line end. */
function expressionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth < 0) return i;
    else if (depth === 0 && (c === ';' || c === ',')) return i;
    else if (depth === 0 && c === '\n' && !/^\s*[:?.|&+]/.test(text.slice(i + 1, i + 40)) && !/[:?=,(|&+]\s*$/.test(text.slice(from, i))) return i;
  }
  return text.length;
}

/** A `{ … }` block starting at `at` (after spaces), followed by `else` blocks. */
function blockWithElse(text: string, at: number): Region | undefined {
  const open = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
  if (text[open] !== '{') return { start: at, end: expressionEnd(text, at) };
  let end = closing(text, open);
  for (let guard = 0; guard < 20; guard++) {
    const next = /^\s*else\b\s*(if\b[^{]*)?/.exec(text.slice(end));
    if (!next || text[end + next[0].length] !== '{') break;
    end = closing(text, end + next[0].length);
  }
  return { start: open, end };
}

/** Brace languages: the `if (…) { }` body, the ternary arms, or the Go `if … { }` block after a condition. */
function braceBody(skeleton: string, at: Region, go: boolean): Region | undefined {
  let depth = 0;
  for (let i = at.end; i < skeleton.length; i++) {
    const c = skeleton[i];
    if (c === '?' && depth === 0 && skeleton[i + 1] !== '?' && skeleton[i + 1] !== '.' && skeleton[i - 1] !== '?') {
      return { start: i + 1, end: expressionEnd(skeleton, i + 1) };
    }
    if (go && c === '{' && depth === 0) return blockWithElse(skeleton, i);
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c) && --depth < 0) {
      const open = opening(skeleton, i);
      if (/\b(if|elseif|while)\s*$/.test(skeleton.slice(Math.max(0, open - 12), open))) return blockWithElse(skeleton, i + 1);
      depth = 0; // a call or parenthesised condition around the comparison: keep looking for `?`
      if (!/^\s*(\)|&&|\|\||\?)/.test(skeleton.slice(i + 1, i + 8))) return undefined;
    } else if (depth === 0 && (c === ';' || c === ',' || c === '\n' && !/[&|(]\s*$/.test(skeleton.slice(at.end, i)))) return undefined;
  }
  return undefined;
}

function lineBounds(text: string, offset: number): Region {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end < 0 ? text.length : end };
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

/** Python `if …:` / Ruby `if … end`: the lines indented under the header, and `else`/`elif` arms at its level. */
function indentedBody(text: string, header: Region, ruby: boolean): Region {
  const indent = indentOf(text.slice(header.start, header.end));
  let end = header.end;
  let offset = header.end + 1;
  while (offset < text.length) {
    const line = lineBounds(text, offset);
    const content = text.slice(line.start, line.end);
    const continues = content.trim() === '' || indentOf(content) > indent || /^\s*(else|elif|elsif|except|when)\b/.test(content);
    if (!continues) {
      if (ruby && /^\s*end\b/.test(content)) end = line.end;
      break;
    }
    end = line.end;
    offset = line.end + 1;
  }
  return { start: header.end, end };
}

/** Python and Ruby: an `if`/`unless`/`elif` header, a ternary, or the statement a modifier `if` guards. */
function lineBody(text: string, at: Region, ruby: boolean): Region | undefined {
  const line = lineBounds(text, at.start);
  const before = text.slice(line.start, at.start);
  if (/^\s*(if|elif|elsif|unless|while)\b/.test(before)) return indentedBody(text, line, ruby);
  if (/\s(if|unless)\s/.test(before)) return { start: line.start, end: line.end }; // `x = a if cond else b`, `x if cond`
  if (ruby && /^\s*\?/.test(text.slice(at.end, line.end).replace(/^\s*\)/, ''))) return { start: at.end, end: line.end };
  return undefined;
}

/** The code that runs only on one side of the environment check at `at`, when there is one. */
export function branchBody(facts: SyntaxFacts, skeleton: string, at: Region): Region | undefined {
  switch (facts.language) {
    case 'python':
      return lineBody(skeleton, at, false);
    case 'ruby':
      return lineBody(skeleton, at, true);
    default:
      return braceBody(skeleton, at, facts.language === 'go');
  }
}
