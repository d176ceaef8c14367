import type { Settings } from '../engine/settings';
import { medianChangedLines, readDora } from './git';
import { NO_GIT, type ChecklistGit } from './report';

export interface ChecklistGitOptions {
  /** Git runs only for a trusted workspace: repository config (`core.fsmonitor`…) can start programs. */
  trusted: boolean;
  settings: Pick<Settings, 'dora'>;
  now: Date;
}

/** The git facts of the checklist: DORA over the configured window, and the 90-day batch size. */
export function checklistGit(options: ChecklistGitOptions): ChecklistGit {
  if (!options.trusted) return NO_GIT;
  const { dora } = options.settings;
  const { now } = options;
  return {
    async dora(root) {
      const read = await readDora(root, { trusted: true, deployTagPattern: dora.deployTagPattern, windowDays: dora.windowDays, fixPattern: dora.fixPattern, now });
      return read.dora ?? { unknown: (read.note ?? 'not computed.').replace(/^DORA metrics: /, '') };
    },
    async batch(root) {
      const size = await medianChangedLines(root, { trusted: true, days: 90, now });
      if (!size) return { unknown: 'The git history could not be read.' };
      if (size.median === null) return { unknown: 'No commit in the last 90 days.' };
      return { median: size.median, commits: size.commits };
    },
  };
}
