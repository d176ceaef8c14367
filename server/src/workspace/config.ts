import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, validateSettings, type Settings } from '../engine/settings';

export interface LoadedConfig {
  /** The valid entries of the file; empty when there is no file or it could not be used. */
  settings: Partial<Settings>;
  /** One line each, without the file name (callers prefix it). */
  errors: string[];
  /** Absolute path of the file that was read or named; absent when the default file does not exist. */
  path?: string;
  /** The file exists or was named but could not be read or parsed at all, so nothing from it applies. */
  failed: boolean;
}

/** Config files are a few hundred bytes; anything this big is not one, and is not read into memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'file not found';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `could not be read (${code ?? (error as Error | undefined)?.message ?? String(error)})`;
  }
}

/** Turns `… at position 42` into a line and column, which is what people look for in a file. */
function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(message);
  if (!match) return `not valid JSON: ${message}`;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')} (line ${line}, column ${column})`;
}

function failure(file: string, message: string): LoadedConfig {
  return { settings: {}, errors: [message], path: file, failed: true };
}

/** Reads the file as text, refusing anything that is not a reasonably small regular file. */
async function readText(file: string): Promise<string> {
  const stat = await fsp.stat(file);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > MAX_CONFIG_BYTES) throw new Error(`${stat.size} bytes is too large for a settings file`);
  return fsp.readFile(file, 'utf8');
}

/**
 * Loads `.factorguard.json` from `root`, or `explicitPath` (relative to
 * `root`) when given. A missing default file is not an error; a missing
 * explicit one is. Never throws: problems come back in `errors`, and
 * `failed` says whether the file was unusable as a whole (unreadable, not
 * JSON, not an object) rather than having some invalid entries.
 */
export async function loadConfig(root: string, explicitPath?: string): Promise<LoadedConfig> {
  const file = path.resolve(root, explicitPath ?? CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicitPath === undefined && (code === 'ENOENT' || code === 'ENOTDIR')) return { settings: {}, errors: [], failed: false };
    return failure(file, readError(error));
  }
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return failure(file, describeSyntaxError(body, error));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return failure(file, 'settings must be a JSON object');
  const { settings, errors } = validateSettings(raw);
  return { settings, errors, path: file, failed: false };
}
