// Wall-clock time of whole CLI runs: FactorGuard's and ESLint's, same files.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ESLINT_RULE = JSON.stringify({
  'no-restricted-syntax': ['warn', { selector: 'Literal[value=/^(https?|wss?|redis|amqp|postgres(ql)?|mongodb):\\/\\//]', message: 'hardcoded URL' }],
});

export function timed(command, args, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.error) throw run.error;
  return { seconds, stdout: run.stdout, status: run.status, stderr: run.stderr };
}

export function median(runs) {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}

export async function measureThroughput(root, corpus) {
  const cli = path.join(root, 'dist/cli.js');
  const fg = median([1, 2, 3].map(() => timed(process.execPath, [cli, 'scan', '.', '--format', 'json', '--fail-on', 'never'], corpus.dir)));
  if (fg.status !== 0) throw new Error(`factorguard exited ${fg.status}: ${fg.stderr}`);
  const report = JSON.parse(fg.stdout);
  const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
  const eslintArgs = [eslintBin, '--no-config-lookup', '--no-ignore', '--rule', ESLINT_RULE, '--format', 'json', '.'];
  const es = median([1, 2, 3].map(() => timed(process.execPath, eslintArgs, corpus.dir)));
  const mb = corpus.bytes / 1048576;
  const rate = (seconds) => ({ seconds, filesPerSecond: corpus.files / seconds, mbPerSecond: mb / seconds });
  return {
    factorguard: { ...rate(fg.seconds), findings: report.findings.length, skipped: report.summary?.filesSkipped ?? report.summary?.skipped ?? 0 },
    eslint: rate(es.seconds),
  };
}
