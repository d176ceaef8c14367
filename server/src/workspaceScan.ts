import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Analyzer } from './analyzer';
import { toDiagnostic } from './diagnostics';
import { describeSkip, formatBytes, type AnalysisResult, type Settings } from './engine';
import { ScanFinishedNotification, type ScanSummary } from './protocol';
import type { SettingsStore } from './settings';
import { walkFiles } from './workspace/files';
import { pathToUri, uriToPath, type WorkspaceFolders } from './workspaceFolders';

interface Report {
  resultId: string;
  diagnostics: Diagnostic[];
}

export interface ScanDeps {
  connection: Connection;
  folders: WorkspaceFolders;
  analyzer: Analyzer;
  settings: SettingsStore;
}

const decoder = new TextDecoder('utf-8');

/**
 * Results of the workspace scan, served through `workspace/diagnostic`: the
 * request is held open until something changes (LSP long polling), so files
 * that are not open show in the Problems panel and stay until they change or
 * are deleted.
 */
export class WorkspaceScan {
  private readonly reports = new Map<string, Report>();
  private waiters: (() => void)[] = [];
  private counter = 0;
  private running: { cancelled: boolean } | undefined;

  constructor(private readonly deps: ScanDeps) {}

  get hasResults(): boolean {
    return this.reports.size > 0;
  }

  private update(uri: string, diagnostics: Diagnostic[]): void {
    this.reports.set(uri, { resultId: `scan-${++this.counter}`, diagnostics });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Releases held requests (server shutdown). */
  dispose(): void {
    this.wake();
  }

  /** Reads and analyses one file from disk; unreadable or oversized files yield a skip reason. */
  private async analyzeFile(file: string, settings: Settings): Promise<AnalysisResult | string> {
    try {
      const stat = await fs.stat(file);
      if (stat.size > settings.maxFileSize) return `${formatBytes(stat.size)} is over the ${formatBytes(settings.maxFileSize)} limit`;
      const text = decoder.decode(await fs.readFile(file));
      return await this.deps.analyzer.analyzeText(pathToUri(file), text, undefined, settings);
    } catch (error) {
      return `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }

  private async filesExclude(rootUri: string): Promise<string[]> {
    try {
      const [raw] = await this.deps.connection.workspace.getConfiguration([{ scopeUri: rootUri, section: 'files.exclude' }]);
      return Object.entries((raw ?? {}) as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
    } catch {
      return [];
    }
  }

  private async collect(state: { cancelled: boolean }): Promise<{ file: string; settings: Settings }[]> {
    const files: { file: string; settings: Settings }[] = [];
    for (const root of this.deps.folders.all) {
      const rootUri = pathToUri(root);
      const settings = await this.deps.settings.get(rootUri);
      const exclude = [...settings.exclude, ...(await this.filesExclude(rootUri))];
      const onError = (dir: string, error: Error) => this.deps.connection.console.warn(`Scan skipped ${dir}: ${error.message}`);
      for await (const file of walkFiles(root, { exclude, onError })) {
        if (state.cancelled) return files;
        files.push({ file, settings });
      }
    }
    return files;
  }

  /** Scans every workspace folder; a new scan cancels the running one. */
  async scan(progress: WorkDoneProgressReporter, token: CancellationToken): Promise<ScanSummary> {
    if (this.running) this.running.cancelled = true;
    const state = { cancelled: false };
    this.running = state;
    const cancelled = () => state.cancelled || token.isCancellationRequested;
    const started = Date.now();
    progress.begin('FactorGuard: scanning workspace', 0, 'listing files…', true);
    const files = await this.collect(state);
    const summary: ScanSummary = { files: 0, findings: 0, skipped: 0, cancelled: false, durationMs: 0 };
    let lastReport = 0;
    for (const { file, settings } of files) {
      if (cancelled()) break;
      const uri = pathToUri(file);
      const result = await this.analyzeFile(file, settings);
      summary.files++;
      if (typeof result === 'string' || result.skipped) {
        summary.skipped++;
        if (typeof result === 'string' || result.skipped?.kind !== 'unsupported') {
          this.deps.connection.console.log(`Scan: ${path.relative(this.deps.folders.rootOf(uri) ?? '', file)} ${typeof result === 'string' ? result : describeSkip(result.skipped!)}`);
        }
      }
      const findings = typeof result === 'string' ? [] : result.findings;
      summary.findings += findings.length;
      if (findings.length > 0 || this.reports.has(uri)) this.update(uri, findings.map((f) => toDiagnostic(f, uri)));
      if (Date.now() - lastReport > 250) {
        lastReport = Date.now();
        progress.report(Math.round((summary.files / Math.max(files.length, 1)) * 100), `${summary.files}/${files.length} files`);
        this.wake();
      }
    }
    summary.cancelled = cancelled();
    summary.durationMs = Date.now() - started;
    if (this.running === state) this.running = undefined;
    progress.done();
    this.wake();
    void this.deps.connection.sendNotification(ScanFinishedNotification.type, summary);
    return summary;
  }

  /** A scanned file changed on disk or was closed: analyse it again from disk. */
  async refresh(uri: string): Promise<void> {
    if (!this.reports.has(uri)) return;
    const file = uriToPath(uri);
    if (!file) return;
    const settings = await this.deps.settings.get(uri);
    const result = await this.analyzeFile(file, settings);
    this.update(uri, typeof result === 'string' ? [] : result.findings.map((f) => toDiagnostic(f, uri)));
    this.wake();
  }

  /** A scanned file was deleted: its results go. */
  removed(uri: string): void {
    if (!this.reports.has(uri)) return;
    this.update(uri, []);
    this.wake();
  }


  private changedReports(previous: Map<string, string>): WorkspaceFullDocumentDiagnosticReport[] {
    const items: WorkspaceFullDocumentDiagnosticReport[] = [];
    for (const [uri, report] of this.reports) {
      if (previous.get(uri) === report.resultId) continue;
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: report.resultId, items: report.diagnostics });
    }
    return items;
  }

  /** `workspace/diagnostic`: answers with what changed since the client's result ids, or waits for a change. */
  async provide(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    for (;;) {
      const items = this.changedReports(previous);
      if (items.length > 0 || token.isCancellationRequested) return { items };
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        token.onCancellationRequested(() => resolve());
      });
    }
  }
}
