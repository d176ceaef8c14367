import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { maskSecret, redactLikelySecrets } from '../../server/src/engine/mask';
import { analyze } from './helpers';
import { assertNoSecret, secretSamples } from './secretSamples';

const MAIN = path.resolve(__dirname, '../../server/src/cli/main.js');

describe('masking: a secret never appears in full', () => {
  const samples = secretSamples();

  it('the samples cover every secrets rule with at least one raw value', () => {
    assert.ok(samples.filter((s) => s.values.length > 0).length >= samples.length * 0.8, 'too few samples yield a raw secret value');
  });

  it('maskSecret keeps at most the first 4 and last 2 characters', () => {
    assert.equal(maskSecret('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_…89');
    assert.equal(maskSecret('hunter22'), 'hu…2');
    assert.equal(maskSecret('short'), '…');
  });

  it('in diagnostic messages and fix titles (engine)', async () => {
    for (const { example, values } of samples) {
      const result = await analyze(example.file, example.code);
      for (const finding of result.findings) {
        assertNoSecret(finding.message, values, `${finding.ruleId} message on ${example.file}`);
        for (const fix of finding.fixes) if (fix.kind === 'edit') assertNoSecret(fix.title, values, `${finding.ruleId} fix title`);
        for (const related of finding.related ?? []) assertNoSecret(related.message, values, 'related information');
      }
    }
  });

  it('in log lines and crash reports (redactLikelySecrets)', () => {
    for (const { values } of samples) {
      for (const value of values.filter((v) => v.length >= 20 && /\d/.test(v) && /[A-Za-z]/.test(v))) {
        const line = `Rule x failed on a.txt: SyntaxError: Unexpected token in JSON at position 3: "${value}"`;
        const redacted = redactLikelySecrets(line);
        if (redacted.includes(value)) {
          // Low-entropy values (fake test tokens) may survive the generic mask; real tokens must not.
          assert.ok(new Set(value).size < 12, `log line keeps ${maskSecret(value)}`);
        }
      }
    }
    assert.equal(redactLikelySecrets('Scan skipped /work/app/node_modules/some-package-name: EACCES'), 'Scan skipped /work/app/node_modules/some-package-name: EACCES');
  });

  describe('in CLI text, JSON and SARIF reports', () => {
    let dir: string;
    const all = samples.flatMap((s) => s.values);
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'fg-mask-'));
      samples.forEach(({ example }, i) => {
        const folder = path.join(dir, `case-${i}`);
        mkdirSync(folder);
        mkdirSync(path.dirname(path.join(folder, example.file)), { recursive: true });
        writeFileSync(path.join(folder, example.file), example.code);
      });
    });
    for (const format of ['text', 'json', 'sarif']) {
      it(`--format ${format}`, () => {
        const result = spawnSync(process.execPath, [MAIN, 'scan', '--format', format, '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
        assert.equal(result.status, 1, result.stderr);
        assert.ok(result.stdout.includes('secrets/'), 'the report lists secrets findings');
        assertNoSecret(result.stdout, all, `${format} report`);
        assertNoSecret(result.stderr, all, `${format} stderr`);
      });
    }
  });
});
