import type { Detector, ScanInput, SecretHit } from '../hits';
import { isLowDiversity } from '../placeholders';
import { nameBefore } from './common';

export const PRIVATE_KEY_RULE_ID = 'secrets/private-key';

/** Minimum base64 characters of a key body: shorter is `anything`, not a key. */
const MIN_BODY = 64;
/** A key block longer than this is not one block (a missing END much later). */
const MAX_BLOCK = 64 * 1024;

const BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |ANY |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g;

const NAMES: Record<string, string> = {
  'RSA PRIVATE KEY': 'RSA private key',
  'EC PRIVATE KEY': 'EC private key',
  'DSA PRIVATE KEY': 'DSA private key',
  'OPENSSH PRIVATE KEY': 'OpenSSH private key',
  'ENCRYPTED PRIVATE KEY': 'Encrypted PKCS#8 private key',
  'PGP PRIVATE KEY BLOCK': 'PGP private key',
  'PRIVATE KEY': 'PKCS#8 private key',
};

/**
 * The base64 of a PEM body, or undefined when the body is not one: header
 * lines (`Proc-Type:`, `Version:`) and a PGP checksum (`=8xQN`) are skipped;
 * string-literal escapes (`\n`), quotes and concatenation (`" +`) between
 * lines are allowed; anything else (`...`, `<your key>`) is not.
 */
function pemBody(body: string): { base64: string; encrypted: boolean } | undefined {
  let base64 = '';
  let encrypted = false;
  for (const raw of body.split(/\\+[nr]|\r?\n|\r/)) {
    // Indentation, quotes and concatenation of a key split over string literals.
    const line = raw.replace(/^[\s"'`+,]*(?:\/\/|#)?[\s"'`+,]*/, '').replace(/[\s"'`+,;)\\]*$/, '');
    if (line === '') continue;
    if (/^[A-Za-z][\w-]*:\s/.test(line)) {
      if (/^Proc-Type:.*ENCRYPTED|^DEK-Info:/i.test(line)) encrypted = true;
      continue;
    }
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // PGP CRC-24 checksum
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) return undefined;
    base64 += line;
  }
  return { base64, encrypted };
}

function pemBlocks(input: ScanInput, out: SecretHit[]): void {
  const { text } = input;
  // The next END of each label: many BEGINs without an END must not rescan the file.
  const nextEnd = new Map<string, number>();
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const label = m[1];
    const bodyStart = m.index + m[0].length;
    const endMarker = `-----END ${label}-----`;
    let endAt = nextEnd.get(label);
    if (endAt === undefined || (endAt >= 0 && endAt < bodyStart)) {
      endAt = text.indexOf(endMarker, bodyStart);
      nextEnd.set(label, endAt);
    }
    if (endAt < 0 || endAt - m.index > MAX_BLOCK) continue;
    // A second BEGIN before the END: this one is unterminated.
    const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
    if (nextBegin >= 0 && nextBegin < endAt) continue;
    const body = pemBody(text.slice(bodyStart, endAt));
    BEGIN.lastIndex = endAt + endMarker.length;
    if (!body || body.base64.length < MIN_BODY || isLowDiversity(body.base64)) continue;
    const end = endAt + endMarker.length;
    const encrypted = body.encrypted || label.includes('ENCRYPTED');
    const hit: SecretHit = {
      ruleId: PRIVATE_KEY_RULE_ID,
      name: NAMES[label] ?? 'Private key',
      start: m.index,
      end,
      value: text.slice(m.index, end),
      severity: 'error',
      priority: 0,
      boundName: nameBefore(text, m.index),
    };
    if (encrypted) hit.qualifier = 'passphrase-protected, still a key to rotate';
    out.push(hit);
  }
}

const PUTTY = /PuTTY-User-Key-File-[23]:[ \t]*([\w.@-]+)/g;

/** PuTTY `.ppk` keys: the `Private-Lines: N` section holds the key. */
function puttyKeys(input: ScanInput, out: SecretHit[]): void {
  const { text } = input;
  PUTTY.lastIndex = 0;
  for (let m = PUTTY.exec(text); m; m = PUTTY.exec(text)) {
    const rest = text.slice(m.index, m.index + MAX_BLOCK);
    const lines = /(?:^|\r?\n)Private-Lines:[ \t]*(\d+)[ \t]*\r?\n/.exec(rest);
    if (!lines) continue;
    const count = Number(lines[1]);
    let cursor = lines.index + lines[0].length;
    let base64 = '';
    let ok = count > 0;
    for (let i = 0; i < count && ok; i++) {
      const eol = rest.indexOf('\n', cursor);
      const line = rest.slice(cursor, eol < 0 ? rest.length : eol).trim();
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) ok = false;
      base64 += line;
      cursor = eol < 0 ? rest.length : eol + 1;
    }
    if (!ok || base64.length < 40 || isLowDiversity(base64)) continue;
    // The block ends after the MAC line when there is one.
    const mac = /^Private-MAC:[^\r\n]*/m.exec(rest.slice(cursor));
    let end = m.index + cursor;
    if (mac && mac.index === 0) end += mac[0].length;
    else while (end > m.index && /\s/.test(text[end - 1])) end--;
    const encrypted = /^Encryption:[ \t]*(?!none)\S/m.test(rest.slice(0, lines.index));
    const hit: SecretHit = {
      ruleId: PRIVATE_KEY_RULE_ID,
      name: 'PuTTY private key',
      start: m.index,
      end,
      value: text.slice(m.index, end),
      severity: 'error',
      priority: 0,
    };
    if (encrypted) hit.qualifier = 'passphrase-protected, still a key to rotate';
    out.push(hit);
    PUTTY.lastIndex = end;
  }
}

/** PEM private key blocks (PKCS#1, PKCS#8, SEC1, OpenSSH, PGP) and PuTTY keys. */
export const privateKeyDetector: Detector = {
  applies: (input) => input.lower.includes('private key') || input.lower.includes('putty-user-key-file'),
  detect(input) {
    const out: SecretHit[] = [];
    if (input.text.includes('PRIVATE KEY')) pemBlocks(input, out);
    if (input.text.includes('PuTTY-User-Key-File')) puttyKeys(input, out);
    return out;
  },
};
