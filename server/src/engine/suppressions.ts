import type { Comment } from './languages/facts';
import type { LineIndex } from './text';
import type { Finding, Range } from './types';

export type SuppressionScope = 'line' | 'next-line' | 'file';

export interface Suppression {
  scope: SuppressionScope;
  /** Rule ids or `category/*`; empty means every rule. */
  rules: string[];
  /** Last day (inclusive, UTC) the suppression applies, as YYYY-MM-DD. */
  until?: string;
  reason?: string;
  /** Line the suppression applies to (unused for file scope). */
  targetLine: number;
  range: Range;
  /** Why the comment is malformed, if it is; a malformed suppression suppresses nothing. */
  problem?: string;
}

const DIRECTIVE = /factorguard-ignore(-next-line|-file)?(?![\w-])([^\n]*)/;
const TAIL = /^\s*([^\s]*?)\s*(?:\buntil\s+(\S+))?\s*(?:--\s*(.*))?$/;

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function clean(text: string): string {
  return text.replace(/\s*(\*\/|-->|%>|\?>)\s*$/, '').trim();
}

/** Parses one comment; returns undefined when it holds no directive. */
export function parseSuppression(comment: Comment): Suppression | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const scope: SuppressionScope = m[1] === '-next-line' ? 'next-line' : m[1] === '-file' ? 'file' : 'line';
  const tail = TAIL.exec(clean(m[2]));
  const suppression: Suppression = {
    scope,
    rules: [],
    targetLine: scope === 'next-line' ? comment.range.end.line + 1 : comment.range.start.line,
    range: comment.range,
  };
  if (!tail) return { ...suppression, problem: 'expected: <rule-id> [until YYYY-MM-DD] -- <reason>' };
  const [, ids, until, reason] = tail;
  suppression.rules = ids ? ids.split(',').filter(Boolean) : [];
  if (reason?.trim()) suppression.reason = reason.trim();
  if (until !== undefined) {
    if (!validDate(until)) return { ...suppression, problem: `"${until}" is not a date (YYYY-MM-DD)` };
    suppression.until = until;
  }
  return suppression;
}

function matchesRule(suppression: Suppression, ruleId: string): boolean {
  if (suppression.rules.length === 0) return true;
  return suppression.rules.some((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

function appliesTo(suppression: Suppression, finding: Finding): boolean {
  if (!matchesRule(suppression, finding.ruleId)) return false;
  return suppression.scope === 'file' || suppression.targetLine === finding.range.start.line;
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Drops suppressed findings. A suppression past its `until` date, or a
 * malformed one, suppresses nothing, and the finding it would have hidden
 * says why.
 */
export function applySuppressions(
  findings: Finding[],
  comments: readonly Comment[],
  now: Date,
): { kept: Finding[]; suppressed: number } {
  const suppressions = comments.map(parseSuppression).filter((s): s is Suppression => s !== undefined);
  if (suppressions.length === 0) return { kept: findings, suppressed: 0 };
  const date = today(now);
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    const matching = suppressions.filter((s) => appliesTo(s, finding));
    const active = matching.find((s) => !s.problem && (s.until === undefined || s.until >= date));
    if (active) {
      suppressed++;
      continue;
    }
    const failed = matching[0];
    if (failed) {
      const why = failed.problem ? `the suppression comment is malformed: ${failed.problem}` : `the suppression expired on ${failed.until}`;
      kept.push({ ...finding, message: `${finding.message} (${why})`, related: [...(finding.related ?? []), { message: why, range: failed.range }] });
    } else {
      kept.push(finding);
    }
  }
  return { kept, suppressed };
}

/** `#` line comments for config formats without a syntax tree (YAML, .env, Dockerfile, properties). */
/** `<!-- … -->` comments holding a suppression directive (XML files). */
export function xmlComments(text: string, index: LineIndex): Comment[] {
  const comments: Comment[] = [];
  const re = /<!--[\s\S]*?-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].includes('factorguard-ignore')) continue;
    const end = m.index + m[0].length;
    comments.push({ start: m.index, end, range: index.range(m.index, end), text: m[0] });
  }
  return comments;
}

export function hashComments(text: string, index: LineIndex): Comment[] {
  const comments: Comment[] = [];
  const re = /(^|[ \t])#[^\n]*/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].includes('factorguard-ignore')) continue;
    const start = m.index + m[1].length;
    const end = m.index + m[0].replace(/\r$/, '').length;
    comments.push({ start, end, range: index.range(start, end), text: text.slice(start, end) });
  }
  return comments;
}
