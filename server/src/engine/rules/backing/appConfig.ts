/**
 * Application configuration files (Spring `application*.properties|yml`,
 * `appsettings*.json`, Rails `config/*.yml`, other `config/` YAML/JSON) read
 * as key/value pairs with exact offsets, for the endpoint, backing-service,
 * IP address and clear-text rules. Deployment files (compose, Kubernetes,
 * workflows) are not application config and are never read here.
 */
import { isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import { entries, roots, yamlOf } from '../../formats/yaml';
import type { Range } from '../../types';
import type { RuleContext } from '../rule';

export type AppConfigKind = 'spring' | 'dotnet' | 'rails' | 'generic';

export interface ConfigValue {
  /** Full dotted key (`spring.datasource.url`, `ConnectionStrings.Default`). */
  path: string;
  /** Last key segment (`url`, `Default`). */
  key: string;
  value: string;
  /** The value as written, quotes included: what a fix replaces. */
  range: Range;
  start: number;
  end: number;
}

const SPRING = /(^|\/)(application|bootstrap)([-.][\w-]+)?\.(properties|ya?ml)$/i;
const DOTNET = /(^|\/)appsettings([.\w-]*)?\.json$/i;
const RAILS = /(^|\/)config\/(database|cable|storage|mongoid|sidekiq|redis|elasticsearch|shards)\.ya?ml$/i;
const GENERIC_YAML_JSON = /(^|\/)config\/[\w./-]*\.(ya?ml|json)$|(^|\/)(config|settings)([.-][\w-]+)?\.(ya?ml|json)$/i;
/** Properties files that are not application settings: build, logging, i18n bundles. */
const NOT_APP_PROPERTIES = /(^|\/)(gradle|gradle-wrapper|log4j2?|logging|sonar-project|local|maven-wrapper)\.properties$|(^|\/)(messages|i18n|lang|strings|labels|ValidationMessages)[\w-]*\.properties$|(^|\/)i18n\//i;
/** Templates and samples are documentation (G2). */
const TEMPLATE = /(^|\/)(docs?|examples?|samples?)\/|\.(example|sample|template|tmpl|dist)(\.|$)|[.-](example|sample|template)\.\w+$/i;

/** The kind of application config this file is, or undefined when it is not one. */
export function appConfigKind(context: Pick<RuleContext, 'path' | 'language' | 'text'>): AppConfigKind | undefined {
  const { path, language } = context;
  if (TEMPLATE.test(path)) return undefined;
  if (language === 'properties') return SPRING.test(path) ? 'spring' : NOT_APP_PROPERTIES.test(path) ? undefined : 'generic';
  if (language !== 'yaml' && language !== 'json') return undefined;
  if (SPRING.test(path) && language === 'yaml') return 'spring';
  if (DOTNET.test(path)) return 'dotnet';
  if (RAILS.test(path) || (language === 'yaml' && /(^|\/)config\//.test(path) && context.text.includes('<%'))) return 'rails';
  return GENERIC_YAML_JSON.test(path) ? 'generic' : undefined;
}

/** `key=value`, `key: value` and `key value` lines; continued and commented lines are skipped. */
function propertiesValues(context: RuleContext): ConfigValue[] {
  const out: ConfigValue[] = [];
  const line = /^[ \t]*([^#!\s=:][^=:\s]*)[ \t]*[=: \t][ \t]*(.*?)[ \t]*$/gm;
  const text = context.text;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const value = m[2]!.replace(/\r$/, '');
    if (value === '' || value.endsWith('\\') || /^[ \t]*[#!]/.test(m[0])) continue;
    const previousEnd = m.index - 1;
    if (previousEnd > 0 && /\\\r?$/.test(text.slice(text.lastIndexOf('\n', previousEnd - 1) + 1, previousEnd))) continue;
    const start = m.index + m[0].lastIndexOf(value);
    const end = start + value.length;
    const key = m[1]!;
    out.push({ path: key, key: key.slice(key.lastIndexOf('.') + 1), value, start, end, range: context.index.range(start, end) });
  }
  return out;
}

function scalarValue(context: RuleContext, path: string[], node: YamlNode | null | undefined): ConfigValue | undefined {
  if (!isScalar(node) || typeof (node as Scalar).value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const inner = quoted ? [start + 1, end - 1] : [start, end];
  const keys = path.filter((p) => !/^\d+$/.test(p));
  return {
    path: keys.join('.'),
    key: keys[keys.length - 1] ?? '',
    value: String((node as Scalar).value),
    start: inner[0]!,
    end: inner[1]!,
    range: context.index.range(start, end),
  };
}

/** String scalars under map keys, and the items of scalar lists (`bootstrap-servers: [a:9092, b:9092]`). */
function yamlValues(context: RuleContext): ConfigValue[] {
  const out: ConfigValue[] = [];
  for (const root of roots(yamlOf(context))) {
    for (const entry of entries(root)) {
      const single = scalarValue(context, entry.path, entry.value);
      if (single) out.push(single);
      else if (isSeq(entry.value)) {
        for (const item of entry.value.items) {
          const v = scalarValue(context, entry.path, item as YamlNode);
          if (v) out.push(v);
        }
      }
    }
  }
  return out;
}

/** Every string value of an application config file, with its key path; empty for other files. */
export function appConfigValues(context: RuleContext): ConfigValue[] {
  if (!appConfigKind(context)) return [];
  return context.language === 'properties' ? propertiesValues(context) : yamlValues(context);
}

/**
 * The text that replaces a config value with an environment reference, by
 * file kind; `$NAME` stands for the variable. JSON has no interpolation.
 */
export function envReferenceFor(kind: AppConfigKind, language: RuleContext['language']): string | undefined {
  if (kind === 'spring') return language === 'properties' ? '${$NAME}' : '"${$NAME}"';
  if (kind === 'rails') return '<%= ENV.fetch("$NAME") %>';
  return undefined;
}
