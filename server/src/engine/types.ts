/** Zero-based position; `character` counts UTF-16 code units, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/** Every file kind the engine can classify. Code kinds have a tree-sitter grammar. */
export type CodeLanguage =
  | 'javascript'
  | 'typescript'
  | 'tsx'
  | 'python'
  | 'go'
  | 'java'
  | 'csharp'
  | 'ruby'
  | 'php';

export type ConfigLanguage =
  | 'dotenv'
  | 'dockerfile'
  | 'compose'
  | 'kubernetes'
  | 'github-actions'
  | 'yaml'
  | 'json'
  | 'properties'
  /** XML configuration: logback, log4j2, NLog, log4net, web.config. */
  | 'xml'
  /** Any other text file: only the secrets rules read it. */
  | 'plaintext';

export type Language = CodeLanguage | ConfigLanguage;

export type Category =
  | 'secrets'
  | 'config'
  | 'backing'
  | 'processes'
  | 'port-binding'
  | 'concurrency'
  | 'disposability'
  | 'parity'
  | 'logs'
  | 'admin'
  | 'security';

/** A plain text replacement; ranges refer to the file the edit belongs to. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * Fix data carried by a finding (and by the LSP diagnostic's `data`).
 * `edit` fixes are complete local edits; `moveToEnv` needs the workspace's
 * .env files, which only the host can read, so it is planned at action time.
 */
export type FixData = EditFix | MoveToEnvFix | AppendToFileFix;

export interface EditFix {
  kind: 'edit';
  title: string;
  edits: TextEdit[];
  /** Safe to apply without looking, so `source.fixAll` may include it. */
  fixAll: boolean;
  preferred?: boolean;
}

export interface MoveToEnvFix {
  kind: 'moveToEnv';
  /** Range of the literal to replace, quotes included. */
  range: Range;
  /** The literal's value (unescaped). Never shown in titles or messages. */
  value: string;
  /** Suggested variable name, before de-duplication against .env files. */
  name: string;
  language: Language;
  /** Secrets never get a default anywhere; endpoints are not secrets. */
  secret: boolean;
  /** Edits the replacement needs elsewhere in the file (e.g. `import os`). */
  extraEdits: TextEdit[];
  /** The range is inside a template literal: insert `${accessor}`. */
  templateSubstitution?: boolean;
  /**
   * Replacement text when the language has no accessor expression (a Dockerfile
   * instruction, a Kubernetes `valueFrom`); `$NAME` stands for the final name.
   */
  replacement?: string;
  /** What the user must do after the fix (`kubectl create secret …`); `$NAME` stands for the final name. */
  afterNote?: string;
  /** For secrets: whose credential it is and how to rotate it, for the notes after the fix. */
  rotation?: { provider: string; url: string; steps: string };
}

/**
 * What the host knows about a file beyond its text: facts only the workspace
 * can tell (git, the env template). Absent facts are unknown, never false.
 */
export interface WorkspaceFacts {
  /** Git state of a `.env`-style file: in the index, matched by an ignore rule, or neither. */
  git?: 'tracked' | 'ignored' | 'untracked';
  /** The env template (`.env.example` …) nearest to a code file, between it and the workspace root. */
  envTemplate?: { label: string; keys: ReadonlySet<string> };
  /**
   * For an env template: its keys (upper-cased) that some other file below the
   * template's folder mentions, as an identifier (`API_URL`, `api_url`) or a
   * dotted name (`spring.datasource.url`). Absent when the folder could not be
   * read to the end.
   */
  referencedNames?: ReadonlySet<string>;
}

/**
 * Adds one entry to a workspace file the host locates: the repository's
 * `.gitignore`, or the env template nearest to the file (created when
 * missing). Nothing is written when the entry is already there.
 */
export interface AppendToFileFix {
  kind: 'appendToFile';
  title: string;
  target: 'gitignore' | 'envTemplate';
  /** A `.gitignore` pattern, or an env variable name. */
  entry: string;
  /** Lines to append: optional comments, then the entry's own line. */
  lines: string[];
}

export interface RelatedInfo {
  message: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: FixData[];
  related?: RelatedInfo[];
}

export interface Example {
  /** File name the example is analysed as; decides the language. */
  file: string;
  code: string;
  /** What the host would know about the file (git state, env template), for rules that read it. */
  workspace?: WorkspaceFacts;
}

export interface RuleMeta {
  id: string;
  title: string;
  category: Category;
  /** Twelve-Factor or security reference, e.g. "III. Config" or "CWE-798". */
  reference: string;
  /** One or two sentences: why this matters, in our words. */
  rationale: string;
  defaultSeverity: Severity;
  languages: readonly Language[];
  /** Path of the docs page, relative to the repository root. */
  docs: string;
  /** Cheap test on the raw text; a file that fails it is never parsed for this rule. */
  prefilter: RegExp;
  /**
   * False for rules that read only the text (the secret scanners): a code file
   * is parsed for them only once they found something, to build the fixes.
   */
  needsSyntax?: boolean;
  examples: { valid: Example[]; invalid: Example[] };
}

export type SkipReason =
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'minified' }
  | { kind: 'vendored'; pattern: string }
  | { kind: 'unsupported' }
  | { kind: 'disabled' }
  | { kind: 'parseError'; message: string };

export interface AnalysisResult {
  language: Language | undefined;
  findings: Finding[];
  skipped?: SkipReason;
  /** Findings hidden by suppression comments, for counts and the CLI summary. */
  suppressed: number;
}
