import { characterClasses, shannonEntropy } from '../entropy';
import type { ScanInput, SecretHit } from '../hits';
import { isLowDiversity, isPlaceholder, isSequential } from '../placeholders';
import { assignmentsOf, type Assignment } from './assignments';
import { isPasswordName, isSecretName, nameTokens } from './names';

export const GENERIC_RULE_ID = 'secrets/generic-secret';

/** Words that are stand-ins, types or validation rules, not passwords (`'password' => 'required'`). */
const COMMON_VALUES = new Set([
  'password', 'passwd', 'secret', 'token', 'changeme', 'changeit', 'example', 'sample', 'test', 'testing', 'dummy', 'default',
  'required', 'optional', 'nullable', 'string', 'str', 'text', 'hidden', 'none', 'null', 'nil', 'true', 'false', 'undefined',
  'value', 'empty', 'blank', 'admin', 'root', 'user', 'username', 'guest', 'demo', 'foobar', 'foo', 'bar', 'baz', 'qwerty',
  'letmein', 'welcome', 'secret123', 'password123', 'password1', 'pass123', 'abc123', '123456', '12345678', 'bearer', 'basic',
  'confirmed', 'sometimes', 'present', 'filled', 'current_password', 'new-password', 'current-password', 'off', 'on',
]);

/** Lock files and templates hold hashes and stand-ins, not secrets. */
const SKIPPED_FILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|go\.sum|Cargo\.lock|poetry\.lock|Pipfile\.lock|composer\.lock|Gemfile\.lock|packages\.lock\.json|[^/]*\.(?:example|sample|template|tmpl|dist|tpl))$|(?:^|\/)[^/]*(?:example|sample|template)[^/]*\.(?:env|ya?ml|json|properties|ini|conf|toml)$/i;

/** A value that refers to a secret kept elsewhere, or is not a secret at all. */
function isReference(value: string): boolean {
  if (/^[$%{<@#]/.test(value)) return true;
  // SOPS and other encrypted-at-rest values.
  if (/^ENC\[/.test(value) || /^AgB[A-Za-z0-9+/]{100,}/.test(value)) return true;
  if (/^(?:env|vault|secret|secrets|ssm|arn|sm|op|akv|gcp|aws|azure|keyvault|file|ref|data):/i.test(value)) return true;
  // Protocol identifiers (`urn:ietf:params:oauth:grant-type:jwt-bearer`) name a mechanism, not a credential.
  if (/^urn:[a-z0-9][a-z0-9-]{0,31}:/i.test(value)) return true;
  // CSS selectors and attribute matchers: `[type=password]`, `input[name=token]`.
  if (/^[\w-]*\[[\w-]+[~|^$*]?=["']?[\w-]+["']?\]$/.test(value)) return true;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return true;
  if (/^[a-z][\w+.-]*:\/\//i.test(value)) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\]|\(\))+$/.test(value)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true;
  if (/[\\]\{?\d|\[[A-Za-z0-9]-[A-Za-z0-9]|\(\?[:=!<]|\\[dwsb]|\{\d+(?:,\d*)?\}/.test(value)) return true;
  if (/^(?:sha\d*|md5|sha256|sha512|h1)[-:]/i.test(value)) return true;
  if (/^\$2[aby]?\$\d\d\$/.test(value) || /^\$argon2/.test(value) || /^pbkdf2_/.test(value)) return true;
  return false;
}

/** Deployment files: a service uses the value as is, so a weak real password there is still a leaked password. */
const DEPLOYMENT_LANGUAGES = new Set(['compose', 'kubernetes', 'dockerfile', 'github-actions']);
/** Values that are not a password at all (types, flags, validation words). */
const NOT_A_VALUE = /^(true|false|null|nil|none|undefined|empty|blank|required|optional|nullable|string|str|text|hidden|value|default|yes|no|on|off)$/i;
/** Stock passwords of images and tutorials: a finding, but information only (often a local-only default). */
const STOCK = /^(password|passwd|secret|postgres|mysql|root|admin|guest|changeme|changeit|example|test|user|pass|123456|12345678)$/i;

/** Helm chart values files (`values.yaml`, `values-prod.yaml`): every default is installed unless a release overrides it. */
export const HELM_VALUES = /(^|\/)values([.-][\w-]+)*\.ya?ml$/i;

/** Severity for a real but weak credential value (a deployed default), or undefined for stand-ins and non-values. */
function weakCredential(a: Assignment, value: string): 'warning' | 'info' | undefined {
  if (value.length < 4 || /\s/.test(value) || NOT_A_VALUE.test(value) || /^\d{1,5}$/.test(value)) return undefined;
  if (isPlaceholder(value) || isReference(value) || value.toLowerCase() === a.name.toLowerCase()) return undefined;
  return STOCK.test(value) ? 'info' : 'warning';
}

/** Severity for a password-named value in a deployment file that `looksSecret` found too weak, or undefined. */
function deploymentPassword(input: ScanInput, a: Assignment, value: string): 'warning' | 'info' | undefined {
  if (!DEPLOYMENT_LANGUAGES.has(input.language) || !isPasswordName(a.name)) return undefined;
  return weakCredential(a, value);
}

/**
 * A Helm default for a password, token or API key: `auth.password: s3cret`. Keys that name a Secret
 * object (`existingSecret: app-db`, `tls.secret: api-tls`) hold a reference, not a credential.
 */
function helmDefault(input: ScanInput, a: Assignment, value: string): 'warning' | 'info' | undefined {
  if (!HELM_VALUES.test(input.path)) return undefined;
  const tokens = nameTokens(a.name);
  if (tokens.includes('existing') || /^secrets?$/.test(tokens[tokens.length - 1] ?? '')) return undefined;
  // The name of a key inside a Secret (`passwordKey: db-password`), not its value.
  if (/^(?:[a-z]+[_-])*(?:password|passwd|secret|token|api[_-]?key|key)$/i.test(value)) return undefined;
  return weakCredential(a, value);
}

function looksSecret(a: Assignment, value: string): boolean {
  if (value.length < 6 || /\s/.test(value)) return false;
  if (COMMON_VALUES.has(value.toLowerCase()) || isPlaceholder(value) || isReference(value)) return false;
  // A command-line option naming the secret (`--password=` followed by the real value elsewhere).
  if (/^--?[a-z][\w-]*=?$/i.test(value)) return false;
  // Validation rules: `required|min:8|confirmed`.
  if (value.includes('|') && value.split('|').some((p) => COMMON_VALUES.has(p.toLowerCase()) || /^[a-z_]+:\w/.test(p))) return false;
  if (value.toLowerCase() === a.name.toLowerCase() || /^(?:[a-z]+[_-])*(?:password|passwd|secret|token|api[_-]?key|key)$/i.test(value)) return false;
  if (isLowDiversity(value) || isSequential(value)) return false;
  if (isPasswordName(a.name)) {
    // Passwords are human: any non-trivial value of 8 characters or more counts.
    if (value.length < 8) return false;
    // An identifier (`overEvery`, `getPassword`) names something; it is not the password.
    if (/^[a-z]+(?:[A-Z][a-z]+)+$/.test(value) || /^[a-z]+(?:_[a-z]+)+$/.test(value)) return false;
    return shannonEntropy(value) >= 2.2;
  }
  if (value.length < 12) return false;
  if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(value)) return false;
  // Names of things: session and storage keys (`_auth_user_id`, `_sf2_attributes`), namespaced ids (`js.fetch:credentials`).
  if (/^[_-]*[a-z]+\d?(?:[-_.:][a-z]+\d?)+$/.test(value)) return false;
  // Resource names and versions: `cmp2-qat-1208358310`, `jjwt-jackson-0.11.2`.
  if (/^[a-z0-9]+(?:[-.][a-z0-9]+){2,}$/.test(value) && value.split(/[-.]/).some((p) => /^[g-z]*[a-z]{3,}$/.test(p) && /[g-z]/.test(p))) return false;
  return shannonEntropy(value) >= 3.0 && characterClasses(value) >= 2;
}

/**
 * The generic secret detector: a literal with a secret-like name
 * (`password`, `client_secret`, `api_key`…, matched word by word) and a
 * value that looks random, through the file format's own parser.
 */
export function genericHits(input: ScanInput): SecretHit[] {
  if (SKIPPED_FILES.test(input.path)) return [];
  const out: SecretHit[] = [];
  const seen = new Set<number>();
  for (const a of assignmentsOf(input)) {
    if (seen.has(a.start) || !isSecretName(a.name)) continue;
    const value = a.value;
    const strong = looksSecret(a, value);
    const weak = strong ? undefined : deploymentPassword(input, a, value) ?? helmDefault(input, a, value);
    if (!strong && !weak) continue;
    seen.add(a.start);
    const password = isPasswordName(a.name);
    out.push({
      ruleId: GENERIC_RULE_ID,
      name: `Hardcoded ${password ? 'password' : 'secret'} in "${a.name}"`,
      start: a.start,
      end: a.end,
      value,
      severity: weak ?? 'warning',
      priority: 9,
      boundName: a.name,
    });
  }
  return out;
}

/**
 * Cheap test for the rule's prefilter: a secret-sounding word right before an
 * assignment of a quoted or bare value (`apiKey: "`, `DB_PASS=`, `"token", "`),
 * or an XML element or attribute of that name.
 */
export const GENERIC_PREFILTER = /(?:pass|pwd|secret|token|key|auth|cred|sas)\w{0,30}["'`]?\]?[ \t]*(?:[\w.<>[\]]{1,40}[ \t]*)?(?:[?.+!:]?[:=]|=>|,[ \t]*["'`])|(?:pass|secret|token|key)\w{0,30}>|key="[^"]*(?:pass|secret|token)|name[ \t]*:[ \t]*["']?\w*(?:pass|pwd|secret|token|key)/i;
