import type { Validation } from '../spec';

/**
 * Shared building blocks of the SaaS provider table: the "provider name in
 * the key" regex, small structural checks, and a deterministic generator for
 * example tokens (so no source file holds a whole token).
 */

/** A UUID in either case: `8-4-4-4-12` hex digits. */
export const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

/** Lower-case hex UUID, for formats that only ever print it so. */
export const UUID_LOWER = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** No token character follows: the match is not a prefix of something longer. */
export const END = '(?![A-Za-z0-9_-])';

/** No base64 character follows (for tokens that may sit inside base64 text). */
export const END_B64 = '(?![A-Za-z0-9_+/=-])';

/** No token character precedes. */
export const START = '(?<![A-Za-z0-9_-])';

/** No base64 or token character precedes: not the middle of a blob (`=` only pads the end, so `KEY=token` still matches). */
export const START_B64 = '(?<![A-Za-z0-9_+/-])';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Between a key name and its value: an optional closing quote or bracket, an
 * optional type word (`var key string = …`), then `=`, `:=`, `::=`, `?=`,
 * `.=`, `=>`, `:`, `,` (`setProperty("KEY", "value")`) or `>` (XML, where
 * the value may start on the next line), then an optional opening quote.
 */
const SEPARATOR = String.raw`["'\]]{0,2}(?:[ \t]+[A-Za-z]\w{0,15})?[ \t]*(?:[:?.+]{0,3}=>?|:|,|>\s{0,40})[ \t]*["'\x60]?[ \t]*`;

/** The rest of a key name after the provider word: `_API_KEY`, `.accessId`, `']['key`. */
const KEY_TAIL = String.raw`[\w.\-\[\]'"]{0,30}?`;

export interface KeyedOptions {
  /** The provider as it is written in key names, lower case: `messagebird`, `co_api_key`. */
  names: readonly string[];
  /** Extra spellings used as written: camel case such as `MessageBird`. */
  spellings?: readonly string[];
  /** Words of which one must follow the provider in the key name: `secret`, `admin`. */
  qualifiers?: readonly string[];
  /** The value's own regex source (no `secret` group). */
  value: string;
  /** What may not follow the value; defaults to no token character. */
  end?: string;
}

/** `word`, `WORD` and `Word`: the ways a word is written in key names. */
function cases(word: string): { flat: string[]; capital: string[] } {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  return { flat: [word, word.toUpperCase()], capital: capital === word ? [] : [capital] };
}

/**
 * The value of a key whose name contains the provider: `MESSAGEBIRD_KEY=…`,
 * `"sumologic.accessId": "…"`, `$hubspotKey .= '…'`. The provider word must
 * start a word of the key name (after a non-letter, or a lower-case letter
 * for `CamelCase`), so `CameraKit` is not `meraki` and `sumOfValues` is not
 * `sumo`. The regex is case-sensitive: give the value's character classes in
 * full.
 */
export function keyed(options: KeyedOptions): RegExp {
  const flat = new Set<string>();
  const capital = new Set<string>(options.spellings ?? []);
  for (const name of options.names) {
    const c = cases(name);
    c.flat.forEach((s) => flat.add(s));
    c.capital.forEach((s) => capital.add(s));
  }
  const alternatives = [`(?<![A-Za-z])(?:${[...flat].map(escapeRegex).join('|')})`];
  if (capital.size > 0) alternatives.push(`(?<![A-Z])(?:${[...capital].map(escapeRegex).join('|')})`);
  let key = `(?:${alternatives.join('|')})${KEY_TAIL}`;
  if (options.qualifiers?.length) {
    const words = options.qualifiers.flatMap((q) => {
      const c = cases(q);
      return [...c.flat, ...c.capital];
    });
    key += `(?:${words.map(escapeRegex).join('|')})${KEY_TAIL}`;
  }
  return new RegExp(`${key}${SEPARATOR}(?<secret>${options.value})${options.end ?? END}`, 'g');
}

/** At least `min` upper-case and `min` lower-case letters: random, not a `camelCaseIdentifier`. */
export function mixedCase(min: number): (secret: string) => Validation {
  return (secret) => {
    const upper = secret.replace(/[^A-Z]/g, '').length;
    const lower = secret.replace(/[^a-z]/g, '').length;
    return upper >= min && lower >= min;
  };
}

/** Letters and digits both occur: random alphanumerics, not a word or a number. */
export function lettersAndDigits(secret: string): Validation {
  return /[A-Za-z]/.test(secret) && /[0-9]/.test(secret);
}

export { base64Of, decodeBase64 } from '../encoding';

// ---------------------------------------------------------------------------
// Example tokens. Built at load time from a seed, so that no source file
// contains a whole token that other scanners would (rightly) report.

export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';

/** `length` characters of `alphabet`, pseudo-random but the same for the same seed. */
export function sample(alphabet: string, length: number, seed: string): string {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

