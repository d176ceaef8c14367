import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDotenvEntries, typedValues } from '../../server/src/engine/formats/dotenv';

describe('positional .env reader', () => {
  const text = [
    '# comment',
    'export API_URL=https://api.acme.io # the API',
    'DEBUG=true',
    'EMPTY=',
    "SINGLE='a # not a comment'",
    'MULTI="line one',
    'line two"',
    'AFTER=1',
    'not an assignment',
    'QUOTED="say \\"hi\\""',
  ].join('\r\n');
  const entries = readDotenvEntries(text);

  it('reads keys, values and lines, skipping comments and junk', () => {
    assert.deepEqual(
      entries.map((e) => [e.key, e.value, e.line, e.exported]),
      [
        ['API_URL', 'https://api.acme.io', 1, true],
        ['DEBUG', 'true', 2, false],
        ['EMPTY', '', 3, false],
        ['SINGLE', 'a # not a comment', 4, false],
        ['MULTI', 'line one\r\nline two', 5, false],
        ['AFTER', '1', 7, false],
        ['QUOTED', 'say "hi"', 9, false],
      ],
    );
  });

  it('keeps exact offsets of keys and raw values', () => {
    const api = entries[0];
    assert.equal(text.slice(api.keyStart, api.keyStart + api.key.length), 'API_URL');
    assert.equal(text.slice(api.valueStart, api.valueEnd), 'https://api.acme.io');
    const single = entries[3];
    assert.equal(text.slice(single.valueStart, single.valueEnd), "'a # not a comment'");
  });

  it('types values with dotenv-parse-variables without touching process.env', () => {
    const typed = typedValues(entries);
    assert.equal(typed.DEBUG, true);
    assert.equal(typed.AFTER, 1);
    assert.equal(process.env.DEBUG, undefined);
  });

  it('survives an unterminated quote', () => {
    assert.deepEqual(readDotenvEntries('A="open\nB=2\n').map((e) => e.key), ['A', 'B']);
  });
});
