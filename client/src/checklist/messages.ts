// The postMessage protocol between the panel's webview and the extension.
// Everything the webview sends is untrusted input: `parseMessage` checks its
// shape, `checkMessage` checks it against the report the panel shows.
import type { ChecklistReport, GeneratorId, ToilEntry } from '../../../server/src/checklist/types';
import { GENERATORS } from './generators';

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'trust' }
  | { type: 'folder'; folderUri: string }
  | { type: 'tick'; id: string; checked: boolean; note?: string }
  | { type: 'toil'; action: 'add' | 'update'; entry: ToilEntry }
  | { type: 'toil'; action: 'remove'; id: string }
  | { type: 'fix'; generator: GeneratorId }
  | { type: 'open'; path: string; line?: number };

/** Messages the extension sends to the webview. */
export type HostMessage =
  | { type: 'render'; html: string }
  /** `reset`: the id of a form to clear, once what it sent was saved. */
  | { type: 'status'; text: string; error?: boolean; reset?: string }
  | { type: 'focus'; anchor: string };

export const LIMITS = { id: 200, note: 2000, task: 500, path: 1000, minutes: 7 * 24 * 60, timesPerWeek: 10_000 } as const;

type Raw = Record<string, unknown>;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function amount(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max ? value : undefined;
}

function toilEntry(value: unknown): ToilEntry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const e = value as Raw;
  const id = text(e.id, LIMITS.id);
  const task = text(e.task, LIMITS.task)?.trim();
  const minutesEach = amount(e.minutesEach, LIMITS.minutes);
  const timesPerWeek = amount(e.timesPerWeek, LIMITS.timesPerWeek);
  if (id === undefined || !task || minutesEach === undefined || timesPerWeek === undefined || typeof e.automatable !== 'boolean') return undefined;
  return { id, task, minutesEach, timesPerWeek, automatable: e.automatable };
}

function tick(m: Raw): WebviewMessage | undefined {
  const id = text(m.id, LIMITS.id);
  if (!id || typeof m.checked !== 'boolean') return undefined;
  if (m.note === undefined) return { type: 'tick', id, checked: m.checked };
  const note = text(m.note, LIMITS.note);
  return note === undefined ? undefined : { type: 'tick', id, checked: m.checked, note };
}

function open(m: Raw): WebviewMessage | undefined {
  const path = text(m.path, LIMITS.path);
  if (!path) return undefined;
  if (m.line === undefined) return { type: 'open', path };
  const line = amount(m.line, 10_000_000);
  return line !== undefined && Number.isInteger(line) && line >= 1 ? { type: 'open', path, line } : undefined;
}

/** The message, when it has one of the known shapes with values in range; undefined otherwise. */
export function parseMessage(value: unknown): WebviewMessage | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const m = value as Raw;
  switch (m.type) {
    case 'ready':
    case 'refresh':
    case 'trust':
      return { type: m.type };
    case 'folder': {
      const folderUri = text(m.folderUri, LIMITS.path);
      return folderUri ? { type: 'folder', folderUri } : undefined;
    }
    case 'tick':
      return tick(m);
    case 'toil': {
      if (m.action === 'remove') {
        const id = text(m.id, LIMITS.id);
        return id ? { type: 'toil', action: 'remove', id } : undefined;
      }
      const entry = toilEntry(m.entry);
      return entry && (m.action === 'add' || m.action === 'update') ? { type: 'toil', action: m.action, entry } : undefined;
    }
    case 'fix':
      return GENERATORS.some((g) => g.id === m.generator) ? { type: 'fix', generator: m.generator as GeneratorId } : undefined;
    case 'open':
      return open(m);
    default:
      return undefined;
  }
}

/**
 * Why a well-formed message does not fit the report on screen (an item or an
 * entry that is not there, a file the report never named, a folder that is
 * not open); undefined when it fits.
 */
export function checkMessage(message: WebviewMessage, report: ChecklistReport | undefined, folderUris: readonly string[]): string | undefined {
  if (message.type === 'folder') return folderUris.includes(message.folderUri) ? undefined : 'That folder is not open in this window.';
  if (message.type === 'ready' || message.type === 'refresh' || message.type === 'trust') return undefined;
  if (!report) return 'The checklist is still loading.';
  switch (message.type) {
    case 'tick':
      return report.items.some((i) => i.id === message.id) ? undefined : `There is no checklist item ${message.id}.`;
    case 'toil':
      if (message.action === 'add') return undefined;
      const id = message.action === 'remove' ? message.id : message.entry.id;
      return report.toil.entries.some((e) => e.id === id) ? undefined : 'That toil entry is gone; the log was changed meanwhile.';
    case 'fix':
      return report.items.some((i) => i.fix?.generator === message.generator) ? undefined : 'No item of this checklist offers that fix.';
    case 'open': {
      const known = report.items.some((i) => i.evidencePath === message.path) || report.toil.suggestions.some((s) => s.path === message.path);
      return known ? undefined : 'The checklist does not name that file.';
    }
  }
}
