import { isClusterServiceHost, isSingleLabelHost } from './locators';

/**
 * Clear-text transport in a locator value: a scheme without TLS (`http://`,
 * `redis://`) or a connection option that turns TLS off (`sslmode=disable`).
 */

/** Schemes that carry traffic unencrypted, with their TLS counterpart when one exists. */
const CLEARTEXT_SCHEMES: ReadonlyMap<string, string | undefined> = new Map([
  ['http', 'https'],
  ['ws', 'wss'],
  ['redis', 'rediss'],
  ['amqp', 'amqps'],
  ['mqtt', 'mqtts'],
  ['ldap', 'ldaps'],
  ['ftp', undefined],
  ['telnet', undefined],
  ['smtp', undefined],
]);

/** Options that switch TLS off, with the value that switches it on. */
const TLS_OFF: readonly { pattern: RegExp; on: string }[] = [
  { pattern: /\bsslmode=(disable|allow|prefer)\b/i, on: 'sslmode=require' },
  { pattern: /\buseSSL=false\b/i, on: 'useSSL=true' },
  { pattern: /\bEncrypt\s*=\s*(False|no)\b/i, on: 'Encrypt=True' },
  { pattern: /\bssl=false\b/i, on: 'ssl=true' },
  { pattern: /\btls=false\b/i, on: 'tls=true' },
];

export interface Cleartext {
  kind: 'scheme' | 'tls-off';
  /** `http://`, `sslmode=disable`: what the message names. */
  shown: string;
  /** Offset of the part to replace inside the value, and its replacement (none when no TLS twin exists). */
  at: number;
  length: number;
  replacement?: string;
}

/** The clear-text part of a URL or connection string, if any. `smtp://` counts only without a STARTTLS option. */
export function cleartextOf(value: string): Cleartext | undefined {
  const v = value.trimStart();
  const lead = value.length - v.length;
  const scheme = /^(?:jdbc:)?([a-z]+):\/\//i.exec(v);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (CLEARTEXT_SCHEMES.has(name) && !(name === 'smtp' && /[?&](starttls|tls|secure)=/i.test(v))) {
      const twin = CLEARTEXT_SCHEMES.get(name);
      const at = lead + scheme[0].length - 3 - scheme[1]!.length;
      return { kind: 'scheme', shown: `${name}://`, at, length: scheme[1]!.length, replacement: twin };
    }
  }
  for (const { pattern, on } of TLS_OFF) {
    const m = pattern.exec(value);
    if (m) return { kind: 'tls-off', shown: m[0], at: m.index, length: m[0].length, replacement: on };
  }
  return undefined;
}

/** The clear-text note that replaces a separate `security/cleartext-protocol` finding on the same literal. */
export function cleartextNote(value: string, locator: { host: string }): string {
  const clear = cleartextOf(value);
  if (!clear || isSingleLabelHost(locator.host) || isClusterServiceHost(locator.host)) return '';
  if (clear.kind === 'tls-off') return ` Its TLS is switched off (${clear.shown}).`;
  return clear.replacement ? ` It also travels in clear text (${clear.shown}); prefer ${clear.replacement}:// where the server supports TLS.` : ` It also travels in clear text (${clear.shown}).`;
}

