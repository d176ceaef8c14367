import * as path from 'node:path';
import { classify } from '../engine/classify';
import { createIgnoreMatcher, readSmallTextFile, walkFiles, type IgnoreMatcher } from './files';

/** Past these, a folder is not read to the end and nothing is concluded from it. */
export const REFERENCE_LIMITS = { files: 20_000, bytes: 128 * 1024 * 1024, fileBytes: 2 * 1024 * 1024 } as const;

/** Prose does not read variables: a README that explains `FOO` is not a use of it. */
const PROSE = /\.(md|mdx|markdown|rst|adoc|asciidoc|txt|rtf|html?)$/i;
/** Lock files and source maps are generated and only ever mention package names. */
const GENERATED = /(^|[\\/])(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|composer\.lock|Gemfile\.lock|poetry\.lock|Cargo\.lock|go\.sum)$|\.map$/i;
/** Words joined by `.`, `-` or `:` (`spring.datasource.url`, `ConnectionStrings:Db`) and the words themselves. */
const COMPOUND = /[A-Za-z0-9_]+(?:[.:-][A-Za-z0-9_]+)*/g;
const ALL_CAPS = /^[A-Z][A-Z0-9_]*$/;

/**
 * Could this word name an environment variable? `API_URL`, `PORT`, `api_url`
 * (settings classes bind fields case-insensitively) and relaxed-binding
 * compounds (`spring.datasource.url`) can; `fetch` or `userName` cannot,
 * except in Python, where a pydantic settings field `port: int` reads `PORT`.
 */
function couldName(word: string, anyWord: boolean): boolean {
  return word.length >= 2 && /[A-Za-z]/.test(word) && (anyWord || word.includes('_') || ALL_CAPS.test(word));
}

/**
 * The upper-cased names a text could be using: identifiers, `$NAME` and
 * `${NAME}` references, strings (`os.getenv("NAME")`), and each dotted or
 * dashed compound in its relaxed-binding form (`spring.datasource.url` →
 * `SPRING_DATASOURCE_URL`). `anyWord` keeps plain lower-case words too.
 */
export function mentionedNames(text: string, anyWord = false): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(COMPOUND)) {
    const word = match[0];
    if (/[.:-]/.test(word)) {
      if (/[A-Za-z]/.test(word)) found.add(word.toUpperCase().replace(/[.:-]/g, '_'));
      for (const part of word.split(/[.:-]/)) if (couldName(part, anyWord)) found.add(part.toUpperCase());
    } else if (couldName(word, anyWord)) {
      found.add(word.toUpperCase());
    }
  }
  return found;
}

function isReferenceSource(file: string): boolean {
  const base = path.basename(file);
  // Other env files hold the same keys: a key there is a value, not a use.
  if (classify(base) === 'dotenv') return false;
  return !PROSE.test(base) && !GENERATED.test(file);
}

/** Small text files only: binary files and huge generated ones mention nothing worth reading. */
function readSmallText(file: string): Promise<string | undefined> {
  return readSmallTextFile(file, REFERENCE_LIMITS.fileBytes);
}

/** The names mentioned in one folder's files, per file and counted. */
interface FolderIndex {
  byFile: Map<string, readonly string[]>;
  /** name → number of files mentioning it. */
  counts: Map<string, number>;
  /** The folder was read to the end (within REFERENCE_LIMITS). */
  complete: boolean;
}

/**
 * Which keys of an env template (`.env.example`) anything in the workspace
 * mentions: code, scripts, compose and Kubernetes files, CI workflows, app
 * config, below the template's folder and within the walker's rules
 * (`.gitignore`, vendored folders). A folder is read once; afterwards a
 * changed file is read again alone (`fileChanged`), so editing the template
 * or saving code never walks the workspace again.
 */
export class EnvReferenceIndex {
  private readonly folders = new Map<string, Promise<FolderIndex>>();
  private readonly matchers = new Map<string, IgnoreMatcher>();

  constructor(private readonly limits: { files: number; bytes: number } = REFERENCE_LIMITS) {}

  /**
   * The upper-cased `keys` mentioned under `dir` (a template's folder, inside
   * `root`); undefined when the folder could not be read to the end.
   */
  async referenced(dir: string, root: string, keys: readonly string[]): Promise<ReadonlySet<string> | undefined> {
    let pending = this.folders.get(dir);
    if (!pending) {
      pending = this.build(dir, root);
      this.folders.set(dir, pending);
    }
    const index = await pending;
    if (!index.complete) return undefined;
    return new Set(keys.map((k) => k.toUpperCase()).filter((k) => (index.counts.get(k) ?? 0) > 0));
  }

  /**
   * A file was created, changed or deleted on disk. True when what some
   * folder mentions changed, so its templates' diagnostics are stale.
   */
  async fileChanged(file: string, root: string, deleted: boolean): Promise<boolean> {
    let changed = false;
    let names: readonly string[] | undefined;
    let read = false;
    for (const [dir, pending] of this.folders) {
      if (!isUnder(dir, file)) continue;
      const index = await pending.catch(() => undefined);
      if (!index?.complete) continue;
      if (!read) {
        read = true;
        if (!deleted && isReferenceSource(file) && !this.matcherFor(root)(file)) {
          const text = await readSmallText(file);
          if (text !== undefined) names = [...mentionedNames(text, isPython(file))];
        }
      }
      const before = index.byFile.get(file) ?? [];
      const after = names ?? [];
      if (sameNames(before, after)) continue;
      for (const name of before) decrement(index.counts, name);
      for (const name of after) index.counts.set(name, (index.counts.get(name) ?? 0) + 1);
      if (after.length > 0) index.byFile.set(file, after);
      else index.byFile.delete(file);
      changed = true;
    }
    return changed;
  }

  /** An ignore file changed, or the workspace did: read every folder again on the next question. */
  clear(): void {
    this.folders.clear();
    this.matchers.clear();
  }

  private matcherFor(root: string): IgnoreMatcher {
    let matcher = this.matchers.get(root);
    if (!matcher) {
      matcher = createIgnoreMatcher(root);
      this.matchers.set(root, matcher);
    }
    return matcher;
  }

  private async build(dir: string, root: string): Promise<FolderIndex> {
    const index: FolderIndex = { byFile: new Map(), counts: new Map(), complete: true };
    const incomplete: FolderIndex = { byFile: new Map(), counts: new Map(), complete: false };
    let files = 0;
    let bytes = 0;
    // A folder that cannot be listed hides what it would have said.
    let unreadable = false;
    try {
      for await (const file of walkFiles(root, { exclude: [], start: dir, onError: () => (unreadable = true) })) {
        if (!isReferenceSource(file)) continue;
        if (++files > this.limits.files) return incomplete;
        const text = await readSmallText(file);
        if (text === undefined) continue;
        bytes += text.length;
        if (bytes > this.limits.bytes) return incomplete;
        const names = [...mentionedNames(text, isPython(file))];
        if (names.length === 0) continue;
        index.byFile.set(file, names);
        for (const name of names) index.counts.set(name, (index.counts.get(name) ?? 0) + 1);
      }
    } catch {
      return incomplete;
    }
    return unreadable ? incomplete : index;
  }
}

function isPython(file: string): boolean {
  return /\.pyi?$/i.test(file);
}

function decrement(counts: Map<string, number>, name: string): void {
  const n = (counts.get(name) ?? 0) - 1;
  if (n > 0) counts.set(name, n);
  else counts.delete(name);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((n) => set.has(n));
}

function isUnder(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
