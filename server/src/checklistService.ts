import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { CreateFile, TextDocumentEdit, type Connection, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { generate } from './checklist/generators';
import { checklistGit } from './checklist/gitFacts';
import { Inventory } from './checklist/inventory';
import { buildChecklist, envReads } from './checklist/report';
import { setTick, updateState, type ChecklistState } from './checklist/state';
import type { ChecklistReport } from './checklist/types';
import type { Engine } from './engine';
import { appendLines, hasIgnoreLine } from './engine/fixes/dotenvText';
import { readText } from './moveToEnvAction';
import {
  ChecklistRequest,
  ChecklistTickRequest,
  GenerateRequest,
  ToilChangeRequest,
  type ChecklistWriteResult,
  type GenerateResult,
  type ToilChangeParams,
} from './protocol';
import type { SettingsStore } from './settings';
import { pathToUri, uriToPath } from './workspaceFolders';

export interface ChecklistServiceDeps {
  connection: Connection;
  engine: Engine;
  settings: SettingsStore;
  documents: TextDocuments<TextDocument>;
  /** Git runs only in a trusted workspace. */
  trusted: boolean;
}

/**
 * The checklist's requests: the report per workspace folder (cached until a
 * file in it changes), manual ticks and the toil log (written to the state
 * file), and the generators' edits (planned here, applied by the client).
 */
export class ChecklistService {
  private readonly reports = new Map<string, Promise<ChecklistReport>>();

  constructor(private readonly deps: ChecklistServiceDeps) {}

  register(): void {
    const { connection } = this.deps;
    connection.onRequest(ChecklistRequest.type, async ({ folderUri, fresh }) => {
      const root = this.root(folderUri);
      if (fresh) this.reports.delete(root);
      return this.report(root);
    });
    connection.onRequest(ChecklistTickRequest.type, async ({ folderUri, id, checked, note }) => {
      const root = this.root(folderUri);
      return this.write(root, setTick(id, checked, note, new Date()));
    });
    connection.onRequest(ToilChangeRequest.type, async (params) => this.write(this.root(params.folderUri), toilChange(params)));
    connection.onRequest(GenerateRequest.type, async ({ folderUri, generator }) => this.generate(this.root(folderUri), generator));
  }

  /** A file changed on disk: the reports of the folders holding it are stale. */
  fileChanged(uri: string): void {
    const file = uriToPath(uri);
    if (!file) return;
    for (const root of this.reports.keys()) {
      const rel = path.relative(root, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) this.reports.delete(root);
    }
  }

  /** Settings changed: every report is stale. */
  clear(): void {
    this.reports.clear();
  }

  private root(folderUri: string): string {
    const root = uriToPath(folderUri);
    if (!root) throw new Error(`not a file folder: ${folderUri}`);
    return root;
  }

  private report(root: string): Promise<ChecklistReport> {
    let pending = this.reports.get(root);
    if (!pending) {
      pending = this.build(root);
      this.reports.set(root, pending);
      // A failed build is not kept: the next request tries again.
      pending.catch(() => this.reports.delete(root));
    }
    return pending;
  }

  private async build(root: string): Promise<ChecklistReport> {
    const settings = await this.deps.settings.get(pathToUri(root));
    const now = new Date();
    return buildChecklist({ root, engine: this.deps.engine, settings, git: checklistGit({ trusted: this.deps.trusted, settings, now }), now });
  }

  private async write(root: string, change: (state: ChecklistState) => void): Promise<ChecklistWriteResult> {
    const result = await updateState(root, change);
    this.reports.delete(root);
    if (!result.ok) this.deps.connection.console.error(`Checklist: ${result.error}`);
    return result;
  }

  private async generate(root: string, generator: Parameters<typeof generate>[0]): Promise<GenerateResult> {
    const settings = await this.deps.settings.get(pathToUri(root));
    const inv = await Inventory.of(root, settings.exclude);
    const planned = await generate(generator, inv, { envReads: await envReads(inv, { engine: this.deps.engine, settings }) });
    if (!planned.ok) return planned;
    const { change } = planned;
    for (const file of change.create) {
      if (await inv.exists(file.path)) return { ok: false, reason: `${file.path} exists already; FactorGuard never overwrites a file.` };
    }
    const documentChanges: (CreateFile | TextDocumentEdit)[] = [];
    for (const file of change.create) {
      const uri = pathToUri(path.join(root, ...file.path.split('/')));
      // Neither overwrite nor ignoreIfExists: if the file appeared meanwhile, the client refuses the whole edit.
      documentChanges.push(CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }));
      documentChanges.push(TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: file.content }]));
    }
    for (const append of change.append) {
      const abs = path.join(root, ...append.path.split('/'));
      const uri = pathToUri(abs);
      const text = await readText(this.deps.documents, abs);
      const lines = append.lines.filter((l) => !hasIgnoreLine(text ?? '', l));
      if (lines.length === 0) continue;
      if (text === undefined) documentChanges.push(CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }));
      const open = this.deps.documents.get(uri);
      documentChanges.push(TextDocumentEdit.create({ uri, version: open ? open.version : null }, [appendLines(text ?? '', lines)]));
    }
    if (documentChanges.length === 0) return { ok: false, reason: 'Nothing to change: it is all there already.' };
    const edit: WorkspaceEdit = { documentChanges };
    const files = [...change.create.map((c) => c.path), ...change.append.map((a) => a.path)];
    return { ok: true, title: change.title, edit, summary: change.summary, files };
  }
}

function toilChange(params: ToilChangeParams): (state: ChecklistState) => void {
  return (state) => {
    const { entry } = params;
    if (params.action === 'add') {
      state.toil.push({ ...entry, id: `toil-${randomBytes(4).toString('hex')}` });
      return;
    }
    const at = state.toil.findIndex((e) => e.id === entry.id);
    if (at < 0) throw new Error(`no toil entry ${entry.id}`);
    if (params.action === 'remove') state.toil.splice(at, 1);
    else state.toil[at] = { ...entry };
  };
}
