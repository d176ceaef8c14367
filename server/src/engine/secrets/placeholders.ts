import { longestRun } from './entropy';

/** Keys that providers publish in their own documentation as examples. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  // Slack's documentation example, joined at run time so the bundle holds no token-shaped string.
  ['xoxb', 'not-a-real-token-this-will-not-work'].join('-'),
  // Google's fixed PKCS#12 password of every GCP service-account .p12 file: public by design.
  'notasecret',
  // The Secret Key in 1Password's developer documentation, joined at run time like the Slack one.
  ['A3', 'C4ZJMN', 'PQTZTL', 'HGL84', 'G64M7', 'KVZRN', '4ZVP6'].join('-'),
  // Microsoft's nuget.config documentation samples.
  '33f!!lloppa',
  'hal+9ooo_da!sY',
]);

/** Template or interpolation syntax: the value is filled in elsewhere. */
const TEMPLATE = /\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|%env\([^)]*\)%|%\([\w.]+\)s|#\{[^}]*\}|<%=?[^%]*%>|@@\w+@@|^__[A-Z][A-Z0-9_]*__$|\$\$\w+|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$/;

/** Words that mark a stand-in value. Matched against the lower-cased value. */
const STAND_IN_WORDS = /changeme|change[_-]me|replace[_-]?me|placeholder|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|password|pass|pwd)|insert[_-]?(?:your|key|token)|put[_-]?your|enter[_-]?your|redacted|<[^<>\n]{2,40}>|\*{4,}|x{6,}|\.{3,}|…/i;

/**
 * A value that stands in for a real one: template syntax, `<your-key>`,
 * `xxxx`, `****`, `changeme`, or a provider's documented example key.
 */
export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  if (/EXAMPLE(KEY)?$/.test(value) && /^(AKIA|ASIA|AIza)/.test(value)) return true;
  if (TEMPLATE.test(value)) return true;
  // Truncated in documentation: `ops_eyJzaWdu..`, `sk-…`.
  if (/\.\.$/.test(value)) return true;
  return STAND_IN_WORDS.test(value);
}

/**
 * The random part of a token is too regular to be random: long runs of one
 * character (`1111…`, `aaaa…`) or very few distinct characters.
 */
export function isLowDiversity(body: string): boolean {
  if (body.length < 8) return false;
  const distinct = new Set(body).size;
  if (longestRun(body) >= Math.max(6, Math.floor(body.length / 4))) return true;
  return distinct <= Math.min(5, Math.floor(body.length / 4));
}

/** `0123456789`, `abcdefgh…`, `12345678…`: keyboard and counting sequences. */
export function isSequential(body: string): boolean {
  return /0123456789|123456789|abcdefghij|qwertyuiop/i.test(body);
}
