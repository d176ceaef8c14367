import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { planMoveToEnv, type FileChange, type MoveToEnvFix, type Settings } from './engine';
import { workspaceEdit, type EditCapabilities, type FileEdits } from './edits';
import { ServerCommands } from './protocol';
import { locateEnvFiles, readEnvState, type EnvFilePaths } from './workspace/envFiles';
import { createIgnoreMatcher } from './workspace/files';
import { pathToUri, uriToPath } from './workspaceFolders';

export interface MoveToEnvContext {
  documents: TextDocuments<TextDocument>;
  caps: EditCapabilities;
  settings: Settings;
  root: string | undefined;
  log(message: string): void;
}

/** Reads a file for planning: the open buffer first; a missing file is undefined, any other error aborts (never guess and clobber). */
export async function readText(documents: TextDocuments<TextDocument>, file: string): Promise<string | undefined> {
  const open = documents.get(pathToUri(file));
  if (open) return open.getText();
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function fileEdits(change: FileChange, uriOf: (c: FileChange) => string, context: MoveToEnvContext, source: TextDocument): FileEdits {
  const uri = uriOf(change);
  const open = change.file === 'source' ? source : context.documents.get(uri);
  return { uri, version: open ? open.version : null, create: change.create, edits: change.edits };
}

/**
 * The "Move to environment variable" quick fix: plans against the env files
 * as they are right now (unsaved buffers included) and returns one
 * WorkspaceEdit, or undefined when it cannot be done safely.
 */
export async function moveToEnvAction(
  document: TextDocument,
  fix: MoveToEnvFix,
  diagnostic: Diagnostic,
  context: MoveToEnvContext,
): Promise<CodeAction | undefined> {
  const source = uriToPath(document.uri);
  if (!source) return undefined;
  let paths: EnvFilePaths;
  let plan;
  try {
    paths = await locateEnvFiles(source, context.root, context.settings);
    const ignored = createIgnoreMatcher(path.dirname(paths.gitignore));
    const state = await readEnvState(paths, {
      readText: (file) => readText(context.documents, file),
      isIgnored: async (file) => ignored(file),
    }, source);
    plan = planMoveToEnv(fix, state);
  } catch (error) {
    context.log(`Move to environment variable is unavailable: ${(error as Error).message}`);
    return undefined;
  }
  if (!plan) return undefined;
  const files: Record<string, string> = { source: document.uri, env: pathToUri(paths.env), example: pathToUri(paths.example), gitignore: pathToUri(paths.gitignore) };
  const edit = workspaceEdit(plan.changes.map((c) => fileEdits(c, (x) => files[x.file], context, document)), context.caps);
  if (!edit) return undefined;
  const action: CodeAction = { title: plan.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit };
  if (plan.notes.length > 0) action.command = { title: 'Show notes', command: ServerCommands.showNotes, arguments: [plan.notes] };
  return action;
}
