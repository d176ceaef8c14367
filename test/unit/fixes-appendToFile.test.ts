import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planAppend } from '../../server/src/engine/fixes/appendToFile';
import { applyEdits } from '../../server/src/engine/text';
import type { AppendToFileFix } from '../../server/src/engine/types';

const ignore: AppendToFileFix = { kind: 'appendToFile', title: 'Add .env to $FILE', target: 'gitignore', entry: '.env', lines: ['.env'] };
const template: AppendToFileFix = { kind: 'appendToFile', title: 'Add GEO_KEY to $FILE', target: 'envTemplate', entry: 'GEO_KEY', lines: ['# used in src/geo.ts', 'GEO_KEY='] };

describe('appendToFile fixes', () => {
  it('appends after existing content, adding the missing line break and keeping CRLF', () => {
    const text = 'node_modules/\r\ndist/';
    const plan = planAppend(ignore, text);
    assert.equal(plan?.create, false);
    assert.equal(applyEdits(text, plan!.edits), 'node_modules/\r\ndist/\r\n.env\r\n');
  });

  it('creates a missing file', () => {
    const plan = planAppend(template, undefined);
    assert.equal(plan?.create, true);
    assert.equal(applyEdits('', plan!.edits), '# used in src/geo.ts\nGEO_KEY=\n');
  });

  it('does nothing when the entry is already there', () => {
    assert.equal(planAppend(ignore, 'dist/\n/.env\n'), undefined);
    assert.equal(planAppend(template, 'GEO_KEY=changeme\n'), undefined);
  });
});
