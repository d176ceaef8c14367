// Makes the copied fixture workspace a git repository with a short release
// history dated relative to now, so the checklist's DORA section has
// something to measure: annotated `v*` tags inside the default 90-day window,
// and one `fix:` commit after a release, which makes that release a failed
// one (change failure rate and time to restore are then non-zero).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** One commit (changing CHANGELOG.md) and, when `tag` is set, an annotated tag on it some hours later. */
interface Step {
  daysAgo: number;
  subject: string;
  tag?: string;
  /** Hours between the commit and its tag. */
  tagAfterHours?: number;
}

/** Oldest first. v1.2.0 is followed by a fix, so it counts as failed and v1.2.1 restores it. */
export const HISTORY: readonly Step[] = [
  { daysAgo: 75, subject: 'feat: retry declined card payments', tag: 'v1.1.0', tagAfterHours: 20 },
  { daysAgo: 60, subject: 'feat: the worker reads the queue URL from the environment', tag: 'v1.2.0', tagAfterHours: 30 },
  { daysAgo: 58, subject: 'fix: restore the payment timeout v1.2.0 dropped', tag: 'v1.2.1', tagAfterHours: 6 },
  { daysAgo: 35, subject: 'feat: refunds', tag: 'v1.3.0', tagAfterHours: 48 },
  { daysAgo: 12, subject: 'refactor: one HTTP client for the payment calls', tag: 'v1.4.0', tagAfterHours: 26 },
  { daysAgo: 2, subject: 'docs: describe the refund flow' },
];
/** The initial import and its tag, before the window's first release. */
const INITIAL_DAYS_AGO = 85;
/** Deployments (matching tags) dated in the 90-day window: v1.0.0 and the tagged steps. */
export const DEPLOYMENTS_IN_WINDOW = 1 + HISTORY.filter((s) => s.tag).length;

function git(cwd: string, args: string[], when: Date): void {
  const iso = when.toISOString();
  // A clean environment: no GIT_DIR or identity of the caller's leaks in.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LC_ALL: 'C', GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const identity = ['-c', 'user.name=FactorGuard Tests', '-c', 'user.email=tests@factorguard.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'init.defaultBranch=main'];
  execFileSync('git', [...identity, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Turns `workspace` into a repository whose history {@link HISTORY} describes, dated relative to `now`. */
export function makeReleaseHistory(workspace: string, now = new Date()): void {
  const at = (daysAgo: number, plusHours = 0) => new Date(now.getTime() - daysAgo * DAY_MS + plusHours * HOUR_MS);
  const changelog = path.join(workspace, 'CHANGELOG.md');
  const start = at(INITIAL_DAYS_AGO);
  fs.writeFileSync(changelog, '# Changelog\n');
  git(workspace, ['init', '-q'], start);
  git(workspace, ['add', '-A'], start);
  git(workspace, ['commit', '-q', '-m', 'Initial import'], start);
  git(workspace, ['tag', '-a', 'v1.0.0', '-m', 'Release v1.0.0'], at(INITIAL_DAYS_AGO, 2));
  for (const step of HISTORY) {
    const when = at(step.daysAgo);
    fs.appendFileSync(changelog, `- ${step.subject}\n`);
    git(workspace, ['add', 'CHANGELOG.md'], when);
    git(workspace, ['commit', '-q', '-m', step.subject], when);
    if (step.tag) git(workspace, ['tag', '-a', step.tag, '-m', `Release ${step.tag}`], at(step.daysAgo, step.tagAfterHours ?? 1));
  }
}
