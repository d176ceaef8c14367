import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { renderProviderDoc } from '../../server/src/engine/secrets/docs';
import { PROVIDERS } from '../../server/src/engine/secrets/providers';

const ROOT = path.resolve(__dirname, '../../..');

describe('provider docs pages', () => {
  it('covers at least 60 providers', () => {
    assert.ok(PROVIDERS.length >= 60, `only ${PROVIDERS.length} providers`);
  });
  for (const spec of PROVIDERS) {
    it(`docs/rules/secrets/${spec.id}.md is generated from the table (npm run docs:secrets)`, () => {
      const file = path.join(ROOT, 'docs/rules/secrets', `${spec.id}.md`);
      assert.ok(existsSync(file), `missing ${file}`);
      assert.equal(readFileSync(file, 'utf8'), renderProviderDoc(spec));
    });
    it(`${spec.id}: rotation link and related rules are filled in`, () => {
      assert.match(spec.rotation.url, /^https:\/\//);
      assert.ok(spec.rotation.steps.length > 20 && spec.related.length > 10);
    });
  }
});
