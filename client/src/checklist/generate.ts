import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { GeneratorId } from '../../../server/src/checklist/types';
import { GenerateRequest } from '../../../server/src/protocol';
import { GENERATORS } from './generators';
import { annotateEdit, createdFiles, touchedFiles } from './preview';
import type { ChecklistStore } from './store';

/**
 * Options a generator command accepts as its argument. `preview: false`
 * applies the edit without the refactor preview (for scripts and tests); the
 * edit stays undoable either way.
 */
export interface GenerateOptions {
  folderUri?: string;
  preview?: boolean;
  /** Where the new file opens; the panel opens it beside itself so its status line stays in view. Not taken from command arguments. */
  viewColumn?: vscode.ViewColumn;
}

export type GenerateOutcome = { ok: true; files: string[] } | { ok: false; reason: string };

function optionsOf(arg: unknown): GenerateOptions {
  if (!arg || typeof arg !== 'object') return {};
  const a = arg as Record<string, unknown>;
  return {
    ...(typeof a.folderUri === 'string' && { folderUri: a.folderUri }),
    ...(typeof a.preview === 'boolean' && { preview: a.preview }),
  };
}

/** Saves the documents the edit changed that had no unsaved changes of the user's before it. */
async function saveTouched(uris: string[], dirtyBefore: Set<string>): Promise<void> {
  for (const uri of uris) {
    if (dirtyBefore.has(uri)) continue;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document?.isDirty) await document.save();
  }
}

/**
 * Runs a generator: the server plans the edit (create if missing, append
 * otherwise, never overwrite), VS Code previews and applies it as one
 * undoable edit, the first new file opens and the summary is shown.
 */
export async function runGenerator(client: LanguageClient, store: ChecklistStore, generator: GeneratorId, options: GenerateOptions): Promise<GenerateOutcome> {
  const folderUri = options.folderUri ?? store.folder()?.uri.toString();
  if (!folderUri) return fail('Open a folder first: the generators write into a workspace folder.');
  const result = await client.sendRequest(GenerateRequest.type, { folderUri, generator });
  if (!result.ok) return fail(result.reason);
  const preview = options.preview !== false;
  const annotated = annotateEdit(result.edit, result.title, result.summary, preview);
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(annotated);
  const touched = touchedFiles(annotated);
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  const applying = vscode.workspace.applyEdit(edit, { isRefactoring: true });
  // VS Code lists changes that need confirmation unticked: say what to do.
  if (preview) vscode.window.setStatusBarMessage(`$(checklist) FactorGuard: tick "${result.title}" in the Refactor Preview, then Apply`, applying);
  if (!(await applying)) {
    await store.refresh(true);
    return fail(`${result.title} was not applied: it was discarded or left unticked in the preview, or a file it creates exists by now.`);
  }
  await saveTouched(touched, dirtyBefore);
  const first = createdFiles(annotated)[0] ?? touched[0];
  if (first) await vscode.window.showTextDocument(vscode.Uri.parse(first), { preview: false, ...(options.viewColumn && { viewColumn: options.viewColumn }) });
  void vscode.window.showInformationMessage(result.summary);
  await store.refresh(true);
  return { ok: true, files: result.files };
}

function fail(reason: string): GenerateOutcome {
  void vscode.window.showWarningMessage(`FactorGuard: ${reason}`);
  return { ok: false, reason };
}

/** One palette command per generator; each takes optional {@link GenerateOptions}. */
export function registerGenerators(client: LanguageClient, store: ChecklistStore): vscode.Disposable {
  return vscode.Disposable.from(
    ...GENERATORS.map((g) => vscode.commands.registerCommand(g.command, (arg?: unknown) => runGenerator(client, store, g.id, optionsOf(arg)))),
  );
}
