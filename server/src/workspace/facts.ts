import * as path from 'node:path';
import { isCodeLanguage, readDotenvEntries, type Language, type WorkspaceFacts } from '../engine';
import { createIgnoreMatcher, type IgnoreMatcher } from './files';
import { exists, findGitRoot, isTrackedByGit } from './gitIndex';

/** Env template names, in the order a folder's template is looked for. */
export const ENV_TEMPLATE_NAMES = ['.env.example', '.env.sample', '.env.template', '.env.dist'] as const;

type Template = WorkspaceFacts['envTemplate'];

/**
 * Computes the facts the engine cannot see in a file's text, for the server
 * and the CLI alike: whether a `.env` file is tracked or ignored by git, and
 * the keys of the env template nearest to a code file. Results are cached
 * until `clear()` (an ignore file or an env file changed).
 */
export class WorkspaceFactsProvider {
  private readonly matchers = new Map<string, IgnoreMatcher>();
  private readonly templates = new Map<string, Promise<Template>>();

  /** `readText` returns the editor's buffer when the file is open, else the disk's text; undefined if missing. */
  constructor(private readonly readText: (file: string) => Promise<string | undefined>) {}

  clear(): void {
    this.matchers.clear();
    this.templates.clear();
  }

  /** Facts for `file` (absolute) in the workspace folder `root`; nothing outside a folder. */
  async factsFor(file: string, root: string | undefined, language: Language | undefined): Promise<WorkspaceFacts> {
    const relative = root ? path.relative(root, file) : '..';
    if (!root || relative.startsWith('..') || path.isAbsolute(relative)) return {};
    try {
      if (language === 'dotenv') return { git: await this.gitState(file, root) };
      if (isCodeLanguage(language)) {
        const envTemplate = await this.templateFor(path.dirname(file), root);
        return envTemplate ? { envTemplate } : {};
      }
    } catch {
      // An unreadable index or template leaves the facts unknown, never wrong.
    }
    return {};
  }

  private async gitState(file: string, root: string): Promise<WorkspaceFacts['git']> {
    const gitRoot = await findGitRoot(path.dirname(file), root);
    if (gitRoot && (await isTrackedByGit(file, gitRoot))) return 'tracked';
    let matcher = this.matchers.get(root);
    if (!matcher) {
      matcher = createIgnoreMatcher(root);
      this.matchers.set(root, matcher);
    }
    if (matcher(file)) return 'ignored';
    // Without a repository, nothing is about to be committed: the state is unknown.
    return gitRoot ? 'untracked' : undefined;
  }

  /** The nearest template from `dir` up to `root` and its keys, cached per folder. */
  private templateFor(dir: string, root: string): Promise<Template> {
    let found = this.templates.get(dir);
    if (!found) {
      found = this.readTemplate(dir, root);
      this.templates.set(dir, found);
    }
    return found;
  }

  private async readTemplate(dir: string, root: string): Promise<Template> {
    const file = await nearestEnvTemplate(dir, root);
    const text = file === undefined ? undefined : await this.readText(file);
    if (file === undefined || text === undefined) return undefined;
    const label = path.relative(root, file).split(path.sep).join('/');
    return { label, keys: new Set(readDotenvEntries(text).map((e) => e.key)) };
  }
}

/** The env template nearest to `dir`, walking up to `root` (a package's own template wins over the root's). */
export async function nearestEnvTemplate(dir: string, root: string): Promise<string | undefined> {
  for (let current = dir; current.startsWith(root); current = path.dirname(current)) {
    for (const name of ENV_TEMPLATE_NAMES) {
      if (await exists(path.join(current, name))) return path.join(current, name);
    }
    if (current === root || path.dirname(current) === current) break;
  }
  return undefined;
}
