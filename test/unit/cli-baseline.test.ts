import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { withBase62Checksum } from '../../server/src/engine/secrets/checksum';

/** A GitHub token with a valid checksum: a `secrets/github` error. */
const TOKEN = `ghp_${withBase62Checksum('R7dKq2Vx9Lm4Tz8Wp3Nc6Hb1Fg5Js0')}`;
const SECRET_LINE = `GITHUB_TOKEN = "${TOKEN}"`;
const ENDPOINT_LINE = 'API_URL = "https://payments.internal.acme.io/v1"';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fg-cli-baseline-'));
  mkdirSync(path.join(dir, 'app'));
  writeFileSync(path.join(dir, 'app', 'settings.py'), `import os\n${SECRET_LINE}\n${ENDPOINT_LINE}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(args, { cwd, env: {}, stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

function write(rel: string, text: string): void {
  writeFileSync(path.join(dir, rel), text);
}

describe('factorguard scan --baseline-write', () => {
  it('records every finding, hashed, and then reports nothing new', async () => {
    const result = await cli(['scan', '--baseline-write', '.factorguard-baseline.json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, 'factorguard: wrote 2 findings to the baseline .factorguard-baseline.json\n');
    assert.match(result.stdout, /✔ No problems found\n1 file scanned\n2 findings in the baseline not shown\n$/);
    const text = readFileSync(path.join(dir, '.factorguard-baseline.json'), 'utf8');
    const baseline = JSON.parse(text);
    assert.equal(baseline.version, 1);
    assert.equal(baseline.tool, 'factorguard');
    assert.deepEqual(
      baseline.findings.map((f: { ruleId: string; path: string }) => `${f.path} ${f.ruleId}`),
      ['app/settings.py config/hardcoded-endpoint', 'app/settings.py secrets/github'],
    );
    assert.ok(!text.includes(TOKEN) && !text.includes('ghp_') && !text.includes('payments.internal'), 'no secret or source text');
    assert.ok(!/"line"/.test(text), 'no line numbers');
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    const again = await cli(['scan', '--baseline-write', '.factorguard-baseline.json']);
    assert.equal(again.code, 0);
    assert.equal(readFileSync(path.join(dir, '.factorguard-baseline.json'), 'utf8'), text, 'regenerating gives the same file');
  });

  it('refuses to overwrite a file that is not a FactorGuard baseline', async () => {
    write('report.json', '{"version": 1, "findings": []}\n');
    const result = await cli(['scan', '--baseline-write', 'report.json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^factorguard: refusing to overwrite report\.json: it is not a FactorGuard baseline \([^\n]*\); remove it or choose another file\n$/);
    assert.equal(readFileSync(path.join(dir, 'report.json'), 'utf8'), '{"version": 1, "findings": []}\n');
    assert.equal(result.stdout, '', 'refused before scanning');
    const source = await cli(['scan', '--baseline-write', 'app/settings.py']);
    assert.equal(source.code, 2);
    assert.match(readFileSync(path.join(dir, 'app', 'settings.py'), 'utf8'), /GITHUB_TOKEN/);
  });

  it('writes paths relative to the baseline file, wherever it is', async () => {
    assert.equal((await cli(['scan', '--baseline-write', 'ci/baseline.json'])).code, 0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    assert.deepEqual([...new Set(baseline.findings.map((f: { path: string }) => f.path))], ['../app/settings.py']);
  });
});

describe('factorguard scan --baseline', () => {
  beforeEach(async () => {
    assert.equal((await cli(['scan', '--baseline-write', 'baseline.json'])).code, 0);
  });

  it('hides baselined findings even after they move, and reports a new one', async () => {
    write('app/settings.py', `"""Settings."""\n\nimport os\n\n${ENDPOINT_LINE}\n${SECRET_LINE}\nBILLING_URL = "https://billing.internal.acme.io/v1"\n`);
    const text = await cli(['scan', '--baseline', 'baseline.json']);
    assert.equal(text.code, 0, 'the new finding is a warning');
    assert.match(text.stdout, /7:15 +warning +"BILLING_URL"/);
    assert.ok(!text.stdout.includes('secrets/github'));
    assert.match(text.stdout, /\n2 findings in the baseline not shown\n/);
    const json = JSON.parse((await cli(['scan', '--baseline', 'baseline.json', '--format', 'json'])).stdout);
    assert.deepEqual(json.findings.map((f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`), ['7 config/hardcoded-endpoint']);
    assert.equal(json.summary.baselined, 2);
    assert.equal(json.summary.filesScanned, 1, 'the baseline file itself is not scanned');
    const sarif = JSON.parse((await cli(['scan', '--baseline', 'baseline.json', '--format', 'sarif'])).stdout).runs[0];
    assert.equal(sarif.results.length, 1);
    assert.deepEqual(sarif.properties, { baselined: 2 });
  });

  it('fails on a new secret', async () => {
    write('app/other.py', `${SECRET_LINE}\n`);
    const result = await cli(['scan', '--baseline', 'baseline.json']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /app\/other\.py\n.*secrets\/github/);
  });

  it('matches from another working directory', async () => {
    const result = await cli(['scan', '..', '--baseline', '../baseline.json', '--format', 'json'], path.join(dir, 'app'));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).summary.baselined, 2);
  });

  it('is read from the "baseline" setting of .factorguard.json, and --baseline wins', async () => {
    write('.factorguard.json', '{ "baseline": "baseline.json" }\n');
    const result = await cli(['scan', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).summary.baselined, 2);
    write('empty.json', '{ "version": 1, "tool": "factorguard", "findings": [] }\n');
    assert.equal((await cli(['scan', '--baseline', 'empty.json'])).code, 1);
    write('.factorguard.json', '{ "baseline": "gone.json" }\n');
    const missing = await cli(['scan']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^factorguard: baseline \(from the settings file\) gone\.json: file not found/);
  });

  it('exits 2 with one clear line for a missing or corrupt baseline', async () => {
    const missing = await cli(['scan', '--baseline', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, "factorguard: baseline nope.json: file not found; create it with 'factorguard scan --baseline-write nope.json'\n");
    write('corrupt.json', `{"version": 1, "tool": "factorguard", "findings": [{"ruleId": "secrets/github", "path": "a", "fingerprint": "${TOKEN}"}]}`);
    const corrupt = await cli(['scan', '--baseline', 'corrupt.json']);
    assert.equal(corrupt.code, 2);
    assert.match(corrupt.stderr, /^factorguard: baseline corrupt\.json: finding 1 is invalid[^\n]*\n$/);
    assert.ok(!corrupt.stderr.includes(TOKEN));
    assert.ok(existsSync(path.join(dir, 'baseline.json')));
  });
});
