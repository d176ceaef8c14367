import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_SETTINGS, mergeSettings, validateSettings } from '../../server/src/engine/settings';
import {
  Baseline,
  baselineEntries,
  baselinePath,
  BaselineStore,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  type BaselineEntry,
} from '../../server/src/workspace/baseline';

const dir = mkdtempSync(path.join(tmpdir(), 'fg-baseline-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ID = 'config/hardcoded-endpoint';
const LINE = 'API_URL = "https://payments.internal.acme.io/v1"';
const range = (line: number) => ({ start: { line, character: 10 }, end: { line, character: 48 } });
const hex = (c: string) => c.repeat(64);

describe('baseline file format', () => {
  it('serializes sorted, deduplicated entries with a version and the tool name, and parses them back', () => {
    const entries: BaselineEntry[] = [
      { ruleId: 'z/rule', path: 'src/b.py', fingerprint: hex('c') },
      { ruleId: ID, path: 'src/b.py', fingerprint: hex('b') },
      { ruleId: ID, path: 'src/a.py', fingerprint: hex('d') },
      { ruleId: ID, path: 'src/a.py', fingerprint: hex('d') },
    ];
    const text = serializeBaseline(entries);
    assert.ok(text.endsWith('}\n'));
    const raw = JSON.parse(text);
    assert.deepEqual(Object.keys(raw), ['version', 'tool', 'findings']);
    assert.equal(raw.version, 1);
    assert.equal(raw.tool, 'factorguard');
    assert.deepEqual(
      raw.findings.map((f: BaselineEntry) => `${f.path} ${f.ruleId} ${f.fingerprint[0]}`),
      ['src/a.py config/hardcoded-endpoint d', 'src/b.py config/hardcoded-endpoint b', 'src/b.py z/rule c'],
    );
    assert.deepEqual(Object.keys(raw.findings[0]), ['ruleId', 'path', 'fingerprint']);
    assert.equal(serializeBaseline([...entries].reverse()), text, 'stable whatever the input order');
    assert.deepEqual(parseBaseline(text), { entries: raw.findings });
  });

  it('rejects anything that is not a FactorGuard baseline, in one line', () => {
    const cases: [string, RegExp][] = [
      ['hi', /^not valid JSON$/],
      ['[]', /not a FactorGuard baseline/],
      ['{"version": 2.0}', /not a FactorGuard baseline/],
      ['{"$schema": "x", "rules": {}}', /not a FactorGuard baseline/],
      ['{"version": 1, "tool": "other", "findings": []}', /not a FactorGuard baseline/],
      ['{"version": "1", "tool": "factorguard", "findings": []}', /"version" must be 1/],
      ['{"version": 9, "tool": "factorguard", "findings": []}', /version 9 is newer/],
      ['{"version": 1, "tool": "factorguard", "findings": {}}', /"findings" must be an array/],
      ['{"version": 1, "tool": "factorguard", "findings": [{"ruleId": "a/b", "path": "x", "fingerprint": "secret"}]}', /finding 1 is invalid/],
    ];
    for (const [text, pattern] of cases) {
      const parsed = parseBaseline(text);
      assert.ok(parsed.error !== undefined, text);
      assert.match(parsed.error, pattern, text);
      assert.ok(!parsed.error.includes('\n'));
    }
    assert.equal(parseBaseline('\uFEFF{"version": 1, "tool": "factorguard", "findings": []}').error, undefined);
  });

  it('never quotes the file content in an error', () => {
    const parsed = parseBaseline('AKIA-not-json-secret-value');
    assert.ok(parsed.error !== undefined && !parsed.error.includes('AKIA'));
  });
});

describe('baseline matching', () => {
  const file = path.join(dir, 'app', 'settings.py');
  const code = `import os\n${LINE}\n`;

  it('records paths relative to the baseline folder with / separators', () => {
    assert.equal(baselinePath(dir, file), 'app/settings.py');
    assert.equal(baselinePath(path.join(dir, 'ci'), file), '../app/settings.py');
    const [entry] = baselineEntries(dir, file, code, [{ ruleId: ID, range: range(1) }]);
    assert.equal(entry.path, 'app/settings.py');
    assert.match(entry.fingerprint, /^[0-9a-f]{64}$/);
  });

  it('accepts a recorded finding after its line moves, but not a new one on another line', () => {
    const baseline = new Baseline(path.join(dir, 'baseline.json'), baselineEntries(dir, file, code, [{ ruleId: ID, range: range(1) }]));
    assert.equal(baseline.size, 1);
    const moved = `"""Settings."""\n\nimport os\n\n    ${LINE}\nBILLING_URL = "https://billing.internal.acme.io/v1"\n`;
    assert.deepEqual(baseline.accepts(file, moved, [{ ruleId: ID, range: range(4) }, { ruleId: ID, range: range(5) }]), [true, false]);
    assert.deepEqual(baseline.accepts(path.join(dir, 'other.py'), code, [{ ruleId: ID, range: range(1) }]), [false], 'another file');
    assert.deepEqual(baseline.accepts(file, code, [{ ruleId: 'x/y', range: range(1) }]), [false], 'another rule');
    assert.deepEqual(baseline.accepts(file, `${code}${LINE}\n`, [{ ruleId: ID, range: range(1) }, { ruleId: ID, range: range(2) }]), [true, false], 'a copy of the line');
  });
});

describe('readBaseline and BaselineStore', () => {
  it('reports a missing, corrupt or directory baseline without throwing', async () => {
    assert.deepEqual(await readBaseline(path.join(dir, 'missing.json')), { error: 'file not found', missing: true });
    writeFileSync(path.join(dir, 'corrupt.json'), '{ "version": 1');
    assert.deepEqual(await readBaseline(path.join(dir, 'corrupt.json')), { error: 'not valid JSON', missing: false });
    const folder = await readBaseline(dir);
    assert.ok(folder.error !== undefined && /directory/.test(folder.error));
  });

  it('caches, re-reads when the file changes, and reports each problem once', async () => {
    const file = path.join(dir, 'store.json');
    let now = 0;
    const errors: string[] = [];
    const store = new BaselineStore((f, message) => errors.push(`${path.basename(f)}: ${message}`), () => now);
    assert.equal(await store.get(file), undefined);
    assert.ok(store.has(file), 'a missing file is watched for too');
    now += 5000;
    assert.equal(await store.get(file), undefined);
    assert.deepEqual(errors, ['store.json: file not found']);

    writeFileSync(file, serializeBaseline([{ ruleId: ID, path: 'a.py', fingerprint: hex('a') }]));
    assert.equal(await store.get(file), undefined, 'within a second the last answer stands');
    now += 5000;
    const first = await store.get(file);
    assert.equal(first?.size, 1);
    now += 5000;
    assert.equal(await store.get(file), first, 'unchanged file: same object');

    writeFileSync(file, '{ broken');
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    now += 5000;
    assert.equal(await store.get(file), undefined);
    now += 5000;
    assert.equal(await store.get(file), undefined);
    assert.deepEqual(errors, ['store.json: file not found', 'store.json: not valid JSON']);

    store.clear();
    assert.equal(store.has(file), false);
  });
});

describe('the baseline setting', () => {
  it('defaults to none, validates, and lets a later layer clear it', () => {
    assert.equal(DEFAULT_SETTINGS.baseline, '');
    assert.deepEqual(validateSettings({ baseline: ' .factorguard-baseline.json ' }), { settings: { baseline: '.factorguard-baseline.json' }, errors: [] });
    assert.deepEqual(validateSettings({ baseline: 3 }).errors, ['"baseline" must be a file path relative to the workspace folder, or "" for none']);
    assert.equal(mergeSettings(DEFAULT_SETTINGS, { baseline: 'a.json' }).baseline, 'a.json');
    assert.equal(mergeSettings(DEFAULT_SETTINGS, { baseline: 'a.json' }, { baseline: '' }).baseline, '');
    assert.equal(mergeSettings(DEFAULT_SETTINGS, { baseline: 'a.json' }, {}).baseline, 'a.json');
  });
});
