// Small lookups the extension-host tests share.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'factorguard.factorguard';
export const SOURCE = 'factorguard';

/** Absolute path of a file in the (copied) fixture workspace the host opened. */
export function workspacePath(relative: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open the fixture workspace');
  return path.join(folder.uri.fsPath, relative);
}

/** The rule id of a diagnostic, whose code may be `{ value, target }` (with a docs link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** FactorGuard's diagnostics for one rule among a list. */
export function findingsOf(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === SOURCE && ruleOf(d) === rule);
}

/** FactorGuard's diagnostics for one rule in one file, as VS Code holds them. */
export function findingsIn(file: string, rule: string): vscode.Diagnostic[] {
  return findingsOf(vscode.languages.getDiagnostics(vscode.Uri.file(file)), rule);
}

/** What VS Code holds for a file, for failure messages. */
export function describeDiagnostics(file: string): string {
  const all = vscode.languages.getDiagnostics(vscode.Uri.file(file));
  if (all.length === 0) return 'no diagnostics';
  return all.map((d) => `${d.source ?? '?'}:${ruleOf(d) ?? '?'} at line ${d.range.start.line + 1}`).join(', ');
}

/** A file's text on disk, or undefined when it does not exist. */
export function readOnDisk(relative: string): string | undefined {
  const file = workspacePath(relative);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
