import type { Detector, SecretHit } from '../hits';
import { isLocalOrExampleHost, isStandIn, lineAt, nameBefore } from './common';

export const CONNECTION_STRING_RULE_ID = 'secrets/connection-string-password';

/** `Password=…` / `Pwd=…` as a key of an ADO.NET, ODBC or OLE DB connection string. */
const PASSWORD_KEY = /(?<=^|[;"'`\s{(,])(password|pwd)[ \t]*=[ \t]*/gi;

/** Another connection-string key: proves the `Password=` belongs to one. */
const OTHER_KEY =
  /(?:^|[;"'`\s{(,])(?:server|data source|datasource|host|hostname|user id|userid|user|username|uid|database|initial catalog|address|addr|network address|driver|dsn|provider|port|dbname)[ \t]*=/i;

/** `?password=…` / `&password=…` / `;password=…` in a JDBC or other URL. */
const QUERY_PASSWORD = /[?&;](password|pwd|passwd)=([^&;\s"'`#<>\\]+)/gi;

const LOCAL_SERVER = /(?:^|;)\s*(?:server|data source|host|address|addr)\s*=\s*(?:tcp:)?([^;"'`,\s]+)/i;

function isLocalServer(segment: string): boolean {
  const m = LOCAL_SERVER.exec(segment);
  if (!m) return false;
  const host = m[1];
  return host === '.' || /^\(local(?:db)?\)/i.test(host) || isLocalOrExampleHost(host.replace(/\\.*$/, ''));
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** The connection string around `offset`: from the quote or line start before it to the quote or line end after it. */
function segmentAround(text: string, offset: number): { start: number; end: number } {
  const line = lineAt(text, offset, 500);
  let start = offset;
  while (start > line.start && !isQuote(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < line.end && !isQuote(text.charCodeAt(end))) end++;
  return { start, end };
}

/** The value after `Password=`: quoted (`'…'`), braced (`{…}`) or up to `;` / a quote. */
function readValue(text: string, from: number, limit: number): { start: number; end: number } | undefined {
  const c = text[from];
  if (c === "'" || c === '{') {
    const close = text.indexOf(c === '{' ? '}' : "'", from + 1);
    if (close < 0 || close > limit) return undefined;
    return { start: from + 1, end: close };
  }
  let end = from;
  while (end < limit && !/[;"'`\r\n]/.test(text[end]) && !(text[end] === '\\' && /["']/.test(text[end + 1] ?? ''))) end++;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return { start: from, end };
}

function bindingOf(text: string, segmentStart: number): string | undefined {
  const own = /^\s*([A-Za-z_][\w.:-]*)\s*[=:]\s*(?=[A-Za-z][\w ]*=)/.exec(text.slice(segmentStart, segmentStart + 200));
  if (own && !OTHER_KEY.test(` ${own[1]}=`)) return own[1];
  return nameBefore(text, segmentStart);
}

/** Passwords in connection strings: `Server=db;User Id=app;Password=s3cr3t;` and JDBC `?password=s3cr3t`. */
export const connectionStringDetector: Detector = {
  applies: (input) =>
    input.lower.includes('password=') || input.lower.includes('pwd=') || input.lower.includes('passwd=') || /(?:password|pwd)\s+=/.test(input.lower),
  detect(input) {
    const { text } = input;
    const out: SecretHit[] = [];
    const seen = new Set<number>();
    const add = (start: number, end: number, segmentStart: number, local: boolean): void => {
      const value = text.slice(start, end);
      if (seen.has(start) || isStandIn(value)) return;
      seen.add(start);
      const hit: SecretHit = {
        ruleId: CONNECTION_STRING_RULE_ID,
        name: 'Password in connection string',
        start,
        end,
        value,
        severity: local ? 'warning' : 'error',
        priority: 5,
        boundName: bindingOf(text, segmentStart),
      };
      if (local) hit.qualifier = 'local server';
      out.push(hit);
    };

    PASSWORD_KEY.lastIndex = 0;
    for (let m = PASSWORD_KEY.exec(text); m; m = PASSWORD_KEY.exec(text)) {
      const seg = segmentAround(text, m.index);
      const segment = text.slice(seg.start, seg.end);
      const valueAt = m.index + m[0].length;
      const value = readValue(text, valueAt, Math.max(seg.end, lineAt(text, m.index, 500).end));
      if (!value || value.end <= value.start) continue;
      // `Password={0}` is a format placeholder, not an ODBC-braced value.
      if (text[valueAt] === '{' && isStandIn(text.slice(valueAt, value.end + 1))) continue;
      // Connection strings are `;`-separated lists with other known keys.
      const around = text.slice(Math.max(seg.start, m.index - 1), Math.min(text.length, value.end + 2));
      if (!/;/.test(around) && !segment.includes(';')) continue;
      const others = segment.slice(0, m.index - seg.start) + ' ' + segment.slice(value.end - seg.start);
      if (!OTHER_KEY.test(others)) continue;
      add(value.start, value.end, seg.start, isLocalServer(segment));
    }

    if (!input.lower.includes('://') && !input.lower.includes('jdbc:')) return out;
    QUERY_PASSWORD.lastIndex = 0;
    for (let m = QUERY_PASSWORD.exec(text); m; m = QUERY_PASSWORD.exec(text)) {
      const line = lineAt(text, m.index, 500);
      const before = text.slice(line.start, m.index);
      // The URL this parameter belongs to: `scheme://` or `jdbc:` earlier in the same token.
      const at = Math.max(before.lastIndexOf('://'), before.toLowerCase().lastIndexOf('jdbc:'));
      if (at < 0 || /[\s"'`]/.test(before.slice(at))) continue;
      const authority = /^(?:jdbc:[\w:+-]*?)?(?::\/\/)?([^/;?\s"'`]*)/i.exec(before.slice(at))?.[1] ?? '';
      const host = authority.replace(/^.*@/, '');
      const start = m.index + m[0].length - m[2].length;
      const seg = segmentAround(text, m.index);
      add(start, start + m[2].length, seg.start, host !== '' && isLocalOrExampleHost(host));
    }
    return out;
  },
};
