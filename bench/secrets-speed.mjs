// Wall-clock time of whole CLI runs over the same tree: FactorGuard (all its
// rules, secrets included) and secretlint with its recommended preset.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, timed } from './throughput.mjs';

const RUNS = 3;

export function measureSpeed(root, tree) {
  const mb = tree.bytes / 1048576;
  const rate = (seconds) => ({ seconds, filesPerSecond: tree.files / seconds, mbPerSecond: mb / seconds });

  const cli = path.join(root, 'dist/cli.js');
  const fgArgs = [cli, 'scan', '.', '--format', 'json', '--fail-on', 'never'];

  // The config lives outside the tree. The CLI turns secretlint's profiler off
  // unless --profile is given. `--format unix` prints one line per message: the
  // json formatter would echo every file's whole content (sourceContent) to
  // stdout, and the default stylish one adds colours and a table.
  const rcDir = path.join(os.tmpdir(), 'factorguard-bench-secretlintrc');
  mkdirSync(rcDir, { recursive: true });
  const rc = path.join(rcDir, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const bin = path.join(root, 'node_modules/secretlint/bin/secretlint.js');
  const slArgs = [bin, '--secretlintrc', rc, '--format', 'unix', '--no-color', `${tree.dir}/**/*`];
  // Runs alternate, so a burst of load from elsewhere on the machine hits both.
  const fgRuns = [];
  const slRuns = [];
  for (let i = 0; i < RUNS; i++) {
    fgRuns.push(timed(process.execPath, fgArgs, tree.dir));
    slRuns.push(timed(process.execPath, slArgs, tree.dir));
  }
  const fg = median(fgRuns);
  if (fg.status !== 0) throw new Error(`factorguard exited ${fg.status}: ${fg.stderr}`);
  const report = JSON.parse(fg.stdout);
  const sl = median(slRuns);
  // Exit 1 means "found something"; 2 is a failure.
  if (sl.status !== 0 && sl.status !== 1) throw new Error(`secretlint exited ${sl.status}: ${sl.stderr}`);
  const messages = sl.stdout.split('\n').filter((line) => /:\d+:\d+: /.test(line));

  return {
    runs: RUNS,
    factorguard: {
      ...rate(fg.seconds),
      allSeconds: fgRuns.map((r) => r.seconds),
      command: `node dist/cli.js scan . --format json --fail-on never`,
      findings: report.findings.length,
      secretFindings: report.findings.filter((f) => f.ruleId.startsWith('secrets/')).length,
      filesScanned: report.summary.filesScanned,
      filesSkipped: report.summary.filesSkipped,
    },
    secretlint: {
      ...rate(sl.seconds),
      allSeconds: slRuns.map((r) => r.seconds),
      command: `node node_modules/secretlint/bin/secretlint.js ${slArgs.slice(1).join(' ')}`,
      messages: messages.length,
      filesWithMessages: new Set(messages.map((line) => line.replace(/:\d+:\d+: .*$/, ''))).size,
    },
  };
}
