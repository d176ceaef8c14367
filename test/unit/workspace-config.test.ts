import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../server/src/workspace/config';

const root = mkdtempSync(path.join(tmpdir(), 'fg-config-'));
after(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) writeFileSync(path.join(dir, rel), content);
  return dir;
}

describe('loadConfig', () => {
  it('reads .factorguard.json from the root', async () => {
    const dir = folder('valid', { '.factorguard.json': '\uFEFF{ "maxFileSize": 2048, "exclude": ["legacy/**"], "rules": { "config/hardcoded-endpoint": "error" } }' });
    assert.deepEqual(await loadConfig(dir), {
      settings: { maxFileSize: 2048, exclude: ['legacy/**'], rules: { 'config/hardcoded-endpoint': 'error' } },
      errors: [],
      path: path.join(dir, '.factorguard.json'),
      failed: false,
    });
  });

  it('treats a missing default file as no settings, without errors', async () => {
    assert.deepEqual(await loadConfig(folder('empty')), { settings: {}, errors: [], failed: false });
  });

  it('treats a missing explicit file as an error', async () => {
    const dir = folder('explicit-missing');
    const config = await loadConfig(dir, 'ci/factorguard.json');
    assert.equal(config.failed, true);
    assert.deepEqual(config.errors, ['file not found']);
    assert.equal(config.path, path.join(dir, 'ci', 'factorguard.json'));
  });

  it('reads an explicit file relative to the root, or absolute', async () => {
    const dir = folder('explicit', { 'strict.json': '{ "enable": false }' });
    assert.deepEqual((await loadConfig(dir, 'strict.json')).settings, { enable: false });
    assert.deepEqual((await loadConfig(folder('elsewhere'), path.join(dir, 'strict.json'))).settings, { enable: false });
  });

  it('reports invalid JSON with a line and column, as a failure', async () => {
    const dir = folder('syntax', { '.factorguard.json': '{\n  "maxFileSize": 2048,\n}\n' });
    const config = await loadConfig(dir);
    assert.equal(config.failed, true);
    assert.deepEqual(config.settings, {});
    assert.equal(config.errors.length, 1);
    assert.match(config.errors[0], /^not valid JSON: .*\(line 3, column 1\)$/);
  });

  it('rejects a file that is not a JSON object', async () => {
    const config = await loadConfig(folder('array', { '.factorguard.json': '["rules"]' }));
    assert.equal(config.failed, true);
    assert.deepEqual(config.errors, ['settings must be a JSON object']);
  });

  it('keeps the valid entries and reports the invalid ones', async () => {
    const dir = folder('partial', {
      '.factorguard.json': JSON.stringify({ maxFileSize: 10, exclude: ['a/**'], rules: { 'config/hardcoded-endpoint': 'loud', 'logs/file-handler-in-code': 'off' }, colour: true }),
    });
    const config = await loadConfig(dir);
    assert.equal(config.failed, false);
    assert.deepEqual(config.settings, { exclude: ['a/**'], rules: { 'logs/file-handler-in-code': 'off' } });
    assert.deepEqual(config.errors, [
      '"maxFileSize" must be a number of bytes, at least 1024',
      'rule "config/hardcoded-endpoint": severity must be one of error, warning, info, hint, off',
      'unknown setting "colour"',
    ]);
  });

  it('reports a directory in place of the file instead of throwing', async () => {
    const dir = folder('dir');
    mkdirSync(path.join(dir, '.factorguard.json'));
    const config = await loadConfig(dir);
    assert.equal(config.failed, true);
    assert.deepEqual(config.errors, ['is a directory, not a file']);
  });

  it('refuses a file too large to be a settings file', async () => {
    const config = await loadConfig(folder('huge', { '.factorguard.json': `{"exclude": [${'"x",'.repeat(300_000)}"y"]}` }));
    assert.equal(config.failed, true);
    assert.match(config.errors[0], /too large/);
  });
});
