import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

/*
 * Fingerprints and baselines, shared by the CLI and the language server (no
 * editor imports). A baseline is a committable list of accepted findings:
 * only a hash per finding, never a secret value or a line number, so it does
 * not churn when code moves.
 */

/** Key under SARIF `partialFingerprints`; versioned so a future change of the recipe does not silently reuse the name. */
export const FINGERPRINT_KEY = 'factorguard/v1';

/** The trimmed source lines a range covers; a range ending at column 0 of the next line does not cover that line. */
function coveredText(index: LineIndex, range: Range): string {
  const last = range.end.line > range.start.line && range.end.character === 0 ? range.end.line - 1 : range.end.line;
  const lines: string[] = [];
  for (let line = range.start.line; line <= Math.min(last, index.lineCount - 1); line++) lines.push(index.lineText(line).trim());
  return lines.join('\n');
}

/**
 * Fingerprints that survive unrelated edits: a hash of the rule, the path and
 * the trimmed text of the finding's line(s), never the line number, plus an
 * occurrence counter so identical lines stay distinct. `findings` must be in
 * file order. Only the hash leaves the process, never the line text.
 */
export function fingerprintFindings(path: string, text: string, findings: readonly { ruleId: string; range: Range }[]): string[] {
  const index = new LineIndex(text);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.ruleId}\0${path}\0${coveredText(index, f.range)}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
  });
}

export const BASELINE_VERSION = 1;
export const BASELINE_TOOL = 'factorguard';

/** One accepted finding. `path` is relative to the baseline file's folder, with `/` separators. */
export interface BaselineEntry {
  ruleId: string;
  path: string;
  fingerprint: string;
}

/** A file's path as a baseline in `dir` records it: relative, `/`-separated (`../` for files beside the folder). */
export function baselinePath(dir: string, absFile: string): string {
  return path.relative(dir, absFile).split(path.sep).join('/');
}

/** The baseline entries of one file's findings (all of them, in file order, as the engine returned them). */
export function baselineEntries(dir: string, absFile: string, text: string, findings: readonly { ruleId: string; range: Range }[]): BaselineEntry[] {
  const rel = baselinePath(dir, absFile);
  const prints = fingerprintFindings(rel, text, findings);
  return findings.map((f, i) => ({ ruleId: f.ruleId, path: rel, fingerprint: prints[i] }));
}

/** A loaded baseline: the fingerprints it accepts, and the folder its paths are relative to. */
export class Baseline {
  readonly dir: string;
  private readonly prints: ReadonlySet<string>;

  constructor(
    /** Absolute path of the baseline file. */
    readonly file: string,
    readonly entries: readonly BaselineEntry[],
  ) {
    this.dir = path.dirname(file);
    this.prints = new Set(entries.map((e) => e.fingerprint));
  }

  get size(): number {
    return this.prints.size;
  }

  /**
   * For each of one file's findings (all of them, in file order), whether the
   * baseline accepts it. The fingerprint covers rule, path and line text, so
   * moved lines still match and a new finding on another line does not.
   */
  accepts(absFile: string, text: string, findings: readonly { ruleId: string; range: Range }[]): boolean[] {
    if (findings.length === 0 || this.prints.size === 0) return findings.map(() => false);
    return baselineEntries(this.dir, absFile, text, findings).map((e) => this.prints.has(e.fingerprint));
  }
}

export type ParsedBaseline = { entries: BaselineEntry[]; error?: undefined } | { error: string };

const SHAPE = `expected {"version": ${BASELINE_VERSION}, "tool": "${BASELINE_TOOL}", "findings": [...]}`;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and validates a baseline file's text; problems come back as one line, never thrown. */
export function parseBaseline(text: string): ParsedBaseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // JSON.parse quotes the text around the error, which could be anything (a secret): not repeated here.
    return { error: 'not valid JSON' };
  }
  if (!isObject(raw) || raw.tool !== BASELINE_TOOL || !('version' in raw) || !('findings' in raw)) return { error: `not a FactorGuard baseline: ${SHAPE}` };
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return { error: `not a FactorGuard baseline: "version" must be ${BASELINE_VERSION}` };
  if (raw.version > BASELINE_VERSION) return { error: `baseline version ${raw.version} is newer than this FactorGuard reads (${BASELINE_VERSION}); update FactorGuard` };
  if (!Array.isArray(raw.findings)) return { error: `not a FactorGuard baseline: "findings" must be an array` };
  const entries: BaselineEntry[] = [];
  for (const [i, item] of raw.findings.entries()) {
    if (!isObject(item) || typeof item.ruleId !== 'string' || typeof item.path !== 'string' || typeof item.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(item.fingerprint)) {
      return { error: `finding ${i + 1} is invalid: it needs "ruleId" and "path" strings and a 64-digit hex "fingerprint"` };
    }
    entries.push({ ruleId: item.ruleId, path: item.path, fingerprint: item.fingerprint });
  }
  return { entries };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The baseline file's text: entries deduplicated and sorted (path, rule, fingerprint), so regenerating it gives a minimal diff. */
export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) unique.set(e.fingerprint, { ruleId: e.ruleId, path: e.path, fingerprint: e.fingerprint });
  const findings = [...unique.values()].sort((a, b) => byCodeUnits(a.path, b.path) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.fingerprint, b.fingerprint));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: BASELINE_TOOL, findings }, null, 2)}\n`;
}

/** Far more than any real baseline (about 200 bytes per finding); anything bigger is not read into memory. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export type LoadedBaseline = { baseline: Baseline; error?: undefined } | { error: string; missing: boolean };

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `could not be read (${code ?? (error as Error | undefined)?.message ?? String(error)})`;
}

/** Reads a baseline file; never throws: a missing, unreadable or invalid file comes back as a one-line `error`. */
export async function readBaseline(file: string): Promise<LoadedBaseline> {
  let text: string;
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) return { error: 'is a directory, not a baseline file', missing: false };
    if (!stat.isFile()) return { error: 'not a regular file', missing: false };
    if (stat.size > MAX_BASELINE_BYTES) return { error: `${stat.size} bytes is too large for a baseline file`, missing: false };
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: readError(error), missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  const parsed = parseBaseline(text);
  if (parsed.error !== undefined) return { error: parsed.error, missing: false };
  return { baseline: new Baseline(file, parsed.entries) };
}

interface StoreEntry {
  /** mtime, size and inode at the last read, or the error code of the stat. */
  stamp: string;
  checkedAt: number;
  baseline: Promise<Baseline | undefined>;
}

/** A burst of lookups (a workspace scan asks once per file) shares one stat of the baseline. */
const RECHECK_MS = 1000;

/**
 * Baseline files for the language server, cached and re-read when their
 * mtime, size or inode changes (so a changed baseline applies even when the
 * client sends no file events). A missing or invalid file yields undefined,
 * so findings show unfiltered, and is reported once through `onError`.
 */
export class BaselineStore {
  private readonly entries = new Map<string, StoreEntry>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly onError: (file: string, message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The baseline in `file` (absolute); never rejects. */
  async get(file: string): Promise<Baseline | undefined> {
    const known = this.entries.get(file);
    const now = this.now();
    if (known && now - known.checkedAt < RECHECK_MS) return known.baseline;
    const stamp = await fsp.stat(file).then(
      (s) => `${s.mtimeMs}:${s.size}:${s.ino}`,
      (error: NodeJS.ErrnoException) => `error:${error.code ?? error.message}`,
    );
    const current = this.entries.get(file);
    if (current && current.stamp === stamp) {
      current.checkedAt = now;
      return current.baseline;
    }
    const baseline = readBaseline(file).then((loaded) => {
      if (loaded.error === undefined) return loaded.baseline;
      this.report(file, loaded.error);
      return undefined;
    });
    this.entries.set(file, { stamp, checkedAt: now, baseline });
    return baseline;
  }

  /** Whether `file` was asked for (so a change to it must refresh diagnostics). */
  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** Forgets every file and which problems were reported (a file or settings changed). */
  clear(): void {
    this.entries.clear();
    this.reported.clear();
  }

  private report(file: string, message: string): void {
    const key = `${file}\0${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.onError(file, message);
  }
}
