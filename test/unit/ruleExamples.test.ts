import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/engine/registry';
import type { WorkspaceFacts } from '../../server/src/engine/types';
import { engine, FIXED_NOW, settings } from './helpers';

const analyze = (file: string, code: string, workspace?: WorkspaceFacts) => engine().analyze({ path: file, text: code, settings: settings(), now: FIXED_NOW, workspace });

for (const rule of RULES) {
  const { id, examples } = rule.meta;
  describe(`rule ${id} examples`, () => {
    it('has at least one valid and one invalid example', () => {
      assert.ok(examples.invalid.length > 0 && examples.valid.length > 0);
    });
    for (const [i, example] of examples.invalid.entries()) {
      it(`invalid #${i + 1} (${example.file}) is reported`, async () => {
        const result = await analyze(example.file, example.code, example.workspace);
        assert.equal(result.skipped, undefined, `skipped: ${JSON.stringify(result.skipped)}`);
        const ids = result.findings.map((f) => f.ruleId);
        assert.ok(ids.includes(id), `expected ${id} in ${JSON.stringify(ids)} for:\n${example.code}`);
      });
    }
    for (const [i, example] of examples.valid.entries()) {
      it(`valid #${i + 1} (${example.file}) is not reported`, async () => {
        const result = await analyze(example.file, example.code, example.workspace);
        const own = result.findings.filter((f) => f.ruleId === id);
        assert.deepEqual(own.map((f) => f.message), [], `unexpected ${id} for:\n${example.code}`);
      });
    }
  });
}
