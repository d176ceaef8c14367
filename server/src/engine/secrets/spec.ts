import type { Example, Severity } from '../types';

/**
 * The outcome of a token's structural check:
 * - `verified`: a checksum or embedded structure proves the format (GitHub, npm CRC32);
 * - `unverified`: the shape is right but the checksum fails: probably a fake or test token;
 * - `true`: plausible, nothing more to check;
 * - `false`: not this kind of token after all.
 */
export type Validation = 'verified' | 'unverified' | boolean;

export interface TokenPattern {
  /** What a match is, for messages: "GitHub personal access token". */
  name: string;
  /**
   * A global regex. The secret is the named group `secret` when there is one,
   * else the whole match. Anchor with look-arounds, not with `\b`, when the
   * token may contain `-` or `_`.
   */
  regex: RegExp;
  /**
   * Lower-case substrings of which at least one must occur in the text
   * (compared case-insensitively) before the regex runs. Defaults to the
   * provider's keywords.
   */
  keywords?: readonly string[];
  /** Minimum Shannon entropy, in bits per character, of the secret. */
  minEntropy?: number;
  /** Structural check of the secret (checksum, decodable payload). */
  validate?: (secret: string) => Validation;
  /**
   * Default `error` for formats with a distinctive prefix. Use `warning` for
   * formats recognised only by a nearby key name (a UUID next to `heroku`).
   */
  severity?: Severity;
}

export interface Rotation {
  /** The provider's own page on revoking or rotating the credential. */
  url: string;
  /** One sentence: where to revoke it and how to issue a new one. */
  steps: string;
}

/** An example: bare text is analysed as a plain-text file (`example.txt`). */
export type SecretExample = string | Example;

/** One provider's credentials: becomes the rule `secrets/<id>`. */
export interface ProviderSpec {
  /** Lower-case slug; the rule id is `secrets/<id>`. */
  id: string;
  /** Display name: "GitHub", "Amazon Web Services". */
  provider: string;
  /** Rule title: "GitHub token". */
  title: string;
  /** Lower-case keywords; see `TokenPattern.keywords`. */
  keywords: readonly string[];
  patterns: readonly TokenPattern[];
  rotation: Rotation;
  /** Public documentation of the token format, when the provider has one. */
  formatDocs?: string;
  /** Matching rules in other tools (gitleaks, secretlint, GitHub secret scanning). */
  related: string;
  examples: { valid: readonly SecretExample[]; invalid: readonly SecretExample[] };
}
