import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/registry';
import { FINGERPRINT_KEY, fingerprintFindings } from '../../server/src/workspace/baseline';
import { formatJson } from '../../server/src/cli/formatJson';
import { formatSarif } from '../../server/src/cli/formatSarif';
import { formatText } from '../../server/src/cli/formatText';
import { reachesThreshold, type ReportFinding, type ScanReport } from '../../server/src/cli/report';
import type { Severity } from '../../server/src/engine/types';

function finding(severity: Severity, path: string, line: number, character: number, ruleId = 'config/hardcoded-endpoint'): ReportFinding {
  return {
    ruleId,
    severity,
    message: `"apiUrl" is set to the hardcoded endpoint https://api.acme.io (${severity})`,
    path,
    range: { start: { line, character }, end: { line, character: character + 21 } },
    fingerprint: `fp-${path}-${line}`,
  };
}

function report(findings: ReportFinding[], extra: Partial<ScanReport> = {}): ScanReport {
  return { findings, filesScanned: 3, skipped: [], suppressed: 0, internalErrors: 0, ...extra };
}

const SAMPLE = report(
  [
    finding('warning', 'src/api.js', 0, 15),
    finding('error', 'src/api.js', 4, 2, 'logs/file-handler-in-code'),
    finding('info', 'app/é space.py', 9, 0),
    finding('hint', 'test/api.test.js', 2, 7),
  ],
  { skipped: [{ path: 'dist/big.js', kind: 'tooLarge', reason: 'not analysed: 2.0 MB is over the 1.0 MB limit (factorguard.maxFileSize)' }], suppressed: 2 },
);

describe('formatJson', () => {
  it('has exactly the documented shape with 1-based positions', () => {
    const parsed = JSON.parse(formatJson(SAMPLE));
    assert.deepEqual(Object.keys(parsed), ['version', 'findings', 'summary']);
    assert.equal(parsed.version, 1);
    assert.deepEqual(parsed.findings[0], {
      ruleId: 'config/hardcoded-endpoint',
      severity: 'warning',
      message: '"apiUrl" is set to the hardcoded endpoint https://api.acme.io (warning)',
      path: 'src/api.js',
      line: 1,
      column: 16,
      endLine: 1,
      endColumn: 37,
    });
    assert.equal(parsed.findings.length, 4);
  });

  it('summarises severities, files, skips with reasons and suppressions', () => {
    const { summary } = JSON.parse(formatJson(SAMPLE));
    assert.deepEqual(summary, {
      problems: 4,
      errors: 1,
      warnings: 1,
      infos: 1,
      hints: 1,
      filesScanned: 3,
      filesSkipped: 1,
      skipped: [{ path: 'dist/big.js', kind: 'tooLarge', reason: 'not analysed: 2.0 MB is over the 1.0 MB limit (factorguard.maxFileSize)' }],
      suppressed: 2,
      baselined: 0,
    });
  });

  it('counts baselined findings', () => {
    assert.equal(JSON.parse(formatJson(report([], { baselined: 7 }))).summary.baselined, 7);
  });

  it('never includes fingerprints or source text', () => {
    const text = formatJson(SAMPLE);
    assert.ok(!text.includes('fp-'));
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(SAMPLE, '1.2.3', '/work/project'));
  const run = log.runs[0];

  it('leaves baselined findings out and counts them in the run properties', () => {
    assert.equal(run.properties, undefined);
    const baselined = JSON.parse(formatSarif(report([finding('error', 'a.js', 0, 0)], { baselined: 3 }), '1.2.3')).runs[0];
    assert.equal(baselined.results.length, 1);
    assert.equal(baselined.results[0].baselineState, undefined);
    assert.deepEqual(baselined.properties, { baselined: 3 });
  });

  it('is a SARIF 2.1.0 log with one run', () => {
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/project/');
  });

  it('describes the tool and every rule', () => {
    const { driver } = run.tool;
    assert.equal(driver.name, 'FactorGuard');
    assert.equal(driver.version, '1.2.3');
    assert.equal(driver.informationUri, 'https://github.com/factorguard/factorguard');
    assert.equal(driver.rules.length, RULES.length);
    const meta = RULES[0].meta;
    assert.deepEqual(driver.rules[0], {
      id: meta.id,
      name: 'HardcodedEndpoint',
      shortDescription: { text: meta.title },
      fullDescription: { text: meta.rationale },
      helpUri: `https://github.com/factorguard/factorguard/blob/main/${meta.docs}`,
      defaultConfiguration: { level: 'warning' },
      properties: { category: meta.category, reference: meta.reference },
    });
  });

  it('maps severities to levels: info and hint become note', () => {
    assert.deepEqual(
      run.results.map((r: { level: string }) => r.level),
      ['warning', 'error', 'note', 'note'],
    );
  });

  it('gives each result its rule index, message, relative location and fingerprint', () => {
    const [first, second, third] = run.results;
    assert.equal(first.ruleId, 'config/hardcoded-endpoint');
    assert.equal(first.ruleIndex, 0);
    assert.equal(second.ruleIndex, RULES.findIndex((r) => r.meta.id === 'logs/file-handler-in-code'));
    assert.equal(first.message.text, SAMPLE.findings[0].message);
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'src/api.js', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 16, endLine: 1, endColumn: 37 },
    });
    assert.equal(third.locations[0].physicalLocation.artifactLocation.uri, 'app/%C3%A9%20space.py');
    assert.deepEqual(first.partialFingerprints, { [FINGERPRINT_KEY]: 'fp-src/api.js-0' });
  });

  it('reports skipped files as tool notifications', () => {
    const [invocation] = run.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /^dist\/big\.js: not analysed/);
  });

  it('uses absolute file URIs for files outside the working directory', () => {
    const outside = JSON.parse(formatSarif(report([finding('warning', '/elsewhere/app.js', 0, 0)]), '1.2.3'));
    const location = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(location, { uri: 'file:///elsewhere/app.js' });
  });
});

describe('fingerprintFindings', () => {
  const range = (line: number) => ({ start: { line, character: 24 }, end: { line, character: 53 } });
  const id = 'config/hardcoded-endpoint';
  const code = 'const paymentsApiUrl = "https://payments.acme.io/v2";\n';

  it('stays the same when the line moves down or is re-indented', () => {
    const [before] = fingerprintFindings('src/pay.js', code, [{ ruleId: id, range: range(0) }]);
    const moved = `// a new header comment\n\nfunction f() {}\n  ${code}`;
    const [after] = fingerprintFindings('src/pay.js', moved, [{ ruleId: id, range: range(3) }]);
    assert.equal(after, before);
    assert.match(before, /^[0-9a-f]{64}$/);
  });

  it('differs per path, rule and line text', () => {
    const [base] = fingerprintFindings('src/pay.js', code, [{ ruleId: id, range: range(0) }]);
    assert.notEqual(fingerprintFindings('src/other.js', code, [{ ruleId: id, range: range(0) }])[0], base);
    assert.notEqual(fingerprintFindings('src/pay.js', code, [{ ruleId: 'x/y', range: range(0) }])[0], base);
    const changed = code.replace('v2', 'v3');
    assert.notEqual(fingerprintFindings('src/pay.js', changed, [{ ruleId: id, range: range(0) }])[0], base);
  });

  it('keeps identical lines apart with an occurrence counter', () => {
    const twice = `${code}${code}`;
    const prints = fingerprintFindings('src/pay.js', twice, [
      { ruleId: id, range: range(0) },
      { ruleId: id, range: range(1) },
    ]);
    assert.notEqual(prints[0], prints[1]);
    const [first] = fingerprintFindings('src/pay.js', code, [{ ruleId: id, range: range(0) }]);
    assert.equal(prints[0], first);
  });

  it('ignores CRLF line endings', () => {
    const [lf] = fingerprintFindings('a.js', code, [{ ruleId: id, range: range(0) }]);
    const [crlf] = fingerprintFindings('a.js', code.replace('\n', '\r\n'), [{ ruleId: id, range: range(0) }]);
    assert.equal(crlf, lf);
  });
});

describe('formatText', () => {
  const text = formatText(SAMPLE, { color: false });

  it('groups findings under a header per file', () => {
    const lines = text.split('\n');
    const header = lines.indexOf('src/api.js');
    assert.ok(header >= 0, text);
    assert.match(lines[header + 1], /^ {2}1:16 {2}warning {2}"apiUrl" is set .* {2}config\/hardcoded-endpoint$/);
    assert.match(lines[header + 2], /^ {2}5:3 {3}error {4}.* {2}logs\/file-handler-in-code$/);
    assert.ok(lines.includes('app/é space.py'));
  });

  it('ends with the problem summary, file counts and skip reasons', () => {
    assert.ok(text.includes('✖ 4 problems (1 error, 1 warning, 1 info, 1 hint)\n'), text);
    assert.ok(text.includes('3 files scanned, 1 skipped, 2 suppressed'));
    assert.ok(text.includes('dist/big.js: not analysed: 2.0 MB is over'));
  });

  it('says so when there is nothing to report', () => {
    assert.match(formatText(report([]), { color: false }), /✔ No problems found\n3 files scanned\n$/);
  });

  it('adds one line counting the findings the baseline hides', () => {
    assert.match(formatText(report([], { baselined: 2 }), { color: false }), /✔ No problems found\n3 files scanned\n2 findings in the baseline not shown\n$/);
    assert.match(formatText(report([], { baselined: 1 }), { color: false }), /\n1 finding in the baseline not shown\n$/);
    assert.ok(!formatText(report([], { baselined: 0 }), { color: false }).includes('baseline'));
  });

  it('colours only when asked to, and escapes control characters from file names', () => {
    assert.ok(!text.includes('\x1b['));
    assert.ok(formatText(SAMPLE, { color: true }).includes('\x1b[31merror'));
    const evil = formatText(report([finding('error', 'src/\x1b[2Jevil.js', 0, 0)]), { color: false });
    assert.ok(!evil.includes('\x1b'));
    assert.ok(evil.includes('src/\\x1b[2Jevil.js'));
  });
});

describe('reachesThreshold', () => {
  const findings = [finding('warning', 'a.js', 0, 0), finding('hint', 'a.js', 1, 0)];

  it('compares the worst finding with --fail-on', () => {
    assert.equal(reachesThreshold(findings, 'error'), false);
    assert.equal(reachesThreshold(findings, 'warning'), true);
    assert.equal(reachesThreshold(findings, 'info'), true);
    assert.equal(reachesThreshold(findings, 'never'), false);
    assert.equal(reachesThreshold([finding('hint', 'a.js', 0, 0)], 'info'), false);
  });
});
