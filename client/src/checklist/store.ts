import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ChecklistReport } from '../../../server/src/checklist/types';
import { ChecklistRequest } from '../../../server/src/protocol';
import type { FolderChoice } from './render';

/** Quiet time after the last file change before the report is requested again. */
const VISIBLE_DEBOUNCE_MS = 500;
/** The same while only the status bar shows the score: it may lag a little. */
const BACKGROUND_DEBOUNCE_MS = 5_000;

export type StoreState = { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'ready'; report: ChecklistReport };

/**
 * The checklist report of the selected workspace folder, shared by the panel,
 * the tree and the status bar. Asks the server again when files change
 * (debounced), when settings change and when the server restarts; answers
 * that arrive after a newer request are dropped.
 */
export class ChecklistStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private current: StoreState = { kind: 'loading' };
  private selected: string | undefined;
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly interested = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const schedule = () => this.schedule();
    this.disposables.push(
      this.changed,
      watcher,
      watcher.onDidCreate(schedule),
      watcher.onDidChange(schedule),
      watcher.onDidDelete(schedule),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('factorguard') && this.schedule()),
      client.onDidChangeState((e) => e.newState === State.Running && void this.refresh()),
    );
  }

  get state(): StoreState {
    return this.current;
  }

  get report(): ChecklistReport | undefined {
    return this.current.kind === 'ready' ? this.current.report : undefined;
  }

  /** The workspace folders the checklist can be about (file folders only). */
  folders(): FolderChoice[] {
    return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => ({ uri: f.uri.toString(), name: f.name }));
  }

  /** The selected folder: the one picked in the panel, else the first. */
  folder(): vscode.WorkspaceFolder | undefined {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    return folders.find((f) => f.uri.toString() === this.selected) ?? folders[0];
  }

  select(folderUri: string): void {
    if (folderUri === this.folder()?.uri.toString()) return;
    this.selected = folderUri;
    void this.refresh();
  }

  /** A view that shows the report is visible (or not): file changes then refresh it promptly. */
  setInterest(who: string, visible: boolean): void {
    if (visible) this.interested.add(who);
    else this.interested.delete(who);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = this.interested.size > 0 ? VISIBLE_DEBOUNCE_MS : BACKGROUND_DEBOUNCE_MS;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /**
   * Asks the server for the selected folder's report. `fresh` skips the
   * server's cache: for changes this client just made itself.
   */
  async refresh(fresh = false): Promise<StoreState> {
    const folder = this.folder();
    const generation = ++this.generation;
    if (!folder) return this.set(generation, { kind: 'none' });
    if (this.current.kind !== 'ready') this.set(generation, { kind: 'loading' });
    try {
      const report = await this.client.sendRequest(ChecklistRequest.type, { folderUri: folder.uri.toString(), fresh });
      return this.set(generation, { kind: 'ready', report });
    } catch (error) {
      return this.set(generation, { kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private set(generation: number, state: StoreState): StoreState {
    if (generation !== this.generation) return this.current;
    this.current = state;
    this.changed.fire();
    return state;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
