import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Engine } from '../engine/analyze';
import { classify } from '../engine/classify';
import { describeSkip } from '../engine/limits';
import type { Settings } from '../engine/settings';
import { walkFiles } from '../workspace/files';
import { UsageError } from './args';
import { fingerprintFindings } from './fingerprint';
import { readSource } from './read';
import type { ReportFinding, ReportSkip, ScanReport } from './report';

/** Enough reads in flight to hide disk latency, few enough to keep memory flat. */
const CONCURRENCY = 8;

export interface ScanContext {
  cwd: string;
  settings: Settings;
  engine: Engine;
  /** Called after each file, and while listing with `total` undefined. */
  onProgress?: (done: number, total: number | undefined) => void;
  /** An internal error on one file: reported, and the scan goes on. */
  onInternalError?: (file: string, error: unknown) => void;
}

interface FileOutcome {
  findings: ReportFinding[];
  skip?: ReportSkip;
  suppressed: number;
  internalError: boolean;
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

async function scanFile(file: string, context: ScanContext): Promise<FileOutcome> {
  const shown = displayPath(context.cwd, file);
  const skip = (kind: ReportSkip['kind'], reason: string): FileOutcome => ({ findings: [], skip: { path: shown, kind, reason }, suppressed: 0, internalError: kind === 'internalError' });
  const read = await readSource(file, context.settings.maxFileSize);
  if (read.kind === 'skipped') return skip(read.skip, read.reason);
  try {
    const result = await context.engine.analyze({ path: shown, text: read.text, settings: context.settings });
    if (result.skipped) return skip(result.skipped.kind, describeSkip(result.skipped));
    const prints = fingerprintFindings(shown, read.text, result.findings);
    const findings = result.findings.map((f, i): ReportFinding => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, path: shown, range: f.range, fingerprint: prints[i] }));
    return { findings, suppressed: result.suppressed, internalError: false };
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
  targets.sort((a, b) => byCodeUnits(displayPath(context.cwd, a), displayPath(context.cwd, b)));
  let done = 0;
  const outcomes = await mapLimited(targets, CONCURRENCY, async (target) => {
    const outcome = await scanFile(target, context);
    context.onProgress?.(++done, targets.length);
    return outcome;
  });
  const report: ScanReport = { findings: [], filesScanned: 0, skipped, suppressed: 0, internalErrors: 0 };
  for (const outcome of outcomes) {
    report.findings.push(...outcome.findings);
    report.suppressed += outcome.suppressed;
    if (outcome.internalError) report.internalErrors++;
    if (outcome.skip) skipped.push(outcome.skip);
    else report.filesScanned++;
  }
  skipped.sort((a, b) => byCodeUnits(a.path, b.path));
  return report;
}
