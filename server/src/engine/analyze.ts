import { classify, isCodeLanguage } from './classify';
import { excludedBy, isTestPath, normalize, vendoredPattern } from './guards/paths';
import type { Comment, SyntaxFacts } from './languages/facts';
import { specFor } from './languages/specs';
import { extractFacts } from './languages/extract';
import { ParseTimeout, TreeSitterHost } from './languages/treeSitter';
import { checkLimits } from './limits';
import { enabledRules } from './registry';
import type { Rule, RuleContext } from './rules/rule';
import type { Settings } from './settings';
import { applySuppressions, hashComments, xmlComments } from './suppressions';
import { envReadsOf } from './rules/shared/envReads';
import { comparePositions, LineIndex } from './text';
import type { AnalysisResult, CodeLanguage, Finding, Language, SkipReason, WorkspaceFacts } from './types';

export interface AnalyzeInput {
  /** Workspace-relative path with `/` separators; absolute for files outside a workspace. */
  path: string;
  text: string;
  settings: Settings;
  /** Editor language id, used only when the path does not tell the language (untitled files). */
  languageId?: string;
  /** Today, for suppression expiry; defaults to the current date. */
  now?: Date;
  /**
   * The file is ignored by git (a local `.env`): it cannot be committed, so it
   * is the right place for secrets and the secrets rules skip it.
   */
  gitIgnored?: boolean;
  /** Facts only the workspace knows (git state, env template); see `WorkspaceFacts`. */
  workspace?: WorkspaceFacts;
  /**
   * The text is an open document that will be analysed again after each edit:
   * its parse tree is kept (for large files, four at most) so the next version is parsed
   * incrementally. `forgetTree(path)` frees it when the document closes.
   */
  retainTree?: boolean;
}

export interface EngineOptions {
  /** Folder holding `tree-sitter.wasm` and the grammar `.wasm` files. */
  wasmDir: string;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, path: string, error: unknown) => void;
}

function skipped(language: Language | undefined, reason: SkipReason): AnalysisResult {
  return { language, findings: [], skipped: reason, suppressed: 0 };
}

/** Runs the enabled rules over one file: pure apart from lazily loading grammars. */
export class Engine {
  private readonly trees: TreeSitterHost;

  constructor(private readonly options: EngineOptions) {
    this.trees = new TreeSitterHost(options.wasmDir);
  }

  /** Frees the parse tree kept for an open document (see `AnalyzeInput.retainTree`). */
  forgetTree(path: string): void {
    this.trees.forget(normalize(path));
  }

  get loadedGrammars(): CodeLanguage[] {
    return this.trees.loadedLanguages;
  }

  /**
   * The environment variables a code file reads by a static name, with the
   * zero-based line of each first read, in source order. Empty for other files,
   * and for files the engine would skip (vendored, excluded, too large).
   */
  async envReads(input: Pick<AnalyzeInput, 'path' | 'text' | 'settings' | 'languageId'>): Promise<{ name: string; line: number }[]> {
    const path = normalize(input.path);
    const { settings, text } = input;
    const language = classify(path, text, input.languageId);
    if (!isCodeLanguage(language) || !settings.enable || vendoredPattern(path) || excludedBy(path, settings.exclude) || checkLimits(text, settings.maxFileSize)) return [];
    if (!/env|ENV|getenv|Getenv|GetEnvironmentVariable/.test(text)) return [];
    const index = new LineIndex(text);
    try {
      return await this.trees.withTree(language, text, (parsed) => {
        const facts = extractFacts(language, specFor(language), parsed, text, index);
        const seen = new Set<string>();
        const reads: { name: string; line: number }[] = [];
        for (const read of envReadsOf(facts, text)) {
          if (seen.has(read.name)) continue;
          seen.add(read.name);
          reads.push({ name: read.name, line: index.positionAt(read.nameSpan.start).line });
        }
        return reads;
      });
    } catch (error) {
      if (error instanceof ParseTimeout) return [];
      throw error;
    }
  }

  async analyze(input: AnalyzeInput): Promise<AnalysisResult> {
    const path = normalize(input.path);
    const { settings, text } = input;
    const language = classify(path, text, input.languageId);
    if (!settings.enable) return skipped(language, { kind: 'disabled' });
    if (!language) return skipped(language, { kind: 'unsupported' });
    const vendored = vendoredPattern(path) ?? excludedBy(path, settings.exclude);
    if (vendored) return skipped(language, { kind: 'vendored', pattern: vendored });
    const limit = checkLimits(text, settings.maxFileSize);
    if (limit) return skipped(language, limit);

    const gitIgnored = input.gitIgnored === true || input.workspace?.git === 'ignored';
    const rules = enabledRules(language, settings).filter((r) => r.meta.prefilter.test(text) && !(gitIgnored && r.meta.category === 'secrets'));
    if (rules.length === 0) return { language, findings: [], suppressed: 0 };

    const index = new LineIndex(text);
    const base = { path, text, language, index, isTest: isTestPath(path, settings.testPaths), workspace: input.workspace ?? {} };
    try {
      if (isCodeLanguage(language)) {
        // Text-only rules first: most files hold no secret, and then need no parse at all.
        if (!rules.some((r) => r.meta.needsSyntax !== false)) {
          const quick = this.finish(rules, base, [], settings, input.now);
          if (quick.findings.length === 0) return quick;
        }
        return await this.trees.withTree(
          language,
          text,
          (parsed) => {
            const facts = extractFacts(language, specFor(language), parsed, text, index);
            return this.finish(rules, { ...base, facts }, facts.comments, settings, input.now);
          },
          input.retainTree ? path : undefined,
        );
      }
      const comments = language === 'xml' ? xmlComments(text, index) : hashComments(text, index);
      return this.finish(rules, base, comments, settings, input.now);
    } catch (error) {
      if (error instanceof ParseTimeout) return skipped(language, { kind: 'parseError', message: error.message });
      throw error;
    }
  }

  private finish(
    rules: Rule[],
    base: Omit<RuleContext, 'report' | 'facts'> & { facts?: SyntaxFacts },
    comments: readonly Comment[],
    settings: Settings,
    now = new Date(),
  ): AnalysisResult {
    const findings: Finding[] = [];
    for (const rule of rules) {
      const { meta } = rule;
      const configured = settings.rules[meta.id];
      const context: RuleContext = {
        ...base,
        report: (r) =>
          findings.push({
            ruleId: meta.id,
            severity: configured && configured !== 'off' ? configured : r.severity ?? meta.defaultSeverity,
            message: r.message,
            range: r.range,
            fixes: r.fixes ?? [],
            ...(r.related ? { related: r.related } : {}),
          }),
      };
      try {
        rule.check(context);
      } catch (error) {
        this.options.onRuleError?.(meta.id, base.path, error);
      }
    }
    const { kept, suppressed } = applySuppressions(findings, comments, now);
    kept.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId));
    return { language: base.language, findings: kept, suppressed };
  }
}
