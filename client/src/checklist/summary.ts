// What the tree view and the status bar item show, computed from a report.
// Pure, so the choice of items and the wording are unit-tested.
import { PILLARS, type ChecklistItem, type ChecklistReport } from '../../../server/src/checklist/types';
import { percent } from './html';
import { PILLAR_NAMES, statusLabel } from './render';

/** Items that need someone: failing ones, and manual ones nobody ticked yet. */
export function needsAttention(report: ChecklistReport): ChecklistItem[] {
  return report.items.filter((i) => i.status === 'fail' || (i.status === 'manual' && i.manual?.checked !== true));
}

export interface TreeEntry {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** `fail` or `todo`: picks the icon and the context value. */
  kind: 'fail' | 'todo';
  fixable: boolean;
}

/** One tree row per item that needs attention, in report order (grouped by pillar). */
export function treeEntries(report: ChecklistReport): TreeEntry[] {
  return needsAttention(report).map((item) => ({
    id: item.id,
    label: item.title,
    description: `${statusLabel(item)} · ${item.evidence}`,
    tooltip: `${statusLabel(item)} (${PILLAR_NAMES[item.pillar]}): ${item.title}\n\n${item.evidence}\n\n${item.why}${item.fix ? `\n\nFix: ${item.fix.title}` : ''}`,
    kind: item.status === 'fail' ? 'fail' : 'todo',
    fixable: item.fix !== undefined,
  }));
}

/** The status bar text: the overall score after the checklist icon. */
export function statusText(report: ChecklistReport): string {
  return `$(checklist) ${percent(report.score.overall)}`;
}

/** The status bar tooltip: the overall score and each pillar's, one per line. */
export function statusTooltip(report: ChecklistReport, folderName: string): string {
  const lines = [`FactorGuard checklist (${folderName}): ${percent(report.score.overall)}`, ...PILLARS.map((p) => `${PILLAR_NAMES[p]}: ${percent(report.score[p])}`)];
  const open = needsAttention(report).length;
  lines.push(open === 0 ? 'Nothing needs attention.' : `${open} item${open === 1 ? '' : 's'} need${open === 1 ? 's' : ''} attention.`);
  return lines.join('\n');
}
