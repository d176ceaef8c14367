import { SEVERITY_ORDER, type Range, type Severity, type SkipReason } from '../engine/types';
import type { BaselineEntry } from '../workspace/baseline';

/** Why a file was not analysed: the engine's reasons plus the CLI's own. */
export type SkipKind = SkipReason['kind'] | 'unreadable' | 'internalError';

/** A file (or an unreadable directory) the scan did not analyse. */
export interface ReportSkip {
  /** Relative to the working directory with `/` separators; absolute outside it. */
  path: string;
  kind: SkipKind;
  /** Human-readable, from `describeSkip` or the read error. */
  reason: string;
}

/** One finding as the formatters see it; the range is still the engine's 0-based one. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  /** Already masked by the engine: never contains a secret value. */
  message: string;
  /** Relative to the working directory with `/` separators; absolute outside it. */
  path: string;
  range: Range;
  /** Stable across line moves; see fingerprint.ts. */
  fingerprint: string;
}

/** Everything a formatter needs; findings are sorted by path, then position. */
export interface ScanReport {
  findings: ReportFinding[];
  filesScanned: number;
  skipped: ReportSkip[];
  /** Findings hidden by suppression comments. */
  suppressed: number;
  /** Rules or files the engine failed on; any makes the exit code 2. */
  internalErrors: number;
  /** Findings the baseline accepts: counted, not listed (absent when no baseline applies). */
  baselined?: number;
  /** A baseline entry for every finding, baselined or not (only when asked for, by --baseline-write). */
  baselineEntries?: BaselineEntry[];
}

export type SeverityCounts = Record<Severity, number>;

/** Findings per severity. */
export function countBySeverity(findings: readonly ReportFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Engine positions are 0-based; every report format counts lines and columns from 1 (columns in UTF-16 units). */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** `--fail-on` threshold: hints never fail a build. */
export type FailOn = 'error' | 'warning' | 'info' | 'never';

/** True when some finding is at least as severe as the threshold. */
export function reachesThreshold(findings: readonly ReportFinding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const min = SEVERITY_ORDER.indexOf(failOn);
  return findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) >= min);
}

/** Absolute display paths are used for files outside the working directory. */
export function isAbsoluteDisplayPath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}
