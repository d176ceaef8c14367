import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeDora,
  DORA_DEFAULTS,
  levelOfChangeFailureRate,
  levelOfDeploymentFrequency,
  levelOfLeadTime,
  levelOfTimeToRestore,
  lowestLevel,
  subjectOf,
  type DeployTag,
  type GitHistory,
  type HistoryCommit,
} from '../../server/src/checklist/dora';

/*
 * DORA's four keys on hand-made histories. The git reader is tested against
 * real repositories in checklist-dora-git.test.ts.
 */

const t = (iso: string) => Date.parse(iso);
const NOW = new Date('2026-04-01T00:00:00Z'); // a Wednesday
const OPTIONS = { ...DORA_DEFAULTS, windowDays: 28, now: NOW }; // window (2026-03-04T00:00Z, 2026-04-01T00:00Z]

function commit(sha: string, parents: string[], authored: string, message: string): HistoryCommit {
  return { sha, parents, authorTime: t(authored), message };
}
const tag = (name: string, sha: string, iso: string): DeployTag => ({ name, commit: sha, time: t(iso) });

/**
 * A linear main line with one side branch merged back:
 *
 *   c0 ── c1 ─ c2 ── c3 ─ c4 ──────── m ─ c6 ── c7 ── c8
 *   v0.9      v1.0        v1.1 \     /    v1.2   v1.3  v2.0 (after now)
 *                               c5 ─┘
 */
const HISTORY: GitHistory = {
  tags: [
    tag('v0.9', 'c0', '2026-02-20T00:00:00Z'), // before the window: the base
    tag('v1.0', 'c2', '2026-03-05T12:00:00Z'),
    tag('v1.1', 'c4', '2026-03-10T00:00:00Z'),
    tag('v1.2', 'c6', '2026-03-20T00:00:00Z'),
    tag('v1.3', 'c7', '2026-03-30T00:00:00Z'),
    tag('v1.3.0', 'c7', '2026-03-31T00:00:00Z'), // same commit, later: counted once, at the earlier time
    tag('nightly-7', 'c7', '2026-03-29T00:00:00Z'), // does not match v*
    tag('v2.0', 'c8', '2026-04-02T00:00:00Z'), // after now
  ],
  commits: [
    commit('c0', [], '2025-01-01T00:00:00Z', 'initial import'),
    commit('c1', ['c0'], '2026-03-05T10:00:00Z', 'feat: one'),
    commit('c2', ['c1'], '2026-03-05T11:00:00Z', 'feat: two'),
    commit('c3', ['c2'], '2026-03-09T00:00:00Z', 'feat: x'),
    commit('c4', ['c3'], '2026-03-09T18:00:00Z', 'fix: y\n\nThe y was wrong.'),
    commit('c5', ['c4'], '2026-03-18T00:00:00Z', 'Undo x\n\nThis reverts commit c3.'),
    commit('m', ['c4', 'c5'], '2026-03-18T06:00:00Z', "Merge branch 'fix: side'"),
    commit('c6', ['m'], '2026-03-19T12:00:00Z', 'docs: readme'),
    commit('c7', ['c6'], '2026-03-29T00:00:00Z', 'feat: z'),
    commit('c8', ['c7'], '2026-04-01T12:00:00Z', 'fix: later'),
  ],
  truncated: false,
};

describe('computeDora on a hand-made history', () => {
  const report = computeDora(HISTORY, OPTIONS);

  it('counts the deployments in the window, one per commit', () => {
    assert.ok(report);
    // v1.0, v1.1, v1.2, v1.3 (v1.3.0 shares c7; v0.9 is before, v2.0 after; nightly-7 does not match).
    assert.equal(report.deployments, 4);
    // 4 deployments / (28 / 7 = 4 weeks) = 1 per week: at least monthly, under daily → high.
    assert.equal(report.deploymentsPerWeek, 1);
    assert.equal(report.levels.deploymentFrequency, 'high');
    assert.deepEqual(report.window, { from: '2026-03-04T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', days: 28 });
  });

  it('takes the median lead time over the non-merge commits each deployment brings first', () => {
    assert.ok(report);
    // v1.0 (03-05 12:00): c1 2 h, c2 1 h; c0 belongs to the base v0.9.
    // v1.1 (03-10 00:00): c3 24 h, c4 6 h.
    // v1.2 (03-20 00:00): c5 48 h, c6 12 h; the merge m is not a change.
    // v1.3 (03-30 00:00): c7 24 h.
    // Sorted 1, 2, 6, 12, 24, 24, 48: the 4th of 7 is 12 h → under a week → high.
    assert.deepEqual(report.leadTimeHours, { median: 12 });
    assert.equal(report.levels.leadTime, 'high');
  });

  it('judges every deployment but the last by what the next one brings', () => {
    assert.ok(report);
    // v1.0 → v1.1 brings "fix: y": failed. v1.1 → v1.2 brings c5 ("This reverts commit"): failed.
    // v1.2 → v1.3 brings "feat: z": fine. v1.3 is last: not judged. 2 / 3 = 0.6667 → above 30% → low.
    assert.equal(report.changeFailureRate, 0.6667);
    assert.equal(report.levels.changeFailureRate, 'low');
    // Restores: v1.1 − v1.0 = 4.5 days = 108 h; v1.2 − v1.1 = 10 days = 240 h; median (108 + 240) / 2 = 174 h → a week or more → low.
    assert.deepEqual(report.timeToRestoreHours, { median: 174 });
    assert.equal(report.levels.timeToRestore, 'low');
    assert.equal(report.level, 'low');
  });

  it('buckets the window by Monday-to-Sunday weeks, oldest first', () => {
    assert.ok(report);
    // The window starts Wed 03-04 (week of Mon 03-02) and ends Wed 04-01 (week of Mon 03-30).
    assert.deepEqual(report.trend, [
      // v1.0: leads 1 and 2 → 1.5; judged and failed; nothing restored this week.
      { start: '2026-03-02', deployments: 1, leadTimeHours: 1.5, failed: 1, judged: 1, timeToRestoreHours: null },
      // v1.1: leads 24 and 6 → 15; failed; it restores v1.0 after 108 h.
      { start: '2026-03-09', deployments: 1, leadTimeHours: 15, failed: 1, judged: 1, timeToRestoreHours: 108 },
      // v1.2: leads 48 and 12 → 30; fine; it restores v1.1 after 240 h.
      { start: '2026-03-16', deployments: 1, leadTimeHours: 30, failed: 0, judged: 1, timeToRestoreHours: 240 },
      { start: '2026-03-23', deployments: 0, leadTimeHours: null, failed: 0, judged: 0, timeToRestoreHours: null },
      // v1.3 on Monday 03-30: lead 24; last, so not judged.
      { start: '2026-03-30', deployments: 1, leadTimeHours: 24, failed: 0, judged: 0, timeToRestoreHours: null },
    ]);
  });

  it('says how each metric was computed, with the settings', () => {
    assert.ok(report);
    assert.match(report.method.deploymentFrequency, /"v\*".*28 days.*4 weeks.*2021 Accelerate State of DevOps/);
    assert.match(report.method.leadTime, /author time/);
    assert.match(report.method.leadTime, /merges are not changes/);
    assert.ok(report.method.changeFailureRate.includes(`/${DORA_DEFAULTS.fixPattern}/i`));
    assert.match(report.method.timeToRestore, /next deployment/);
  });
});

describe('computeDora edge cases', () => {
  it('is null when no matching tag is dated in the window', () => {
    assert.equal(computeDora(HISTORY, { ...OPTIONS, deployTagPattern: 'release-*' }), null);
    assert.equal(computeDora(HISTORY, { ...OPTIONS, now: new Date('2026-02-10T00:00:00Z') }), null); // every tag is after now
    assert.equal(computeDora({ tags: [], commits: [], truncated: false }, OPTIONS), null);
  });

  it('rates a daily, quick, clean delivery elite and skips the restore time it cannot compute', () => {
    // Base tag 03-24 12:00; one deployment a day 03-25 … 03-31 at 12:00, each bringing one commit written 30 minutes before.
    const tags = [tag('v0', 'b', '2026-03-24T12:00:00Z')];
    const commits = [commit('b', [], '2026-03-24T11:00:00Z', 'init')];
    for (let day = 25; day <= 31; day++) {
      tags.push(tag(`v${day}`, `d${day}`, `2026-03-${day}T12:00:00Z`));
      commits.push(commit(`d${day}`, [day === 25 ? 'b' : `d${day - 1}`], `2026-03-${day}T11:30:00Z`, 'feat: more'));
    }
    const report = computeDora({ tags, commits, truncated: false }, { ...OPTIONS, windowDays: 7 });
    assert.ok(report);
    // 7 deployments in 1 week → elite; lead 0.5 h → elite; 0 of 6 judged failed → elite; no failure → no restore time.
    assert.equal(report.deploymentsPerWeek, 7);
    assert.deepEqual(report.leadTimeHours, { median: 0.5 });
    assert.equal(report.changeFailureRate, 0);
    assert.deepEqual(report.timeToRestoreHours, { median: null });
    assert.deepEqual(report.levels, { deploymentFrequency: 'elite', leadTime: 'elite', changeFailureRate: 'elite', timeToRestore: null });
    assert.equal(report.level, 'elite');
  });

  it('leaves the first tag ever out of the lead time and does not judge a lone deployment', () => {
    const history: GitHistory = {
      tags: [tag('v1', 'a', '2026-03-15T00:00:00Z')],
      commits: [commit('a', [], '2020-01-01T00:00:00Z', 'fix: everything')],
      truncated: false,
    };
    const report = computeDora(history, { ...OPTIONS, windowDays: 90 });
    assert.ok(report);
    // 1 deployment / (90 / 7 weeks) = 0.0778 a week: less than monthly (0.23), at least every six months (0.038) → medium.
    assert.equal(report.deploymentsPerWeek, 0.08);
    assert.equal(report.levels.deploymentFrequency, 'medium');
    assert.deepEqual(report.leadTimeHours, { median: null });
    assert.equal(report.changeFailureRate, null);
    assert.equal(report.level, 'medium');
    // 90 days from Fri 01-01 (week of Mon 12-29) to Wed 04-01 (week of Mon 03-30): 14 weeks.
    assert.equal(report.trend.length, 14);
    assert.equal(report.trend[0].start, '2025-12-29');
  });

  it('falls back to the default fix pattern when the setting is not a regular expression, and says so', () => {
    const report = computeDora(HISTORY, { ...OPTIONS, fixPattern: '(unclosed' });
    assert.ok(report);
    assert.equal(report.changeFailureRate, 0.6667);
    assert.match(report.method.changeFailureRate, /"\(unclosed" is not a valid regular expression/);
  });

  it('counts only reverts when the fix pattern is empty, and uses the default tag glob when that setting is empty', () => {
    // v1.0 → v1.1 brings "fix: y", no longer a marker; v1.1 → v1.2 brings the revert c5: 1 / 3.
    const report = computeDora(HISTORY, { ...OPTIONS, fixPattern: ' ', deployTagPattern: '' });
    assert.equal(report?.deployments, 4);
    assert.equal(report?.changeFailureRate, 0.3333);
    assert.match(report?.method.changeFailureRate ?? '', /fixes are not recognised/);
    assert.match(report?.method.deploymentFrequency ?? '', /"v\*"/);
  });

  it('uses the configured fix pattern, case-insensitively', () => {
    // Only "Undo x" matches /^undo/ (its "This reverts commit" counts anyway): v1.1 failed, v1.0 no longer. 1 / 3.
    const report = computeDora(HISTORY, { ...OPTIONS, fixPattern: '^UNDO' });
    assert.equal(report?.changeFailureRate, 0.3333);
  });

  it('counts a commit once, at the first deployment that holds it, even when a later tag sits on another branch', () => {
    //   a ── b ──────── c (merge "fix: merge patch branch")
    //   v1   v2 \    /  v3 (03-16)
    //           a2 ─┘
    //           v1.1
    const history: GitHistory = {
      tags: [tag('v1', 'a', '2026-03-10T00:00:00Z'), tag('v2', 'b', '2026-03-11T00:00:00Z'), tag('v1.1', 'a2', '2026-03-12T00:00:00Z'), tag('v3', 'c', '2026-03-16T00:00:00Z')],
      commits: [
        commit('b', ['a'], '2026-03-10T12:00:00Z', 'feat: b'),
        commit('a2', ['a'], '2026-03-11T12:00:00Z', 'fix: patch'),
        commit('c', ['b', 'a2'], '2026-03-15T00:00:00Z', 'fix: merge patch branch'),
      ],
      truncated: false,
    };
    const report = computeDora(history, OPTIONS);
    assert.ok(report);
    // v2 brings b (12 h), v1.1 brings a2 (12 h); v3 brings only the merge c: b is not counted again
    // (it is not reachable from the previous tag v1.1, but v2 deployed it first). Median 12 h.
    assert.deepEqual(report.leadTimeHours, { median: 12 });
    assert.equal(report.trend[2].start, '2026-03-16');
    assert.equal(report.trend[2].leadTimeHours, null);
    // v1 → v2 (feat): fine; v2 → v1.1 (fix: patch): failed; v1.1 → v3 (a merge is no fix): fine. 1 / 3.
    assert.equal(report.changeFailureRate, 0.3333);
  });

  it('reads a subject as git does and clamps a commit written after its tag to zero lead time', () => {
    assert.equal(subjectOf('\nfix: a\nsecond line\n\nbody'), 'fix: a second line');
    const history: GitHistory = {
      tags: [tag('v1', 'a', '2026-03-10T00:00:00Z'), tag('v2', 'b', '2026-03-11T00:00:00Z')],
      commits: [commit('b', ['a'], '2026-03-12T00:00:00Z', 'skewed clock')],
      truncated: true,
    };
    const report = computeDora(history, OPTIONS);
    assert.deepEqual(report?.leadTimeHours, { median: 0 });
    assert.match(report?.method.leadTime ?? '', /oldest commits beyond the read limit/);
  });
});

describe('DORA levels (2021 Accelerate State of DevOps)', () => {
  it('maps deployment frequency per week', () => {
    // Daily = 7 a week; monthly = 7 / 30.44 = 0.23; every six months = 7 / 182.6 = 0.0383.
    assert.deepEqual([14, 7, 6.99, 1, 0.23, 0.22, 0.04, 0.038, 0].map(levelOfDeploymentFrequency), ['elite', 'elite', 'high', 'high', 'high', 'medium', 'medium', 'low', 'low']);
    assert.equal(levelOfDeploymentFrequency(null), null);
  });

  it('maps lead time in hours', () => {
    // Six months = 182.625 days = 4383 h.
    assert.deepEqual([0, 0.99, 1, 24, 167.9, 168, 720, 4382, 4383].map(levelOfLeadTime), ['elite', 'elite', 'high', 'high', 'high', 'medium', 'medium', 'medium', 'low']);
  });

  it('maps change failure rate and time to restore', () => {
    assert.deepEqual([0, 0.15, 0.16, 0.3, 0.31, 1].map(levelOfChangeFailureRate), ['elite', 'elite', 'high', 'high', 'low', 'low']);
    assert.deepEqual([0.5, 1, 23.9, 24, 167.9, 168, 5000].map(levelOfTimeToRestore), ['elite', 'high', 'high', 'medium', 'medium', 'low', 'low']);
    assert.equal(levelOfTimeToRestore(Number.NaN), null);
  });

  it('takes the lowest computable level overall', () => {
    assert.equal(lowestLevel(['elite', null, 'medium', 'high']), 'medium');
    assert.equal(lowestLevel([null, null]), null);
  });
});
