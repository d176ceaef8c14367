/**
 * Custom messages between the FactorGuard client and server. The client
 * bundle imports this file too, so it must stay free of server-only imports.
 */
import { NotificationType, RequestType0 } from 'vscode-languageserver-protocol';

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
