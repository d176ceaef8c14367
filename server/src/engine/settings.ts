import { ruleById } from './registry';
import type { SeveritySetting } from './types';

/** The effective settings for one file: VS Code settings (or CLI flags) overlaid by `.factorguard.json`. */
export interface Settings {
  enable: boolean;
  /** Severity per rule id; missing ids use the rule's default. */
  rules: Record<string, SeveritySetting>;
  /** Extra minimatch globs, relative to the workspace root, never analysed. */
  exclude: string[];
  /** Extra globs of test code. */
  testPaths: string[];
  maxFileSize: number;
  envFile: string;
  envExampleFile: string;
  /** Baseline file of accepted findings, relative to the workspace folder (the CLI: the working directory); '' for none. */
  baseline: string;
  /** Checklist: the team's engineering hours per week, which the toil log is measured against. */
  toil: { teamHoursPerWeek: number };
  /** Checklist: the median changed lines per commit under which batches count as small. */
  checklist: { smallBatchLines: number };
  /** Checklist: how DORA metrics read the git history. */
  dora: { deployTagPattern: string; windowDays: number; fixPattern: string };
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: {},
  exclude: [],
  testPaths: [],
  maxFileSize: 1024 * 1024,
  envFile: '.env',
  envExampleFile: '.env.example',
  baseline: '',
  toil: Object.freeze({ teamHoursPerWeek: 40 }),
  checklist: Object.freeze({ smallBatchLines: 200 }),
  dora: Object.freeze({ deployTagPattern: 'v*', windowDays: 90, fixPattern: '^(hotfix|fix)(\\(.+\\))?!?:|^revert' }),
});

export const CONFIG_FILE_NAME = '.factorguard.json';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Overlays partial settings in order; later ones win, per rule for `rules`, by union for globs. */
export function mergeSettings(base: Settings, ...layers: Partial<Settings>[]): Settings {
  const out: Settings = {
    ...base,
    rules: { ...base.rules },
    exclude: [...base.exclude],
    testPaths: [...base.testPaths],
    toil: { ...base.toil },
    checklist: { ...base.checklist },
    dora: { ...base.dora },
  };
  for (const layer of layers) {
    if (layer.enable !== undefined) out.enable = layer.enable;
    if (layer.maxFileSize !== undefined) out.maxFileSize = layer.maxFileSize;
    if (layer.envFile) out.envFile = layer.envFile;
    if (layer.envExampleFile) out.envExampleFile = layer.envExampleFile;
    if (layer.baseline !== undefined) out.baseline = layer.baseline;
    if (layer.rules) Object.assign(out.rules, layer.rules);
    if (layer.exclude) out.exclude.push(...layer.exclude.filter((g) => !out.exclude.includes(g)));
    if (layer.testPaths) out.testPaths.push(...layer.testPaths.filter((g) => !out.testPaths.includes(g)));
    // Nested groups are partial in a layer: `{"dora": {"windowDays": 30}}` keeps the other DORA settings.
    if (layer.toil) Object.assign(out.toil, layer.toil);
    if (layer.checklist) Object.assign(out.checklist, layer.checklist);
    if (layer.dora) Object.assign(out.dora, layer.dora);
  }
  return out;
}

export interface ParsedSettings {
  settings: Partial<Settings>;
  errors: string[];
}

function stringArray(value: unknown, key: string, errors: string[]): string[] | undefined {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  errors.push(`"${key}" must be an array of glob strings`);
  return undefined;
}

function ruleMap(value: unknown, errors: string[]): Record<string, SeveritySetting> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push('"rules" must be an object of rule id to severity');
    return undefined;
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(value)) {
    if (!ruleById(id)) errors.push(`unknown rule "${id}"`);
    else if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    else errors.push(`rule "${id}": severity must be one of error, warning, info, hint, off`);
  }
  return rules;
}

/** Each nested setting: its check, and the sentence that says what it must be. */
const GROUPS: Record<'toil' | 'checklist' | 'dora', Record<string, [(v: unknown) => boolean, string]>> = {
  toil: { teamHoursPerWeek: [(v) => typeof v === 'number' && v > 0 && v <= 100_000, 'a number of hours above 0'] },
  checklist: { smallBatchLines: [(v) => typeof v === 'number' && Number.isInteger(v) && v >= 1, 'a whole number of lines, at least 1'] },
  dora: {
    deployTagPattern: [(v) => typeof v === 'string' && v.trim() !== '', 'a non-empty glob such as "v*"'],
    windowDays: [(v) => typeof v === 'number' && Number.isInteger(v) && v >= 7 && v <= 3650, 'a whole number of days from 7 to 3650'],
    fixPattern: [(v) => typeof v === 'string' && isRegExp(v), 'a valid regular expression'],
  },
};

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'i');
    return true;
  } catch {
    return false;
  }
}

/** A nested group such as `"dora": {"windowDays": 30}`: valid keys kept, the rest reported. */
function settingsGroup(group: keyof typeof GROUPS, value: unknown, errors: string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`"${group}" must be an object`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const spec = GROUPS[group][key];
    if (!spec) errors.push(`unknown setting "${group}.${key}"`);
    else if (spec[0](v)) out[key] = v;
    else errors.push(`"${group}.${key}" must be ${spec[1]}`);
  }
  return out;
}

/**
 * Validates raw settings (a parsed `.factorguard.json`, or the `factorguard`
 * section of VS Code settings). Invalid entries are dropped and reported; the
 * rest still applies.
 */
export function validateSettings(raw: unknown): ParsedSettings {
  const errors: string[] = [];
  const settings: Partial<Settings> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings, errors: ['settings must be a JSON object'] };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'enable':
        if (typeof value === 'boolean') settings.enable = value;
        else errors.push('"enable" must be true or false');
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && value >= 1024) settings.maxFileSize = value;
        else errors.push('"maxFileSize" must be a number of bytes, at least 1024');
        break;
      case 'envFile':
      case 'envExampleFile':
        if (typeof value === 'string' && value.length > 0 && !/[\\/]/.test(value)) settings[key] = value;
        else errors.push(`"${key}" must be a plain file name`);
        break;
      case 'baseline':
        if (typeof value === 'string' && !value.includes('\0')) settings.baseline = value.trim();
        else errors.push('"baseline" must be a file path relative to the workspace folder, or "" for none');
        break;
      case 'rules':
        settings.rules = ruleMap(value, errors);
        break;
      case 'exclude':
      case 'testPaths':
        settings[key] = stringArray(value, key, errors);
        break;
      case 'toil':
      case 'checklist':
      case 'dora': {
        const group = settingsGroup(key, value, errors);
        if (group) (settings as Record<string, unknown>)[key] = group;
        break;
      }
      default:
        errors.push(`unknown setting "${key}"`);
    }
  }
  return { settings, errors };
}

/** Parses the text of a `.factorguard.json`; a syntax error is reported, never thrown. */
export function parseConfigFile(text: string): ParsedSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { settings: {}, errors: [`${CONFIG_FILE_NAME} is not valid JSON: ${(error as Error).message}`] };
  }
  return validateSettings(raw);
}
