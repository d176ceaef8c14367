import { attribute, xmlOf } from '../../formats/xml';
import { entries, rangeOf, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';
import { editFix, matchSpans, type Hit } from './defaults-facts';
import { envSettings } from './defaults-env';

const TRUTHY = /^(1|true|yes|on)$/i;

/** Variables that switch a framework into debug or development mode, and the values that do. */
const DEBUG_ENV: Readonly<Record<string, RegExp>> = {
  FLASK_DEBUG: TRUTHY,
  FLASK_ENV: /^development$/i,
  DJANGO_DEBUG: TRUTHY,
  DEBUG: TRUTHY,
  APP_DEBUG: TRUTHY,
  ASPNETCORE_ENVIRONMENT: /^development$/i,
  DOTNET_ENVIRONMENT: /^development$/i,
  NODE_ENV: /^(development|dev)$/i,
  RAILS_ENV: /^development$/i,
  RACK_ENV: /^development$/i,
  APP_ENV: /^(dev|development|local)$/i,
  GIN_MODE: /^debug$/i,
};

const OFF: Readonly<Record<string, string>> = { '1': '0', true: 'false', True: 'False', TRUE: 'FALSE', yes: 'no', on: 'off' };

/** A Dockerfile stage built for development (`FROM … AS dev`). */
const DEV_STAGE = /^(dev|development|debug|local|test|testing)$/i;

export interface ConfigHit extends Hit {
  /** The hit is in a development-only Dockerfile stage. */
  devStage?: boolean;
}

function envHits(context: RuleContext): ConfigHit[] {
  const hits: ConfigHit[] = [];
  for (const setting of envSettings(context)) {
    if (!DEBUG_ENV[setting.name]?.test(setting.value.trim())) continue;
    // Builder stages do not ship; only the last stage is the image that runs.
    if (setting.finalStage === false) continue;
    const start = context.index.offsetAt(setting.range.start);
    const fixes: EditFix[] = [];
    const off = OFF[setting.value.trim()];
    if (context.language === 'dotenv' && off) fixes.push(editFix(`Set ${setting.name}=${off}`, [{ range: setting.valueRange, newText: off }]));
    if (context.language === 'dockerfile' && setting.removal) fixes.push(editFix(`Remove ${setting.name} from the image`, [setting.removal]));
    hits.push({ start, range: setting.range, api: `${setting.name}=${setting.value.trim()}`, fixes, devStage: setting.stage !== undefined && DEV_STAGE.test(setting.stage) });
  }
  return hits;
}

/** Spring Boot keys that expose internals, with the value that does and its safe replacement. */
const SPRING_KEYS: Readonly<Record<string, [RegExp, string]>> = {
  debug: [/^true$/i, 'false'],
  trace: [/^true$/i, 'false'],
  'server.error.include-stacktrace': [/^always$/i, 'never'],
  'server.error.include-exception': [/^true$/i, 'false'],
};

const SPRING_FILE = /(^|\/)(application|bootstrap)([-.][\w-]+)?\.(properties|ya?ml)$/;

function springHit(context: RuleContext, key: string, value: string, start: number, end: number, valueStart: number, valueEnd: number): Hit | undefined {
  const known = SPRING_KEYS[key];
  if (!known || !known[0].test(value)) return undefined;
  const fix = editFix(`Set ${key} to ${known[1]}`, [{ range: context.index.range(valueStart, valueEnd), newText: known[1] }]);
  return { start, range: context.index.range(start, end), api: `${key}=${value}`, fixes: [fix] };
}

function propertiesHits(context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const { match, start } of matchSpans(/^[ \t]*([\w.-]+)[ \t]*[=:][ \t]*(\S+)[ \t]*$/gm, context.text)) {
    const valueStart = start + match[0].lastIndexOf(match[2]);
    const hit = springHit(context, match[1], match[2], start + match[0].indexOf(match[1]), valueStart + match[2].length, valueStart, valueStart + match[2].length);
    if (hit) hits.push(hit);
  }
  return hits;
}

function springYamlHits(context: RuleContext): Hit[] {
  const file = yamlOf(context);
  const hits: Hit[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      const value = scalarText(entry.value);
      const range = rangeOf(file, entry.value);
      const keyRange = rangeOf(file, entry.pair.key);
      if (value === undefined || !range || !keyRange) continue;
      const [start, end] = [context.index.offsetAt(keyRange.start), context.index.offsetAt(range.end)];
      const hit = springHit(context, entry.path.join('.'), value, start, end, context.index.offsetAt(range.start), end);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

/** ASP.NET `web.config`: debug compilation and detailed errors for every visitor (element, attribute, bad value, safe value). */
const WEB_CONFIG: readonly { element: string; attribute: string; value: RegExp; replacement: string }[] = [
  { element: 'compilation', attribute: 'debug', value: /^true$/i, replacement: 'false' },
  { element: 'customErrors', attribute: 'mode', value: /^Off$/i, replacement: 'RemoteOnly' },
];

function webConfigHits(context: RuleContext): Hit[] {
  if (!/(^|\/)web(\.[\w-]+)?\.config$/i.test(context.path)) return [];
  const hits: Hit[] = [];
  // The shared scanner skips comments, so commented-out elements never match.
  for (const element of xmlOf(context)) {
    const setting = WEB_CONFIG.find((s) => s.element.toLowerCase() === element.name.toLowerCase());
    const found = setting && attribute(element, setting.attribute);
    if (!setting || !found || !setting.value.test(found.value)) continue;
    const range = context.index.range(found.start, found.end);
    const replacement = `${found.name}="${setting.replacement}"`;
    const api = `<${setting.element} ${setting.attribute}="${found.value}">`;
    hits.push({ start: found.start, range, api, fixes: [editFix(`Use ${setting.attribute}="${setting.replacement}"`, [{ range, newText: replacement }])] });
  }
  return hits;
}

/** Every debug switch a config file sets. */
export function configHits(context: RuleContext): ConfigHit[] {
  switch (context.language) {
    case 'dotenv':
    case 'dockerfile':
    case 'compose':
    case 'kubernetes':
      return envHits(context);
    case 'properties':
      return SPRING_FILE.test(context.path) ? propertiesHits(context) : [];
    case 'yaml':
      return SPRING_FILE.test(context.path) ? springYamlHits(context) : [];
    case 'xml':
      return webConfigHits(context);
    default:
      return [];
  }
}
