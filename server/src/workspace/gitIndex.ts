import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Reads the paths tracked by git straight from `.git/index` (format versions
 * 2 to 4), so "is this file tracked?" needs no git process: nothing from the
 * workspace is executed, which keeps it safe in untrusted workspaces.
 */
export function parseGitIndex(data: Buffer): Set<string> {
  const paths = new Set<string>();
  if (data.length < 12 || data.toString('latin1', 0, 4) !== 'DIRC') return paths;
  const version = data.readUInt32BE(4);
  const count = data.readUInt32BE(8);
  if (version < 2 || version > 4) return paths;
  let offset = 12;
  let previous = '';
  for (let i = 0; i < count && offset + 62 <= data.length; i++) {
    const start = offset;
    const flags = data.readUInt16BE(offset + 60);
    offset += 62;
    if (version >= 3 && flags & 0x4000) offset += 2;
    let name: string;
    if (version === 4) {
      let strip = 0;
      let byte = data[offset++];
      strip = byte & 0x7f;
      while (byte & 0x80) {
        byte = data[offset++];
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = data.indexOf(0, offset);
      if (end < 0) break;
      name = previous.slice(0, previous.length - strip) + data.toString('utf8', offset, end);
      offset = end + 1;
    } else {
      const end = data.indexOf(0, offset);
      if (end < 0) break;
      name = data.toString('utf8', offset, end);
      offset = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    paths.add(name);
    previous = name;
  }
  return paths;
}

/** The repository root above `dir` (a folder holding `.git`), stopping at `limit`. */
export async function findGitRoot(dir: string, limit?: string): Promise<string | undefined> {
  for (let current = dir; ; current = path.dirname(current)) {
    if (await exists(path.join(current, '.git'))) return current;
    if (current === limit || path.dirname(current) === current) return undefined;
  }
}

/** True when the path exists (any kind of file). */
export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** The index file of a repository, following a `.git` file (worktrees, submodules). */
async function indexPath(gitRoot: string): Promise<string> {
  const dotGit = path.join(gitRoot, '.git');
  const stat = await fs.stat(dotGit);
  if (stat.isDirectory()) return path.join(dotGit, 'index');
  const pointer = /^gitdir:\s*(.+)$/m.exec(await fs.readFile(dotGit, 'utf8'));
  if (!pointer) throw new Error(`${dotGit} is not a git directory pointer`);
  return path.join(path.resolve(gitRoot, pointer[1].trim()), 'index');
}

const cache = new Map<string, { mtimeMs: number; paths: Set<string> }>();

/** True when `file` is in the repository's index; false when unknown or not a repository. */
export async function isTrackedByGit(file: string, gitRoot: string): Promise<boolean> {
  try {
    const index = await indexPath(gitRoot);
    const { mtimeMs } = await fs.stat(index);
    let entry = cache.get(index);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, paths: parseGitIndex(await fs.readFile(index)) };
      cache.set(index, entry);
    }
    return entry.paths.has(path.relative(gitRoot, file).split(path.sep).join('/'));
  } catch {
    return false;
  }
}
