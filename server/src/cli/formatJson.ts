import { countBySeverity, oneBased, type ScanReport } from './report';

/** Version of the JSON shape below; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/**
 * The `--format json` report: 1-based lines and columns (UTF-16 units),
 * cwd-relative `/` paths, and no source text (so no secret can leak).
 */
export function formatJson(report: ScanReport): string {
  const counts = countBySeverity(report.findings);
  const body = {
    version: JSON_REPORT_VERSION,
    findings: report.findings.map((f) => {
      const { line, column, endLine, endColumn } = oneBased(f.range);
      return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path, line, column, endLine, endColumn };
    }),
    summary: {
      problems: report.findings.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      hints: counts.hint,
      filesScanned: report.filesScanned,
      filesSkipped: report.skipped.length,
      skipped: report.skipped.map((s) => ({ path: s.path, kind: s.kind, reason: s.reason })),
      suppressed: report.suppressed,
      /** Findings the baseline accepts, not listed above; 0 without a baseline. */
      baselined: report.baselined ?? 0,
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
