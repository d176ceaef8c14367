import {
  CreateFile,
  StringValue,
  TextDocumentEdit,
  type ClientCapabilities,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';

/** What the client can do with a WorkspaceEdit, read once from its capabilities. */
export interface EditCapabilities {
  documentChanges: boolean;
  createFiles: boolean;
  snippets: boolean;
}

export function editCapabilities(capabilities: ClientCapabilities): EditCapabilities {
  const edit = capabilities.workspace?.workspaceEdit;
  return {
    documentChanges: edit?.documentChanges === true,
    createFiles: edit?.resourceOperations?.includes('create') === true,
    snippets: (edit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
  };
}

export interface FileEdits {
  uri: string;
  /** Version of the open document, or null when the edit targets the file on disk. */
  version: number | null;
  /** The file does not exist yet and is created first (never overwriting). */
  create: boolean;
  edits: (TextEdit | SnippetTextEdit)[];
}

/**
 * One WorkspaceEdit for several files, so the client applies it as one
 * change that a single undo reverts. Returns undefined when the client
 * cannot express it (a file must be created but resource operations are
 * unsupported).
 */
export function workspaceEdit(files: FileEdits[], caps: EditCapabilities): WorkspaceEdit | undefined {
  if (caps.documentChanges) {
    if (files.some((f) => f.create) && !caps.createFiles) return undefined;
    const documentChanges: (TextDocumentEdit | CreateFile)[] = [];
    for (const file of files) {
      if (file.create) documentChanges.push(CreateFile.create(file.uri, { ignoreIfExists: true, overwrite: false }));
      documentChanges.push(TextDocumentEdit.create({ uri: file.uri, version: file.version }, file.edits));
    }
    return { documentChanges };
  }
  if (files.some((f) => f.create)) return undefined;
  const changes: Record<string, TextEdit[]> = {};
  for (const file of files) changes[file.uri] = file.edits.map(plainEdit);
  return { changes };
}

function plainEdit(edit: TextEdit | SnippetTextEdit): TextEdit {
  if ('newText' in edit) return edit;
  return { range: edit.range, newText: edit.snippet.value.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([$}\\])/g, '$1') };
}

/** Turns the reason placeholder of a suppression comment into a snippet tab stop. */
export function reasonSnippet(edit: TextEdit, placeholder: string): SnippetTextEdit {
  const escaped = edit.newText.replace(/[\\$}]/g, (c) => `\\${c}`);
  const marker = `-- ${placeholder}`;
  const at = escaped.lastIndexOf(marker);
  const value = at < 0 ? escaped : `${escaped.slice(0, at)}-- \${1:${placeholder}}${escaped.slice(at + marker.length)}`;
  return { range: edit.range, snippet: StringValue.createSnippet(value) };
}
