import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Engine } from '../engine/analyze';
import type { Analyzer } from './pool';
import { classify } from '../engine/classify';
import { describeSkip } from '../engine/limits';
import type { Settings } from '../engine/settings';
import { WorkspaceFactsProvider } from '../workspace/facts';
import { walkFiles } from '../workspace/files';
import { baselineEntries, fingerprintFindings, type Baseline, type BaselineEntry } from '../workspace/baseline';
import { UsageError } from './args';
import { readSource, type ReadResult } from './read';
import type { ReportFinding, ReportSkip, ScanReport } from './report';

/** Enough reads in flight to hide disk latency, few enough to keep memory flat. */
const CONCURRENCY = 8;

export interface ScanContext {
  cwd: string;
  settings: Settings;
  engine: Engine;
  /** Analyzer pool for a scan of this many files, or undefined to analyse in-thread; the scan closes it. */
  workers?: (files: number) => (Analyzer & { close(): Promise<void> }) | undefined;
  /** Called after each file, and while listing with `total` undefined. */
  onProgress?: (done: number, total: number | undefined) => void;
  /** An internal error on one file: reported, and the scan goes on. */
  onInternalError?: (file: string, error: unknown) => void;
  /**
   * Findings `known` accepts are counted as baselined instead of reported;
   * `collect` keeps a baseline entry (paths relative to `dir`) for every
   * finding, for --baseline-write. The baseline `file` itself is not scanned.
   */
  baseline?: { file: string; dir: string; known?: Baseline; collect?: boolean };
  /** Git state of env files and env templates, for files inside `cwd`. */
  facts?: WorkspaceFactsProvider;
}

/** One file to scan: where it is (for its displayed path) and how to get its text. */
export interface Source {
  abs: string;
  read(): Promise<ReadResult>;
}

interface FileOutcome {
  findings: ReportFinding[];
  skip?: ReportSkip;
  suppressed: number;
  internalError: boolean;
  baselined: number;
  entries: BaselineEntry[];
}

/** The path shown in reports and given to the engine: cwd-relative with `/`, or absolute outside the cwd. */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return (rel !== '' && isInside(cwd, abs) ? rel : abs).split(path.sep).join('/');
}

function isInside(cwd: string, abs: string): boolean {
  const rel = path.relative(cwd, abs);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

async function statArgument(arg: string, abs: string): Promise<'file' | 'directory'> {
  try {
    const stat = await fsp.stat(abs);
    if (stat.isDirectory()) return 'directory';
    if (stat.isFile()) return 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file or directory: ${arg}` : `cannot access ${arg} (${code})`);
  }
  throw new UsageError(`not a regular file or directory: ${arg}`);
}

/**
 * Expands the command-line paths into the files to scan, deduplicated.
 * Walked directories only contribute files the engine has a language for;
 * the walk's root is the cwd when the directory is inside it, so the cwd's
 * .gitignore and the config's exclude globs apply.
 */
async function collectTargets(paths: readonly string[], context: ScanContext, skipped: ReportSkip[]): Promise<string[]> {
  const { cwd, settings } = context;
  // Files named explicitly go in as they are, even if ignored; the engine still skips vendored ones.
  const targets = new Set<string>();
  for (const arg of paths) {
    const abs = path.resolve(cwd, arg);
    if ((await statArgument(arg, abs)) === 'file') {
      targets.add(abs);
      continue;
    }
    const inside = isInside(cwd, abs);
    const onError = (dir: string, error: Error) =>
      skipped.push({ path: displayPath(cwd, dir), kind: 'unreadable', reason: `not analysed: the directory could not be read (${(error as NodeJS.ErrnoException).code ?? error.message})` });
    const walk = walkFiles(inside ? cwd : abs, { exclude: inside ? settings.exclude : [], start: abs, onError });
    for await (const file of walk) {
      if (classify(displayPath(cwd, file)) !== undefined) targets.add(file);
      context.onProgress?.(targets.size, undefined);
    }
  }
  return [...targets];
}

async function scanFile(source: Source, context: ScanContext, analyzer: Analyzer): Promise<FileOutcome> {
  const shown = displayPath(context.cwd, source.abs);
  const skip = (kind: ReportSkip['kind'], reason: string): FileOutcome => ({
    findings: [],
    skip: { path: shown, kind, reason },
    suppressed: 0,
    internalError: kind === 'internalError',
    baselined: 0,
    entries: [],
  });
  const read = await source.read();
  if (read.kind === 'skipped') return skip(read.skip, read.reason);
  try {
    const workspace = context.facts ? await context.facts.factsFor(source.abs, context.cwd, classify(shown, read.text), read.text) : {};
    const result = await analyzer.analyze({ path: shown, text: read.text, settings: context.settings, workspace });
    if (result.skipped) return skip(result.skipped.kind, describeSkip(result.skipped));
    const prints = fingerprintFindings(shown, read.text, result.findings);
    const all = result.findings.map((f, i): ReportFinding => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, path: shown, range: f.range, fingerprint: prints[i] }));
    const baseline = context.baseline;
    // Baseline paths are relative to the baseline's folder, not the cwd, so the file works from anywhere.
    const entries = baseline?.collect ? baselineEntries(baseline.dir, source.abs, read.text, result.findings) : [];
    const accepted = baseline?.known ? baseline.known.accepts(source.abs, read.text, result.findings) : [];
    const findings = all.filter((_, i) => !accepted[i]);
    return { findings, suppressed: result.suppressed, internalError: false, baselined: all.length - findings.length, entries };
  } catch (error) {
    context.onInternalError?.(shown, error);
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return skip('internalError', `not analysed: internal error (${message})`);
  }
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Scans the given paths into a report sorted by path; usage problems (missing paths) throw UsageError. */
export async function scan(paths: readonly string[], context: ScanContext): Promise<ScanReport> {
  const skipped: ReportSkip[] = [];
  const targets = await collectTargets(paths, context, skipped);
  const limit = context.settings.maxFileSize;
  return scanSources(targets.map((abs) => ({ abs, read: () => readSource(abs, limit) })), context, skipped);
}

/** Analyses the sources (files on disk, or staged blobs) into a report sorted by path; `skipped` holds skips found while listing. */
export async function scanSources(sources: Source[], context: ScanContext, skipped: ReportSkip[] = []): Promise<ScanReport> {
  const shown = new Map(sources.map((s) => [s, displayPath(context.cwd, s.abs)]));
  // A list of hashes is not source, and must not report on itself.
  const ordered = sources.filter((s) => s.abs !== context.baseline?.file).sort((a, b) => byCodeUnits(shown.get(a)!, shown.get(b)!));
  let done = 0;
  const pool = context.workers?.(ordered.length);
  let outcomes: FileOutcome[];
  try {
    outcomes = await mapLimited(ordered, CONCURRENCY, async (source) => {
      const outcome = await scanFile(source, context, pool ?? context.engine);
      context.onProgress?.(++done, ordered.length);
      return outcome;
    });
  } finally {
    await pool?.close();
  }
  const report: ScanReport = { findings: [], filesScanned: 0, skipped, suppressed: 0, internalErrors: 0 };
  if (context.baseline?.known) report.baselined = 0;
  if (context.baseline?.collect) report.baselineEntries = [];
  for (const outcome of outcomes) {
    report.findings.push(...outcome.findings);
    report.suppressed += outcome.suppressed;
    if (report.baselined !== undefined) report.baselined += outcome.baselined;
    report.baselineEntries?.push(...outcome.entries);
    if (outcome.internalError) report.internalErrors++;
    if (outcome.skip) skipped.push(outcome.skip);
    else report.filesScanned++;
  }
  skipped.sort((a, b) => byCodeUnits(a.path, b.path));
  return report;
}
