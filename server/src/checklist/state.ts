import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { ToilEntry } from './types';

/** Where manual ticks, notes and the toil log live, relative to the workspace folder: committable, so a team shares it. */
export const STATE_FILE = '.factorguard/checklist.json';
const MAX_STATE_BYTES = 1024 * 1024;

export interface ManualTick {
  checked: boolean;
  note?: string;
  /** ISO time of the last change. */
  updated?: string;
}

export interface ChecklistState {
  version: 1;
  items: Record<string, ManualTick>;
  toil: ToilEntry[];
}

export type StateRead =
  | { kind: 'ok'; state: ChecklistState; exists: boolean }
  /** The file exists but cannot be used: nothing from it applies, and it is never overwritten without a backup. */
  | { kind: 'corrupt'; state: ChecklistState; problem: string }
  | { kind: 'unreadable'; state: ChecklistState; problem: string };

export function emptyState(): ChecklistState {
  return { version: 1, items: {}, toil: [] };
}

/** Checks the parsed JSON field by field; the first problem is the error, with its path. */
export function validateState(value: unknown): { state: ChecklistState } | { problem: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'the top level is not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return { problem: `"version" is ${JSON.stringify(v.version)}, expected 1` };
  const items: Record<string, ManualTick> = {};
  const rawItems = v.items ?? {};
  if (typeof rawItems !== 'object' || Array.isArray(rawItems) || rawItems === null) return { problem: '"items" is not an object' };
  for (const [id, tick] of Object.entries(rawItems as Record<string, unknown>)) {
    if (!tick || typeof tick !== 'object' || Array.isArray(tick)) return { problem: `"items.${id}" is not an object` };
    const t = tick as Record<string, unknown>;
    if (typeof t.checked !== 'boolean') return { problem: `"items.${id}.checked" is not true or false` };
    if (t.note !== undefined && typeof t.note !== 'string') return { problem: `"items.${id}.note" is not a string` };
    if (t.updated !== undefined && typeof t.updated !== 'string') return { problem: `"items.${id}.updated" is not a string` };
    items[id] = { checked: t.checked, ...(t.note !== undefined && { note: t.note as string }), ...(t.updated !== undefined && { updated: t.updated as string }) };
  }
  const rawToil = v.toil ?? [];
  if (!Array.isArray(rawToil)) return { problem: '"toil" is not a list' };
  const toil: ToilEntry[] = [];
  for (const [i, entry] of rawToil.entries()) {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') return { problem: `"toil[${i}]" is not an object` };
    if (typeof e.task !== 'string' || e.task.trim() === '') return { problem: `"toil[${i}].task" is not a non-empty string` };
    for (const key of ['minutesEach', 'timesPerWeek'] as const) {
      if (typeof e[key] !== 'number' || !Number.isFinite(e[key]) || (e[key] as number) < 0) return { problem: `"toil[${i}].${key}" is not a number of 0 or more` };
    }
    if (typeof e.automatable !== 'boolean') return { problem: `"toil[${i}].automatable" is not true or false` };
    const id = typeof e.id === 'string' && e.id !== '' ? e.id : `toil-${i + 1}`;
    toil.push({ id, task: e.task, minutesEach: e.minutesEach as number, timesPerWeek: e.timesPerWeek as number, automatable: e.automatable });
  }
  return { state: { version: 1, items, toil } };
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  // A file cut short (an interrupted write, a bad merge) ends before the JSON does.
  const offset = at ? Number(at[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (offset === undefined) return `not valid JSON (${message})`;
  const before = text.slice(0, offset);
  return `not valid JSON at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Reads the state of the workspace folder `root`. Never throws: a bad file is reported, and an empty state used. */
export async function readState(root: string): Promise<StateRead> {
  const file = path.join(root, ...STATE_FILE.split('/'));
  let text: string;
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return { kind: 'unreadable', state: emptyState(), problem: `${STATE_FILE} is not a regular file` };
    if (stat.size > MAX_STATE_BYTES) return { kind: 'corrupt', state: emptyState(), problem: `${STATE_FILE} is ${stat.size} bytes, too large to be a checklist` };
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'ok', state: emptyState(), exists: false };
    return { kind: 'unreadable', state: emptyState(), problem: `${STATE_FILE} could not be read (${code ?? String(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', state: emptyState(), problem: `${STATE_FILE} is ${describeJsonError(text, error)}` };
  }
  const checked = validateState(parsed);
  if ('problem' in checked) return { kind: 'corrupt', state: emptyState(), problem: `${STATE_FILE}: ${checked.problem}` };
  return { kind: 'ok', state: checked.state, exists: true };
}

export type StateWrite = { ok: true; backup?: string } | { ok: false; error: string };

/**
 * Changes the state: reads the file again, applies `change` to what is there
 * now (so a teammate's ticks pulled meanwhile are kept), and replaces the file
 * atomically (a temporary file in the same folder, then a rename). A corrupt
 * file is first renamed to a timestamped backup, which the result names; an
 * unreadable one stops the write. Never throws.
 */
export async function updateState(root: string, change: (state: ChecklistState) => void, now = new Date()): Promise<StateWrite> {
  const file = path.join(root, ...STATE_FILE.split('/'));
  const current = await readState(root);
  if (current.kind === 'unreadable') return { ok: false, error: `${current.problem}; nothing was written.` };
  const state = current.state;
  try {
    change(state);
  } catch (error) {
    return { ok: false, error: `${error instanceof Error ? error.message : String(error)}; nothing was written.` };
  }
  // What is written must read back: a change with a bad value (a negative time, an empty task) is refused.
  const valid = validateState(JSON.parse(JSON.stringify(state)));
  if ('problem' in valid) return { ok: false, error: `${valid.problem}; nothing was written.` };
  const text = `${JSON.stringify(state, null, 2)}\n`;
  const dir = path.dirname(file);
  const temp = path.join(dir, `.checklist.json.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let backup: string | undefined;
  try {
    await fsp.mkdir(dir, { recursive: true });
    if (current.kind === 'corrupt') {
      backup = `${STATE_FILE}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
      await fsp.rename(file, path.join(root, ...backup.split('/')));
    }
    await fsp.writeFile(temp, text, { flag: 'wx' });
    await fsp.rename(temp, file);
    return backup ? { ok: true, backup } : { ok: true };
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EROFS' ? 'the workspace is read-only' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    return { ok: false, error: `${STATE_FILE} could not be written (${reason}); the checklist on disk is unchanged${backup ? `, and the unreadable file was kept as ${backup}` : ''}.` };
  }
}

/** Ticks or unticks a manual item, with an optional note (an empty note removes it). */
export function setTick(id: string, checked: boolean, note: string | undefined, now: Date): (state: ChecklistState) => void {
  return (state) => {
    const tick: ManualTick = { checked, updated: now.toISOString() };
    const kept = note ?? state.items[id]?.note;
    if (kept !== undefined && kept.trim() !== '') tick.note = kept;
    state.items[id] = tick;
  };
}
