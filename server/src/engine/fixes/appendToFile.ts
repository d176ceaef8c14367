import type { AppendToFileFix, TextEdit } from '../types';
import { appendLines, hasIgnoreLine, readDotenv } from './dotenvText';

export interface AppendPlan {
  /** The target file does not exist yet and is created empty first. */
  create: boolean;
  edits: TextEdit[];
}

/**
 * The edit an `appendToFile` fix makes to its target's current text
 * (undefined when the file is missing), or undefined when the entry is
 * already there: the fix never duplicates and never rewrites a line.
 */
export function planAppend(fix: AppendToFileFix, text: string | undefined): AppendPlan | undefined {
  const current = text ?? '';
  const present = fix.target === 'gitignore' ? hasIgnoreLine(current, fix.entry) : readDotenv(current).has(fix.entry);
  if (present) return undefined;
  return { create: text === undefined, edits: [appendLines(current, fix.lines)] };
}
