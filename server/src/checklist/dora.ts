import { Minimatch } from 'minimatch';
import {
  LEVEL_SOURCE,
  LEVEL_WORDS,
  levelOfChangeFailureRate,
  levelOfDeploymentFrequency,
  levelOfLeadTime,
  levelOfTimeToRestore,
  lowestLevel,
} from './doraLevels';
import type { DoraReport, DoraWeek } from './types';

export { levelOfChangeFailureRate, levelOfDeploymentFrequency, levelOfLeadTime, levelOfTimeToRestore, lowestLevel } from './doraLevels';

/*
 * DORA's four keys from a repository's tags and commits. PURE: the history is
 * read by git.ts (or made by hand in tests) and passed in; nothing here does I/O
 * or reads the clock.
 */

/** Settings `factorguard.dora.deployTagPattern`, `factorguard.dora.windowDays`, `factorguard.dora.fixPattern`. */
export const DORA_DEFAULTS = {
  deployTagPattern: 'v*',
  windowDays: 90,
  fixPattern: '^(hotfix|fix)(\\(.+\\))?!?:|^revert',
} as const;

/** A deployment: a matching tag, the commit it names and its time (tagger date, or commit date for a lightweight tag). */
export interface DeployTag {
  name: string;
  commit: string;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface HistoryCommit {
  sha: string;
  parents: string[];
  /** Author time, milliseconds since the epoch. */
  authorTime: number;
  /** The full message (subject, blank line, body). */
  message: string;
}

/**
 * Matching tags, oldest first, and the commits reachable from them but not from
 * the oldest one: git.ts reads the window's tags plus the one deployment before
 * the window, so each deployment's new commits are all there.
 */
export interface GitHistory {
  tags: DeployTag[];
  commits: HistoryCommit[];
  /** True when the commit walk hit its cap and the oldest commits are missing. */
  truncated: boolean;
}

export interface DoraOptions {
  deployTagPattern: string;
  windowDays: number;
  fixPattern: string;
  now: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const REVERT_MARK = 'This reverts commit';
/** Subjects are cut before a user-supplied pattern sees them. */
const SUBJECT_LIMIT = 500;

/** The window's length in days: the setting when it is a positive number, else the default, at most ten years. */
export function windowDaysOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.min(Math.floor(value), 3650) : DORA_DEFAULTS.windowDays;
}

/** The window `(now - days, now]` in milliseconds. */
export function windowOf(now: Date, days: number): { from: number; to: number } {
  const to = now.getTime();
  return { from: to - windowDaysOf(days) * DAY_MS, to };
}

/** The tag glob to use: the setting when it is a non-empty string, else the default. */
export function tagPatternOf(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : DORA_DEFAULTS.deployTagPattern;
}

/** The tags matching the glob, one per commit (its earliest), oldest first. */
export function deploymentsOf(tags: readonly DeployTag[], pattern: string): DeployTag[] {
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(tagPatternOf(pattern));
  } catch {
    // An over-long pattern: nothing sensible matches it.
    return [];
  }
  const byCommit = new Map<string, DeployTag>();
  for (const tag of tags) {
    if (!Number.isFinite(tag.time) || !matcher.match(tag.name)) continue;
    const known = byCommit.get(tag.commit);
    if (!known || tag.time < known.time || (tag.time === known.time && tag.name < known.name)) byCommit.set(tag.commit, tag);
  }
  return [...byCommit.values()].sort((a, b) => a.time - b.time || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Git's subject: the message's first paragraph on one line. */
export function subjectOf(message: string): string {
  const paragraph = message.replace(/^\s*\n/, '').split(/\n\s*\n/)[0] ?? '';
  return paragraph.trim().split(/\s*\n\s*/).join(' ').slice(0, SUBJECT_LIMIT);
}

/**
 * The fix pattern compiled case-insensitively: null for an empty setting (only
 * reverts count), the default when the setting is not a valid regular expression.
 */
export function fixRegExp(pattern: unknown): { re: RegExp | null; valid: boolean } {
  if (typeof pattern !== 'string') return { re: new RegExp(DORA_DEFAULTS.fixPattern, 'i'), valid: true };
  if (pattern.trim() === '') return { re: null, valid: true };
  try {
    return { re: new RegExp(pattern, 'i'), valid: true };
  } catch {
    return { re: new RegExp(DORA_DEFAULTS.fixPattern, 'i'), valid: false };
  }
}

/**
 * The commits each deployment brings first: reachable from its tag and from no
 * earlier deployment's tag (for a linear history, exactly the commits since the
 * previous tag). Deployments are walked oldest first and a walk stops at commits
 * an earlier walk saw; the seen set stays closed under ancestry, so each commit
 * is visited once.
 */
export function firstContained(deployments: readonly DeployTag[], commits: readonly HistoryCommit[]): Map<DeployTag, HistoryCommit[]> {
  const byId = new Map(commits.map((c) => [c.sha, c] as const));
  const seen = new Set<string>();
  const result = new Map<DeployTag, HistoryCommit[]>();
  for (const deployment of deployments) {
    const found: HistoryCommit[] = [];
    const stack = [deployment.commit];
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      const commit = byId.get(sha);
      if (seen.has(sha) || !commit) continue;
      seen.add(sha);
      found.push(commit);
      stack.push(...commit.parents);
    }
    result.set(deployment, found);
  }
  return result;
}

const isMerge = (c: HistoryCommit) => c.parents.length > 1;

/** The middle value, or the mean of the two middle values; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number | null, digits: number): number | null => (value === null ? null : Number(value.toFixed(digits)));

interface Samples {
  /** Per deployment in the window: the lead times of its new non-merge commits, in hours. */
  lead: Map<DeployTag, number[]>;
  /** Judged deployments and whether each failed. */
  judged: Map<DeployTag, boolean>;
  /** Restores, keyed by the restoring deployment, in hours. */
  restore: Map<DeployTag, number>;
}

function collect(inWindow: readonly DeployTag[], contents: Map<DeployTag, HistoryCommit[]>, fix: RegExp | null): Samples {
  const samples: Samples = { lead: new Map(), judged: new Map(), restore: new Map() };
  const isFailureMarker = (c: HistoryCommit) => !isMerge(c) && (c.message.includes(REVERT_MARK) || (fix !== null && fix.test(subjectOf(c.message))));
  inWindow.forEach((deployment, i) => {
    // Author clocks can run ahead of the tagger's; such a commit counts as deployed at once.
    const changes = (contents.get(deployment) ?? []).filter((c) => !isMerge(c));
    samples.lead.set(deployment, changes.map((c) => Math.max(0, deployment.time - c.authorTime) / HOUR_MS));
    const next = inWindow[i + 1];
    if (!next) return;
    const failed = (contents.get(next) ?? []).some(isFailureMarker);
    samples.judged.set(deployment, failed);
    if (failed) samples.restore.set(next, (next.time - deployment.time) / HOUR_MS);
  });
  return samples;
}

/** Monday 00:00 UTC of the week holding `time`. */
function weekStart(time: number): number {
  const day = Math.floor(time / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY_MS;
}

/** Weekly buckets (Monday to Sunday, UTC) from the week holding the window's start to the week holding its end. */
function trendOf(window: { from: number; to: number }, inWindow: readonly DeployTag[], samples: Samples): DoraWeek[] {
  const weeks: DoraWeek[] = [];
  for (let start = weekStart(window.from); start <= window.to; start += 7 * DAY_MS) {
    const end = start + 7 * DAY_MS;
    const here = inWindow.filter((d) => d.time >= start && d.time < end);
    const judgedHere = here.filter((d) => samples.judged.has(d));
    weeks.push({
      start: new Date(start).toISOString().slice(0, 10),
      deployments: here.length,
      leadTimeHours: round(median(here.flatMap((d) => samples.lead.get(d) ?? [])), 2),
      failed: judgedHere.filter((d) => samples.judged.get(d)).length,
      judged: judgedHere.length,
      timeToRestoreHours: round(median(here.flatMap((d) => (samples.restore.has(d) ? [samples.restore.get(d) as number] : []))), 2),
    });
  }
  return weeks;
}

function methodOf(options: DoraOptions, days: number, fix: { re: RegExp | null; valid: boolean }, truncated: boolean): DoraReport['method'] {
  const pattern = JSON.stringify(tagPatternOf(options.deployTagPattern));
  const revert = `a revert (a message containing "${REVERT_MARK}")`;
  const markers =
    fix.re === null
      ? `${revert} (the fix pattern setting is empty, so fixes are not recognised)`
      : `${revert} or a fix (a subject matching /${fix.re.source}/i${fix.valid ? '' : `; the setting ${JSON.stringify(options.fixPattern)} is not a valid regular expression, so the default is used`})`;
  const cut = truncated ? ', except the oldest commits beyond the read limit' : '';
  return {
    deploymentFrequency: `Tags matching ${pattern} dated in the ${days} days up to the report time (tags on one commit count once; the tagger date of an annotated tag, the commit date of a lightweight one), divided by ${round(days / 7, 2)} weeks; levels from the ${LEVEL_SOURCE}: ${LEVEL_WORDS.deploymentFrequency}.`,
    leadTime: `Median, over the non-merge commits each deployment in the window brings first (reachable from its tag and from no earlier matching tag${cut}; merges are not changes and the first tag ever, which holds the whole earlier history, is left out), of the deployment time minus the commit's author time; levels from the ${LEVEL_SOURCE}: ${LEVEL_WORDS.leadTime}.`,
    changeFailureRate: `Share of the window's deployments, the last one excepted, whose next deployment brings ${markers}; levels from the ${LEVEL_SOURCE}: ${LEVEL_WORDS.changeFailureRate}.`,
    timeToRestore: `Median time from each failed deployment to the next deployment, taken as the one that restores it; levels from the ${LEVEL_SOURCE}: ${LEVEL_WORDS.timeToRestore}.`,
  };
}

/** DORA's four keys over the window ending at `options.now`; null when no matching tag is dated in the window. */
export function computeDora(history: GitHistory, options: DoraOptions): DoraReport | null {
  const days = windowDaysOf(options.windowDays);
  const window = windowOf(options.now, days);
  if (!Number.isFinite(window.to)) return null;
  const all = deploymentsOf(history.tags, options.deployTagPattern).filter((d) => d.time <= window.to);
  const inWindow = all.filter((d) => d.time > window.from);
  if (inWindow.length === 0) return null;
  const fix = fixRegExp(options.fixPattern);
  const contents = firstContained(all, history.commits);
  // The oldest known tag has no earlier deployment: what it holds is the project's past, not one change set.
  contents.set(all[0], []);
  const samples = collect(inWindow, contents, fix.re);

  const perWeek = inWindow.length / (days / 7);
  const lead = median([...samples.lead.values()].flat());
  const judged = [...samples.judged.values()];
  const rate = judged.length === 0 ? null : judged.filter(Boolean).length / judged.length;
  const restore = median([...samples.restore.values()]);
  const levels = {
    deploymentFrequency: levelOfDeploymentFrequency(perWeek),
    leadTime: levelOfLeadTime(lead),
    changeFailureRate: levelOfChangeFailureRate(rate),
    timeToRestore: levelOfTimeToRestore(restore),
  };
  return {
    deployments: inWindow.length,
    deploymentsPerWeek: round(perWeek, 2) as number,
    leadTimeHours: { median: round(lead, 2) },
    changeFailureRate: round(rate, 4),
    timeToRestoreHours: { median: round(restore, 2) },
    level: lowestLevel(Object.values(levels)),
    levels,
    method: methodOf(options, days, fix, history.truncated),
    window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), days },
    trend: trendOf(window, inWindow, samples),
  };
}
