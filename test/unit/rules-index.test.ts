import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRuleMetas } from '../../server/src/engine/registry';
import { renderRuleIndex } from '../../server/src/engine/ruleIndex';

const INDEX = path.resolve(__dirname, '../../../docs/rules/README.md');

describe('docs/rules/README.md', () => {
  it('lists every rule as the registry has it (run `npm run docs:rules` after changing a rule)', () => {
    assert.equal(readFileSync(INDEX, 'utf8'), renderRuleIndex(allRuleMetas()));
  });
});
