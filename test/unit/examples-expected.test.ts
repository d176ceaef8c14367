import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

/** The compiled CLI entry point, as `npm run compile-tests` lays it out in out/. */
const MAIN = path.resolve(__dirname, '../../server/src/cli/main.js');
const REPO = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(REPO, 'examples/twelve-factor-violations');
const EXPECTED = path.join(REPO, 'test/unit/fixtures/examples/twelve-factor-violations.expected.json');

interface Found {
  path: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
}

const key = (f: Found) => `${f.path}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`;

describe('the demo workspace, end to end', () => {
  it('reports exactly the checked-in findings (regenerate with scripts/update-expected.mjs and review the diff)', () => {
    // Run from inside the example, as a user who opens it as a workspace folder would see it.
    const run = spawnSync(process.execPath, [MAIN, 'scan', '--format', 'json', '--fail-on', 'never'], { cwd: EXAMPLE, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { findings: Found[]; summary: { filesScanned: number; suppressed: number; skipped: unknown[] } };
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as { filesScanned: number; suppressed: number; findings: Found[] };
    const actual = new Set(report.findings.map(key));
    const wanted = new Set(expected.findings.map(key));
    const missing = [...wanted].filter((k) => !actual.has(k));
    const extra = [...actual].filter((k) => !wanted.has(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    assert.equal(report.summary.filesScanned, expected.filesScanned);
    assert.equal(report.summary.suppressed, expected.suppressed);
    assert.deepEqual(report.summary.skipped, []);
  });

  it('covers every supported language and config format', () => {
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as { findings: Found[] };
    const extensions = new Set(expected.findings.map((f) => path.extname(f.path) || path.basename(f.path)));
    for (const kind of ['.ts', '.js', '.py', '.go', '.java', '.cs', '.rb', '.php', '.yml', '.yaml', '.json', '.properties', '.xml', 'Dockerfile', '.production']) {
      assert.ok(extensions.has(kind), `no expected finding in a ${kind} file`);
    }
  });
});
