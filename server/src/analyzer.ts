import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classify, describeSkip, isEnvTemplateName, type AnalysisResult, type Engine, type Settings } from './engine';
import { WorkspaceFactsProvider } from './workspace/facts';
import { StatusNotification, type SeverityCounts } from './protocol';
import type { SettingsStore } from './settings';
import { BaselineStore, type Baseline } from './workspace/baseline';
import { uriToPath, type WorkspaceFolders } from './workspaceFolders';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  result: AnalysisResult;
}

interface Entry {
  version: number;
  epoch: number;
  /** The baseline the findings were filtered with: a re-read baseline is a new object. */
  baseline: Baseline | undefined;
  analysis: Promise<DocumentAnalysis>;
}

/** Where a folder's baseline is, if the settings name one. */
interface BaselineTarget {
  file: string;
  baseline: Baseline | undefined;
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
  /** `factorguard.baseline` files: findings they accept are not shown, in diagnostics and the workspace scan alike. */
  private readonly baselines: BaselineStore;
  /** Git state of env files and the nearest env template, read once and kept until an ignore or env file changes. */
  private readonly facts = new WorkspaceFactsProvider((file) => fsp.readFile(file, 'utf8').catch(() => undefined));

  constructor(
    private readonly engine: Engine,
    private readonly settings: SettingsStore,
    private readonly folders: WorkspaceFolders,
    private readonly connection: Connection,
  ) {
    this.baselines = new BaselineStore((file, message) => {
      this.connection.console.error(`Baseline ${file} not used, so every finding is shown: ${message}`);
      void this.connection.window.showWarningMessage(`FactorGuard: the baseline ${path.basename(file)} is not used (${message}); see the FactorGuard output.`);
    });
  }

  /** Settings or a baseline changed: every cached analysis is stale. */
  invalidate(): void {
    this.epoch++;
    this.cache.clear();
    this.baselines.clear();
    this.facts.clear();
  }

  /** A `.gitignore` (`ignoreFile`) or an env file changed: git state and env templates must be read again. */
  workspaceFactsChanged(ignoreFile = true): void {
    this.epoch++;
    this.cache.clear();
    if (ignoreFile) this.facts.clear();
    else this.facts.envFilesChanged();
  }

  /**
   * A file was created, changed or deleted on disk. Env templates are checked
   * against what the rest of the workspace mentions, so when that changed,
   * their cached analyses are dropped; true when diagnostics should be pulled again.
   */
  async fileChanged(uri: string, deleted: boolean): Promise<boolean> {
    const file = uriToPath(uri);
    const root = this.folders.rootOf(uri);
    if (!file || !root || !(await this.facts.fileChanged(file, root, deleted))) return false;
    for (const cached of this.cache.keys()) {
      if (isEnvTemplateName(path.posix.basename(cached))) this.cache.delete(cached);
    }
    return true;
  }

  /** Whether the file is a baseline in use (or asked for), so a change to it must refresh diagnostics. */
  isBaselineFile(uri: string): boolean {
    const file = uriToPath(uri);
    return file !== undefined && this.baselines.has(file);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.engine.forgetTree(this.folders.enginePath(uri));
  }

  async analyzeDocument(document: TextDocument): Promise<DocumentAnalysis> {
    const { uri, version, languageId } = document;
    const text = document.getText();
    const epoch = this.epoch;
    // Cheap when nothing changed (cached settings, a stat of the baseline at most once a second).
    const settings = await this.settings.get(uri);
    const target = await this.baselineFor(uri, settings);
    const cached = this.cache.get(uri);
    if (cached && cached.version === version && cached.epoch === epoch && cached.baseline === target?.baseline) return cached.analysis;
    const analysis = this.analyze(uri, text, languageId, settings, target, true).then((result) => {
      this.publishStatus(uri, result);
      return { uri, version, result };
    });
    this.cache.set(uri, { version, epoch, baseline: target?.baseline, analysis });
    return analysis;
  }

  /**
   * Analyses any text; never rejects: an internal error becomes a skipped
   * result and a log line. The workspace scan passes its folder's settings,
   * so scanning does not ask the client for settings once per file.
   */
  async analyzeText(uri: string, text: string, languageId?: string, known?: Settings): Promise<AnalysisResult> {
    const settings = known ?? (await this.settings.get(uri));
    return this.analyze(uri, text, languageId, settings, await this.baselineFor(uri, settings));
  }

  /** The folder's baseline, when `baseline` is set and the file is on disk in a folder; never rejects. */
  private async baselineFor(uri: string, settings: Settings): Promise<BaselineTarget | undefined> {
    const root = settings.baseline ? this.folders.rootOf(uri) : undefined;
    if (!root) return undefined;
    const file = path.resolve(root, settings.baseline);
    return { file, baseline: await this.baselines.get(file) };
  }

  /** `open`: an editor document, whose parse tree is kept for the next edit. */
  private async analyze(uri: string, text: string, languageId: string | undefined, settings: Settings, target: BaselineTarget | undefined, open = false): Promise<AnalysisResult> {
    try {
      const enginePath = this.folders.enginePath(uri);
      const file = uriToPath(uri);
      const workspace = file ? await this.facts.factsFor(file, this.folders.rootOf(uri), classify(enginePath, text, languageId), text) : {};
      const result = await this.engine.analyze({ path: enginePath, text, settings, languageId, workspace, retainTree: open });
      if (!target || !file || result.findings.length === 0) return result;
      // The baseline itself is a list of hashes: nothing in it is a finding.
      if (file === target.file) return { ...result, findings: [] };
      const accepted = target.baseline?.accepts(file, text, result.findings);
      return accepted ? { ...result, findings: result.findings.filter((_, i) => !accepted[i]) } : result;
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
