import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';

/** The compiled entry point, as `npm run compile-tests` lays it out in out/. */
const MAIN = path.resolve(__dirname, '../../server/src/cli/main.js');
const FIXTURE = path.resolve(__dirname, '../../../test/unit/fixtures/cli/project');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FACTORGUARD_DEBUG: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: Run): { findings: { ruleId: string; severity: string; path: string; line: number; column: number; endLine: number; endColumn: number }[]; summary: Record<string, unknown> & { skipped: { path: string; kind: string }[] } } {
  return JSON.parse(run.stdout);
}

let project: string;

/**
 * A copy of the fixture project in a temp dir: the repository cannot hold a
 * live `.gitignore` or `node_modules/` for it (they would hide the fixtures
 * from the repository itself), so they are made here.
 */
function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-cli-'));
  cpSync(FIXTURE, dir, { recursive: true });
  renameSync(path.join(dir, 'gitignore'), path.join(dir, '.gitignore'));
  mkdirSync(path.join(dir, 'node_modules', 'acme-sdk'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules', 'acme-sdk', 'index.js'), 'const telemetryUrl = "https://telemetry.acme.io/collect";\nmodule.exports = { telemetryUrl };\n');
  return dir;
}

before(() => {
  project = copyFixture();
});
after(() => rmSync(project, { recursive: true, force: true }));

describe('factorguard scan (end to end)', () => {
  it('lists exactly the expected findings as JSON', () => {
    const run = cli(project, ['scan', '--format', 'json']);
    const report = json(run);
    assert.deepEqual(
      report.findings.map((f) => `${f.path}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId}`),
      ['src/payments.js:3:24-3:53 warning config/hardcoded-endpoint', 'src/worker.py:4:11-4:30 error logs/file-handler-in-code'],
    );
    assert.equal(run.stderr, '');
  });

  it('does not report git-ignored, excluded or vendored files, and counts binary and oversized ones as skipped', () => {
    const { findings, summary } = json(cli(project, ['scan', '--format', 'json']));
    const paths = new Set(findings.map((f) => f.path));
    for (const hidden of ['src/settings.local.js', 'build/bundle-config.js', 'legacy/old-client.js', 'node_modules/acme-sdk/index.js']) assert.ok(!paths.has(hidden), hidden);
    assert.deepEqual(
      summary.skipped.map((s) => `${s.path} ${s.kind}`),
      ['assets/credentials.py binary', 'src/routes.js tooLarge'],
    );
    assert.equal(summary.filesSkipped, 2);
    // README.md and .gitignore are plain text: the secrets rules read them too.
    assert.equal(summary.filesScanned, 10);
    assert.equal(summary.suppressed, 1);
    assert.equal(summary.errors, 1);
    assert.equal(summary.warnings, 1);
  });

  it('prints stylish text by default and exits 1 on an error', () => {
    const run = cli(project, ['scan']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^\nsrc\/payments\.js\n {2}3:24 {2}warning {2}"paymentsApiUrl" is set to the hardcoded endpoint https:\/\/payments\.acme\.io;/);
    assert.ok(run.stdout.includes('✖ 2 problems (1 error, 1 warning, 0 infos, 0 hints)'));
    assert.ok(!run.stdout.includes('\x1b['), 'no colours when stdout is a pipe');
  });

  describe('exit codes for --fail-on', () => {
    const cases: [string[], number][] = [
      [['scan'], 1],
      [['scan', '--fail-on', 'error'], 1],
      [['scan', '--fail-on', 'never'], 0],
      [['scan', 'src/payments.js', '--fail-on', 'error'], 0],
      [['scan', 'src/payments.js', '--fail-on', 'warning'], 1],
      [['scan', 'src/payments.js', '--fail-on', 'info'], 1],
      [['scan', 'src/payments.js', '--config', 'configs/info-only.json', '--fail-on', 'warning'], 0],
      [['scan', 'src/payments.js', '--config', 'configs/info-only.json', '--fail-on', 'info'], 1],
      [['scan', 'src/health.py', '--fail-on', 'info'], 0],
    ];
    for (const [args, code] of cases) {
      it(`${args.join(' ')} → ${code}`, () => {
        const run = cli(project, [...args, '--format', 'json']);
        assert.equal(run.status, code, run.stderr);
      });
    }
  });

  describe('usage errors exit 2 with one line on stderr', () => {
    const cases: [string[], RegExp][] = [
      [['scan', '--colour'], /^factorguard: unknown option '--colour'/],
      [['scan', '--format', 'xml'], /^factorguard: invalid value 'xml' for --format/],
      [['scan', '--fail-on', 'sometimes'], /^factorguard: invalid value 'sometimes' for --fail-on/],
      [['scan', '--max-file-size', 'big'], /^factorguard: invalid value 'big' for --max-file-size/],
      [['scan', 'no/such/dir'], /^factorguard: no such file or directory: no\/such\/dir$/],
      [['scan', '--config', 'configs/broken.json'], /^factorguard: configs\/broken\.json: not valid JSON: .*line 5/],
      [['scan', '--config', 'configs/missing.json'], /^factorguard: configs\/missing\.json: file not found$/],
      [['lint'], /^factorguard: unknown command 'lint'/],
    ];
    for (const [args, pattern] of cases) {
      it(args.join(' '), () => {
        const run = cli(project, args);
        assert.equal(run.status, 2);
        assert.equal(run.stdout, '');
        const lines = run.stderr.split('\n').filter(Boolean);
        assert.equal(lines.length, 1, run.stderr);
        assert.match(lines[0], pattern);
        assert.ok(!run.stderr.includes('    at '), 'no stack trace');
      });
    }
  });

  it('warns about invalid config entries and applies the rest', () => {
    const run = cli(project, ['scan', 'src', '--config', 'configs/partial.json', '--format', 'json']);
    assert.equal(run.status, 0);
    assert.deepEqual(run.stderr.split('\n').filter(Boolean), [
      'factorguard: configs/partial.json: rule "config/hardcoded-endpoint": severity must be one of error, warning, info, hint, off',
      'factorguard: configs/partial.json: unknown setting "colour"',
    ]);
    assert.deepEqual(json(run).summary.skipped.map((s) => s.path), ['src/routes.js'], 'maxFileSize 4096 from the file applies');
  });

  it('scans a file named explicitly even if git-ignored, but not a vendored one', () => {
    const run = cli(project, ['scan', 'src/settings.local.js', 'node_modules/acme-sdk/index.js', '--format', 'json']);
    const report = json(run);
    assert.deepEqual(report.findings.map((f) => f.path), ['src/settings.local.js']);
    assert.deepEqual(report.summary.skipped.map((s) => `${s.path} ${s.kind}`), ['node_modules/acme-sdk/index.js vendored']);
  });

  it('writes the report atomically to --output, creating directories', () => {
    const run = cli(project, ['scan', '--format', 'sarif', '--output', 'reports/ci/factorguard.sarif']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    const file = path.join(project, 'reports', 'ci', 'factorguard.sarif');
    const sarif = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0].results.map((r: { level: string }) => r.level), ['warning', 'error']);
    rmSync(path.join(project, 'reports'), { recursive: true });
  });

  it('keeps identical SARIF fingerprints when a finding moves down', () => {
    const fingerprints = () => JSON.parse(cli(project, ['scan', 'src/payments.js', '--format', 'sarif']).stdout).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const file = path.join(project, 'src', 'payments.js');
    const original = readFileSync(file, 'utf8');
    const before = fingerprints();
    writeFileSync(file, `// Payments client.\n'use strict';\n\n${original}`);
    try {
      assert.deepEqual(fingerprints(), before);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('prints --help and --version on stdout', () => {
    const help = cli(project, ['scan', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: factorguard scan/);
    const version = cli(project, ['--version']);
    assert.equal(version.status, 0);
    const manifest = JSON.parse(readFileSync(path.resolve(FIXTURE, '../../../../../package.json'), 'utf8'));
    assert.equal(version.stdout, `${manifest.version}\n`);
  });

  it('stays silent about progress when stderr is not a terminal', () => {
    const run = cli(project, ['scan', '--progress', '--format', 'json']);
    assert.equal(run.stderr, '');
  });
});

describe('factorguard scan on awkward inputs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fg-cli-inputs-'));
    writeFileSync(path.join(dir, 'empty.py'), '');
    // Latin-1 bytes (not UTF-8) in a comment; the code after them is still analysed.
    writeFileSync(path.join(dir, 'latin1.py'), Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\nimport logging\nhandler = logging.FileHandler("app.log")\n')]));
    writeFileSync(path.join(dir, 'crlf.js'), '// Billing client\r\n\r\nconst billingApiUrl = "https://billing.acme.io/v1";\r\n');
    writeFileSync(path.join(dir, 'huge.js'), `const data = "${'x'.repeat(5 * 1024 * 1024)}";\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('scans empty, invalid UTF-8 and CRLF files, and skips a 5 MB one-line file quickly', () => {
    const started = Date.now();
    const run = cli(dir, ['scan', '--format', 'json']);
    const elapsed = Date.now() - started;
    assert.equal(run.status, 0, run.stderr);
    const report = json(run);
    assert.deepEqual(
      report.findings.map((f) => `${f.path}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`),
      ['crlf.js:3:23-3:51 config/hardcoded-endpoint', 'latin1.py:3:11-3:30 logs/file-handler-in-code'],
    );
    assert.deepEqual(report.summary.skipped.map((s) => `${s.path} ${s.kind}`), ['huge.js tooLarge']);
    assert.equal(report.summary.filesScanned, 3);
    assert.ok(elapsed < 20_000, `took ${elapsed} ms`);
  });

  it('reports a huge file under a raised limit as minified, not as a crash', () => {
    const run = cli(dir, ['scan', 'huge.js', '--max-file-size', String(8 * 1024 * 1024), '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(json(run).summary.skipped.map((s) => `${s.path} ${s.kind}`), ['huge.js minified']);
  });

  it('does not leave a temp file behind next to --output', () => {
    const run = cli(dir, ['scan', 'empty.py', '--output', 'report.txt']);
    assert.equal(run.status, 0);
    assert.ok(existsSync(path.join(dir, 'report.txt')));
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });
});

describe('run (in process)', () => {
  let dir: string;
  before(() => {
    dir = copyFixture();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function io(wasmDir?: string) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return {
      stdout,
      stderr,
      io: { cwd: dir, env: {}, stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) }, ...(wasmDir ? { wasmDir } : {}) },
    };
  }

  it('matches the spawned CLI', async () => {
    const { io: streams, stdout } = io();
    assert.equal(await run(['scan', 'src', '--format', 'json'], streams), 1);
    assert.deepEqual(JSON.parse(stdout.join('')).findings.map((f: { path: string }) => f.path), ['src/payments.js', 'src/worker.py']);
  });

  it('exits 2 on an internal error but still reports, one stderr line per failure (plain text needs no grammar)', async () => {
    const { io: streams, stdout, stderr } = io(path.join(dir, 'no-grammars-here'));
    assert.equal(await run(['scan', 'src/payments.js', 'README.md', '--format', 'json'], streams), 2);
    const report = JSON.parse(stdout.join(''));
    assert.deepEqual(report.summary.skipped.map((s: { path: string; kind: string }) => `${s.path} ${s.kind}`), ['src/payments.js internalError']);
    assert.equal(stderr.length, 1);
    assert.match(stderr[0], /^factorguard: internal error on src\/payments\.js: [^\n]*\n$/);
  });
});
