import * as path from 'node:path';
import type { Engine } from '../engine/analyze';
import { classify, isCodeLanguage } from '../engine/classify';
import { readDotenvEntries } from '../engine/formats/dotenv';
import type { Settings } from '../engine/settings';
import { ENV_TEMPLATE_NAMES } from '../workspace/facts';
import { createIgnoreMatcher } from '../workspace/files';
import { findGitRoot, isTrackedByGit } from '../workspace/gitIndex';
import { isPlatformName } from '../engine/rules/config/undocumented-env-var';
import { detectItems, NOT_PRODUCT, type DetectorFacts } from './detectors';
import { Inventory } from './inventory';
import { readState, type StateRead } from './state';
import { suggestToil, toilBudget } from './toil';
import { PILLARS, type ChecklistItem, type ChecklistReport, type ChecklistScore, type DoraReport } from './types';

/** Git facts, which only a trusted workspace may compute (repository config can run code). */
export interface ChecklistGit {
  dora(root: string): Promise<DoraReport | { unknown: string }>;
  batch(root: string): Promise<{ median: number; commits: number } | { unknown: string }>;
}

/** For untrusted workspaces and hosts without git: nothing is run, and the items say why. */
export const NO_GIT: ChecklistGit = {
  dora: async () => ({ unknown: 'Git history is read only in a trusted workspace.' }),
  batch: async () => ({ unknown: 'Git history is read only in a trusted workspace.' }),
};

export interface ChecklistInput {
  root: string;
  engine: Engine;
  /** The folder's settings; the checklist reads `exclude`, `toil`, `checklist` (and the engine the rest). */
  settings: Settings;
  git: ChecklistGit;
  now?: Date;
  signal?: AbortSignal;
}

/** Code files whose env reads are collected; past this, the first ones stand for the workspace. */
const MAX_CODE_FILES = 5000;

/** Share of applicable items that pass (a ticked manual item passes); null when none applies. */
export function scoreOf(items: readonly ChecklistItem[]): ChecklistScore {
  const score = (list: readonly ChecklistItem[]): number | null => {
    const applicable = list.filter((i) => i.status !== 'na');
    if (applicable.length === 0) return null;
    const passed = applicable.filter((i) => i.status === 'pass' || (i.status === 'manual' && i.manual?.checked === true)).length;
    return Math.round((passed / applicable.length) * 1000) / 1000;
  };
  const byPillar = Object.fromEntries(PILLARS.map((p) => [p, score(items.filter((i) => i.pillar === p))])) as Omit<ChecklistScore, 'overall'>;
  return { ...byPillar, overall: score(items) };
}

export async function envReads(inv: Inventory, input: Pick<ChecklistInput, 'engine' | 'settings' | 'signal'>): Promise<Map<string, { path: string; line: number }>> {
  const reads = new Map<string, { path: string; line: number }>();
  const code = inv.files.filter((f) => isCodeLanguage(classify(f)) && !NOT_PRODUCT.test(f)).slice(0, MAX_CODE_FILES);
  for (const file of code) {
    input.signal?.throwIfAborted();
    const text = await inv.read(file);
    if (text === undefined) continue;
    const found = await input.engine.envReads({ path: file, text, settings: input.settings }).catch(() => []);
    // Variables the platform sets (PORT, NODE_ENV, CI…) are not the project's to document, as in config/undocumented-env-var.
    for (const read of found) if (!reads.has(read.name) && !isPlatformName(read.name)) reads.set(read.name, { path: file, line: read.line });
  }
  return reads;
}

async function rootTemplate(inv: Inventory): Promise<DetectorFacts['envTemplate']> {
  for (const name of ENV_TEMPLATE_NAMES) {
    if (!inv.files.includes(name)) continue;
    const text = await inv.read(name);
    if (text !== undefined) return { path: name, keys: new Set(readDotenvEntries(text).map((e) => e.key)) };
  }
  return undefined;
}

async function dotenvFacts(root: string): Promise<Pick<DetectorFacts, 'dotenvGit' | 'dotenvWouldBeIgnored'>> {
  const file = path.join(root, '.env');
  const ignored = createIgnoreMatcher(root)(file);
  const gitRoot = await findGitRoot(root, root).catch(() => undefined);
  const tracked = gitRoot ? await isTrackedByGit(file, gitRoot).catch(() => false) : false;
  const dotenvGit = tracked ? 'tracked' : ignored ? 'ignored' : gitRoot ? 'untracked' : undefined;
  return { dotenvGit, dotenvWouldBeIgnored: ignored };
}

/** The whole checklist of one workspace folder: items, scores, toil and DORA. */
export async function buildChecklist(input: ChecklistInput): Promise<ChecklistReport> {
  const now = input.now ?? new Date();
  const inv = await Inventory.of(input.root, input.settings.exclude, input.signal);
  const state: StateRead = await readState(input.root);
  const notes: string[] = [];
  if (state.kind !== 'ok') notes.push(`${state.problem}. Manual ticks and the toil log are not shown until it is fixed; the next change keeps it as a backup.`);
  if (inv.truncated) notes.push(`The workspace has more than ${inv.files.length} files; only the first ${inv.files.length} were looked at.`);
  const [doraResult, batch] = await Promise.all([input.git.dora(input.root), input.git.batch(input.root)]);
  const dora = 'unknown' in doraResult ? null : doraResult;
  if ('unknown' in doraResult) notes.push(`DORA: ${doraResult.unknown}`);
  const facts: DetectorFacts = {
    envReads: await envReads(inv, input),
    envTemplate: await rootTemplate(inv),
    ...(await dotenvFacts(input.root)),
    batch,
    smallBatchLines: input.settings.checklist.smallBatchLines,
    dora: dora ? { deployments: dora.deployments, level: dora.level } : { unknown: (doraResult as { unknown: string }).unknown },
  };
  const items = await detectItems(inv, facts);
  for (const item of items) {
    const tick = state.state.items[item.id];
    if (tick) item.manual = { checked: tick.checked, ...(tick.note !== undefined && { note: tick.note }), ...(tick.updated !== undefined && { updated: tick.updated }) };
  }
  const toil = toilBudget(state.state.toil, input.settings.toil.teamHoursPerWeek, await suggestToil(inv, state.state.toil));
  return { version: 1, root: input.root, generated: now.toISOString(), items, score: scoreOf(items), toil, dora, notes };
}
