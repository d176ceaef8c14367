import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/registry';

const ROOT = path.resolve(__dirname, '../../..');
const CATEGORIES = ['secrets', 'config', 'backing', 'processes', 'port-binding', 'concurrency', 'disposability', 'parity', 'logs', 'admin', 'security'];

describe('rule metadata', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const { meta } of RULES) {
    it(`${meta.id}: id, category, docs page and prefilter are consistent`, () => {
      assert.match(meta.id, /^[a-z-]+\/[a-z0-9-]+$/);
      assert.ok(CATEGORIES.includes(meta.category));
      assert.ok(meta.id.startsWith(`${meta.category}/`));
      assert.equal(meta.docs, `docs/rules/${meta.id}.md`);
      assert.ok(meta.title.length > 0 && meta.rationale.length > 40 && meta.reference.length > 0 && meta.languages.length > 0);
      // A global or sticky regex keeps state between .test() calls and would skip files at random.
      assert.ok(!meta.prefilter.global && !meta.prefilter.sticky, 'prefilter must not be global or sticky');
      const docs = path.join(ROOT, meta.docs);
      assert.ok(existsSync(docs), `missing ${meta.docs}`);
      const text = readFileSync(docs, 'utf8');
      assert.ok(text.startsWith(`# ${meta.id}\n`));
      for (const section of ['## What it finds', '## Why it matters', '## How to fix it', '## Related rules in other tools']) {
        assert.ok(text.includes(section), `${meta.docs} lacks "${section}"`);
      }
    });
  }
});
