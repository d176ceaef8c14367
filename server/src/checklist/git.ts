import { computeDora, DORA_DEFAULTS, deploymentsOf, median, tagPatternOf, windowDaysOf, windowOf, type DeployTag, type GitHistory, type HistoryCommit } from './dora';
import { refusal, runGit, type GitLimits } from './gitRun';
import type { DoraReport } from './types';

/*
 * The git facts behind the checklist's DORA report and its batch-size item,
 * one git process per question: is this a full repository, which tags are
 * there, which commits do the window's deployments bring, how large are the
 * recent commits.
 */

export interface HistoryReadOptions {
  /** Must be `true`: git runs only in a trusted workspace (repository config can start programs). */
  trusted: boolean;
  deployTagPattern?: string;
  windowDays?: number;
  now: Date;
}

export type HistoryResult = { history: GitHistory; reason?: undefined } | { history: undefined; reason: string };

export interface BatchSizeOptions {
  /** Must be `true`, as for readGitHistory. */
  trusted: boolean;
  /** Days back from `now`; 90 when left out. */
  days?: number;
  now: Date;
}

/** Median changed lines per non-merge commit; null when no commit is in the period. */
export interface BatchSize {
  median: number | null;
  commits: number;
}

/** At most this many commits are read for the DORA ranges (the oldest beyond it are dropped, and the report says so). */
export const MAX_HISTORY_COMMITS = 50_000;
/** At most this many recent commits are measured for the batch size. */
export const MAX_BATCH_COMMITS = 5_000;

const SMALL: GitLimits = { timeoutMs: 10_000, maxBytes: 1 << 20 };
const TAGS: GitLimits = { timeoutMs: 15_000, maxBytes: 32 << 20 };
const LOG: GitLimits = { timeoutMs: 30_000, maxBytes: 64 << 20 };

const FIELD = '\x1f';

/** A reason when the repository cannot give a full history (not a repository, shallow clone, no git). */
async function repositoryProblem(repoDir: string): Promise<string | undefined> {
  const run = await runGit(repoDir, ['rev-parse', '--is-shallow-repository'], SMALL);
  if (!run.ok) return run.reason;
  if (run.stdout.trim() === 'true') return 'the repository is a shallow clone, so its history is cut short (fetch the full history with git fetch --unshallow)';
  return undefined;
}

/** Parses `for-each-ref` lines: refname, type, object, peeled type, peeled object, creator date, peeled committer date. */
export function parseTagRefs(output: string): DeployTag[] {
  const tags: DeployTag[] = [];
  for (const line of output.split('\n')) {
    const [ref, type, object, peeledType, peeled, created, peeledDate] = line.split('\0');
    if (!ref?.startsWith('refs/tags/')) continue;
    const name = ref.slice('refs/tags/'.length);
    // A lightweight tag names a commit; an annotated one a tag object naming a commit. Tags of trees, blobs or other tags are no deployment.
    const commit = type === 'commit' ? object : type === 'tag' && peeledType === 'commit' ? peeled : undefined;
    const seconds = Number(created || peeledDate);
    if (commit && /^[0-9a-f]{40,64}$/.test(commit) && (created || peeledDate) && Number.isFinite(seconds)) tags.push({ name, commit, time: seconds * 1000 });
  }
  return tags;
}

/** Parses `git log -z` records of `%H FIELD %P FIELD %at FIELD %B`. */
export function parseCommits(output: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const record of output.split('\0')) {
    const first = record.indexOf(FIELD);
    const second = record.indexOf(FIELD, first + 1);
    const third = record.indexOf(FIELD, second + 1);
    if (first < 0 || second < 0 || third < 0) continue;
    const sha = record.slice(0, first).trim();
    const parents = record.slice(first + 1, second).split(' ').filter(Boolean);
    const authorTime = Number(record.slice(second + 1, third)) * 1000;
    if (!/^[0-9a-f]{40,64}$/.test(sha) || !Number.isFinite(authorTime)) continue;
    commits.push({ sha, parents, authorTime, message: record.slice(third + 1) });
  }
  return commits;
}

/**
 * The matching tags dated in the window ending at `now`, the one before the
 * window, and the commits the window's tags bring after it (merges included, so
 * the graph stays connected; dora.ts leaves them out of the metrics). Without a
 * tag before the window, the window's first tag is the base and its own commits
 * are not read: the history is bounded by the window plus one deployment.
 */
export async function readGitHistory(repoDir: string, options: HistoryReadOptions): Promise<HistoryResult> {
  const refused = refusal(options.trusted);
  if (refused) return { history: undefined, reason: refused };
  if (!(options.now instanceof Date) || !Number.isFinite(options.now.getTime())) return { history: undefined, reason: 'no valid report time was given' };
  const problem = await repositoryProblem(repoDir);
  if (problem) return { history: undefined, reason: problem };

  const format = ['%(refname)', '%(objecttype)', '%(objectname)', '%(*objecttype)', '%(*objectname)', '%(creatordate:unix)', '%(*committerdate:unix)'].join('%00');
  const refs = await runGit(repoDir, ['for-each-ref', `--format=${format}`, 'refs/tags/'], TAGS);
  if (!refs.ok) return { history: undefined, reason: refs.reason };

  const window = windowOf(options.now, windowDaysOf(options.windowDays));
  const matching = deploymentsOf(parseTagRefs(refs.stdout), tagPatternOf(options.deployTagPattern)).filter((t) => t.time <= window.to);
  const inWindow = matching.filter((t) => t.time > window.from);
  const before = matching.filter((t) => t.time <= window.from).pop();
  const tags = before ? [before, ...inWindow] : inWindow;
  const base = tags[0];
  const tips = [...new Set(tags.slice(1).map((t) => t.commit))].filter((c) => c !== base?.commit);
  if (!base || tips.length === 0) return { history: { tags, commits: [], truncated: false } };

  const log = await runGit(
    repoDir,
    ['log', '-z', `--max-count=${MAX_HISTORY_COMMITS}`, `--format=format:%H${FIELD}%P${FIELD}%at${FIELD}%B`, ...tips, `^${base.commit}`, '--'],
    LOG,
  );
  if (!log.ok) return { history: undefined, reason: log.reason };
  const commits = parseCommits(log.stdout);
  return { history: { tags, commits, truncated: commits.length >= MAX_HISTORY_COMMITS } };
}

export interface DoraReadOptions extends HistoryReadOptions {
  fixPattern?: string;
}

/**
 * The DORA report for the repository holding `repoDir`, or null with the one-line
 * note the checklist shows (untrusted, no git, not a repository, shallow, no tag).
 */
export async function readDora(repoDir: string, options: DoraReadOptions): Promise<{ dora: DoraReport | null; note?: string }> {
  const read = await readGitHistory(repoDir, options);
  if (!read.history) return { dora: null, note: `DORA metrics: ${read.reason}.` };
  const settings = {
    deployTagPattern: tagPatternOf(options.deployTagPattern),
    windowDays: windowDaysOf(options.windowDays),
    fixPattern: options.fixPattern ?? DORA_DEFAULTS.fixPattern,
    now: options.now,
  };
  const dora = computeDora(read.history, settings);
  if (dora) return { dora };
  return { dora: null, note: `DORA metrics: no tag matching ${JSON.stringify(settings.deployTagPattern)} is dated in the last ${settings.windowDays} days (setting factorguard.dora.deployTagPattern).` };
}

/** Sums `--numstat` records (`\x1e` + parents, then `added\tdeleted\tpath` lines) per commit, binary files as 0; parentless commits are left out. */
export function parseNumstat(output: string): number[] {
  const sizes: number[] = [];
  for (const record of output.split('\x1e').slice(1)) {
    const [parents = '', ...lines] = record.split('\n');
    // A root commit (or a shallow clone's cut) diffs against nothing: it is the initial import, not a batch of change.
    if (parents.trim() === '') continue;
    let changed = 0;
    for (const line of lines) {
      const match = /^(\d+|-)\t(\d+|-)\t/.exec(line);
      if (match) changed += (match[1] === '-' ? 0 : Number(match[1])) + (match[2] === '-' ? 0 : Number(match[2]));
    }
    sizes.push(changed);
  }
  return sizes;
}

/**
 * The median of added plus deleted lines (`--numstat`, binary files count 0,
 * renames detected) per non-merge commit reachable from HEAD and committed in
 * the `days` before `now`, over at most the newest MAX_BATCH_COMMITS; root
 * commits are not counted. Undefined when git cannot answer (untrusted, no git,
 * not a repository, no commit yet).
 */
export async function medianChangedLines(repoDir: string, options: BatchSizeOptions): Promise<BatchSize | undefined> {
  if (refusal(options.trusted) || !(options.now instanceof Date) || !Number.isFinite(options.now.getTime())) return undefined;
  const days = typeof options.days === 'number' && Number.isFinite(options.days) && options.days > 0 ? options.days : 90;
  const since = new Date(options.now.getTime() - days * 86_400_000).toISOString();
  const args = [
    'log', 'HEAD', '--no-merges', '--numstat', '--find-renames', '--no-ext-diff', '--no-textconv',
    `--max-count=${MAX_BATCH_COMMITS}`, `--since=${since}`, `--until=${options.now.toISOString()}`, '--format=format:%x1e%P', '--',
  ];
  const run = await runGit(repoDir, args, LOG);
  if (!run.ok) return undefined;
  const sizes = parseNumstat(run.stdout);
  return { median: median(sizes), commits: sizes.length };
}
