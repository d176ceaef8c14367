import { entries, roots, scalarText, yamlOf } from '../../formats/yaml';
import { appConfigValues, type ConfigValue } from '../backing/appConfig';
import type { RuleContext } from '../rule';
import type { CorsHit } from './cors-wildcard-code';

/** Keys that list allowed origins: Nelmio `allow_origin`, Spring `allowed-origins` / `allowedOriginPatterns`, `AllowedOrigins`. */
const ORIGIN_KEY = /^(allow[-_]?origins?|allowed[-_]?origins?|allowed[-_]?origin[-_]?patterns|origins)$/i;
const CREDENTIALS_KEY = /^(allow[-_]?credentials|supports[-_]?credentials)$/i;
/** Regular expressions that match every origin, for Nelmio's `origin_regex: true`. */
const MATCH_ALL = /^\^?\.[*+]\$?$/;

/** One scalar setting of the file with its dotted path (booleans included, unlike `appConfigValues`). */
interface Setting {
  path: string;
  value: string;
}

function settingsOf(context: RuleContext, values: ConfigValue[]): Setting[] {
  if (context.language === 'properties') return values.map((v) => ({ path: v.path, value: v.value.trim() }));
  const out: Setting[] = [];
  for (const root of roots(yamlOf(context))) {
    for (const entry of entries(root)) {
      const value = scalarText(entry.value);
      if (value !== undefined) out.push({ path: entry.path.join('.'), value });
    }
  }
  return out;
}

function parentOf(path: string): string {
  return path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
}

/** The setting `key` of the block `parent` (`allow_credentials`, `origin_regex`), as text. */
function sibling(settings: Setting[], parent: string, key: RegExp): string | undefined {
  return settings.find((s) => parentOf(s.path) === parent && key.test(s.path.slice(s.path.lastIndexOf('.') + 1)))?.value;
}

/** A value under a CORS section: a `cors` key segment (`management.endpoints.web.cors`, `globalcors`, `Cors`) or Nelmio's root. */
function inCorsSection(path: string): boolean {
  return path.split('.').some((segment) => /cors/i.test(segment));
}

/** Nelmio's `paths` entries inherit `defaults`; other blocks stand alone. */
function credentialsFor(settings: Setting[], parent: string): boolean {
  const own = sibling(settings, parent, CREDENTIALS_KEY);
  if (own !== undefined) return own === 'true';
  return /^nelmio_cors\.paths\./.test(parent) && sibling(settings, 'nelmio_cors.defaults', CREDENTIALS_KEY) === 'true';
}

/**
 * `allow_origin: ['*']` in Symfony's `nelmio_cors.yaml`, Spring `management.endpoints.web.cors.allowed-origins=*`
 * or a gateway's `globalcors` `allowedOrigins: "*"`, an appsettings `Cors:AllowedOrigins` with `"*"`.
 */
export function configCorsHits(context: RuleContext): CorsHit[] {
  const values = appConfigValues(context);
  if (values.length === 0) return [];
  const settings = settingsOf(context, values);
  const hits: CorsHit[] = [];
  for (const value of values) {
    const parent = parentOf(value.path);
    if (!ORIGIN_KEY.test(value.key) || !inCorsSection(parent)) continue;
    const regex = sibling(settings, parent, /^origin_regex$/) === 'true';
    const listed = context.language === 'properties' ? value.value.split(',').map((v) => v.trim()) : [value.value.trim()];
    if (!listed.some((v) => v === '*' || (regex && MATCH_ALL.test(v)))) continue;
    const credentials = credentialsFor(settings, parent);
    hits.push({ start: value.start, range: value.range, api: `\`${value.key}\` set to "${listed.find((v) => v === '*') ?? value.value.trim()}"`, credentials, reflected: credentials && /^nelmio_cors\./.test(parent) });
  }
  return hits;
}
