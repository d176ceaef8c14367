/**
 * The checklist's data model, shared by the server (custom request), the CLI
 * (`factorguard checklist`) and the client (panel, tree, status item). Plain
 * JSON: no classes, no Dates (ISO strings), so it crosses the protocol as is.
 */

/** CALMS: culture, automation, lean, measurement, sharing. */
export type Pillar = 'culture' | 'automation' | 'lean' | 'measurement' | 'sharing';
export const PILLARS: readonly Pillar[] = ['culture', 'automation', 'lean', 'measurement', 'sharing'];

/** `manual`: only a person can tell (ticked or not in the state file); `na`: does not apply to this workspace. */
export type ItemStatus = 'pass' | 'fail' | 'manual' | 'na';

/** A one-click fix: a generator the client runs (command palette id and arguments). */
export interface ItemFix {
  /** Generator id, e.g. `ciWorkflow`, `preCommitHook`, `envExample`, `gitignoreEnv`, `dependabot`, `postmortemTemplate`, `codeowners`. */
  generator: GeneratorId;
  title: string;
}

export type GeneratorId = 'ciWorkflow' | 'preCommitHook' | 'envExample' | 'gitignoreEnv' | 'dependabot' | 'postmortemTemplate' | 'codeowners';

export interface ChecklistItem {
  id: string;
  pillar: Pillar;
  title: string;
  status: ItemStatus;
  /** The file or git fact behind the status, in one line (`.github/workflows/ci.yml runs npm test`). */
  evidence: string;
  /** Why it matters, in one or two sentences of our own. */
  why: string;
  /** Workspace-relative path of the evidence file, when there is one (the panel links it). */
  evidencePath?: string;
  fix?: ItemFix;
  /** For manual items and items a person overrode: the tick and note from the state file. */
  manual?: { checked: boolean; note?: string; updated?: string };
}

/** Pillar scores and the overall score, 0..1; null when a pillar has no applicable item. */
export interface ChecklistScore {
  culture: number | null;
  automation: number | null;
  lean: number | null;
  measurement: number | null;
  sharing: number | null;
  overall: number | null;
}

/** One entry of the toil log, as the team records it. */
export interface ToilEntry {
  id: string;
  task: string;
  minutesEach: number;
  timesPerWeek: number;
  automatable: boolean;
}

/** Toil found in the workspace's own text, for the team to confirm and log. */
export interface ToilSuggestion {
  /** What to log (`Deploy by copying the build to the server`). */
  task: string;
  /** Why we think it is toil (`README.md:42 says "ssh into"`). */
  evidence: string;
  path: string;
  line?: number;
}

export interface ToilReport {
  entries: ToilEntry[];
  /** Sum of minutesEach × timesPerWeek / 60. */
  hoursPerWeek: number;
  /** Of which automatable. */
  automatableHoursPerWeek: number;
  /** `factorguard.toil.teamHoursPerWeek`: the team's engineering hours per week. */
  teamHoursPerWeek: number;
  /** hoursPerWeek / teamHoursPerWeek, 0..∞. */
  share: number;
  /** Google SRE's rule: toil above 50% of the time is over budget. */
  overBudget: boolean;
  suggestions: ToilSuggestion[];
}

export type DoraLevel = 'elite' | 'high' | 'medium' | 'low';

/** One week of the window, oldest first, for the per-metric trend charts. */
export interface DoraWeek {
  /** ISO date (YYYY-MM-DD) of the week's first day. */
  start: string;
  deployments: number;
  /** Median lead time of the commits first deployed that week, in hours. */
  leadTimeHours: number | null;
  /** Deployments made that week that were judged failed, and judged at all. */
  failed: number;
  judged: number;
  /** Median restore time of the failures restored that week, in hours. */
  timeToRestoreHours: number | null;
}

export interface DoraReport {
  /** Deployments (matching tags) within the window. */
  deployments: number;
  deploymentsPerWeek: number;
  leadTimeHours: { median: number | null };
  /** 0..1; null when no deployment could be judged. */
  changeFailureRate: number | null;
  timeToRestoreHours: { median: number | null };
  /** The lowest level any computable metric reaches; null when none is computable. */
  level: DoraLevel | null;
  /** Per-metric levels, for the panel. */
  levels: { deploymentFrequency: DoraLevel | null; leadTime: DoraLevel | null; changeFailureRate: DoraLevel | null; timeToRestore: DoraLevel | null };
  /** One sentence per metric saying how it was computed, with the settings used. */
  method: { deploymentFrequency: string; leadTime: string; changeFailureRate: string; timeToRestore: string };
  window: { from: string; to: string; days: number };
  trend: DoraWeek[];
}

export interface ChecklistReport {
  version: 1;
  /** Workspace folder the report is for (absolute path). */
  root: string;
  generated: string;
  items: ChecklistItem[];
  score: ChecklistScore;
  toil: ToilReport;
  /** null: no git repository, git unavailable, an untrusted workspace, or no deployment tag. */
  dora: DoraReport | null;
  /** Why DORA is null, or a problem with the state file, in one line each. */
  notes: string[];
}
