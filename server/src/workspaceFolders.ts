import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

/** Converts a `file:` URI to a file system path; other schemes give undefined. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(fsPath: string): string {
  return pathToFileURL(fsPath).toString();
}

/** The open workspace folders, and where a document sits in them. */
export class WorkspaceFolders {
  private roots: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.roots = uris
      .map(uriToPath)
      .filter((p): p is string => p !== undefined)
      .sort((a, b) => b.length - a.length);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => uriToPath(f.uri)));
    const kept = this.roots.filter((r) => !gone.has(r));
    const extra = added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    this.roots = [...new Set([...kept, ...extra])].sort((a, b) => b.length - a.length);
  }

  get all(): readonly string[] {
    return this.roots;
  }

  /** The innermost folder containing the document, if any. */
  rootOf(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    return this.roots.find((root) => file === root || file.startsWith(root + path.sep));
  }

  /** Path the engine sees: relative to the folder with `/` separators, or absolute outside folders. */
  enginePath(uri: string): string {
    const file = uriToPath(uri);
    if (!file) return decodeURIComponent(uri.replace(/^[a-z-]+:\/*/i, ''));
    const root = this.rootOf(uri);
    const relative = root ? path.relative(root, file) : file;
    return relative.split(path.sep).join('/');
  }
}
