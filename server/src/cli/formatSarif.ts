import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../engine/registry';
import type { RuleMeta, Severity } from '../engine/types';
import { FINGERPRINT_KEY } from '../workspace/baseline';
import { isAbsoluteDisplayPath, oneBased, type ReportFinding, type ReportSkip, type ScanReport } from './report';

export const REPOSITORY_URL = 'https://github.com/factorguard/factorguard';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF `name` is an identifier-like word: `config/hardcoded-endpoint` → `HardcodedEndpoint`. */
function ruleName(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1);
  return last.replace(/(^|[-_])(\w)/g, (_m, _sep: string, c: string) => c.toUpperCase());
}

function sarifRule(meta: RuleMeta): object {
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.rationale },
    helpUri: `${REPOSITORY_URL}/blob/main/${meta.docs}`,
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    properties: { category: meta.category, reference: meta.reference },
  };
}

/** Relative paths are URI references under %SRCROOT%; files outside the cwd get absolute file: URIs. */
function artifactLocation(path: string): object {
  if (isAbsoluteDisplayPath(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function result(finding: ReportFinding, ruleIndex: Map<string, number>): object {
  const { line, column, endLine, endColumn } = oneBased(finding.range);
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.path),
          region: { startLine: line, startColumn: column, endLine, endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
}

/** Skipped files are tool notifications, so a SARIF consumer can tell "clean" from "not looked at". */
function notification(skip: ReportSkip): object {
  return {
    level: 'note',
    message: { text: `${skip.path}: ${skip.reason}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(skip.path) } }],
    properties: { kind: skip.kind },
  };
}

/**
 * The `--format sarif` report (SARIF 2.1.0, one run). `srcRoot` is the
 * working directory that relative URIs are resolved against.
 */
export function formatSarif(report: ScanReport, version: string, srcRoot?: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const run = {
    tool: {
      driver: {
        name: 'FactorGuard',
        version,
        semanticVersion: version,
        informationUri: REPOSITORY_URL,
        rules: RULES.map((r) => sarifRule(r.meta)),
      },
    },
    ...(srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(srcRoot.endsWith(sep) ? srcRoot : srcRoot + sep).href } } } : {}),
    invocations: [
      {
        executionSuccessful: report.internalErrors === 0,
        toolExecutionNotifications: report.skipped.map(notification),
      },
    ],
    columnKind: 'utf16CodeUnits',
    // Baselined findings are left out rather than sent with `baselineState: "unchanged"`: GitHub code
    // scanning ignores baselineState (it tracks new and fixed alerts itself, by fingerprint), so it
    // would open an alert for every accepted finding. Only their number is kept, in the run's bag.
    results: report.findings.map((f) => result(f, ruleIndex)),
    ...(report.baselined !== undefined ? { properties: { baselined: report.baselined } } : {}),
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
