import { promises as fsp, readFileSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { minimatch } from 'minimatch';
import { excludedBy, VENDORED_GLOBS, vendoredPattern } from '../engine/guards/paths';

export interface WalkOptions {
  /** The user's exclude globs (minimatch, relative to the root), as in `Settings.exclude`. */
  exclude: readonly string[];
  /** Stops the walk: the generator throws the signal's reason at the next step. */
  signal?: AbortSignal;
  /** A directory (absolute, inside the root) to walk instead of the whole root; the root's ignore files still apply. */
  start?: string;
  /** Told about directories that could not be read; the walk carries on without them. */
  onError?: (absPath: string, error: Error) => void;
}

/** Tests one absolute path against the walker's rules; `isDirectory` matters for patterns like `build/`. */
export interface IgnoreMatcher {
  (absPath: string, isDirectory?: boolean): boolean;
  /** Forgets the parsed ignore files, after one of them changed. */
  clear(): void;
}

const GLOB_OPTIONS = { dot: true } as const;

/** Directory names from the `**\/name/**` entries of VENDORED_GLOBS: whole subtrees nobody should read. */
const VENDORED_DIRS: readonly RegExp[] = VENDORED_GLOBS.map((g) => /^\*\*\/([^/]+)\/\*\*$/.exec(g)?.[1])
  .filter((name): name is string => name !== undefined)
  .map((name) => minimatch.makeRe(name, GLOB_OPTIONS))
  .filter((re): re is RegExp => re !== false);

function isVendoredDir(name: string): boolean {
  return VENDORED_DIRS.some((re) => re.test(name));
}

/**
 * A directory can be pruned for an exclude glob only when the glob covers
 * everything below it, i.e. it ends in `/**`. Other globs are tested per file,
 * exactly as the engine's `excludedBy` does.
 */
function directoryExcluder(exclude: readonly string[]): (rel: string) => boolean {
  // A glob ending in `/**` contains a slash, so guards/paths anchors it at the root as written.
  const prefixes = exclude
    .filter((g) => g.endsWith('/**') && g.replace(/^\//, '').length > 3)
    .map((g) => minimatch.makeRe(g.replace(/^\//, '').slice(0, -3), GLOB_OPTIONS))
    .filter((re): re is RegExp => re !== false);
  return (rel) => prefixes.some((re) => re.test(rel));
}

/** Code-unit order, not locale order: the same on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(rel: string): string {
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/** Root-relative path of `abs`, or undefined when it is the root itself or outside it. */
function relativeInside(root: string, abs: string): string | undefined {
  const rel = path.relative(root, path.resolve(root, abs));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

function parentOf(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? '' : rel.slice(0, slash);
}

function parseIgnoreFile(text: string): Ignore {
  return ignore().add(text.replace(/^\uFEFF/, ''));
}

/**
 * The `.gitignore` files of a tree plus `.git/info/exclude`, parsed once per
 * directory. Keys are root-relative directories with `/` separators ('' is the root).
 */
class GitIgnoreRules {
  private readonly levels = new Map<string, Ignore | null>();
  private infoExclude: Ignore | null | undefined;

  constructor(private readonly root: string) {}

  clear(): void {
    this.levels.clear();
    this.infoExclude = undefined;
  }

  private file(dir: string): string {
    return path.join(this.root, ...(dir ? dir.split('/') : []), '.gitignore');
  }

  private excludeFile(): string {
    return path.join(this.root, '.git', 'info', 'exclude');
  }

  /** Reads the ignore file of `dir` (root-relative) unless cached or known to be absent. Never throws. */
  async load(dir: string, present = true): Promise<void> {
    if (this.infoExclude === undefined) this.infoExclude = await readRules(this.excludeFile());
    if (!this.levels.has(dir)) this.levels.set(dir, present ? await readRules(this.file(dir)) : null);
  }

  /** Synchronous `load` for one-off checks, which must not wait on I/O. */
  loadSync(dir: string): void {
    if (this.infoExclude === undefined) this.infoExclude = readRulesSync(this.excludeFile());
    if (!this.levels.has(dir)) this.levels.set(dir, readRulesSync(this.file(dir)));
  }

  /**
   * Whether `rel` itself is ignored, its ancestors being known not to be.
   * Deeper files win over shallower ones and the last matching line of a file
   * wins, as in git. Assumes the ignore files of all ancestors are loaded.
   * One gap: `ignore` re-checks parent directories within one file, so a
   * directory excluded by a shallow file and re-included by a deeper one
   * still hides its files; git allows that, but it is rare.
   */
  matches(rel: string, isDirectory: boolean): boolean {
    for (let dir = parentOf(rel); ; dir = parentOf(dir)) {
      const rules = this.levels.get(dir);
      if (rules) {
        const sub = dir ? rel.slice(dir.length + 1) : rel;
        const result = rules.test(isDirectory ? `${sub}/` : sub);
        if (result.ignored) return true;
        if (result.unignored) return false;
      }
      if (dir === '') break;
    }
    return this.infoExclude ? this.infoExclude.ignores(isDirectory ? `${rel}/` : rel) : false;
  }
}

async function readRules(file: string): Promise<Ignore | null> {
  try {
    return parseIgnoreFile(await fsp.readFile(file, 'utf8'));
  } catch {
    // A missing or unreadable ignore file ignores nothing, as in git.
    return null;
  }
}

function readRulesSync(file: string): Ignore | null {
  try {
    return parseIgnoreFile(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Everything that decides whether the walker skips an entry, given its parent was walked. */
class WalkFilter {
  readonly rules: GitIgnoreRules;
  private readonly excludedDir: (rel: string) => boolean;

  constructor(root: string, private readonly exclude: readonly string[]) {
    this.rules = new GitIgnoreRules(root);
    this.excludedDir = directoryExcluder(exclude);
  }

  skipsDirectory(rel: string): boolean {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return isVendoredDir(name) || this.excludedDir(rel) || this.rules.matches(rel, true);
  }

  skipsFile(rel: string): boolean {
    return vendoredPattern(rel) !== undefined || excludedBy(rel, this.exclude) !== undefined || this.rules.matches(rel, false);
  }
}

type EntryKind = 'file' | 'directory' | 'other';

/** Symlinked files count as files; symlinked directories are never followed (no cycles, no escaping the root). */
async function kindOf(entry: Dirent, abs: string): Promise<EntryKind> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink() && !isUnknownType(entry)) return 'other';
  try {
    const stat = entry.isSymbolicLink() ? await fsp.stat(abs) : await fsp.lstat(abs);
    if (stat.isFile()) return 'file';
    return stat.isDirectory() && !entry.isSymbolicLink() ? 'directory' : 'other';
  } catch {
    return 'other';
  }
}

/** Some file systems do not report entry types; those need an lstat. */
function isUnknownType(entry: Dirent): boolean {
  return !entry.isBlockDevice() && !entry.isCharacterDevice() && !entry.isFIFO() && !entry.isSocket();
}

interface Frame {
  rel: string;
  names: string[];
  entries: Map<string, Dirent>;
  next: number;
}

async function openFrame(root: string, rel: string, filter: WalkFilter, options: WalkOptions): Promise<Frame | undefined> {
  const abs = rel ? path.join(root, ...rel.split('/')) : root;
  try {
    const entries = await fsp.readdir(abs, { withFileTypes: true });
    const map = new Map(entries.map((e) => [e.name, e]));
    // The listing says whether there is a .gitignore, which saves a failed open per directory.
    await filter.rules.load(rel, map.has('.gitignore'));
    return { rel, names: [...map.keys()].sort(byName), entries: map, next: 0 };
  } catch (error) {
    options.onError?.(abs, error instanceof Error ? error : new Error(String(error)));
    return undefined;
  }
}

function startRel(root: string, start: string | undefined): string {
  if (start === undefined || path.resolve(root, start) === root) return '';
  const rel = relativeInside(root, start);
  if (rel === undefined) throw new Error(`${start} is not inside ${root}`);
  return rel;
}

/** Loads the ignore files between the root and the start directory, which the walk itself does not visit. */
async function loadAncestors(filter: WalkFilter, rel: string): Promise<void> {
  const parts = rel ? rel.split('/') : [];
  for (let i = 0; i < parts.length; i++) await filter.rules.load(parts.slice(0, i).join('/'));
}

/**
 * Yields the absolute paths of the files under `root` that are not ignored by
 * `.gitignore` files, `.git/info/exclude`, the vendored directories or the
 * exclude globs, in a deterministic order (sorted by path component).
 * Iterative, so depth is unlimited; unreadable directories are reported
 * through `onError` and skipped, never thrown.
 */
export async function* walkFiles(root: string, options: WalkOptions): AsyncGenerator<string> {
  const base = path.resolve(root);
  const filter = new WalkFilter(base, options.exclude);
  const first = startRel(base, options.start);
  options.signal?.throwIfAborted();
  await loadAncestors(filter, first);
  const stack: Frame[] = [];
  const top = await openFrame(base, first, filter, options);
  if (top) stack.push(top);
  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const frame = stack[stack.length - 1];
    if (frame.next >= frame.names.length) {
      stack.pop();
      continue;
    }
    const name = frame.names[frame.next++];
    const rel = frame.rel ? `${frame.rel}/${name}` : name;
    const abs = path.join(base, ...rel.split('/'));
    const kind = await kindOf(frame.entries.get(name) as Dirent, abs);
    if (kind === 'directory' && !filter.skipsDirectory(rel)) {
      const child = await openFrame(base, rel, filter, options);
      if (child) stack.push(child);
    } else if (kind === 'file' && !filter.skipsFile(rel)) {
      yield abs;
    }
  }
}

/**
 * The walker's rules for one path at a time (for the language server: files
 * opened or changed outside a scan). True when a walk of `root` would skip
 * the path; paths outside the root are never ignored here. Ignore files are
 * parsed once and cached until `clear()`.
 */
export function createIgnoreMatcher(root: string, options: { exclude?: readonly string[] } = {}): IgnoreMatcher {
  const base = path.resolve(root);
  let filter = new WalkFilter(base, options.exclude ?? []);
  const matcher = (absPath: string, isDirectory = false): boolean => {
    const rel = relativeInside(base, absPath);
    if (rel === undefined) return false;
    const parts = rel.split('/');
    for (let i = 0; i < parts.length; i++) {
      filter.rules.loadSync(parts.slice(0, i).join('/'));
      const prefix = parts.slice(0, i + 1).join('/');
      const last = i === parts.length - 1;
      if ((!last || isDirectory) ? filter.skipsDirectory(prefix) : filter.skipsFile(prefix)) return true;
    }
    return false;
  };
  matcher.clear = () => {
    filter = new WalkFilter(base, options.exclude ?? []);
  };
  return matcher;
}

/**
 * A regular file's text, or undefined when it is missing, unreadable, larger
 * than `maxBytes`, or binary (a NUL in its first 8,000 bytes). Never throws.
 */
export async function readSmallTextFile(file: string, maxBytes: number): Promise<string | undefined> {
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    const data = await fsp.readFile(file);
    if (data.subarray(0, 8000).includes(0)) return undefined;
    return data.toString('utf8');
  } catch {
    return undefined;
  }
}
