/**
 * Custom messages between the FactorGuard client and server. The client
 * bundle imports this file too, so it must stay free of server-only imports.
 */
import { NotificationType, RequestType, RequestType0, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ChecklistReport, GeneratorId, ToilEntry } from './checklist/types';

/** `workspace/executeCommand` commands the server implements (usable from any LSP client). */
export const ServerCommands = {
  /** Scans every workspace folder; results arrive as workspace diagnostics. */
  scanWorkspace: 'factorguard.server.scanWorkspace',
  /** Shows the notes a fix left (a tracked .env, a secret to rotate). Arguments: string[]. */
  showNotes: 'factorguard.server.showNotes',
} as const;

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface FileStatus {
  uri: string;
  counts: SeverityCounts;
  suppressed: number;
  /** ISO time of the analysis. */
  analyzedAt: string;
  /** Why the file was not analysed, when it was not. */
  skipped?: string;
}

export interface ScanSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  durationMs: number;
}

export interface RuleInfo {
  id: string;
  title: string;
  category: string;
  reference: string;
  /** Docs page, relative to the extension root. */
  docs: string;
}

export namespace StatusNotification {
  export const type = new NotificationType<FileStatus>('factorguard/status');
}

export namespace ScanFinishedNotification {
  export const type = new NotificationType<ScanSummary>('factorguard/scanFinished');
}

export namespace ListRulesRequest {
  export const type = new RequestType0<RuleInfo[], void>('factorguard/listRules');
}

/** Which workspace folder a checklist request is about (its URI, as the client knows it). */
export interface ChecklistParams {
  folderUri: string;
}

export interface ChecklistReportParams extends ChecklistParams {
  /**
   * Build the report again instead of answering from the cache. The client
   * sets it after it changed files itself, since the file watcher's
   * notification may still be on its way.
   */
  fresh?: boolean;
}

/** The folder's checklist: items, scores, toil and DORA (see `checklist/types.ts`). */
export namespace ChecklistRequest {
  export const type = new RequestType<ChecklistReportParams, ChecklistReport, void>('factorguard/checklist');
}

/** The result of a change to `.factorguard/checklist.json`. */
export type ChecklistWriteResult = { ok: true; backup?: string } | { ok: false; error: string };

export interface ChecklistTickParams extends ChecklistParams {
  id: string;
  checked: boolean;
  /** A new note; undefined keeps the current one, '' removes it. */
  note?: string;
}

/** Ticks or unticks an item by hand (saved in the state file, shared through git). */
export namespace ChecklistTickRequest {
  export const type = new RequestType<ChecklistTickParams, ChecklistWriteResult, void>('factorguard/checklistTick');
}

export interface ToilChangeParams extends ChecklistParams {
  /** `add` ignores `entry.id` and assigns one; `update` and `remove` find the entry by id. */
  action: 'add' | 'update' | 'remove';
  entry: ToilEntry;
}

/** Adds, changes or removes an entry of the toil log. */
export namespace ToilChangeRequest {
  export const type = new RequestType<ToilChangeParams, ChecklistWriteResult, void>('factorguard/toilChange');
}

export interface GenerateParams extends ChecklistParams {
  generator: GeneratorId;
}

/**
 * A generator's edit, for the client to preview and apply: files are created
 * only if missing (never overwritten), existing files are only appended to.
 */
export type GenerateResult = { ok: true; title: string; edit: WorkspaceEdit; summary: string; files: string[] } | { ok: false; reason: string };

export namespace GenerateRequest {
  export const type = new RequestType<GenerateParams, GenerateResult, void>('factorguard/generate');
}
