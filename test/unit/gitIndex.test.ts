import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findGitRoot, isTrackedByGit, parseGitIndex } from '../../server/src/workspace/gitIndex';

function repo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fg-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  mkdirSync(path.join(root, 'packages/api'), { recursive: true });
  for (const file of ['.env', 'a.txt', 'packages/api/.env', `packages/api/${'long-name-'.repeat(20)}.ts`, 'ünïcode.md']) {
    writeFileSync(path.join(root, file), 'x\n');
  }
  writeFileSync(path.join(root, 'untracked.txt'), 'x\n');
  git('add', '.env', 'a.txt', 'packages', 'ünïcode.md');
  return root;
}

function lsFiles(root: string): string[] {
  return execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n').sort();
}

describe('git index reader', () => {
  for (const version of ['2', '3', '4']) {
    it(`reads the same paths as git ls-files from an index of version ${version}`, () => {
      const root = repo();
      execFileSync('git', ['update-index', '--index-version', version], { cwd: root });
      // Extended flags (version 3 entries with 2 more bytes) come from intent-to-add and skip-worktree entries.
      if (version === '3') execFileSync('git', ['add', '--intent-to-add', 'untracked.txt'], { cwd: root });
      const paths = [...parseGitIndex(readFileSync(path.join(root, '.git/index')))].sort();
      assert.deepEqual(paths, lsFiles(root));
    });
  }

  it('answers tracked or not for a file', async () => {
    const root = repo();
    assert.equal(await findGitRoot(path.join(root, 'packages/api')), root);
    assert.equal(await isTrackedByGit(path.join(root, 'packages/api/.env'), root), true);
    assert.equal(await isTrackedByGit(path.join(root, 'untracked.txt'), root), false);
    assert.equal(await isTrackedByGit(path.join(root, 'x'), path.join(root, 'not-a-repo')), false);
  });

  it('ignores garbage instead of throwing', () => {
    assert.deepEqual([...parseGitIndex(Buffer.from('not an index at all'))], []);
    assert.deepEqual([...parseGitIndex(Buffer.from('DIRC\u0000\u0000\u0000\u0002\u0000\u0000\u00ff\u00ff'))], []);
  });
});
