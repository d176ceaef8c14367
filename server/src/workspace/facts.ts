import * as path from 'node:path';
import { isCodeLanguage, isEnvTemplateName, readDotenvEntries, type Language, type WorkspaceFacts } from '../engine';
import { EnvReferenceIndex } from './envReferences';
import { createIgnoreMatcher, type IgnoreMatcher } from './files';
import { exists, findGitRoot, isTrackedByGit } from './gitIndex';

/** Env template names, in the order a folder's template is looked for. */
export const ENV_TEMPLATE_NAMES = ['.env.example', '.env.sample', '.env.template', '.env.dist'] as const;

type Template = WorkspaceFacts['envTemplate'];

/**
 * Computes the facts the engine cannot see in a file's text, for the server
 * and the CLI alike: whether a `.env` file is tracked or ignored by git, the
 * keys of the env template nearest to a code file, and which of a template's
 * keys the workspace mentions. Results are cached until `clear()` (an ignore
 * file or an env file changed); `fileChanged` keeps the mentions current.
 */
export class WorkspaceFactsProvider {
  private readonly matchers = new Map<string, IgnoreMatcher>();
  private readonly templates = new Map<string, Promise<Template>>();
  private readonly references = new EnvReferenceIndex();

  /** `readText` returns the editor's buffer when the file is open, else the disk's text; undefined if missing. */
  constructor(private readonly readText: (file: string) => Promise<string | undefined>) {}

  /** An ignore file changed (or everything may have): forget all. */
  clear(): void {
    this.matchers.clear();
    this.templates.clear();
    this.references.clear();
  }

  /** An env file changed: the templates' keys must be read again; git state and mentions are still right. */
  envFilesChanged(): void {
    this.templates.clear();
  }

  /**
   * A file in `root` was created, changed or deleted on disk. True when an env
   * template's facts changed with it, so its diagnostics are stale.
   */
  fileChanged(file: string, root: string, deleted: boolean): Promise<boolean> {
    return this.references.fileChanged(file, root, deleted).catch(() => false);
  }

  /**
   * Facts for `file` (absolute) in the workspace folder `root`; nothing outside
   * a folder. `text` is the file's current text (the editor's buffer), which an
   * env template's keys are read from.
   */
  async factsFor(file: string, root: string | undefined, language: Language | undefined, text?: string): Promise<WorkspaceFacts> {
    const relative = root ? path.relative(root, file) : '..';
    if (!root || relative.startsWith('..') || path.isAbsolute(relative)) return {};
    try {
      if (language === 'dotenv') {
        const git = await this.gitState(file, root);
        if (text === undefined || !isEnvTemplateName(path.basename(file))) return { git };
        const keys = readDotenvEntries(text).map((e) => e.key);
        const referencedNames = await this.references.referenced(path.dirname(file), root, keys);
        return referencedNames ? { git, referencedNames } : { git };
      }
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
