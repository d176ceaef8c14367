import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { planAppend, type AppendToFileFix } from './engine';
import { workspaceEdit, type EditCapabilities } from './edits';
import { readText } from './moveToEnvAction';
import { ENV_TEMPLATE_NAMES, nearestEnvTemplate } from './workspace/facts';
import { findGitRoot } from './workspace/gitIndex';
import { pathToUri, uriToPath } from './workspaceFolders';

export interface AppendContext {
  documents: TextDocuments<TextDocument>;
  caps: EditCapabilities;
  root: string | undefined;
  log(message: string): void;
}

/** The repository's top-level `.gitignore`, or the nearest env template (else a new `.env.example` at the root). */
async function targetFile(fix: AppendToFileFix, source: string, root: string): Promise<string> {
  if (fix.target === 'gitignore') return path.join((await findGitRoot(path.dirname(source), root)) ?? root, '.gitignore');
  return (await nearestEnvTemplate(path.dirname(source), root)) ?? path.join(root, ENV_TEMPLATE_NAMES[0]);
}

/** The quick fix for an `appendToFile` fix, planned against the target as it is now. */
export async function appendAction(document: TextDocument, fix: AppendToFileFix, diagnostic: Diagnostic, context: AppendContext): Promise<CodeAction | undefined> {
  const source = uriToPath(document.uri);
  if (!source || !context.root) return undefined;
  try {
    const file = await targetFile(fix, source, context.root);
    const text = await readText(context.documents, file);
    const plan = planAppend(fix, text);
    if (!plan) return undefined;
    const uri = pathToUri(file);
    const open = context.documents.get(uri);
    const edit = workspaceEdit([{ uri, version: open ? open.version : null, create: plan.create, edits: plan.edits }], context.caps);
    if (!edit) return undefined;
    const label = path.relative(context.root, file).split(path.sep).join('/');
    return { title: fix.title.replace('$FILE', label), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit };
  } catch (error) {
    context.log(`${fix.title.replace('$FILE', fix.target)} is unavailable: ${(error as Error).message}`);
    return undefined;
  }
}
