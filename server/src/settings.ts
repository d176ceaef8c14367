import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, mergeSettings, validateSettings, type Settings } from './engine';
import { loadConfig } from './workspace/config';
import type { WorkspaceFolders } from './workspaceFolders';

export interface SettingsOptions {
  /** The client answers `workspace/configuration`. */
  pull: boolean;
  /** Workspace trusted: only then is the workspace's `.factorguard.json` read. */
  trusted: boolean;
}

/**
 * Effective settings per resource: defaults, overlaid by the client's
 * `factorguard` section (pulled per resource), overlaid by the workspace
 * folder's `.factorguard.json` (so the editor matches what CI enforces).
 * Cached until the client says settings changed or the file changes.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private readonly files = new Map<string, ReturnType<typeof loadConfig>>();
  private pushed: Partial<Settings> = {};
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: WorkspaceFolders,
    private readonly options: SettingsOptions,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.compute(uri).catch((error) => {
        this.connection.console.error(`Could not read settings for ${uri}: ${String(error)}`);
        return { ...DEFAULT_SETTINGS };
      });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** For clients that push settings with `didChangeConfiguration` instead of answering pulls. */
  setPushed(raw: unknown): void {
    this.pushed = this.validate(raw, 'settings');
  }

  clear(): void {
    this.cache.clear();
    this.files.clear();
    this.reported.clear();
  }

  private async compute(uri: string): Promise<Settings> {
    const client = this.options.pull ? await this.pull(uri) : this.pushed;
    const root = this.folders.rootOf(uri);
    // A baseline hides findings and lives in the workspace: none in Restricted Mode, whoever set it.
    if (!root || !this.options.trusted) return mergeSettings(DEFAULT_SETTINGS, client, { baseline: '' });
    let pending = this.files.get(root);
    if (!pending) {
      pending = loadConfig(root);
      this.files.set(root, pending);
    }
    const file = await pending;
    for (const error of file.errors) this.warnOnce(`${file.path ?? '.factorguard.json'}: ${error}`);
    return mergeSettings(DEFAULT_SETTINGS, client, file.settings);
  }

  private async pull(uri: string): Promise<Partial<Settings>> {
    const [raw] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: 'factorguard' }]);
    return this.validate(raw, 'settings');
  }

  private validate(raw: unknown, origin: string): Partial<Settings> {
    if (raw === null || raw === undefined) return {};
    const { trace: _trace, ...rest } = raw as Record<string, unknown>;
    const { settings, errors } = validateSettings(rest);
    for (const error of errors) this.warnOnce(`factorguard ${origin}: ${error}`);
    return settings;
  }

  private warnOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.connection.console.warn(message);
    void this.connection.window.showWarningMessage(`FactorGuard: ${message}`);
  }
}
