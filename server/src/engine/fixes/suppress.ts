import { detectEol, LineIndex } from '../text';
import type { Language, TextEdit } from '../types';

/** Placeholder the user replaces with the reason; hosts may turn it into a snippet tab stop. */
export const REASON_PLACEHOLDER = 'reason';

/** Line-comment prefix of a language, or undefined where there are no comments (JSON). */
export function lineComment(language: Language): string | undefined {
  switch (language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
    case 'go':
    case 'java':
    case 'csharp':
    case 'php':
      return '//';
    case 'json':
      return undefined;
    case 'xml':
      return '<!--';
    default:
      return '#';
  }
}

/** Closing text of a block comment opened by `lineComment` (XML). */
function commentClose(language: Language): string {
  return language === 'xml' ? ' -->' : '';
}

function insertAt(line: number, text: string): TextEdit {
  const position = { line, character: 0 };
  return { range: { start: position, end: position }, newText: text };
}

/**
 * Inserts `factorguard-ignore-next-line <rule> [until YYYY-MM-DD] -- reason`
 * above `line`, indented like it. With `until`, the finding returns after that day.
 */
export function ignoreNextLineEdit(text: string, language: Language, line: number, ruleId: string, until?: string): TextEdit | undefined {
  const prefix = lineComment(language);
  if (!prefix) return undefined;
  const index = new LineIndex(text);
  const indent = /^[ \t]*/.exec(index.lineText(line))?.[0] ?? '';
  const expiry = until ? ` until ${until}` : '';
  return insertAt(line, `${indent}${prefix} factorguard-ignore-next-line ${ruleId}${expiry} -- ${REASON_PLACEHOLDER}${commentClose(language)}${detectEol(text)}`);
}

/** First line a file-level comment can go on: after a shebang, `<?php` or an encoding line. */
function fileHeaderLines(index: LineIndex, language: Language): number {
  let line = 0;
  while (line < Math.min(index.lineCount - 1, 2)) {
    const current = index.lineText(line);
    const header = current.startsWith('#!') || /coding[:=]/.test(current) || (language === 'php' && /^<\?php\s*$/.test(current)) || (language === 'xml' && /^\uFEFF?<\?xml\b/.test(current));
    if (!header) break;
    line++;
  }
  return line;
}

/** Inserts `factorguard-ignore-file <rule> -- reason` at the top of the file. */
export function ignoreFileEdit(text: string, language: Language, ruleId: string): TextEdit | undefined {
  const prefix = lineComment(language);
  if (!prefix) return undefined;
  const index = new LineIndex(text);
  return insertAt(fileHeaderLines(index, language), `${prefix} factorguard-ignore-file ${ruleId} -- ${REASON_PLACEHOLDER}${commentClose(language)}${detectEol(text)}`);
}
