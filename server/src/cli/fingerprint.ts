import { createHash } from 'node:crypto';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

/** Key under `partialFingerprints`; versioned so a future change of the recipe does not silently reuse the name. */
export const FINGERPRINT_KEY = 'factorguard/v1';

/** The trimmed source lines a range covers; a range ending at column 0 of the next line does not cover that line. */
function coveredText(index: LineIndex, range: Range): string {
  const last = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  const lines: string[] = [];
  for (let line = range.start.line; line <= Math.min(last, index.lineCount - 1); line++) lines.push(index.lineText(line).trim());
  return lines.join('\n');
}

/**
 * Fingerprints that survive unrelated edits: a hash of the rule, the path and
 * the trimmed text of the finding's line(s), never the line number, plus an
 * occurrence counter so identical lines stay distinct. `findings` must be in
 * file order. Only the hash leaves the process, never the line text.
 */
export function fingerprintFindings(path: string, text: string, findings: readonly { ruleId: string; range: Range }[]): string[] {
  const index = new LineIndex(text);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${path}\0${coveredText(index, f.range)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
  });
}
