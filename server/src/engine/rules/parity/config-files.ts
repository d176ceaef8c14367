import { isAlias, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { at, child, rangeOf, roots, scalarText, yamlOf, type YamlFile } from '../../formats/yaml';
import type { Range } from '../../types';
import type { RuleContext } from '../rule';
import { EMBEDDED_FAMILIES, engineOfValue } from './engines';

/** A development engine that differs from the deploy's, with where each is set. */
export interface ConfigDivergence {
  range: Range;
  dev: string;
  prod: string;
  prodRange: Range;
  /** How the message names the two sides (`development`, `profile dev`). */
  devLabel: string;
  prodLabel: string;
}

/** A map's value by key, following `<<: *alias` merge keys as Rails' database.yml uses them. */
function lookup(doc: Document.Parsed, node: YamlNode | null | undefined, key: string, depth = 0): YamlNode | null | undefined {
  const own = child(node, key);
  if (own !== undefined || depth > 5 || !isMap(node)) return own;
  const merge = child(node, '<<');
  const sources = isSeq(merge) ? merge.items : [merge];
  for (const source of sources) {
    const target = isAlias(source) ? (source.resolve(doc) as YamlNode | undefined) : (source as YamlNode | undefined);
    const found = lookup(doc, target, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Rails `config/database.yml`: the `development` adapter against the `production` one. */
export function databaseYml(context: RuleContext): ConfigDivergence[] {
  if (!/(^|\/)config\/database\.ya?ml$/.test(context.path)) return [];
  const file = yamlOf(context);
  const doc = file.documents[0];
  const root = roots(file)[0];
  if (!doc || !root) return [];
  const dev = lookup(doc, lookup(doc, root, 'development'), 'adapter');
  const prod = lookup(doc, lookup(doc, root, 'production'), 'adapter');
  const devEngine = engineOfValue(scalarText(dev) ?? '');
  const prodEngine = engineOfValue(scalarText(prod) ?? '');
  const range = rangeOf(file, dev);
  const prodRange = rangeOf(file, prod);
  if (!devEngine || !prodEngine || devEngine.family === prodEngine.family || !range || !prodRange) return [];
  return [{ range, prodRange, dev: devEngine.family, prod: prodEngine.family, devLabel: 'development', prodLabel: 'production' }];
}

/** One Spring profile section: its profile (undefined for the default section) and datasource URL. */
interface Section {
  profile?: string;
  url: string;
  range: Range;
}

const DEV_PROFILE = /^(dev|development|local)([-_.\w]*)$/i;
const TEST_PROFILE = /^(test|tests|testing|it|integration[-\w]*)$/i;

function profileOfFile(path: string): string | undefined {
  return /(^|\/)application-([\w.-]+)\.(ya?ml|properties)$/.exec(path)?.[2];
}

function yamlSections(file: YamlFile, fileProfile: string | undefined): Section[] {
  const sections: Section[] = [];
  for (const root of roots(file)) {
    const profile = scalarText(at(root, 'spring', 'config', 'activate', 'on-profile')) ?? scalarText(at(root, 'spring', 'profiles')) ?? fileProfile;
    const node = at(root, 'spring', 'datasource', 'url') ?? at(root, 'spring', 'r2dbc', 'url');
    const url = scalarText(node);
    const range = rangeOf(file, node);
    if (url && range) sections.push({ profile, url, range });
  }
  return sections;
}

/** `.properties` documents are separated by `#---` or `!---` lines (Spring Boot 2.4+). */
export function propertiesSections(context: Pick<RuleContext, 'text' | 'index'>, fileProfile: string | undefined): Section[] {
  const sections: Section[] = [];
  let profile = fileProfile;
  let url: { value: string; start: number; end: number } | undefined;
  const flush = () => {
    if (url) sections.push({ profile, url: url.value, range: context.index.range(url.start, url.end) });
    profile = fileProfile;
    url = undefined;
  };
  for (const m of context.text.matchAll(/^[ \t]*([^#!\s=:][^=:\s]*)[ \t]*[=:][ \t]*(.*?)[ \t]*$|^[#!]---[ \t]*$/gm)) {
    if (m[1] === undefined) { flush(); continue; }
    if (m[1] === 'spring.config.activate.on-profile' || m[1] === 'spring.profiles') profile = m[2];
    if (m[1] === 'spring.datasource.url' || m[1] === 'spring.r2dbc.url') {
      const start = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
      url = { value: m[2], start, end: start + m[2].length };
    }
  }
  flush();
  return sections;
}

/** Spring: an embedded database for a dev profile while a deploy section of the same file names a server database. */
export function springProfiles(context: RuleContext): ConfigDivergence[] {
  const fileProfile = profileOfFile(context.path);
  if (!/(^|\/)application(-[\w.-]+)?\.(ya?ml|properties)$/.test(context.path)) return [];
  const sections = context.language === 'properties' ? propertiesSections(context, fileProfile) : yamlSections(yamlOf(context), fileProfile);
  const found: ConfigDivergence[] = [];
  for (const dev of sections) {
    const devEngine = engineOfValue(dev.url);
    if (!devEngine || !EMBEDDED_FAMILIES.has(devEngine.family) || (dev.profile !== undefined && TEST_PROFILE.test(dev.profile))) continue;
    const prod = sections.find((s) => s !== dev && s.profile !== dev.profile && !(s.profile !== undefined && (DEV_PROFILE.test(s.profile) || TEST_PROFILE.test(s.profile))) && isServerEngine(s.url));
    if (!prod) continue;
    found.push({
      range: dev.range, prodRange: prod.range, dev: devEngine.family, prod: engineOfValue(prod.url)!.family,
      devLabel: dev.profile ? `profile \`${dev.profile}\`` : 'the default profile', prodLabel: prod.profile ? `profile \`${prod.profile}\`` : 'the default profile',
    });
  }
  return found;
}

function isServerEngine(url: string): boolean {
  const engine = engineOfValue(url);
  return engine !== undefined && engine.kind === 'database' && !EMBEDDED_FAMILIES.has(engine.family);
}
