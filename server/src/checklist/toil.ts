import { packageScripts } from './detectors';
import type { Inventory } from './inventory';
import type { ToilEntry, ToilReport, ToilSuggestion } from './types';

/** Google SRE: keep toil under half of each engineer's time. */
export const TOIL_BUDGET = 0.5;
const MAX_SUGGESTIONS = 20;

/** Prose that describes work done by hand, in READMEs, runbooks and docs. */
const MANUAL_PHRASES: [RegExp, string][] = [
  [/\bssh (?:in)?to\b/i, 'ssh into'],
  [/\bcopy\b.{0,80}\bto the (?:prod(?:uction)? |staging |remote |live |web )?servers?\b/i, 'copy … to the server'],
  [/\b(?:scp|rsync)\s+\S+\s+\S*@/i, 'copies files to a host'],
  [/\bmanually\b/i, 'manually'],
  [/\bby hand\b/i, 'by hand'],
];
/** Where procedures are written down: the README, runbooks, and deploy, release or operations docs (not reference docs). */
const DOCS = /^(readme|runbooks?|operations|ops|deploy(ing|ment)?|release|releasing|maintain(ing|ers)?|contributing)[^/]*\.(md|markdown|rst|txt|adoc)$|(^|\/)(runbooks?|playbooks?|ops|operations|deploy(ment)?s?|releas(e|ing))\/.*\.(md|markdown|rst|txt|adoc)$|^docs?\/[^/]*(runbook|playbook|deploy|release|operations|maintenance|on-?call)[^/]*\.(md|markdown|rst|txt|adoc)$/;
/** Package scripts that do a chore someone otherwise runs by hand. */
const CHORE_SCRIPT = /deploy|release|publish|migrat|seed|backup|restore|sync|upload|provision|rotate|invalidate|purge|reindex|import|export/i;
const CI_FILES = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|azure-pipelines\.ya?ml|jenkinsfile|\.circleci\/config\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/[^/]*\.ya?ml|\.drone\.ya?ml|\.travis\.ya?ml)$/;

/** Hours per week of the logged toil, and whether it is over half the team's time. */
export function toilBudget(entries: readonly ToilEntry[], teamHoursPerWeek: number, suggestions: ToilSuggestion[] = []): ToilReport {
  const hours = (e: ToilEntry) => (e.minutesEach * e.timesPerWeek) / 60;
  const hoursPerWeek = round(entries.reduce((sum, e) => sum + hours(e), 0));
  const automatableHoursPerWeek = round(entries.filter((e) => e.automatable).reduce((sum, e) => sum + hours(e), 0));
  const share = teamHoursPerWeek > 0 ? round(hoursPerWeek / teamHoursPerWeek, 3) : 0;
  return { entries: [...entries], hoursPerWeek, automatableHoursPerWeek, teamHoursPerWeek, share, overBudget: share > TOIL_BUDGET, suggestions };
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Toil the workspace's own docs and scripts point at, for the team to confirm and log. */
export async function suggestToil(inv: Inventory, logged: readonly ToilEntry[]): Promise<ToilSuggestion[]> {
  const suggestions: ToilSuggestion[] = [];
  const loggedTasks = logged.map((e) => e.task.toLowerCase());
  const known = (task: string) => loggedTasks.some((t) => t.includes(task.toLowerCase()) || task.toLowerCase().includes(t));
  for (const file of inv.find(DOCS).slice(0, 200)) {
    const text = await inv.read(file);
    if (text === undefined) continue;
    let fenced = false;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length && suggestions.length < MAX_SUGGESTIONS; i++) {
      const line = lines[i];
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      const phrase = MANUAL_PHRASES.find(([re]) => re.test(line));
      if (!phrase) continue;
      const task = summarize(line, fenced);
      if (!task || known(task)) continue;
      suggestions.push({ task, evidence: `${file}:${i + 1} says "${phrase[1]}"`, path: file, line: i });
    }
  }
  const ci = (await Promise.all(inv.find(CI_FILES).map((f) => inv.read(f)))).filter((t): t is string => t !== undefined).join('\n');
  for (const [name, command] of Object.entries(await packageScripts(inv))) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (!CHORE_SCRIPT.test(name) || /^(pre|post)/.test(name) || new RegExp(`\\b(run\\s+)?${escape(name)}\\b`).test(ci)) continue;
    const task = `Run "${name}" (${command.length > 60 ? `${command.slice(0, 57)}…` : command})`;
    if (known(name)) continue;
    suggestions.push({ task, evidence: `package.json script "${name}" is not run by any CI step`, path: 'package.json' });
  }
  return suggestions;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line as a task: markdown and list markers removed, trimmed to a readable length. */
function summarize(line: string, code: boolean): string | undefined {
  const text = line.replace(/^\s*(?:[-*+]|\d+[.)]|#+|>)\s*/, '').replace(/[`*_]/g, '').trim();
  if (text.length < 8) return undefined;
  const task = code ? `Run by hand: ${text}` : text;
  return task.length > 120 ? `${task.slice(0, 117)}…` : task;
}
