import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { readSource } from '../../server/src/cli/read';

const dir = mkdtempSync(path.join(tmpdir(), 'fg-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const abs = path.join(dir, name);
  writeFileSync(abs, content);
  return abs;
}

describe('readSource', () => {
  it('decodes UTF-8 and drops a byte order mark', async () => {
    assert.deepEqual(await readSource(file('bom.js', '\uFEFFconst café = 1;\n'), 1024), { kind: 'text', text: 'const café = 1;\n' });
  });

  it('decodes invalid UTF-8 with replacement characters instead of failing', async () => {
    const result = await readSource(file('latin1.py', Buffer.from([0x23, 0x20, 0xe9, 0x0a, 0x78])), 1024);
    assert.deepEqual(result, { kind: 'text', text: '# \uFFFD\nx' });
  });

  it('reads an empty file as empty text', async () => {
    assert.deepEqual(await readSource(file('empty.js', ''), 1024), { kind: 'text', text: '' });
  });

  it('reads a file of exactly the limit, and refuses one byte more without reading it', async () => {
    assert.equal((await readSource(file('exact.js', 'x'.repeat(2048)), 2048)).kind, 'text');
    const result = await readSource(file('over.js', 'x'.repeat(2049)), 2048);
    assert.deepEqual(result, { kind: 'skipped', skip: 'tooLarge', reason: 'not analysed: 2 KB is over the 2 KB limit (factorguard.maxFileSize)' });
  });

  it('reports missing files and directories as unreadable, never throwing', async () => {
    const missing = await readSource(path.join(dir, 'gone.js'), 1024);
    assert.deepEqual(missing, { kind: 'skipped', skip: 'unreadable', reason: 'not analysed: the file could not be read (ENOENT)' });
    const directory = await readSource(dir, 1024);
    assert.equal(directory.kind, 'skipped');
  });

  it('does not hang on a FIFO', async (t) => {
    const fifo = path.join(dir, 'pipe.js');
    if (process.platform === 'win32' || spawnSync('mkfifo', [fifo]).status !== 0) {
      t.skip('mkfifo is not available here');
      return;
    }
    assert.deepEqual(await readSource(fifo, 1024), { kind: 'skipped', skip: 'unreadable', reason: 'not analysed: not a regular file' });
  });
});
