import { base62, crc32 } from '../checksum';
import { characterClasses } from '../entropy';
import { isLowDiversity, isSequential } from '../placeholders';
import type { Validation } from '../spec';

// ---------------------------------------------------------------------------
// Key names. A keyed pattern recognises a value only because a provider word
// is part of the name it is bound to (`SNYK_TOKEN = …`, `"herokuApiKey": …`).

/** `token` → `[Tt][Oo][Kk][Ee][Nn]`: one word in any case, inside a case-sensitive regex. */
export function anyCase(word: string): string {
  return word.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/**
 * A provider word as it appears in identifiers, without matching inside
 * another word: `snyk_token`, `SNYK_TOKEN`, `snykToken`, `mySnykToken`, but
 * not `rookTable` for `okta`. Words are given in lower case; `_` separates
 * the parts of a compound (`dd_api` also matches `ddApi` and `DD_API`).
 */
export function nameWord(...words: string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    const camel = word.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
    forms.add(`(?<![A-Za-z])${word}`);
    forms.add(`(?<![A-Za-z])${camel}`);
    forms.add(`(?<![A-Z])${capital(word)}`);
    forms.add(`(?<![A-Z])${capital(camel)}`);
    forms.add(`(?<![A-Z])${word.toUpperCase()}`);
  }
  return `(?:${[...forms].join('|')})`;
}

/** A word that makes a name a credential's name: `token`, `key`, `secret`, `password`… */
export const SECRET_WORD = `(?:${['token', 'key', 'secret', 'pass', 'pwd', 'login', 'auth', 'credential', 'cred', 'pat', 'sig'].map(anyCase).join('|')})`;

/**
 * Between a name and its value: `=`, `:`, `:=`, `::=`, `=>`, `.=`, `?=`,
 * an optional string type (`var t string =`, `t: str =`), quotes around
 * either side (also JSON-escaped `\"`), the `>` of an XML
 * element (`<snykToken>\n  value`), or the `", "` of a setter call
 * (`setProperty("SNYK_TOKEN", "value")`).
 */
export const SEPARATOR = String.raw`(?:\\?["'\x60]?(?:[ \t]*:?[ \t]*(?:string|String|str)(?![\w]))?[ \t]*(?:[:?.+]{0,3}=>?|:)[ \t]*\\?["'\x60]?|\\?["'\x60]?>\s*|\\?["'\x60][ \t]*,[ \t]*\\?["'\x60])`;

export interface KeyedOptions {
  /** The name must also hold a credential word after the provider word (`SONAR_TOKEN`, not `SONAR_REVISION`). */
  secretWord?: boolean;
  /** What may not follow the value; default: no token character. */
  after?: string;
}

/**
 * `<name with the provider word> <separator> <value>` on one line (an XML
 * element may wrap). The value is the named group `secret`.
 */
export function keyed(name: string, value: string, options: KeyedOptions = {}): RegExp {
  const rest = options.secretWord ? String.raw`[\w.-]{0,30}?${SECRET_WORD}[\w.-]{0,20}?` : String.raw`[\w.-]{0,30}?`;
  const after = options.after ?? String.raw`(?![\w-])`;
  return new RegExp(`${name}${rest}${SEPARATOR}(?<secret>${value})${after}`, 'g');
}

/** A UUID in either case. */
export const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

// ---------------------------------------------------------------------------
// Checks on a value.

/**
 * A value bound to a provider's key name that counts `1234…` or `abcd…` is
 * a stand-in: reported, but as probably fake.
 */
export function notCounting(secret: string): Validation {
  return isSequential(secret) ? 'unverified' : true;
}

/** At least `n` of the character classes lower, upper, digit, other. */
export function classes(n: number): (secret: string) => Validation {
  return (secret) => characterClasses(secret) >= n;
}

/** Upper- and lower-case letters and digits all occur: a random alphanumeric string, not a word or a hash. */
export function mixedAlnum(secret: string): Validation {
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /[0-9]/.test(secret);
}

/** `mixedAlnum`, and a counting sequence marks a stand-in. */
export function mixedAlnumNotCounting(secret: string): Validation {
  return mixedAlnum(secret) && notCounting(secret);
}

/** The part after a fixed prefix is random enough: not `GR1348941` + `123123123…`. */
export function diverseAfter(prefixLength: number): (secret: string) => Validation {
  return (secret) => !isLowDiversity(secret.slice(prefixLength));
}

export { base64Of, base64UrlOf, decodeBase64 } from '../encoding';
import { decodeBase64 } from '../encoding';

/**
 * A token that embeds base64 JSON: `verified` when the decoded payload
 * holds every expected field, `unverified` when it does not decode to them.
 */
export function embeddedJson(payloadOf: (secret: string) => string, ...fields: string[]): (secret: string) => Validation {
  return (secret) => {
    const text = decodeBase64(payloadOf(secret));
    if (text === undefined || !text.startsWith('{')) return 'unverified';
    return fields.every((f) => text.includes(`"${f}"`)) ? 'verified' : 'unverified';
  };
}

// ---------------------------------------------------------------------------
// Checksums.

/** Base36 of the CRC-32, left-padded to 7 characters: GitLab's routable-token checksum. */
function gitlabCrc(value: string): string {
  return crc32(value).toString(36).padStart(7, '0');
}

/**
 * GitLab routable tokens end in the base36 CRC-32 (7 characters) of
 * everything before it, prefix included.
 */
export function gitlabRoutable(secret: string): Validation {
  return gitlabCrc(secret.slice(0, -7)) === secret.slice(-7) ? 'verified' : 'unverified';
}

/** Appends GitLab's routable checksum (examples only). */
export function withGitlabCrc(body: string): string {
  return body + gitlabCrc(body);
}

/** Upper-case hex CRC-32 of everything before the last 8 characters: Atlassian API tokens. */
function atlassianCrc(value: string): string {
  return crc32(value).toString(16).toUpperCase().padStart(8, '0');
}

/** Atlassian API tokens end in the upper-case hex CRC-32 of the rest of the token. */
export function atlassianChecksum(secret: string): Validation {
  return atlassianCrc(secret.slice(0, -8)) === secret.slice(-8) ? 'verified' : 'unverified';
}

/** Appends Atlassian's checksum (examples only). */
export function withAtlassianCrc(body: string): string {
  return body + atlassianCrc(body);
}

/**
 * Vercel tokens are believed to end in base62(CRC-32) of the random part,
 * like GitHub's; the scheme is not published, so a mismatch proves nothing.
 */
export function vercelChecksum(secret: string): Validation {
  const body = secret.slice(4, -6);
  return base62(crc32(body), 6) === secret.slice(-6) ? 'verified' : true;
}

// ---------------------------------------------------------------------------
// Bech32 (BIP-173), as used by age for `AGE-SECRET-KEY-1…` identities.

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATORS[i]!) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >>> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}

/** A bech32 string (either case, not mixed) whose 6-character checksum holds. */
export function bech32Valid(value: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const lower = value.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep - 1 < 6) return false;
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  return polymod([...hrpExpand(lower.slice(0, sep)), ...data]) === 1;
}

/** `hrp1` + data + checksum, in upper case (examples only); `data` is bech32 characters. */
export function bech32Encode(hrp: string, data: string): string {
  const values = [...data.toLowerCase()].map((c) => BECH32.indexOf(c));
  const mod = polymod([...hrpExpand(hrp), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  let checksum = '';
  for (let i = 0; i < 6; i++) checksum += BECH32[(mod >>> (5 * (5 - i))) & 31];
  return `${hrp}1${data}${checksum}`.toUpperCase();
}

/** age secret keys: the bech32 checksum proves the format. */
export function ageChecksum(secret: string): Validation {
  return bech32Valid(secret) ? 'verified' : 'unverified';
}

// ---------------------------------------------------------------------------
// Example material, built from a seed so that no source file holds a whole token.

export const HEX = '0123456789abcdef';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64URL = ALNUM + '-_';
export const BECH32_CHARS = BECH32;

/** `length` characters of `alphabet`, pseudo-random but fixed for a seed. */
export function seeded(alphabet: string, length: number, seed: string): string {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619) >>> 0;
  let out = '';
  for (let i = -8; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    if (i >= 0) out += alphabet[Math.floor((state / 0x100000000) * alphabet.length)];
  }
  return out;
}
