// Marks a generator's LSP WorkspaceEdit for VS Code's refactor preview. The
// language client turns change annotations into WorkspaceEditEntryMetadata,
// and VS Code shows the preview when any entry needs confirmation.
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';

export const ANNOTATION_ID = 'factorguard.generate';

/**
 * A copy of `edit` whose every file operation and text edit carries one
 * annotation: `needsConfirmation` when the user should see the preview first.
 * File operation options (never overwrite) are kept as they are.
 */
export function annotateEdit(edit: WorkspaceEdit, label: string, description: string, needsConfirmation: boolean): WorkspaceEdit {
  const documentChanges = (edit.documentChanges ?? []).map((change) => {
    if ('kind' in change) return { ...change, annotationId: ANNOTATION_ID };
    return { ...change, edits: change.edits.map((e) => ({ ...e, annotationId: ANNOTATION_ID })) };
  });
  const changes = edit.changes
    ? Object.fromEntries(Object.entries(edit.changes).map(([uri, edits]) => [uri, edits.map((e) => ({ ...e, annotationId: ANNOTATION_ID }))]))
    : undefined;
  return {
    ...(edit.documentChanges && { documentChanges }),
    ...(changes && { changes }),
    changeAnnotations: { ...edit.changeAnnotations, [ANNOTATION_ID]: { label, description, needsConfirmation } },
  };
}

/** The URIs of the files the edit creates, in order. */
export function createdFiles(edit: WorkspaceEdit): string[] {
  return (edit.documentChanges ?? []).flatMap((c) => ('kind' in c && c.kind === 'create' ? [c.uri] : []));
}

/** The URIs the edit touches, in order, each once. */
export function touchedFiles(edit: WorkspaceEdit): string[] {
  const uris = (edit.documentChanges ?? []).map((c) => ('kind' in c ? (c.kind === 'rename' ? c.newUri : c.uri) : c.textDocument.uri));
  return [...new Set([...uris, ...Object.keys(edit.changes ?? {})])];
}
