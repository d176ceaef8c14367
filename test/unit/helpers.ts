import * as path from 'node:path';
import { Engine } from '../../server/src/engine/analyze';
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../../server/src/engine/settings';
import type { AnalysisResult } from '../../server/src/engine/types';

export const WASM_DIR = path.dirname(require.resolve('@vscode/tree-sitter-wasm'));

let shared: Engine | undefined;

/** One engine for the whole test process, as the server has. */
export function engine(): Engine {
  shared ??= new Engine({
    wasmDir: WASM_DIR,
    onRuleError: (ruleId, file, error) => {
      throw new Error(`${ruleId} threw on ${file}: ${String(error)}`);
    },
  });
  return shared;
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return mergeSettings(DEFAULT_SETTINGS, overrides);
}

export const FIXED_NOW = new Date('2026-06-15T12:00:00Z');

export function analyze(file: string, code: string, overrides: Partial<Settings> = {}): Promise<AnalysisResult> {
  return engine().analyze({ path: file, text: code, settings: settings(overrides), now: FIXED_NOW });
}

export async function ruleIds(file: string, code: string, overrides: Partial<Settings> = {}): Promise<string[]> {
  return (await analyze(file, code, overrides)).findings.map((f) => f.ruleId);
}
