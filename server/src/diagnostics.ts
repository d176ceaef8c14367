import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { ruleById, type FixData, type Finding, type Severity } from './engine';

export const SOURCE = 'factorguard';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  ruleId: string;
  /** The finding's fixes, with literal values left out so they never travel or get traced. */
  fixes: FixData[];
}

/** Repository root of the running bundle: `dist/server.js` → the folder above `dist`. */
const PACKAGE_ROOT = path.join(__dirname, '..');

/** The rule's documentation page, shipped with the server. */
export function docsHref(ruleId: string): string | undefined {
  const meta = ruleById(ruleId)?.meta;
  return meta ? pathToFileURL(path.join(PACKAGE_ROOT, meta.docs)).toString() : undefined;
}

function withoutValues(fixes: FixData[]): FixData[] {
  return fixes.map((fix) => (fix.kind === 'moveToEnv' ? { ...fix, value: '' } : fix));
}

/** Builds the LSP diagnostic of a finding: rule id as code, docs link, fixes in `data`. */
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const href = docsHref(finding.ruleId);
  const data: DiagnosticData = { ruleId: finding.ruleId, fixes: withoutValues(finding.fixes) };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.related) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ message: r.message, location: { uri, range: r.range } }));
  }
  return diagnostic;
}
