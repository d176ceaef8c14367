import { ciTexts } from './ci';
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
/** Scripts of the development loop and npm's lifecycle: run by people or npm on purpose, never toil. */
const LOOP_SCRIPT = /^(start|dev|develop|setup|bootstrap|init|serve|watch|preview|storybook|debug|repl|shell|console|clean|format|fmt|prepare|prepublish(only)?|prepack|postpack|install|postinstall|preinstall|version|help)(:|$)|^(pre|post)[a-z]|watch|:dev\b|\bdev:/i;
/** `npm run x`, `yarn x`, `pnpm run x`, `bun run x`: which package scripts a command runs. */
const SCRIPT_CALL = /\b(?:npm|pnpm|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)|\byarn\s+(?:run\s+)?([\w:.-]+)/g;

/** The package scripts CI runs, directly or through other scripts. */
function scriptsRunByCi(ciText: string, scripts: Record<string, string>): Set<string> {
  const run = new Set<string>();
  const queue = [ciText];
  while (queue.length > 0) {
    for (const m of queue.pop()!.matchAll(SCRIPT_CALL)) {
      const name = m[1] ?? m[2];
      if (name === undefined || run.has(name) || scripts[name] === undefined) continue;
      run.add(name);
      queue.push(scripts[name]);
    }
  }
  // `npm test` and `npm start` need no `run`; `npm ci`/`npm install` are not scripts.
  return run;
}

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
      const phrases = MANUAL_PHRASES.filter(([re]) => re.test(line));
      const phrase = phrases[0];
      // A line that quotes the phrases or lists several talks about toil; it is not a procedure.
      if (!phrase || phrases.length > 2 || isQuoted(line, phrase[0])) continue;
      const task = summarize(line, fenced);
      if (!task || known(task)) continue;
      suggestions.push({ task, evidence: `${file}:${i + 1} says "${phrase[1]}"`, path: file, line: i });
    }
  }
  const scripts = await packageScripts(inv);
  const ci = await ciTexts(inv);
  const run = scriptsRunByCi(ci.map((t) => t.text).join('\n'), scripts);
  for (const [name, command] of Object.entries(scripts)) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (LOOP_SCRIPT.test(name) || run.has(name) || known(name)) continue;
    const task = `Run "${name}" (${command.length > 60 ? `${command.slice(0, 57)}…` : command})`;
    suggestions.push({ task, evidence: `package.json script "${name}" is not run by any CI step`, path: 'package.json' });
  }
  return suggestions;
}

/** The phrase stands in quotes or backticks: it is named, not done. */
function isQuoted(line: string, re: RegExp): boolean {
  const m = re.exec(line);
  return m !== null && /["'`“‘]$/.test(line.slice(0, m.index).trimEnd().slice(-1)) && /^["'`”’]/.test(line.slice(m.index + m[0].length).trimStart());
}

/** The line as a task: markdown and list markers removed, trimmed to a readable length. */
function summarize(line: string, code: boolean): string | undefined {
  const text = line.replace(/^\s*(?:[-*+]|\d+[.)]|#+|>)\s*/, '').replace(/[`*_]/g, '').trim();
  if (text.length < 8) return undefined;
  const task = code ? `Run by hand: ${text}` : text;
  return task.length > 120 ? `${task.slice(0, 117)}…` : task;
}
