import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeSkip, type AnalysisResult, type Engine, type Settings } from './engine';
import { StatusNotification, type SeverityCounts } from './protocol';
import type { SettingsStore } from './settings';
import type { WorkspaceFolders } from './workspaceFolders';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  result: AnalysisResult;
}

interface Entry {
  version: number;
  epoch: number;
  analysis: Promise<DocumentAnalysis>;
}

export function countSeverities(result: AnalysisResult): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return counts;
}

/**
 * Runs the engine for open documents (one analysis per document version,
 * shared by diagnostics, code actions and hover) and for files on disk.
 */
export class Analyzer {
  private readonly cache = new Map<string, Entry>();
  private epoch = 0;

  constructor(
    private readonly engine: Engine,
    private readonly settings: SettingsStore,
    private readonly folders: WorkspaceFolders,
    private readonly connection: Connection,
  ) {}

  /** Settings changed: every cached analysis is stale. */
  invalidate(): void {
    this.epoch++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  analyzeDocument(document: TextDocument): Promise<DocumentAnalysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.epoch === this.epoch) return cached.analysis;
    const { uri, version } = document;
    const analysis = this.analyzeText(uri, document.getText(), document.languageId).then((result) => {
      this.publishStatus(uri, result);
      return { uri, version, result };
    });
    this.cache.set(uri, { version, epoch: this.epoch, analysis });
    return analysis;
  }

  /**
   * Analyses any text; never rejects: an internal error becomes a skipped
   * result and a log line. The workspace scan passes its folder's settings,
   * so scanning does not ask the client for settings once per file.
   */
  async analyzeText(uri: string, text: string, languageId?: string, known?: Settings): Promise<AnalysisResult> {
    try {
      const settings = known ?? (await this.settings.get(uri));
      return await this.engine.analyze({ path: this.folders.enginePath(uri), text, settings, languageId });
    } catch (error) {
      this.connection.console.error(`Analysis of ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return { language: undefined, findings: [], suppressed: 0, skipped: { kind: 'parseError', message: 'internal error (see the FactorGuard output)' } };
    }
  }

  private publishStatus(uri: string, result: AnalysisResult): void {
    void this.connection.sendNotification(StatusNotification.type, {
      uri,
      counts: countSeverities(result),
      suppressed: result.suppressed,
      analyzedAt: new Date().toISOString(),
      ...(result.skipped ? { skipped: describeSkip(result.skipped) } : {}),
    });
  }
}
