import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { parseRawDiff } from '../../server/src/cli/staged';
import { withBase62Checksum } from '../../server/src/engine/secrets/checksum';

/** The compiled entry point, as `npm run compile-tests` lays it out in out/. */
const MAIN = path.resolve(__dirname, '../../server/src/cli/main.js');

/** A GitHub token with a valid checksum: a `secrets/github` error. */
const TOKEN = `ghp_${withBase62Checksum('R7dKq2Vx9Lm4Tz8Wp3Nc6Hb1Fg5Js0')}`;
const SECRET = `GITHUB_TOKEN = "${TOKEN}"\n`;
const CLEAN = 'import os\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\n';

/** Git without the user's global or system configuration (hooks paths, signing, templates). */
const GIT_ENV: Record<string, string | undefined> = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_SYSTEM: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  NO_COLOR: '1',
  FACTORGUARD_DEBUG: '',
};

let repo: string;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
}

async function cli(args: string[], cwd = repo): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(args, { cwd, env: GIT_ENV, stdout: { write: (s: string) => stdout.push(s) }, stderr: { write: (s: string) => stderr.push(s) } });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

async function stagedPaths(args: string[] = []): Promise<string[]> {
  const result = await cli(['scan', '--staged', '--format', 'json', '--fail-on', 'never', ...args]);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout).findings.map((f: { path: string; ruleId: string }) => `${f.path} ${f.ruleId}`);
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'fg-staged-'));
  git('init', '-q');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('factorguard scan --staged', () => {
  it('fails on a staged secret, naming the file, with a clean stderr', async () => {
    write('app/settings.py', SECRET);
    git('add', 'app/settings.py');
    const result = await cli(['scan', '--staged']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /app\/settings\.py\n {2}1:17 +error +GitHub personal access token[^\n]*secrets\/github/);
    assert.ok(!result.stdout.includes(TOKEN), 'the token is masked');
    assert.match(result.stdout, /1 file scanned/);
    assert.equal(result.stderr, '');
  });

  it('checks the staged content, not the working tree', async () => {
    write('app/settings.py', SECRET);
    git('add', 'app/settings.py');
    write('app/settings.py', CLEAN);
    assert.equal((await cli(['scan', '--staged'])).code, 1, 'the secret is still what would be committed');
    assert.equal((await cli(['scan', 'app/settings.py'])).code, 0, 'a normal scan sees the working tree');

    git('add', 'app/settings.py');
    write('app/settings.py', SECRET);
    const clean = await cli(['scan', '--staged']);
    assert.equal(clean.code, 0, 'an unstaged secret is not committed');
    assert.match(clean.stdout, /No problems found\n1 file scanned/);
  });

  it('scans only staged files: not untracked, unchanged or deleted ones; renamed ones under their new name', async () => {
    write('committed.py', SECRET);
    write('gone.py', SECRET);
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    write('untracked.py', SECRET);
    git('rm', '-q', 'gone.py');
    git('mv', 'committed.py', 'renamed.py');
    assert.deepEqual(await stagedPaths(), ['renamed.py secrets/github']);
  });

  it('is limited by paths on the command line, relative to the working directory', async () => {
    write('api/keys.py', SECRET);
    write('web/keys.py', SECRET);
    git('add', '.');
    assert.deepEqual(await stagedPaths(), ['api/keys.py secrets/github', 'web/keys.py secrets/github']);
    assert.deepEqual(await stagedPaths(['web']), ['web/keys.py secrets/github']);
    assert.deepEqual(await stagedPaths(['api/keys.py', 'web/keys.py']), ['api/keys.py secrets/github', 'web/keys.py secrets/github']);
    const fromSub = await cli(['scan', '--staged', 'keys.py', '--format', 'json'], path.join(repo, 'web'));
    assert.deepEqual(JSON.parse(fromSub.stdout).findings.map((f: { path: string }) => f.path), ['keys.py']);
    const typo = await cli(['scan', '--staged', 'nope.py']);
    assert.equal(typo.code, 2);
    assert.equal(typo.stderr, 'factorguard: no such file or directory: nope.py\n');
  });

  it('applies the exclude globs and the vendored rules, but not .gitignore: a force-added file is committed', async () => {
    write('.factorguard.json', '{ "exclude": ["legacy/**"] }\n');
    write('.gitignore', 'local/\n');
    write('legacy/old.py', SECRET);
    write('node_modules/sdk/index.js', `const token = "${TOKEN}";\n`);
    write('local/keys.py', SECRET);
    write('src/keys.py', SECRET);
    git('add', '.');
    git('add', '-f', 'local/keys.py', 'node_modules/sdk/index.js');
    assert.deepEqual(await stagedPaths(), ['local/keys.py secrets/github', 'src/keys.py secrets/github']);
  });

  it('honours a baseline', async () => {
    write('app/settings.py', SECRET);
    git('add', '.');
    assert.equal((await cli(['scan', '--staged', '--baseline-write', '.factorguard-baseline.json'])).code, 0);
    write('app/settings.py', `import os\n\n${SECRET}`);
    write('app/other.py', 'X = 1\n');
    git('add', '.');
    const result = await cli(['scan', '--staged', '--baseline', '.factorguard-baseline.json', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).summary.baselined, 1);
    write('app/other.py', SECRET);
    git('add', '.');
    assert.equal((await cli(['scan', '--staged', '--baseline', '.factorguard-baseline.json'])).code, 1);
  });

  it('skips oversized staged blobs with a reason, without reading them', async () => {
    write('big.py', `${SECRET}${'# padding\n'.repeat(300)}`);
    git('add', 'big.py');
    const result = await cli(['scan', '--staged', '--max-file-size', '1024', '--format', 'json']);
    assert.equal(result.code, 0);
    const { summary } = JSON.parse(result.stdout);
    assert.deepEqual(summary.skipped.map((s: { path: string; kind: string }) => `${s.path} ${s.kind}`), ['big.py tooLarge']);
  });

  it('exits 2 with a clear message outside a git repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'fg-not-a-repo-'));
    try {
      const result = await cli(['scan', '--staged'], outside);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^factorguard: --staged: .* is not inside a git repository\n$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('blocks a commit from a pre-commit hook, and lets a clean one through', () => {
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    mkdirSync(path.dirname(hook), { recursive: true });
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${MAIN}" scan --staged\n`);
    chmodSync(hook, 0o755);
    write('app/settings.py', SECRET);
    git('add', '.');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'leak'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
    assert.equal(blocked.status, 1, blocked.stderr);
    assert.match(blocked.stdout + blocked.stderr, /secrets\/github/);
    assert.equal(spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repo, env: GIT_ENV }).status, 1, 'nothing was committed');
    write('app/settings.py', CLEAN);
    git('add', '.');
    git('commit', '-q', '-m', 'clean');
    // `git commit <path>` commits through a temporary index (GIT_INDEX_FILE): that is what must be checked.
    write('app/settings.py', SECRET);
    const partial = spawnSync('git', ['commit', '-q', '-m', 'leak', 'app/settings.py'], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
    assert.equal(partial.status, 1, partial.stderr);
  });
});

describe('parseRawDiff', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const zero = '0'.repeat(40);

  it('takes the new path of renames and copies, and leaves out symlinks and submodules', () => {
    const output = [
      `:000000 100644 ${zero} ${a} A`, 'new file.py',
      `:100644 100755 ${a} ${b} M`, 'bin/run.sh',
      `:100644 100644 ${a} ${b} R087`, 'old.py', 'moved/new.py',
      `:100644 100644 ${a} ${a} C100`, 'src.py', 'copy.py',
      `:000000 120000 ${zero} ${a} A`, 'link.py',
      `:000000 160000 ${zero} ${a} A`, 'vendor/sub',
      '',
    ].join('\0');
    assert.deepEqual(parseRawDiff(output), [
      { path: 'new file.py', blob: a },
      { path: 'bin/run.sh', blob: b },
      { path: 'moved/new.py', blob: b },
      { path: 'copy.py', blob: a },
    ]);
    assert.deepEqual(parseRawDiff(''), []);
  });
});
