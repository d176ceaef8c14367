import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { classify } from '../engine/classify';
import { excludedBy, vendoredPattern } from '../engine/guards/paths';
import { UsageError } from './args';
import { tooLarge, type ReadResult } from './read';
import { isAbsoluteDisplayPath, type ScanReport } from './report';
import { displayPath, scanSources, type ScanContext, type Source } from './scan';

/*
 * `factorguard scan --staged`: what is checked is what would be committed,
 * the index version of each added, copied, modified or renamed file, never
 * the working tree. Git is run as a program here (the CLI runs on the user's
 * behalf); the language server never does this.
 */

export type Env = Record<string, string | undefined>;

/** A staged file: its repository-relative path and the blob the index holds for it. */
export interface StagedFile {
  /** Relative to the repository top level, `/`-separated, as git prints it. */
  path: string;
  blob: string;
}

interface GitOutput {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function gitEnv(env: Env): NodeJS.ProcessEnv {
  // No lock on the index while a commit is in progress; paths on the command line are never globs.
  return { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1' } as NodeJS.ProcessEnv;
}

function notFound(error: NodeJS.ErrnoException): UsageError {
  return new UsageError(error.code === 'ENOENT' ? '--staged needs git, which was not found on the PATH' : `could not run git (${error.code ?? error.message})`);
}

/** Runs git to completion; rejects only when git cannot be started. */
function git(args: string[], cwd: string, env: Env, input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(notFound(error)));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The top level of the work tree `cwd` is in; a usage error outside a repository. */
export async function gitTopLevel(cwd: string, env: Env): Promise<string> {
  const result = await git(['rev-parse', '--show-toplevel'], cwd, env);
  if (result.code === 0) return path.resolve(result.stdout.toString('utf8').trim());
  const detail = firstLine(result.stderr);
  if (/not a git repository/i.test(detail)) throw new UsageError(`--staged: ${cwd} is not inside a git repository`);
  throw new UsageError(`--staged: git cannot find the work tree (${detail || `exit code ${result.code}`})`);
}

/**
 * Parses `git diff --raw -z` output: `:srcmode dstmode srcsha dstsha status\0path\0`,
 * with two paths for renames and copies. Symlinks and submodules are left
 * out: their "content" is a link target or a commit id, not source.
 */
export function parseRawDiff(output: string): StagedFile[] {
  const tokens = output.split('\0');
  const files: StagedFile[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const header = tokens[i];
    if (!header.startsWith(':')) continue;
    const [, dstMode, , dstBlob, status] = header.slice(1).split(' ');
    const twoPaths = /^[RC]/.test(status ?? '');
    const file = tokens[twoPaths ? i + 2 : i + 1];
    i += twoPaths ? 2 : 1;
    if (file === undefined || file === '' || !/^[0-9a-f]{40,64}$/.test(dstBlob ?? '')) continue;
    if (dstMode !== '100644' && dstMode !== '100755') continue;
    files.push({ path: file, blob: dstBlob });
  }
  return files;
}

/** Each command-line path as a pathspec relative to the top level; none at all means the whole index. */
function pathspecs(paths: readonly string[], cwd: string, top: string): string[] {
  const specs: string[] = [];
  for (const arg of paths) {
    const rel = path.relative(top, path.resolve(cwd, arg));
    if (rel === '') return [];
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) throw new UsageError(`--staged: ${arg} is outside the repository (${top})`);
    specs.push(rel.split(path.sep).join('/'));
  }
  return specs;
}

/** The staged (added, copied, modified, renamed) regular files, optionally limited to pathspecs. */
export async function listStaged(top: string, specs: readonly string[], env: Env): Promise<StagedFile[]> {
  const args = ['-c', 'core.quotePath=false', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--diff-filter=ACMR', '--', ...specs];
  const result = await git(args, top, env);
  if (result.code !== 0) throw new UsageError(`--staged: git diff --cached failed (${firstLine(result.stderr) || `exit code ${result.code}`})`);
  return parseRawDiff(result.stdout.toString('utf8'));
}

/** A path named on the command line must exist, in the work tree or among the staged files. */
async function checkPaths(paths: readonly string[], cwd: string, top: string, staged: readonly StagedFile[]): Promise<void> {
  for (const arg of paths) {
    const abs = path.resolve(cwd, arg);
    if (await fsp.stat(abs).then(() => true, () => false)) continue;
    const rel = path.relative(top, abs).split(path.sep).join('/');
    if (!staged.some((f) => f.path === rel || f.path.startsWith(`${rel}/`))) throw new UsageError(`no such file or directory: ${arg}`);
  }
}

/** Blob sizes from `git cat-file --batch-check`, so oversized blobs are never read. */
async function blobSizes(top: string, blobs: readonly string[], env: Env): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (blobs.length === 0) return sizes;
  const result = await git(['cat-file', '--batch-check'], top, env, blobs.map((b) => `${b}\n`).join(''));
  for (const line of result.stdout.toString('utf8').split('\n')) {
    const match = /^([0-9a-f]+) blob (\d+)$/.exec(line);
    if (match) sizes.set(match[1], Number(match[2]));
  }
  return sizes;
}

interface Pending {
  resolve: (content: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * One `git cat-file --batch` process serving blob reads in request order,
 * started on the first read: only the blobs being analysed are in memory.
 */
class BlobReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | undefined;

  constructor(
    private readonly top: string,
    private readonly env: Env,
  ) {}

  read(blob: string): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      child.stdin.write(`${blob}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.top, env: gitEnv(this.env), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.drain();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.on('error', (error) => this.fail(error));
    child.on('close', (code) => this.fail(new Error(`git cat-file exited (${firstLine(stderr) || `exit code ${code}`})`)));
    this.child = child;
    return child;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(this.failure);
  }

  /** Answers are `<sha> blob <size>\n<content>\n`, or `<name> missing\n`. */
  private drain(): void {
    let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    while (this.queue.length > 0) {
      const newline = buffer.indexOf(10);
      if (newline < 0) break;
      const header = buffer.toString('utf8', 0, newline);
      const match = /^\S+ \S+ (\d+)$/.exec(header);
      if (!match) {
        this.queue.shift()!.reject(new Error(header));
        buffer = buffer.subarray(newline + 1);
        continue;
      }
      const end = newline + 1 + Number(match[1]);
      if (buffer.length < end + 1) break;
      this.queue.shift()!.resolve(Buffer.from(buffer.subarray(newline + 1, end)));
      buffer = buffer.subarray(end + 1);
    }
    this.chunks = buffer.length > 0 ? [buffer] : [];
    this.buffered = buffer.length;
  }
}

// As for files on disk: invalid UTF-8 becomes U+FFFD and the engine's binary check decides.
const decoder = new TextDecoder('utf-8', { fatal: false });

function stagedSource(file: StagedFile, top: string, size: number | undefined, limit: number, reader: BlobReader): Source {
  return {
    abs: path.join(top, ...file.path.split('/')),
    read: async (): Promise<ReadResult> => {
      if (size !== undefined && size > limit) return tooLarge(size, limit);
      try {
        const bytes = await reader.read(file.blob);
        return bytes.length > limit ? tooLarge(bytes.length, limit) : { kind: 'text', text: decoder.decode(bytes) };
      } catch (error) {
        return { kind: 'skipped', skip: 'unreadable', reason: `not analysed: the staged content could not be read (${(error as Error).message})` };
      }
    },
  };
}

/**
 * Whether a normal scan's walk would pick the file: a language the engine
 * knows, not vendored or generated, not matched by an exclude glob (relative
 * to the cwd, as for a walk). `.gitignore` does not apply: a staged file is
 * committed whatever it says, so it is checked.
 */
function wanted(shown: string, inside: boolean, exclude: readonly string[]): boolean {
  if (classify(shown) === undefined || vendoredPattern(shown) !== undefined) return false;
  return !inside || excludedBy(shown, exclude) === undefined;
}

/**
 * Scans the index versions of the staged files (all of them, or those under
 * `paths`). Outside a git repository, or when git is missing, a UsageError.
 */
export async function scanStaged(paths: readonly string[], context: ScanContext, env: Env): Promise<ScanReport> {
  const top = await gitTopLevel(context.cwd, env);
  const staged = await listStaged(top, pathspecs(paths, context.cwd, top), env);
  await checkPaths(paths, context.cwd, top, staged);
  const candidates = staged.filter((f) => {
    const abs = path.join(top, ...f.path.split('/'));
    const shown = displayPath(context.cwd, abs);
    return wanted(shown, !isAbsoluteDisplayPath(shown), context.settings.exclude);
  });
  context.onProgress?.(candidates.length, undefined);
  const sizes = await blobSizes(top, candidates.map((f) => f.blob), env);
  const reader = new BlobReader(top, env);
  try {
    const limit = context.settings.maxFileSize;
    return await scanSources(candidates.map((f) => stagedSource(f, top, sizes.get(f.blob), limit, reader)), context);
  } finally {
    reader.close();
  }
}
