// Rewrites the expected findings of the demo workspace from the current build:
//   npm run build && node scripts/update-expected.mjs
// Review the diff before committing it: every added or removed line is a
// finding that users of the example will (no longer) see.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/twelve-factor-violations');
const out = path.join(root, 'test/unit/fixtures/examples/twelve-factor-violations.expected.json');

const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'scan', '--format', 'json', '--fail-on', 'never'], { cwd: example, encoding: 'utf8' });
if (run.status !== 0) throw new Error(`factorguard scan exited ${run.status}: ${run.stderr}`);
const report = JSON.parse(run.stdout);
const findings = report.findings
  .map((f) => ({ path: f.path, line: f.line, column: f.column, ruleId: f.ruleId, severity: f.severity }))
  .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
const expected = { filesScanned: report.summary.filesScanned, suppressed: report.summary.suppressed, findings };
writeFileSync(out, JSON.stringify(expected, null, 2) + '\n');
console.log(`${findings.length} findings in ${report.summary.filesScanned} files written to ${path.relative(root, out)}`);
