import type { Detector, ScanInput, SecretHit } from '../hits';
import { baseName, decodeBase64, isPrintable, isStandIn, isStandInPair, lineAt, looksRandom } from './common';

export const HTTP_CREDENTIALS_RULE_ID = 'secrets/http-credentials';

/** A shell word with the source offset of each of its characters (quotes removed). */
interface Word {
  text: string;
  offsets: number[];
}

/** Splits [from, to) into shell words: quotes, backslash escapes and line continuations handled. */
function shellWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    // Whitespace and line continuations (`\`, `^` and PowerShell's backtick before a line break).
    if (/\s/.test(c) || (/[\\^`]/.test(c) && /^\r?\n/.test(text.slice(i + 1, i + 3)))) {
      i++;
      continue;
    }
    if (c === '#') {
      // A comment: to the end of its line.
      while (i < to && text[i] !== '\n') i++;
      continue;
    }
    if (c === '|' || c === ';' || c === '&') {
      words.push({ text: c, offsets: [i] });
      i++;
      continue;
    }
    const word: Word = { text: '', offsets: [] };
    while (i < to && !/\s/.test(text[i]) && !/[|;&]/.test(text[i])) {
      const ch = text[i];
      if (ch === "'") {
        const close = text.indexOf("'", i + 1);
        const end = close < 0 || close > to ? to : close;
        for (let k = i + 1; k < end; k++) {
          word.text += text[k];
          word.offsets.push(k);
        }
        i = end + 1;
      } else if (ch === '"') {
        let k = i + 1;
        while (k < to && text[k] !== '"') {
          if (text[k] === '\\' && /["\\$`]/.test(text[k + 1] ?? '')) k++;
          word.text += text[k];
          word.offsets.push(k);
          k++;
        }
        i = k + 1;
      } else if (ch === '\\' && i + 1 < to) {
        if (text[i + 1] === '\n' || text[i + 1] === '\r') break;
        word.text += text[i + 1];
        word.offsets.push(i + 1);
        i += 2;
      } else {
        word.text += ch;
        word.offsets.push(i);
        i++;
      }
    }
    if (word.text.length > 0) words.push(word);
  }
  return words;
}

/** The word's characters [start, end) as source offsets. */
function span(word: Word, start: number, end: number): { start: number; end: number } | undefined {
  if (end <= start || start < 0 || end > word.offsets.length) return undefined;
  return { start: word.offsets[start], end: word.offsets[end - 1] + 1 };
}

/** Authorization schemes whose value is a one-time proof, not a reusable credential. */
const CHALLENGE_SCHEMES = /^(?:digest|negotiate|ntlm|aws4-hmac-sha256|hoba|mutual|scram-sha-\d+|signature|hawk|mac|oauth|vapid)$/i;

/** Header names that carry a credential besides `Authorization`. */
const CREDENTIAL_HEADER = /^(?:(?:x-)?[\w-]*?(?:api[-_]?key|apikey|api[-_]?token|auth[-_]?token|access[-_]?token|private[-_]?token|session[-_]?token|secret|token|password|passwd))$/i;

type Finding = { start: number; end: number; name: string };

/** Characters of a token (RFC 6750 `b64token` and the API keys seen in practice). */
const TOKEN = /^[\w.~+/=:@!#$%&*^|-]+$/;

/**
 * The credential in a header value (`Bearer <token>`, `Basic <base64>`, a
 * bare token), as [start, end) inside `value`.
 */
function headerCredential(header: string, value: string): { start: number; end: number; name: string } | undefined {
  const lead = value.length - value.trimStart().length;
  const trimmed = value.trim();
  if (trimmed === '' || isStandIn(trimmed)) return undefined;
  const authorization = /authorization$/i.test(header);
  const scheme = authorization ? /^([A-Za-z][\w-]*)\s+(\S+)/.exec(trimmed) : null;
  if (scheme) {
    const token = scheme[2].replace(/[,;\\]+$/, '');
    const start = lead + scheme[0].length - scheme[2].length;
    if (CHALLENGE_SCHEMES.test(scheme[1])) return undefined;
    if (scheme[1].toLowerCase() === 'basic') {
      const decoded = decodeBase64(token);
      const colon = decoded ? decoded.indexOf(':') : -1;
      if (!decoded || colon < 0) return undefined;
      const user = decoded.slice(0, colon);
      if (!isPrintable(user)) return undefined;
      const password = decoded.slice(colon + 1);
      if (password === '' ? !looksRandom(user) : isStandInPair(user, password)) return undefined;
      return { start, end: start + token.length, name: 'HTTP Basic credentials' };
    }
    if (!TOKEN.test(token) || !looksRandom(token)) return undefined;
    return { start, end: start + token.length, name: `${scheme[1]} token in ${header} header` };
  }
  const token = /^\S+/.exec(trimmed)![0].replace(/[,;\\]+$/, '');
  if (token.length !== trimmed.length || !TOKEN.test(token) || !looksRandom(token)) return undefined;
  return { start: lead, end: lead + token.length, name: `Token in ${header} header` };
}

/** `Authorization` or an API-key header; CSRF tokens protect a session, they are not credentials. */
function isCredentialHeader(name: string): boolean {
  return /^(?:proxy-)?authorization$/i.test(name) || (CREDENTIAL_HEADER.test(name) && !/csrf|xsrf/i.test(name));
}

/** `Name: value` in a header word of a command line. */
function headerWord(word: Word, out: Finding[]): void {
  const m = /^\s*([A-Za-z][\w-]*)\s*:/.exec(word.text);
  if (!m || !isCredentialHeader(m[1])) return;
  const found = headerCredential(m[1], word.text.slice(m[0].length));
  const s = found && span(word, m[0].length + found.start, m[0].length + found.end);
  if (found && s) out.push({ ...s, name: found.name });
}

/** `user:password` of `curl -u` / `wget --user … --password …`. */
function userWord(word: Word, out: Finding[], tool: string): void {
  const text = word.text;
  if (isStandIn(text)) return;
  const colon = text.indexOf(':');
  if (colon < 0) return;
  const user = text.slice(0, colon);
  const password = text.slice(colon + 1);
  if (password === '') {
    // An API key as the user name with an empty password (`curl -u sk_live_…:`).
    const s = looksRandom(user) ? span(word, 0, colon) : undefined;
    if (s) out.push({ ...s, name: `API key as ${tool} user name` });
    return;
  }
  if (isStandInPair(user, password)) return;
  const s = span(word, colon + 1, text.length);
  if (s) out.push({ ...s, name: `Password in ${tool} command` });
}

const COMMAND = /(?<![\w.-])(curl|wget)(?:\.exe)?(?![\w.-])/g;

/** End of the logical command line that starts at `from`: continued lines end with `\`, `^` or a backtick. */
function commandEnd(text: string, from: number): number {
  let end = lineAt(text, from).end;
  while (end < text.length && /[\\^`]$/.test(text.slice(Math.max(from, end - 1), end)) && end - from < 8000) {
    end = lineAt(text, end + 1 + (text[end] === '\r' ? 1 : 0)).end;
  }
  return end;
}

function commandLines(text: string, out: Finding[]): void {
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    const tool = m[1];
    const end = commandEnd(text, m.index);
    const words = shellWords(text, m.index + m[0].length, end);
    for (let i = 0; i < words.length; i++) {
      const w = words[i].text;
      if (w === '|' || w === ';' || w === '&') break;
      const next = words[i + 1];
      if (tool === 'curl') {
        if (w === '-u' || w === '--user' || w === '-U' || w === '--proxy-user' || /^-[a-zA-Z]+u$/.test(w)) {
          if (next) userWord(next, out, tool);
          i++;
        } else if (/^-u./.test(w)) {
          userWord({ text: w.slice(2), offsets: words[i].offsets.slice(2) }, out, tool);
        } else if (w === '-H' || w === '--header' || w === '--proxy-header') {
          if (next) headerWord(next, out);
          i++;
        } else if (/^-H./.test(w)) {
          headerWord({ text: w.slice(2), offsets: words[i].offsets.slice(2) }, out);
        } else if (w === '--oauth2-bearer' && next) {
          if (looksRandom(next.text)) {
            const s = span(next, 0, next.text.length);
            if (s) out.push({ ...s, name: 'OAuth bearer token in curl command' });
          }
          i++;
        }
      } else {
        const pw = /^--(?:http-|proxy-|ftp-)?password=/.exec(w);
        if (pw) {
          const value = w.slice(pw[0].length);
          if (!isStandIn(value)) {
            const s = span(words[i], pw[0].length, w.length);
            if (s) out.push({ ...s, name: 'Password in wget command' });
          }
        } else if (/^--header=/.test(w)) {
          headerWord({ text: w.slice(9), offsets: words[i].offsets.slice(9) }, out);
        } else if (w === '--header' && next) {
          headerWord(next, out);
          i++;
        }
      }
    }
    COMMAND.lastIndex = Math.max(COMMAND.lastIndex, end);
  }
}

/**
 * `Authorization: …` anywhere: HTTP messages, JSON (`"authorization": "Bearer …"`),
 * code (`headers = {'Authorization': 'Token …'}`), YAML.
 */
const AUTHORIZATION = /(?<![\w-])((?:proxy-)?authorization)(["'`\]]?)[ \t]*(?::|=>|=|,)[ \t]*(?:[fbr]?(["'`]))?/gi;

function authorizationValues(text: string, out: Finding[]): void {
  AUTHORIZATION.lastIndex = 0;
  for (let m = AUTHORIZATION.exec(text); m; m = AUTHORIZATION.exec(text)) {
    const from = m.index + m[0].length;
    let to = lineAt(text, from, 1000).end;
    const quote = m[3];
    // Unquoted values only in header syntax (`Authorization: …`), not in code (`authorization = request…`)
    // nor as a quoted key's value (`'Authorization': type1msg` is a variable).
    if (!quote && (m[2] !== '' || !/:[ \t]*$/.test(m[0]))) continue;
    const close = quote ? text.indexOf(quote, from) : -1;
    if (quote && close >= 0 && close < to) to = close;
    else {
      const stop = /["'`]|\\["'n]/.exec(text.slice(from, to));
      if (stop) to = from + stop.index;
    }
    const found = headerCredential(m[1], text.slice(from, to));
    if (found) out.push({ start: from + found.start, end: from + found.end, name: found.name });
  }
}

/** `Name: value` header lines of `.http` / `.rest` request files. */
function requestFileHeaders(text: string, out: Finding[]): void {
  const header = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/gm;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    if (!isCredentialHeader(m[1])) continue;
    const found = headerCredential(m[1], m[2]);
    const from = m.index + m[0].length - m[2].length;
    if (found) out.push({ start: from + found.start, end: from + found.end, name: found.name });
  }
}

/** A quoted `Bearer <token>` in code, without an `Authorization` name in sight. */
const BEARER = /(?<![\w-])Bearer[ \t]+([A-Za-z0-9._~+/=-]{16,})(?=["'`])/g;

function bearerLiterals(text: string, out: Finding[]): void {
  BEARER.lastIndex = 0;
  for (let m = BEARER.exec(text); m; m = BEARER.exec(text)) {
    if (!looksRandom(m[1], 16)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, name: 'Bearer token' });
  }
}

/**
 * Credentials on command lines and in HTTP headers: `curl -u user:pass`,
 * `-H 'Authorization: Bearer …'`, `Authorization: Basic …`, API-key headers.
 */
export const httpCredentialsDetector: Detector = {
  applies: (input) => /curl|wget|authorization|bearer/.test(input.lower) || /\.(?:http|rest)$/i.test(input.path),
  detect(input: ScanInput) {
    const { text, lower } = input;
    const found: Finding[] = [];
    if (lower.includes('curl') || lower.includes('wget')) commandLines(text, found);
    if (lower.includes('authorization')) authorizationValues(text, found);
    if (/\.(?:http|rest)$/i.test(baseName(input.path))) requestFileHeaders(text, found);
    if (lower.includes('bearer')) bearerLiterals(text, found);
    const out: SecretHit[] = [];
    const seen = new Set<number>();
    for (const f of found) {
      if (seen.has(f.start) || f.end <= f.start) continue;
      seen.add(f.start);
      out.push({
        ruleId: HTTP_CREDENTIALS_RULE_ID,
        name: f.name,
        start: f.start,
        end: f.end,
        value: text.slice(f.start, f.end),
        severity: 'warning',
        priority: 6,
      });
    }
    return out;
  },
};
