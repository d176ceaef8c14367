import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { computeDora, DORA_DEFAULTS } from '../../server/src/checklist/dora';
import { medianChangedLines, readDora, readGitHistory } from '../../server/src/checklist/git';

/*
 * The git reader on real repositories built here with fixed author, committer
 * and tagger dates, checked against answers worked out by hand. `now` is
 * always passed: nothing depends on the wall clock.
 */

const NOW = new Date('2026-04-01T00:00:00Z');
const WINDOW = { deployTagPattern: 'v*', windowDays: 28, now: NOW }; // (2026-03-04, 2026-04-01]

/** Git without the user's global or system configuration (hooks, signing, templates). */
const BASE_ENV: Record<string, string | undefined> = {
  ...process.env,
  GIT_CONFIG_GLOBAL: path.join(tmpdir(), 'factorguard-no-gitconfig'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

let root: string;

function git(cwd: string, args: string[], dates: { author?: string; committer?: string } = {}): string {
  const env = { ...BASE_ENV, GIT_AUTHOR_DATE: dates.author ?? dates.committer, GIT_COMMITTER_DATE: dates.committer ?? dates.author };
  const result = spawnSync('git', ['-c', 'commit.gpgSign=false', '-c', 'tag.gpgSign=false', ...args], { cwd, env, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} ${i}`).join('\n') + '\n';

/**
 * Builds the repository below (dates 2026, UTC) and returns its folder.
 *
 *   c0 ─ c0b ── c1 ─ c2 ── c3 ─ c4 ── c5a ───── m ─ c6 ── c7 ── c8
 *        v0.9       v1.0       v1.1  \        /    v1.2   v1.3  v2.0
 *                                     c5b ──┘ (revert of c3)
 */
function buildRepository(): string {
  const dir = path.join(root, 'repo');
  mkdirSync(dir);
  const write = (file: string, text: string | Buffer) => writeFileSync(path.join(dir, file), text);
  const commit = (message: string, author: string, committer = author) => {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', message], { author, committer });
    return git(dir, ['rev-parse', 'HEAD']);
  };
  git(dir, ['init', '-q', '-b', 'main']);
  write('a.txt', lines(10, 'a'));
  commit('initial import', '2026-02-01T00:00:00Z'); // root: not a batch
  write('a.txt', lines(12, 'a'));
  commit('chore: setup', '2026-02-15T00:00:00Z'); // +2
  git(dir, ['tag', 'v0.9']); // lightweight: its time is the commit date, 02-15, before the window
  write('b.txt', lines(3, 'b'));
  commit('feat: one', '2026-03-05T10:00:00Z'); // +3
  write('a.txt', lines(12, 'a').replace('a 0\n', 'A 0\n'));
  commit('feat: two', '2026-03-05T11:00:00Z'); // +1 −1
  git(dir, ['tag', '-a', 'v1.0', '-m', 'release 1.0'], { committer: '2026-03-05T12:00:00Z' }); // tagger date 12:00, one hour after the commit date
  write('c.txt', lines(4, 'c'));
  const c3 = commit('feat: x', '2026-03-09T00:00:00Z'); // +4
  write('a.txt', lines(12, 'a').replace('a 0\n', 'A 0\n').replace('a 1\n', 'A 1\n'));
  commit('fix: y', '2026-03-09T18:00:00Z', '2026-03-10T00:00:00Z'); // +1 −1, committed at midnight
  git(dir, ['tag', 'v1.1']); // lightweight: commit date 03-10 00:00
  git(dir, ['checkout', '-q', '-b', 'side']);
  git(dir, ['revert', '--no-edit', c3], { committer: '2026-03-18T00:00:00Z' }); // −4
  git(dir, ['checkout', '-q', 'main']);
  write('logo.png', Buffer.from([0, 1, 2, 3, 0, 255]));
  commit('chore: logo', '2026-03-17T00:00:00Z'); // binary: 0
  git(dir, ['merge', '-q', '--no-ff', '-m', 'fix: merge side', 'side'], { committer: '2026-03-19T00:00:00Z' });
  write('README.md', 'readme\n');
  commit('docs: readme', '2026-03-19T12:00:00Z'); // +1
  git(dir, ['tag', '-a', 'v1.2', '-m', 'release 1.2'], { committer: '2026-03-20T00:00:00Z' });
  write('d.txt', lines(5, 'd'));
  commit('feat: z', '2026-03-29T00:00:00Z'); // +5
  git(dir, ['tag', '-a', 'v1.3', '-m', 'release 1.3'], { committer: '2026-03-30T00:00:00Z' });
  git(dir, ['tag', 'nightly']); // does not match v*
  git(dir, ['tag', '-a', 'v-tree', '-m', 'a tree', 'HEAD^{tree}'], { committer: '2026-03-30T00:00:00Z' }); // not a commit
  git(dir, ['tag', 'v-blob', git(dir, ['rev-parse', 'HEAD:d.txt'])]); // not a commit
  write('e.txt', 'future\n');
  commit('feat: future', '2026-04-05T00:00:00Z'); // after now
  git(dir, ['tag', 'v2.0']);
  return dir;
}

let repo: string;

before(() => {
  root = mkdtempSync(path.join(tmpdir(), 'factorguard-dora-'));
  repo = buildRepository();
});
after(() => (process.env.KEEP_DORA_REPO ? console.log(root) : rmSync(root, { recursive: true, force: true })));

describe('readGitHistory + computeDora on a real repository', () => {
  it('reads the window tags, the one before, and only the commits they bring', async () => {
    const { history, reason } = await readGitHistory(repo, { trusted: true, ...WINDOW });
    assert.equal(reason, undefined);
    assert.ok(history);
    assert.deepEqual(history.tags.map((t) => t.name), ['v0.9', 'v1.0', 'v1.1', 'v1.2', 'v1.3']);
    // Annotated v1.0 at its tagger date; lightweight v1.1 at its commit's date.
    assert.equal(new Date(history.tags[1].time).toISOString(), '2026-03-05T12:00:00.000Z');
    assert.equal(new Date(history.tags[2].time).toISOString(), '2026-03-10T00:00:00.000Z');
    // c1 … c7 with the revert and the merge (9); not c0, c0b (behind v0.9) nor c8 (after now).
    assert.equal(history.commits.length, 9);
    assert.equal(history.truncated, false);
  });

  it('computes the four keys', async () => {
    const { history } = await readGitHistory(repo, { trusted: true, ...WINDOW });
    assert.ok(history);
    const report = computeDora(history, { ...DORA_DEFAULTS, ...WINDOW });
    assert.ok(report);
    // v1.0, v1.1, v1.2, v1.3 in 4 weeks: 1 a week → high.
    assert.equal(report.deployments, 4);
    assert.equal(report.deploymentsPerWeek, 1);
    assert.deepEqual(report.trend.map((w) => w.deployments), [1, 1, 1, 0, 1]);
    // Lead times: v1.0 (03-05 12:00) c1 2 h, c2 1 h; v1.1 (03-10 00:00) c3 24 h, c4 6 h;
    // v1.2 (03-20 00:00) logo 72 h, revert 48 h, readme 12 h (the merge is no change); v1.3 (03-30) c7 24 h.
    // Sorted 1 2 6 12 24 24 48 72: median (12 + 24) / 2 = 18 h → high.
    assert.deepEqual(report.leadTimeHours, { median: 18 });
    // v1.1 brings "fix: y" → v1.0 failed; v1.2 brings the revert → v1.1 failed; v1.3 brings "feat: z" → v1.2 fine. 2 / 3 → low.
    assert.equal(report.changeFailureRate, 0.6667);
    // Restores 4.5 days (108 h) and 10 days (240 h): median 174 h → low.
    assert.deepEqual(report.timeToRestoreHours, { median: 174 });
    assert.deepEqual(report.levels, { deploymentFrequency: 'high', leadTime: 'high', changeFailureRate: 'low', timeToRestore: 'low' });
    assert.equal(report.level, 'low');
  });

  it('measures the batch size: median added + deleted lines per non-merge commit', async () => {
    // Committed in the 90 days before now, root and merge and c8 (after now) left out:
    // setup 2, one 3, two 2, x 4, y 2, revert 4, logo 0, readme 1, z 5 → sorted 0 1 2 2 2 3 4 4 5: median 2 of 9.
    assert.deepEqual(await medianChangedLines(repo, { trusted: true, days: 90, now: NOW }), { median: 2, commits: 9 });
    // The last 10 days (from 03-22): only "feat: z".
    assert.deepEqual(await medianChangedLines(repo, { trusted: true, days: 10, now: NOW }), { median: 5, commits: 1 });
    // Before any commit: nothing to measure.
    assert.deepEqual(await medianChangedLines(repo, { trusted: true, days: 10, now: new Date('2026-01-01T00:00:00Z') }), { median: null, commits: 0 });
  });

  it('reads the same from a detached HEAD', async () => {
    const detached = path.join(root, 'detached');
    git(root, ['clone', '-q', repo, detached]);
    git(detached, ['checkout', '-q', '--detach', 'v1.3']);
    const { history } = await readGitHistory(detached, { trusted: true, ...WINDOW });
    assert.ok(history);
    assert.equal(computeDora(history, { ...DORA_DEFAULTS, ...WINDOW })?.leadTimeHours.median, 18);
    assert.deepEqual(await medianChangedLines(detached, { trusted: true, days: 90, now: NOW }), { median: 2, commits: 9 });
  });

  it('gives null DORA when no tag matches in the window', async () => {
    const { history } = await readGitHistory(repo, { trusted: true, ...WINDOW, deployTagPattern: 'release-*' });
    assert.ok(history);
    assert.deepEqual(history.tags, []);
    assert.equal(computeDora(history, { ...DORA_DEFAULTS, ...WINDOW, deployTagPattern: 'release-*' }), null);
  });
});

describe('readDora', () => {
  it('returns the report, or null with a note saying why', async () => {
    assert.equal((await readDora(repo, { trusted: true, ...WINDOW })).dora?.level, 'low');
    const none = await readDora(repo, { trusted: true, ...WINDOW, deployTagPattern: 'release-*' });
    assert.deepEqual(none, { dora: null, note: 'DORA metrics: no tag matching "release-*" is dated in the last 28 days (setting factorguard.dora.deployTagPattern).' });
    assert.match((await readDora(repo, { trusted: false, ...WINDOW })).note ?? '', /^DORA metrics: the workspace is not trusted/);
  });
});

describe('readGitHistory refusals', () => {
  it('refuses an untrusted workspace without running git', async () => {
    const result = await readGitHistory(repo, { trusted: false, ...WINDOW });
    assert.equal(result.history, undefined);
    assert.match(result.reason ?? '', /not trusted/);
    assert.equal(await medianChangedLines(repo, { trusted: false, now: NOW }), undefined);
    // A truthy value that is not `true` is refused too.
    assert.equal((await readGitHistory(repo, { trusted: 'yes' as unknown as boolean, ...WINDOW })).history, undefined);
  });

  it('starts none of the programs a repository config names (a guard: today\'s git would not start most of them for these reads either)', async () => {
    const hostile = path.join(root, 'hostile');
    git(root, ['clone', '-q', repo, hostile]);
    const marker = path.join(root, 'ran');
    const run = `touch '${marker}'; cat`;
    for (const [key, value] of [['core.fsmonitor', run], ['core.pager', run], ['pager.log', run], ['diff.evil.textconv', run], ['diff.external', run], ['gpg.program', run], ['log.showSignature', 'true']]) {
      git(hostile, ['config', key, value]);
    }
    writeFileSync(path.join(hostile, '.gitattributes'), '* diff=evil\n');
    await readGitHistory(hostile, { trusted: true, ...WINDOW });
    await medianChangedLines(hostile, { trusted: true, now: NOW });
    assert.equal(existsSync(marker), false);
  });

  it('says when the folder is not a repository', async () => {
    const plain = path.join(root, 'plain');
    mkdirSync(plain);
    const result = await readGitHistory(plain, { trusted: true, ...WINDOW });
    assert.equal(result.history, undefined);
    assert.match(result.reason ?? '', /not inside a git repository/);
    assert.equal(await medianChangedLines(plain, { trusted: true, now: NOW }), undefined);
    assert.match((await readGitHistory(path.join(root, 'missing'), { trusted: true, ...WINDOW })).reason ?? '', /does not exist/);
  });

  it('says when the clone is shallow', async () => {
    const shallow = path.join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const result = await readGitHistory(shallow, { trusted: true, ...WINDOW });
    assert.equal(result.history, undefined);
    assert.match(result.reason ?? '', /shallow clone/);
  });

  it('reads an empty repository as one without deployments', async () => {
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    git(empty, ['init', '-q']);
    const { history } = await readGitHistory(empty, { trusted: true, ...WINDOW });
    assert.ok(history);
    assert.equal(computeDora(history, { ...DORA_DEFAULTS, ...WINDOW }), null);
    assert.equal(await medianChangedLines(empty, { trusted: true, now: NOW }), undefined);
  });
});
