import type { Detector, SecretHit } from '../hits';
import { baseName, isLocalOrExampleHost, isStandInPair, nameBefore } from './common';

export const CREDENTIALS_IN_URL_RULE_ID = 'secrets/credentials-in-url';

/**
 * `scheme://user:password@host`: any scheme, including `jdbc:mysql`,
 * `mongodb+srv`. The authority runs to the first `/`, `?`, `#`, quote,
 * whitespace or template brace; its last `@` separates the user info.
 */
const URL = /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)*):\/\/([^\s/?#"'`<>\\|^]*@[^\s/?#"'`<>\\|^@]+)/g;

/** A host (name, IPv4, [IPv6]) with an optional port. */
const HOST = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:,[A-Za-z0-9_.-]+(?::\d{1,5})?)*$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Passwords in URLs: `postgres://app:s3cr3t@db:5432/app`. The hit is the password. */
export const credentialsInUrlDetector: Detector = {
  applies: (input) => input.lower.includes('://') && input.lower.includes('@'),
  detect(input) {
    // `.git-credentials` is a credential file: `secrets/registry-credentials` reports it.
    if (baseName(input.path) === '.git-credentials') return [];
    const out: SecretHit[] = [];
    const { text } = input;
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) {
      const authority = m[2];
      const at = authority.lastIndexOf('@');
      const userInfo = authority.slice(0, at);
      const host = authority.slice(at + 1);
      const colon = userInfo.indexOf(':');
      if (colon < 0 || !HOST.test(host)) continue;
      const user = userInfo.slice(0, colon);
      const password = userInfo.slice(colon + 1);
      if (password.length === 0) continue;
      if (isStandInPair(decode(user), decode(password))) continue;
      // `http://host:8080@…` is a host and port, not a password.
      if (/^\d{1,5}$/.test(password) && /\.|^localhost$/i.test(user)) continue;
      const start = m.index + m[0].length - authority.length + colon + 1;
      const local = isLocalOrExampleHost(host);
      const hit: SecretHit = {
        ruleId: CREDENTIALS_IN_URL_RULE_ID,
        name: `Password in ${m[1].toLowerCase()} URL`,
        start,
        end: start + password.length,
        value: password,
        severity: local ? 'warning' : 'error',
        priority: 5,
        boundName: nameBefore(text, m.index),
      };
      if (local) hit.qualifier = 'local or example host';
      out.push(hit);
    }
    return out;
  },
};
