import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createIgnoreMatcher, walkFiles, type WalkOptions } from '../../server/src/workspace/files';

const roots: string[] = [];

after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Creates a tree from `relative path → content`; a trailing `/` makes an empty directory. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fg-walk-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    if (rel.endsWith('/')) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

async function walk(root: string, options: Partial<WalkOptions> = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const file of walkFiles(root, { exclude: [], ...options })) out.push(path.relative(root, file).split(path.sep).join('/'));
  return out;
}

describe('walkFiles', () => {
  it('yields every file in sorted, depth-first order', async () => {
    const root = tree({ 'b.js': '', 'a/z.py': '', 'a/b/c.ts': '', 'A.js': '', 'c/': '', '.env': '', '..odd.js': '' });
    assert.deepEqual(await walk(root), ['..odd.js', '.env', 'A.js', 'a/b/c.ts', 'a/z.py', 'b.js']);
    assert.deepEqual(await walk(root), await walk(root));
  });

  it('prunes vendored and generated directories and files', async () => {
    const root = tree({
      'src/app.js': '',
      'node_modules/lib/index.js': '',
      'packages/web/node_modules/x.js': '',
      '.git/config': '',
      'dist/app.js': '',
      'venv/lib/site.py': '',
      'pkg/foo-1.0.dist-info/METADATA.py': '',
      'app/__pycache__/m.py': '',
      'web/app.min.js': '',
      'package-lock.json': '',
    });
    assert.deepEqual(await walk(root), ['src/app.js']);
  });

  it('honours .gitignore files, nested ones for their subtree, with negation', async () => {
    const root = tree({
      '.gitignore': 'build/\n*.log.js\n/root-only.js\nsecrets/*\n!secrets/README.js\n',
      'build/out.js': '',
      'a.log.js': '',
      'root-only.js': '',
      'sub/root-only.js': '',
      'secrets/key.js': '',
      'secrets/README.js': '',
      'sub/.gitignore': 'local.js\n!keep.log.js\n',
      'sub/local.js': '',
      'sub/keep.log.js': '',
      'sub/other.log.js': '',
      'local.js': '',
      'sub/deep/local.js': '',
      'sub/deep/ok.js': '',
    });
    assert.deepEqual(await walk(root), [
      '.gitignore',
      'local.js',
      'secrets/README.js',
      'sub/.gitignore',
      'sub/deep/ok.js',
      'sub/keep.log.js',
      'sub/root-only.js',
    ]);
  });

  it('honours .git/info/exclude, below the .gitignore files in precedence', async () => {
    const root = tree({ '.git/info/exclude': 'scratch.js\n*.tmp.js\n', '.gitignore': '!keep.tmp.js\n', 'scratch.js': '', 'a.tmp.js': '', 'keep.tmp.js': '', 'app.js': '' });
    assert.deepEqual(await walk(root), ['.gitignore', 'app.js', 'keep.tmp.js']);
  });

  it('applies exclude globs relative to the root, pruning `dir/**` globs early', async () => {
    const root = tree({ 'legacy/old.js': '', 'src/gen/x.ts': '', 'src/a.generated2.ts': '', 'src/keep.ts': '', 'lib/legacy/y.js': '' });
    assert.deepEqual(await walk(root, { exclude: ['legacy/**', '**/gen/**', '*.generated2.ts'] }), ['lib/legacy/y.js', 'src/keep.ts']);
  });

  it('walks only the start directory, with the root ignore files applied', async () => {
    const root = tree({ '.gitignore': '*.secret.js\n', 'src/a.js': '', 'src/b.secret.js': '', 'other/c.js': '' });
    assert.deepEqual(await walk(root, { start: path.join(root, 'src') }), ['src/a.js']);
  });

  it('does not follow symlinked directories, but yields symlinked files', async () => {
    const root = tree({ 'real/a.js': '', 'target.js': '' });
    symlinkSync(path.join(root, 'real'), path.join(root, 'link'), 'dir');
    symlinkSync(path.join(root, 'target.js'), path.join(root, 'alias.js'));
    symlinkSync(path.join(root, 'missing.js'), path.join(root, 'broken.js'));
    symlinkSync(root, path.join(root, 'real', 'loop'), 'dir');
    assert.deepEqual(await walk(root), ['alias.js', 'real/a.js', 'target.js']);
  });

  it('reports a directory that cannot be read and carries on', async () => {
    const root = tree({ 'a.js': '', 'b/inner.js': '', 'c.js': '' });
    const errors: string[] = [];
    const seen: string[] = [];
    for await (const file of walkFiles(root, { exclude: [], onError: (dir, error) => errors.push(`${path.basename(dir)} ${(error as NodeJS.ErrnoException).code}`) })) {
      seen.push(path.basename(file));
      // Runs as root in CI, where chmod 000 does not stop reads: remove the directory between listing and reading instead.
      if (file.endsWith('a.js')) rmSync(path.join(root, 'b'), { recursive: true });
    }
    assert.deepEqual(seen, ['a.js', 'c.js']);
    assert.deepEqual(errors, ['b ENOENT']);
  });

  it('reports an unreadable (chmod 000) directory when not running as root', async (t) => {
    if (process.getuid?.() === 0 || process.platform === 'win32') {
      t.skip('root (or Windows) reads a chmod 000 directory anyway; the test above covers the onError path');
      return;
    }
    const root = tree({ 'locked/x.js': '', 'ok.js': '' });
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      const errors: string[] = [];
      assert.deepEqual(await walk(root, { onError: (dir) => errors.push(path.basename(dir)) }), ['ok.js']);
      assert.deepEqual(errors, ['locked']);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });

  it('reports a missing root instead of throwing', async () => {
    const errors: string[] = [];
    assert.deepEqual(await walk(path.join(tmpdir(), 'fg-does-not-exist-42'), { onError: (dir) => errors.push(dir) }), []);
    assert.equal(errors.length, 1);
  });

  it('handles deep trees without recursion limits', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    const root = tree({ [`${deep}/leaf.js`]: '' });
    assert.deepEqual(await walk(root), [`${deep}/leaf.js`]);
  });

  it('stops when the signal aborts', async () => {
    const root = tree({ 'a.js': '', 'b.js': '', 'c.js': '' });
    const controller = new AbortController();
    const seen: string[] = [];
    await assert.rejects(async () => {
      for await (const file of walkFiles(root, { exclude: [], signal: controller.signal })) {
        seen.push(path.basename(file));
        controller.abort();
      }
    }, /abort/i);
    assert.deepEqual(seen, ['a.js']);
  });
});

describe('createIgnoreMatcher', () => {
  it('agrees with the walker for files and directories', async () => {
    const root = tree({
      '.gitignore': 'build/\n*.local.js\n',
      'sub/.gitignore': '!keep.local.js\n',
      'build/x.js': '',
      'a.local.js': '',
      'sub/keep.local.js': '',
      'sub/app.js': '',
      'node_modules/m.js': '',
      'legacy/old.js': '',
    });
    const ignored = createIgnoreMatcher(root, { exclude: ['legacy/**'] });
    const abs = (rel: string) => path.join(root, rel);
    assert.equal(ignored(abs('build/x.js')), true);
    assert.equal(ignored(abs('build'), true), true);
    assert.equal(ignored(abs('a.local.js')), true);
    assert.equal(ignored(abs('sub/keep.local.js')), false);
    assert.equal(ignored(abs('sub/app.js')), false);
    assert.equal(ignored(abs('node_modules/m.js')), true);
    assert.equal(ignored(abs('legacy/old.js')), true);
    assert.equal(ignored(path.join(tmpdir(), 'elsewhere.local.js')), false);
    assert.equal(ignored(abs('..odd.local.js')), true, 'a name starting with .. is still inside the root');
    const walked = new Set(await walk(root, { exclude: ['legacy/**'] }));
    for (const rel of ['build/x.js', 'a.local.js', 'sub/keep.local.js', 'sub/app.js', 'node_modules/m.js', 'legacy/old.js']) {
      assert.equal(ignored(abs(rel)), !walked.has(rel), rel);
    }
  });

  it('caches parsed .gitignore files until cleared', () => {
    const root = tree({ '.gitignore': 'a.js\n', 'a.js': '', 'b.js': '' });
    const ignored = createIgnoreMatcher(root);
    assert.equal(ignored(path.join(root, 'b.js')), false);
    writeFileSync(path.join(root, '.gitignore'), 'b.js\n');
    assert.equal(ignored(path.join(root, 'b.js')), false, 'still the cached rules');
    ignored.clear();
    assert.equal(ignored(path.join(root, 'b.js')), true);
    assert.equal(ignored(path.join(root, 'a.js')), false);
  });
});
