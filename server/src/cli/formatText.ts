import type { Severity } from '../engine/types';
import { countBySeverity, type ReportFinding, type ScanReport } from './report';

export interface TextOptions {
  /** ANSI colours: only for a terminal with NO_COLOR unset. */
  color: boolean;
}

type Style = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'blue' | 'green' | 'gray';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  gray: [90, 39],
};

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : (_style, text) => text;
}

/**
 * File names and messages reach a terminal: control characters in them
 * (a crafted file name, say) must not move the cursor or recolour the screen.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One block per file: the path, then aligned `line:column  severity  message  rule` rows. */
function fileBlock(path: string, findings: readonly ReportFinding[], paint: Paint): string[] {
  const rows = findings.map((f) => ({
    where: `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    severity: f.severity,
    message: printable(f.message),
    rule: f.ruleId,
  }));
  const width = (key: 'where' | 'severity' | 'message') => Math.max(...rows.map((r) => r[key].length));
  const [w, s, m] = [width('where'), width('severity'), width('message')];
  const lines = [paint('underline', printable(path))];
  for (const r of rows) {
    const severity = paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(s));
    lines.push(`  ${paint('dim', r.where.padEnd(w))}  ${severity}  ${r.message.padEnd(m)}  ${paint('dim', r.rule)}`);
  }
  return lines;
}

function groupByPath(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const group = groups.get(f.path);
    if (group) group.push(f);
    else groups.set(f.path, [f]);
  }
  return groups;
}

function summaryLines(report: ScanReport, paint: Paint): string[] {
  const c = countBySeverity(report.findings);
  const total = report.findings.length;
  const lines: string[] = [];
  if (total > 0) {
    const text = `✖ ${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')})`;
    lines.push(paint('bold', paint(c.error > 0 ? 'red' : c.warning > 0 ? 'yellow' : 'blue', text)));
  } else {
    lines.push(paint('green', '✔ No problems found'));
  }
  const counts = [`${plural(report.filesScanned, 'file')} scanned`];
  if (report.skipped.length > 0) counts.push(`${report.skipped.length} skipped`);
  if (report.suppressed > 0) counts.push(`${report.suppressed} suppressed`);
  lines.push(paint('dim', counts.join(', ')));
  if (report.baselined) lines.push(paint('dim', `${plural(report.baselined, 'finding')} in the baseline not shown`));
  for (const skip of report.skipped) lines.push(paint('dim', `  ${printable(skip.path)}: ${printable(skip.reason)}`));
  return lines;
}

/** ESLint "stylish"-like text: findings grouped per file, then a summary. */
export function formatText(report: ScanReport, options: TextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const [path, findings] of groupByPath(report.findings)) lines.push('', ...fileBlock(path, findings, paint));
  lines.push('', ...summaryLines(report, paint));
  return `${lines.join('\n')}\n`;
}
