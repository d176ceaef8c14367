import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MIN_FILES_FOR_WORKERS } from '../../server/src/cli/pool';

/** The compiled entry point (out/), and the shipped bundle when `npm run build` has made it. */
const MAIN = path.resolve(__dirname, '../../server/src/cli/main.js');
const BUNDLE = path.resolve(__dirname, '../../../dist/cli.js');

const FILES = 48;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface JsonReport {
  findings: { ruleId: string; path: string; line: number }[];
  summary: { filesScanned: number; skipped: { path: string; kind: string }[] };
}

function scan(entry: string, cwd: string, env: Record<string, string>): Run {
  const result = spawnSync(process.execPath, [entry, 'scan', '--format', 'json', '--fail-on', 'never'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FACTORGUARD_DEBUG: '', FACTORGUARD_WORKER_FAULT: '', ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Code, config and Dockerfiles, most with a finding, so that every language path crosses the thread boundary. */
function writeProject(dir: string): void {
  mkdirSync(path.join(dir, 'src'));
  mkdirSync(path.join(dir, 'app'));
  for (let i = 0; i < FILES / 4; i++) {
    writeFileSync(path.join(dir, 'src', `service${i}.js`), `const api = "http://billing${i}.internal.example.com:8080/v1";\nrequire("http").createServer(() => {}).listen(${3000 + i});\nmodule.exports = { api };\n`);
    writeFileSync(path.join(dir, 'app', `settings${i}.py`), `import logging\nDEBUG = True\nlogging.basicConfig(filename="/var/log/app${i}.log")\n`);
    writeFileSync(path.join(dir, 'src', `clean${i}.ts`), `export function add${i}(a: number, b: number): number {\n  return a + b + ${i};\n}\n`);
    mkdirSync(path.join(dir, `svc${i}`));
    writeFileSync(path.join(dir, `svc${i}`, 'Dockerfile'), `FROM node:20\nCOPY . .\nCMD npm start\n`);
  }
}

let project: string;
let single: Run;

before(() => {
  project = mkdtempSync(path.join(tmpdir(), 'fg-workers-'));
  writeProject(project);
  single = scan(MAIN, project, { FACTORGUARD_WORKERS: '1' });
});
after(() => rmSync(project, { recursive: true, force: true }));

describe('factorguard scan on worker threads', () => {
  it('scans enough files for the pool to start, and finds something in most of them', () => {
    assert.ok(FILES >= MIN_FILES_FOR_WORKERS);
    assert.equal(single.status, 0, single.stderr);
    const report = JSON.parse(single.stdout) as JsonReport;
    assert.equal(report.summary.filesScanned, FILES);
    assert.ok(new Set(report.findings.map((f) => f.path)).size >= (FILES * 3) / 4);
  });

  it('prints the same report with two workers as on one thread', () => {
    const parallel = scan(MAIN, project, { FACTORGUARD_WORKERS: '2' });
    assert.equal(parallel.stderr, '');
    assert.equal(parallel.status, single.status);
    assert.equal(parallel.stdout, single.stdout);
  });

  it('prints the same report from the bundle, whose workers run dist/cli.js itself', { skip: !existsSync(BUNDLE) && 'dist/cli.js not built (npm run build)' }, () => {
    for (const workers of ['1', '2']) {
      const bundled = scan(BUNDLE, project, { FACTORGUARD_WORKERS: workers });
      assert.equal(bundled.stderr, '', `FACTORGUARD_WORKERS=${workers}`);
      assert.equal(bundled.stdout, single.stdout, `FACTORGUARD_WORKERS=${workers}`);
    }
  });

  it('forwards a rule error from a worker to the error lines, and exits 2 with the full report', () => {
    const run = scan(MAIN, project, { FACTORGUARD_WORKERS: '2', FACTORGUARD_WORKER_FAULT: 'ruleError:src/service3.js' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'factorguard: internal error in rule test/injected on src/service3.js: injected rule failure\n');
    assert.equal(run.stdout, single.stdout);
  });

  it('reports the files of a worker that dies as internal errors and finishes the scan with the others', () => {
    const run = scan(MAIN, project, { FACTORGUARD_WORKERS: '2', FACTORGUARD_WORKER_FAULT: 'exit:src/service7.js' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^factorguard: internal error on src\/service7\.js: the analysis worker stopped \(exit code 70\)$/m);
    const report = JSON.parse(run.stdout) as JsonReport;
    const failed = new Set(report.summary.skipped.filter((s) => s.kind === 'internalError').map((s) => s.path));
    assert.ok(failed.has('src/service7.js'));
    // Only the files the dead worker held fail; every other file is reported exactly as on one thread.
    assert.ok(failed.size <= 8, [...failed].join(', '));
    assert.equal(report.summary.filesScanned + failed.size, FILES);
    const expected = (JSON.parse(single.stdout) as JsonReport).findings.filter((f) => !failed.has(f.path));
    assert.deepEqual(report.findings, expected);
  });

  it('rejects a pool size that is not a whole number', () => {
    const run = scan(MAIN, project, { FACTORGUARD_WORKERS: 'two' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "factorguard: FACTORGUARD_WORKERS must be a whole number from 1 to 64, not 'two'\n");
  });
});
