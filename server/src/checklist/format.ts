import { PILLARS, type ChecklistItem, type ChecklistReport, type DoraReport, type Pillar, type ToilReport } from './types';

export const PILLAR_NAMES: Record<Pillar, string> = { culture: 'Culture', automation: 'Automation', lean: 'Lean', measurement: 'Measurement', sharing: 'Sharing' };

export function percent(score: number | null): string {
  return score === null ? 'n/a' : `${Math.round(score * 100)}%`;
}

function hours(h: number | null): string {
  if (h === null) return 'n/a';
  if (h < 1) return `${Math.round(h * 60)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} days`;
}

/** What a person reads for an item's state: the detected status, or the tick for manual items; never colour alone. */
export function statusLabel(item: ChecklistItem): 'PASS' | 'FAIL' | 'TODO' | 'DONE' | 'N/A' {
  switch (item.status) {
    case 'pass':
      return 'PASS';
    case 'fail':
      return 'FAIL';
    case 'na':
      return 'N/A';
    case 'manual':
      return item.manual?.checked ? 'DONE' : 'TODO';
  }
}

function emoji(item: ChecklistItem): string {
  switch (item.status) {
    case 'pass':
      return '✅';
    case 'fail':
      return '❌';
    case 'na':
      return '➖';
    case 'manual':
      return item.manual?.checked ? '☑️' : '⬜';
  }
}

export function toilSentence(toil: ToilReport): string {
  if (toil.entries.length === 0) return `No toil logged yet (team time: ${toil.teamHoursPerWeek} h/week).`;
  const share = `${Math.round(toil.share * 100)}%`;
  const verdict = toil.overBudget ? 'over the 50% budget: automate before adding features' : 'within the 50% budget';
  return `${toil.hoursPerWeek} h/week of toil (${toil.automatableHoursPerWeek} h automatable) against ${toil.teamHoursPerWeek} h of team time: ${share}, ${verdict}.`;
}

export function doraSentence(dora: DoraReport | null, notes: readonly string[]): string {
  if (!dora) return notes.find((n) => n.startsWith('DORA: '))?.slice(6) ?? 'Not computed.';
  const parts = [
    `${dora.deployments} deployment${dora.deployments === 1 ? '' : 's'} in ${dora.window.days} days (${dora.deploymentsPerWeek.toFixed(2)}/week)`,
    `lead time median ${hours(dora.leadTimeHours.median)}`,
    `change failure rate ${dora.changeFailureRate === null ? 'n/a' : `${Math.round(dora.changeFailureRate * 100)}%`}`,
    `time to restore median ${hours(dora.timeToRestoreHours.median)}`,
  ];
  return `${parts.join('; ')}; level: ${dora.level ?? 'n/a'}.`;
}

export function formatChecklistText(report: ChecklistReport): string {
  const lines = [`FactorGuard checklist for ${report.root}: ${percent(report.score.overall)}`, ''];
  for (const pillar of PILLARS) {
    const items = report.items.filter((i) => i.pillar === pillar);
    if (items.length === 0) continue;
    lines.push(`${PILLAR_NAMES[pillar]} ${percent(report.score[pillar])}`);
    for (const item of items) {
      lines.push(`  ${statusLabel(item).padEnd(4)}  ${item.id}  ${item.title}`);
      lines.push(`        ${item.evidence}`);
      if (item.manual?.note) lines.push(`        Note: ${item.manual.note}`);
      if (item.fix) lines.push(`        Fix in VS Code: ${item.fix.title}`);
    }
    lines.push('');
  }
  lines.push(`Toil: ${toilSentence(report.toil)}`);
  for (const s of report.toil.suggestions.slice(0, 5)) lines.push(`  Possible toil: ${s.task} (${s.evidence})`);
  if (report.toil.suggestions.length > 5) lines.push(`  …and ${report.toil.suggestions.length - 5} more`);
  lines.push(`DORA: ${doraSentence(report.dora, report.notes)}`);
  if (report.dora) for (const sentence of Object.values(report.dora.method)) lines.push(`  ${sentence}`);
  const other = report.notes.filter((n) => !n.startsWith('DORA: '));
  if (other.length > 0) lines.push('', ...other.map((n) => `Note: ${n}`));
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function formatChecklistMarkdown(report: ChecklistReport): string {
  const overall = percent(report.score.overall);
  const color = report.score.overall === null ? 'lightgrey' : report.score.overall >= 0.8 ? 'brightgreen' : report.score.overall >= 0.5 ? 'yellow' : 'red';
  const lines = [
    `## FactorGuard checklist: ${overall}`,
    '',
    `![FactorGuard checklist ${overall}](https://img.shields.io/badge/FactorGuard_checklist-${overall.replace('%', '%25').replace('/', '%2F')}-${color})`,
    '',
    '| Pillar | Score |',
    '|---|---|',
    ...PILLARS.map((p) => `| ${PILLAR_NAMES[p]} | ${percent(report.score[p])} |`),
    '',
    '| | Item | Evidence |',
    '|---|---|---|',
    ...report.items.map((i) => `| ${emoji(i)} | ${cell(i.title)} (\`${i.id}\`) | ${cell(i.evidence)}${i.manual?.note ? ` — ${cell(i.manual.note)}` : ''} |`),
    '',
    `**Toil:** ${toilSentence(report.toil)}`,
    '',
    `**DORA:** ${doraSentence(report.dora, report.notes)}`,
  ];
  const other = report.notes.filter((n) => !n.startsWith('DORA: '));
  if (other.length > 0) lines.push('', ...other.map((n) => `> ${cell(n)}`));
  return `${lines.join('\n')}\n`;
}

export function formatChecklistJson(report: ChecklistReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
