import * as path from 'node:path';
import type { EnvFilesState } from '../engine';
import { exists, findGitRoot, isTrackedByGit } from './gitIndex';

export interface EnvFilePaths {
  env: string;
  example: string;
  gitignore: string;
  /** Folder labels are relative to, for titles and notes. */
  base: string;
}

/**
 * Where "Move to environment variable" writes: the nearest folder between the
 * source file and the workspace root that already has an env file or template
 * (monorepos keep one per package), else the workspace root. `.gitignore` is
 * the repository's (or the workspace's) top-level one.
 */
export async function locateEnvFiles(source: string, root: string | undefined, names: { envFile: string; envExampleFile: string }): Promise<EnvFilePaths> {
  const top = root ?? path.dirname(source);
  let dir = top;
  for (let current = path.dirname(source); current.startsWith(top); current = path.dirname(current)) {
    if ((await exists(path.join(current, names.envFile))) || (await exists(path.join(current, names.envExampleFile)))) {
      dir = current;
      break;
    }
    if (current === top || path.dirname(current) === current) break;
  }
  const gitRoot = (await findGitRoot(dir, top)) ?? top;
  return {
    env: path.join(dir, names.envFile),
    example: path.join(dir, names.envExampleFile),
    gitignore: path.join(gitRoot, '.gitignore'),
    base: top,
  };
}

export interface EnvFileReaders {
  /** Current text of a file: the editor's unsaved buffer if open, else disk; undefined if missing. */
  readText(file: string): Promise<string | undefined>;
  /** The file is matched by the repository's ignore rules. */
  isIgnored(file: string): Promise<boolean>;
}

function label(base: string, file: string): string {
  const relative = path.relative(base, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

/** Everything the engine's planner needs to know about the env files, read now. */
export async function readEnvState(paths: EnvFilePaths, readers: EnvFileReaders, source?: string): Promise<EnvFilesState> {
  const [env, example, gitignore, envIgnored] = await Promise.all([
    readers.readText(paths.env),
    readers.readText(paths.example),
    readers.readText(paths.gitignore),
    readers.isIgnored(paths.env),
  ]);
  const gitRoot = await findGitRoot(path.dirname(paths.env), paths.base);
  const envTracked = gitRoot !== undefined && env !== undefined && (await isTrackedByGit(paths.env, gitRoot));
  const sourceRoot = source ? await findGitRoot(path.dirname(source), paths.base) : undefined;
  const sourceTracked = source !== undefined && sourceRoot !== undefined && (await isTrackedByGit(source, sourceRoot));
  return {
    sourceTracked,
    ...(source ? { sourceLabel: label(paths.base, source) } : {}),
    env: { label: label(paths.base, paths.env), text: env },
    example: { label: label(paths.base, paths.example), text: example },
    gitignore: { label: label(paths.base, paths.gitignore), text: gitignore },
    envIgnored,
    envTracked,
  };
}
