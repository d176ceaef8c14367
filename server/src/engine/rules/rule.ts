import type { SyntaxFacts } from '../languages/facts';
import type { LineIndex } from '../text';
import type { FixData, Language, RelatedInfo, Range, RuleMeta, Severity, WorkspaceFacts } from '../types';

/** What a rule's check receives. Facts are valid only during the check. */
export interface RuleContext {
  /** Workspace-relative path with `/` separators (absolute when outside a workspace). */
  path: string;
  text: string;
  language: Language;
  index: LineIndex;
  /** Present for code languages. */
  facts?: SyntaxFacts;
  /** The file is test code (built-in globs plus `factorguard.testPaths`). */
  isTest: boolean;
  /** What the host knows beyond the text (git state, env template); empty when it knows nothing. */
  workspace: WorkspaceFacts;
  report(finding: Report): void;
}

export interface Report {
  range: Range;
  message: string;
  /** Defaults to the rule's default severity. */
  severity?: Severity;
  fixes?: FixData[];
  related?: RelatedInfo[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

