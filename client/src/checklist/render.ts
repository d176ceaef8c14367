// The panel's content as HTML text, built from a report. Pure (no vscode), so
// escaping and structure are unit-tested. Status is always spelled out
// (PASS/FAIL/TODO/DONE/N/A) and never carried by colour alone.
import { PILLAR_NAMES, statusLabel, toilSentence } from '../../../server/src/checklist/format';
import { PILLARS, type ChecklistItem, type ChecklistReport, type DoraLevel, type DoraReport, type Pillar, type ToilReport } from '../../../server/src/checklist/types';
import { trendChart, type TrendMetric } from './chart';
import { attrs, duration, esc, percent, time, trim } from './html';

export { PILLAR_NAMES, statusLabel };

export interface FolderChoice {
  uri: string;
  name: string;
}

export interface RenderContext {
  folders: readonly FolderChoice[];
  folderUri: string;
  /** `vscode.workspace.isTrusted`: git (and so DORA) runs only in a trusted workspace. */
  trusted: boolean;
}

/** The anchor of an item in the page, stable across refreshes (ids may hold `/`). */
export function itemAnchor(report: ChecklistReport, id: string): string {
  return `item-${report.items.findIndex((i) => i.id === id)}`;
}

/** The notes other than the DORA one, which the DORA section shows itself. */
function otherNotes(notes: readonly string[]): string[] {
  return notes.filter((n) => !n.startsWith('DORA: '));
}

function header(report: ChecklistReport, ctx: RenderContext): string {
  const picker =
    ctx.folders.length > 1
      ? `<p class="folder"><label for="folder">Workspace folder</label> <select id="folder" data-action="folder">${ctx.folders
          .map((f) => `<option ${attrs({ value: f.uri, selected: f.uri === ctx.folderUri })}>${esc(f.name)}</option>`)
          .join('')}</select></p>`
      : '';
  return [
    '<header>',
    '<h1>FactorGuard checklist</h1>',
    `<p class="overall">Overall score: <strong>${percent(report.score.overall)}</strong> <span class="muted">for ${esc(report.root)}, ${time(report.generated)}</span></p>`,
    picker,
    '<p><button type="button" data-action="refresh" class="secondary">Refresh</button></p>',
    '</header>',
  ].join('');
}

function notesSection(report: ChecklistReport): string {
  const notes = otherNotes(report.notes);
  if (notes.length === 0) return '';
  return `<section class="callout" aria-labelledby="notes-heading"><h2 id="notes-heading">Needs attention</h2><ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`;
}

function scoreTable(report: ChecklistReport): string {
  const rows = PILLARS.map((p) => `<tr><th scope="row"><a href="#pillar-${p}">${PILLAR_NAMES[p]}</a></th><td>${percent(report.score[p])}</td></tr>`);
  return `<table class="scores"><caption>Score by CALMS pillar</caption><thead><tr><th scope="col">Pillar</th><th scope="col">Score</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function evidence(item: ChecklistItem): string {
  if (!item.evidencePath) return `<p class="evidence"><span class="label">Evidence:</span> ${esc(item.evidence)}</p>`;
  const open = `<button type="button" class="link" ${attrs({ 'data-action': 'open', 'data-path': item.evidencePath, title: `Open ${item.evidencePath}` })}>${esc(item.evidence)}</button>`;
  return `<p class="evidence"><span class="label">Evidence:</span> ${open}</p>`;
}

function manualControls(item: ChecklistItem, anchor: string): string {
  const checked = item.manual?.checked === true;
  const note = item.manual?.note ?? '';
  const updated = item.manual?.updated ? ` <span class="muted">(changed ${esc(item.manual.updated)})</span>` : '';
  return [
    `<div class="manual">`,
    `<p><input type="checkbox" ${attrs({ id: `${anchor}-tick`, 'data-action': 'tick', 'data-id': item.id, checked })}> <label for="${anchor}-tick">Done: ${esc(item.title)}</label>${updated}</p>`,
    `<p class="note-row"><label for="${anchor}-note">Note</label> <input type="text" maxlength="2000" ${attrs({ id: `${anchor}-note`, value: note, 'data-note-for': item.id })}>`,
    ` <button type="button" class="secondary" ${attrs({ 'data-action': 'note', 'data-id': item.id })}>Save note</button></p>`,
    '</div>',
  ].join('');
}

function itemBlock(report: ChecklistReport, item: ChecklistItem): string {
  const anchor = itemAnchor(report, item.id);
  const label = statusLabel(item);
  const fix = item.fix
    ? `<p><button type="button" ${attrs({ 'data-action': 'fix', 'data-generator': item.fix.generator })}>Fix: ${esc(item.fix.title)}</button></p>`
    : '';
  const note = item.status !== 'manual' && item.manual?.note ? `<p class="evidence"><span class="label">Note:</span> ${esc(item.manual.note)}</p>` : '';
  return [
    `<li ${attrs({ id: anchor, class: `item status-${label.replace('/', '').toLowerCase()}`, tabindex: -1, 'data-item': item.id })}>`,
    `<h3><span class="badge">${label}</span> ${esc(item.title)} <span class="muted id">${esc(item.id)}</span></h3>`,
    evidence(item),
    note,
    `<p class="why">${esc(item.why)}</p>`,
    item.status === 'manual' ? manualControls(item, anchor) : '',
    fix,
    '</li>',
  ].join('');
}

function pillarSection(report: ChecklistReport, pillar: Pillar): string {
  const items = report.items.filter((i) => i.pillar === pillar);
  if (items.length === 0) return '';
  const heading = `<h2 id="pillar-${pillar}">${PILLAR_NAMES[pillar]} <span class="score">${percent(report.score[pillar])}</span></h2>`;
  return `<section class="pillar" aria-labelledby="pillar-${pillar}">${heading}<ul class="items">${items.map((i) => itemBlock(report, i)).join('')}</ul></section>`;
}

function toilRow(toil: ToilReport, index: number): string {
  const e = toil.entries[index];
  const id = `toil-${index}`;
  const name = e.task.length > 60 ? `${e.task.slice(0, 60)}…` : e.task;
  return [
    `<tr ${attrs({ 'data-toil-id': e.id })}>`,
    `<td><input type="text" maxlength="500" required ${attrs({ id: `${id}-task`, value: e.task, 'aria-label': `Task (entry ${index + 1})`, 'data-field': 'task' })}></td>`,
    `<td><input type="number" min="0" step="any" required ${attrs({ value: e.minutesEach, 'aria-label': `Minutes each: ${name}`, 'data-field': 'minutesEach' })}></td>`,
    `<td><input type="number" min="0" step="any" required ${attrs({ value: e.timesPerWeek, 'aria-label': `Times per week: ${name}`, 'data-field': 'timesPerWeek' })}></td>`,
    `<td><input type="checkbox" ${attrs({ checked: e.automatable, 'aria-label': `Automatable: ${name}`, 'data-field': 'automatable' })}> ${e.automatable ? 'yes' : 'no'}</td>`,
    `<td>${trim((e.minutesEach * e.timesPerWeek) / 60, 2)}</td>`,
    `<td class="actions"><button type="button" ${attrs({ 'data-action': 'toil-save', 'aria-label': `Save ${name}` })}>Save</button>`,
    ` <button type="button" class="secondary" ${attrs({ 'data-action': 'toil-remove', 'aria-label': `Remove ${name}` })}>Remove</button></td>`,
    '</tr>',
  ].join('');
}

function toilAddForm(): string {
  return [
    '<form id="toil-add" class="toil-add" aria-labelledby="toil-add-heading" novalidate>',
    '<h3 id="toil-add-heading">Add an entry</h3>',
    '<p><label for="toil-add-task">Task</label> <input type="text" id="toil-add-task" name="task" maxlength="500" required></p>',
    '<p><label for="toil-add-minutes">Minutes each</label> <input type="number" id="toil-add-minutes" name="minutesEach" min="0" step="any" required></p>',
    '<p><label for="toil-add-times">Times per week</label> <input type="number" id="toil-add-times" name="timesPerWeek" min="0" step="any" required></p>',
    '<p><input type="checkbox" id="toil-add-automatable" name="automatable"> <label for="toil-add-automatable">Automatable</label></p>',
    '<p><button type="submit">Add to log</button></p>',
    '</form>',
  ].join('');
}

function suggestions(toil: ToilReport): string {
  if (toil.suggestions.length === 0) return '';
  const items = toil.suggestions.map((s, i) => {
    const where = `${s.path}${s.line ? `:${s.line}` : ''}`;
    const open = `<button type="button" class="link" ${attrs({ 'data-action': 'open', 'data-path': s.path, 'data-line': s.line, title: `Open ${where}` })}>${esc(where)}</button>`;
    return `<li><strong>${esc(s.task)}</strong> <span class="muted">(${esc(s.evidence)})</span> ${open} <button type="button" class="secondary" ${attrs({ 'data-action': 'suggest', 'data-index': i, 'data-task': s.task })}>Add to log</button></li>`;
  });
  return `<h3>Possible toil found in the workspace</h3><ul class="suggestions">${items.join('')}</ul>`;
}

function toilSection(toil: ToilReport): string {
  const budget = toil.overBudget
    ? `<p class="budget over"><strong>Warning: over budget.</strong> ${esc(toilSentence(toil))}</p>`
    : `<p class="budget">${esc(toilSentence(toil))}</p>`;
  const head = '<thead><tr><th scope="col">Task</th><th scope="col">Minutes each</th><th scope="col">Times per week</th><th scope="col">Automatable</th><th scope="col">Hours per week</th><th scope="col">Actions</th></tr></thead>';
  const rows = toil.entries.map((_, i) => toilRow(toil, i)).join('');
  const table = toil.entries.length > 0 ? `<table class="toil"><caption>Toil log</caption>${head}<tbody>${rows}</tbody></table>` : '<p>The toil log is empty.</p>';
  return `<section aria-labelledby="toil-heading"><h2 id="toil-heading">Toil</h2>${budget}${table}${toilAddForm()}${suggestions(toil)}</section>`;
}

const METRICS: { key: TrendMetric; title: string }[] = [
  { key: 'deploymentFrequency', title: 'Deployment frequency' },
  { key: 'leadTime', title: 'Lead time for changes' },
  { key: 'changeFailureRate', title: 'Change failure rate' },
  { key: 'timeToRestore', title: 'Time to restore service' },
];

function levelName(level: DoraLevel | null): string {
  return level === null ? 'no level' : `level ${level[0].toUpperCase()}${level.slice(1)}`;
}

/** The headline value of a metric. */
export function doraValue(dora: DoraReport, metric: TrendMetric): string {
  switch (metric) {
    case 'deploymentFrequency':
      return `${trim(dora.deploymentsPerWeek, 2)} per week (${dora.deployments} in ${dora.window.days} days)`;
    case 'leadTime':
      return `median ${duration(dora.leadTimeHours.median)}`;
    case 'changeFailureRate':
      return percent(dora.changeFailureRate);
    case 'timeToRestore':
      return `median ${duration(dora.timeToRestoreHours.median)}`;
  }
}

function doraSection(report: ChecklistReport, ctx: RenderContext): string {
  const heading = '<h2 id="dora-heading">DORA metrics</h2>';
  const dora = report.dora;
  if (!dora) {
    const note = report.notes.find((n) => n.startsWith('DORA: '))?.slice(6) ?? 'They were not computed.';
    const trust = ctx.trusted ? '' : '<p>Git runs only in a trusted workspace. <button type="button" data-action="trust">Manage Workspace Trust</button></p>';
    return `<section aria-labelledby="dora-heading">${heading}<p class="callout">DORA metrics are not available: ${esc(note)}</p>${trust}</section>`;
  }
  const window = `<p>${time(dora.window.from, true)} to ${time(dora.window.to, true)} (${dora.window.days} days); overall: ${levelName(dora.level)}.</p>`;
  const metrics = METRICS.map(
    (m) =>
      `<li class="metric"><h3>${m.title}</h3><p class="value"><strong>${esc(doraValue(dora, m.key))}</strong>, ${levelName(dora.levels[m.key])}</p>${trendChart(m.title, m.key, dora.trend)}<p class="method">${esc(dora.method[m.key])}</p></li>`,
  );
  return `<section aria-labelledby="dora-heading">${heading}${window}<ul class="metrics">${metrics.join('')}</ul></section>`;
}

/** The panel's main content for a report. */
export function renderReport(report: ChecklistReport, ctx: RenderContext): string {
  return [header(report, ctx), notesSection(report), scoreTable(report), ...PILLARS.map((p) => pillarSection(report, p)), toilSection(report.toil), doraSection(report, ctx)].join('');
}

/** The panel's content while there is no report: loading, no folder, or an error. */
export function renderMessage(title: string, message: string): string {
  return `<header><h1>FactorGuard checklist</h1></header><p class="callout">${esc(title)}: ${esc(message)}</p><p><button type="button" data-action="refresh">Try again</button></p>`;
}

export interface ShellOptions {
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  body: string;
}

/** The whole webview document: strict CSP, one stylesheet and one script, both from the extension. */
export function renderShell(o: ShellOptions): string {
  const csp = `default-src 'none'; style-src ${o.cspSource} 'nonce-${o.nonce}'; script-src 'nonce-${o.nonce}'; img-src ${o.cspSource} data:`;
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" ${attrs({ href: o.styleUri, nonce: o.nonce })}>`,
    '<title>FactorGuard checklist</title></head><body>',
    '<div id="status" class="status" role="status" aria-live="polite"></div>',
    `<main id="content">${o.body}</main>`,
    `<script ${attrs({ nonce: o.nonce, src: o.scriptUri })}></script>`,
    '</body></html>',
  ].join('');
}
