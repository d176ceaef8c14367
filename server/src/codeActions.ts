import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextDocuments,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analyzer';
import { throwIfCancelled } from './cancellation';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { workspaceEdit, reasonSnippet, type EditCapabilities } from './edits';
import { ignoreFileEdit, ignoreNextLineEdit, rangesOverlap, REASON_PLACEHOLDER, type EditFix, type Finding, type Language } from './engine';
import { appendAction } from './appendAction';
import { moveToEnvAction } from './moveToEnvAction';
import type { SettingsStore } from './settings';
import type { WorkspaceFolders } from './workspaceFolders';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.factorguard`;

export interface CodeActionDeps {
  documents: TextDocuments<TextDocument>;
  analyzer: Analyzer;
  settings: SettingsStore;
  folders: WorkspaceFolders;
  caps: EditCapabilities;
  log(message: string): void;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function editAction(document: TextDocument, title: string, kind: string, edits: TextEdit[], deps: CodeActionDeps, diagnostic?: Diagnostic): CodeAction | undefined {
  const edit = workspaceEdit([{ uri: document.uri, version: document.version, create: false, edits }], deps.caps);
  if (!edit) return undefined;
  return { title, kind, edit, ...(diagnostic ? { diagnostics: [diagnostic] } : {}) };
}

/** How long "Ignore … until" suppresses a finding. */
const EXPIRY_DAYS = 30;

function suppressionActions(document: TextDocument, language: Language, diagnostic: Diagnostic, ruleId: string, deps: CodeActionDeps): CodeAction[] {
  const text = document.getText();
  const toEdit = (edit: TextEdit) => (deps.caps.snippets ? reasonSnippet(edit, REASON_PLACEHOLDER) : edit);
  const actions: CodeAction[] = [];
  const line = ignoreNextLineEdit(text, language, diagnostic.range.start.line, ruleId);
  const file = ignoreFileEdit(text, language, ruleId);
  const lineAction = line && editAction(document, `Ignore ${ruleId} on this line`, CodeActionKind.QuickFix, [toEdit(line) as TextEdit], deps, diagnostic);
  const fileAction = file && editAction(document, `Ignore ${ruleId} in this file`, CodeActionKind.QuickFix, [toEdit(file) as TextEdit], deps, diagnostic);
  // A time-boxed exception: the finding comes back by itself when the date passes.
  const until = new Date(Date.now() + EXPIRY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const expiring = ignoreNextLineEdit(text, language, diagnostic.range.start.line, ruleId, until);
  const expiringAction = expiring && editAction(document, `Ignore ${ruleId} on this line until ${until}`, CodeActionKind.QuickFix, [toEdit(expiring) as TextEdit], deps, diagnostic);
  if (lineAction) actions.push(lineAction);
  if (expiringAction) actions.push(expiringAction);
  if (fileAction) actions.push(fileAction);
  return actions;
}

async function quickFixes(document: TextDocument, diagnostic: Diagnostic, finding: Finding | undefined, language: Language, deps: CodeActionDeps): Promise<CodeAction[]> {
  const data = diagnostic.data as DiagnosticData;
  const actions: CodeAction[] = [];
  for (const fix of finding?.fixes ?? []) {
    if (fix.kind === 'edit') {
      const action = editAction(document, fix.title, CodeActionKind.QuickFix, fix.edits, deps, diagnostic);
      if (action) actions.push({ ...action, isPreferred: fix.preferred === true });
    } else if (fix.kind === 'appendToFile') {
      const action = await appendAction(document, fix, diagnostic, { documents: deps.documents, caps: deps.caps, root: deps.folders.rootOf(document.uri), log: deps.log });
      if (action) actions.push(action);
    } else {
      const settings = await deps.settings.get(document.uri);
      const context = { documents: deps.documents, caps: deps.caps, settings, root: deps.folders.rootOf(document.uri), log: deps.log };
      const action = await moveToEnvAction(document, fix, diagnostic, context);
      if (action) actions.push(action);
    }
  }
  return [...actions, ...suppressionActions(document, language, diagnostic, data.ruleId, deps)];
}

/** Every fix marked safe for "fix all", without overlaps, as one action. */
function fixAllAction(document: TextDocument, findings: Finding[], deps: CodeActionDeps): CodeAction | undefined {
  const chosen: EditFix[] = [];
  for (const fix of findings.flatMap((f) => f.fixes)) {
    if (fix.kind !== 'edit' || !fix.fixAll) continue;
    if (chosen.some((c) => c.edits.some((a) => fix.edits.some((b) => rangesOverlap(a.range, b.range))))) continue;
    chosen.push(fix);
  }
  if (chosen.length === 0) return undefined;
  const edits = dedupe(chosen.flatMap((f) => f.edits));
  return editAction(document, 'Fix all FactorGuard problems that have a safe fix', FIX_ALL_KIND, edits, deps);
}

/** Two fixes may add the same import; keep one copy of identical edits. */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `textDocument/codeAction`: quick fixes for our diagnostics, suppressions, and `source.fixAll.factorguard`. */
export async function provideCodeActions(params: CodeActionParams, token: CancellationToken, deps: CodeActionDeps): Promise<CodeAction[]> {
  const document = deps.documents.get(params.textDocument.uri);
  if (!document) return [];
  const only = params.context.only;
  const analysis = await deps.analyzer.analyzeDocument(document);
  throwIfCancelled(token);
  const { findings, language } = analysis.result;
  if (!language) return [];
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE || !diagnostic.data) continue;
      const data = diagnostic.data as DiagnosticData;
      const finding = findings.find((f) => f.ruleId === data.ruleId && sameRange(f.range, diagnostic.range));
      actions.push(...(await quickFixes(document, diagnostic, finding, language, deps)));
      throwIfCancelled(token);
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document, findings, deps);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
