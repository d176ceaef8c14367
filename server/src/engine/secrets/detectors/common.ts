import { decodeBase64 as decodeBase64Text } from '../encoding';
import { characterClasses, shannonEntropy } from '../entropy';
import { isLowDiversity, isPlaceholder, isSequential } from '../placeholders';

/** The file name of a path, whatever its separators. */
export function baseName(path: string): string {
  const normalized = path.replace(/\\/g, '/');
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/**
 * Offsets of the line around `offset`: [start, end) without the line break,
 * clipped to `radius` characters on each side so that a minified one-line
 * file does not make every lookup scan the whole file.
 */
export function lineAt(text: string, offset: number, radius = 4096): { start: number; end: number } {
  const lo = Math.max(0, offset - radius);
  let start = offset;
  while (start > lo && text.charCodeAt(start - 1) !== 10) start--;
  const hi = Math.min(text.length, offset + radius);
  let end = offset;
  while (end < hi && text.charCodeAt(end) !== 10) end++;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/**
 * The name a value is bound to on its line: `DB_URL=…`, `"private_key": "…`,
 * `password: …`, `const key = "…`. Undefined when the line says nothing.
 * Walks back from `offset` instead of matching a regex anchored at the end,
 * which would be quadratic in the line length.
 */
export function nameBefore(text: string, offset: number): string | undefined {
  const { start } = lineAt(text, offset, 200);
  const before = text.slice(start, offset);
  // The assignment operator closest to the value, past an opening quote and a call (`getenv("`).
  let i = before.length;
  while (i > 0 && !/[=:"'`]/.test(before[i - 1])) i--;
  if (i > 0 && /["'`]/.test(before[i - 1])) {
    i--;
    while (i > 0 && /[\s(]/.test(before[i - 1])) i--;
    while (i > 0 && /\w/.test(before[i - 1])) i--;
    while (i > 0 && /\s/.test(before[i - 1])) i--;
  }
  if (i > 1 && before[i - 1] === '>' && before[i - 2] === '=') i--;
  if (i === 0 || !/[=:]/.test(before[i - 1])) return undefined;
  i--;
  if (i > 0 && before[i - 1] === ':') i--;
  while (i > 0 && /\s/.test(before[i - 1])) i--;
  if (i > 0 && /["'`\]]/.test(before[i - 1])) i--;
  const end = i;
  while (i > 0 && /[\w$.-]/.test(before[i - 1])) i--;
  const name = before.slice(i, end).replace(/^[$.-]+/, '');
  return /^[A-Za-z_]/.test(name) ? name : undefined;
}

/** Words that documentation writes where a credential goes. */
const STAND_IN_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'pw', 'passphrase', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'key',
  'credential', 'credentials', 'auth', 'xxx', 'xx', 'x', 'yyy', 'zzz', 'foo', 'bar', 'baz', 'qux', 'foobar',
  'test', 'testing', 'dummy', 'example', 'sample', 'fake', 'changeme', 'changeit', 'default', 'none', 'null',
  'nil', 'undefined', 'empty', 'blank', 'value', 'string', 'hidden', 'redacted', 'masked', 'omitted', 'todo', 'tbd',
]);

/** `mypassword`, `your_password`, `db-pass`, `password1`, `secret123`: a name, not a value. */
const STAND_IN_COMPOUND =
  /^(?:my|your|the|some|a|new|old|user|db|database|admin|root|app|api|service|account|login|real|actual|super|top)?[_-]?(?:password|passwd|pass|pwd|secret|token|api[_-]?key|key)(?:[_-]?(?:here|goes[_-]?here|value))?\d{0,3}$/;

/**
 * A credential value that stands in for a real one: template or environment
 * references (`${PASS}`, `$1`, `%PASS%`, `{{ .Values.p }}`), bracketed names
 * (`<password>`, `[PASSWORD]`, `{password}`), mask characters (`****`,
 * `xxxx`, `...`) and the words documentation uses (`password`, `changeme`).
 */
export function isStandIn(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (isPlaceholder(v)) return true;
  // $VAR, ${VAR}, $(cmd), $1, %VAR%: a reference, not a value (`$ecr3t!x` stays a password).
  if (/^\$(?:[A-Za-z_]\w*|\d+|[{(].*)$/.test(v) || /^%[A-Za-z_][\w.-]*%$/.test(v)) return true;
  if (/%[sd]|%\(\w+\)s|\{\d*\}|\{\{.*\}\}|\$\{|\$\(/.test(v)) return true;
  if (/^[[{<(]\s*[A-Za-z_][\w .:-]*[\]}>)]$/.test(v) && !/\d/.test(v)) return true;
  if (/^[*xX.•_#?-]+$/.test(v)) return true;
  const lower = v.toLowerCase();
  if (STAND_IN_WORDS.has(lower)) return true;
  if (STAND_IN_COMPOUND.test(lower)) return true;
  return false;
}

/** A `user:password` pair of stand-ins or defaults: `user:pass`, `admin:admin`, `test:test`. */
export function isStandInPair(user: string, password: string): boolean {
  if (isStandIn(password)) return true;
  if (user.length > 0 && user.toLowerCase() === password.toLowerCase()) return true;
  return false;
}

/**
 * Whether a token looks generated rather than written: long enough, varied,
 * not a word, not a stand-in.
 */
export function looksRandom(value: string, minLength = 8): boolean {
  if (value.length < minLength || isStandIn(value)) return false;
  if (isLowDiversity(value) || isSequential(value)) return false;
  // Code, not a value: `process.env.TOKEN`, `config.auth.bearer`, `API_TOKEN_VALUE`.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && !/\d/.test(value)) return false;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false;
  if (/^[a-z]+(?:[-_][a-z]+)*$/i.test(value) && value.length < 24) return false;
  if (value.length < 20 && !/\d/.test(value)) return false;
  if (characterClasses(value) < 2) return false;
  return shannonEntropy(value) >= (value.length >= 16 ? 2.8 : 2.5);
}

/** Decodes base64 (standard or URL-safe, padding optional) to UTF-8 text; undefined when it is not base64. */
export function decodeBase64(value: string): string | undefined {
  return decodeBase64Text(value, 'utf8');
}

/** Decodes base64url (padding optional) to UTF-8 text; undefined when it is not base64url. */
export function decodeBase64Url(value: string): string | undefined {
  return /[+/]/.test(value) ? undefined : decodeBase64Text(value, 'utf8');
}

/** Decoded text is printable (no control bytes besides whitespace, no replacement characters). */
export function isPrintable(text: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text);
}

/** Hosts that are this machine or documentation: `localhost`, `127.0.0.1`, `example.com`. */
export function isLocalOrExampleHost(host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '0.0.0.0' || h === 'host.docker.internal') return true;
  if (/^127\.\d+\.\d+\.\d+$/.test(h)) return true;
  return /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid)$/.test(h);
}
