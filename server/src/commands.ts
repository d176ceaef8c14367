import {
  CancellationTokenSource,
  WorkDoneProgressReporter as Reporters,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import type { ScanSummary } from './protocol';
import type { WorkspaceScan } from './workspaceScan';

export interface CommandRequest {
  token: CancellationToken;
  /** Progress tied to the client's `workDoneToken` (a null reporter when it sent none). */
  workDone?: WorkDoneProgressReporter;
}

/**
 * Runs the workspace scan with cancellable progress: the client's own
 * progress when it passed a token (VS Code's notification with a Cancel
 * button), otherwise server-created progress where the client supports it.
 */
export async function runScanCommand(connection: Connection, scan: WorkspaceScan, caps: ClientCapabilities, request: CommandRequest | undefined): Promise<ScanSummary> {
  const source = new CancellationTokenSource();
  // A request cancelled before it was dispatched carries a frozen token whose event never fires.
  if (request?.token.isCancellationRequested) source.cancel();
  request?.token.onCancellationRequested(() => source.cancel());
  let progress = request?.workDone && !Reporters.isNullInstance(request.workDone) ? request.workDone : undefined;
  if (!progress && caps.window?.workDoneProgress) {
    const serverProgress = await connection.window.createWorkDoneProgress();
    serverProgress.token.onCancellationRequested(() => source.cancel());
    progress = serverProgress;
  }
  try {
    return await scan.scan(progress ?? silentProgress, source.token);
  } finally {
    source.dispose();
  }
}

const silentProgress: WorkDoneProgressReporter = { begin() {}, report() {}, done() {} };

/** Shows what a fix left for the user to do, most important first. */
export async function showNotes(connection: Connection, args: unknown[] | undefined): Promise<void> {
  const notes = Array.isArray(args?.[0]) ? (args[0] as unknown[]).filter((n): n is string => typeof n === 'string') : [];
  for (const note of notes) void connection.window.showWarningMessage(`FactorGuard: ${note}`);
}
