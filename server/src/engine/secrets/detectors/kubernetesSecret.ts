import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { isCodeLanguage } from '../../classify';
import type { Detector, ScanInput, SecretHit } from '../hits';
import { decodeBase64, isPrintable, isStandIn, isStandInPair } from './common';

export const KUBERNETES_SECRET_RULE_ID = 'secrets/kubernetes-secret';

/** Keys of a Secret that name where or who, not a credential. */
export const NOT_SECRET_KEYS = /^(?:user|username|user[-_.]?name|login|email|host|hostname|port|database|db|dbname|db[-_.]?name|namespace|region)$/i;

/** A value in a Secret's `data` (base64) or `stringData` (plain), with its offsets in the file. */
interface Entry {
  key: string;
  start: number;
  end: number;
  base64: boolean;
}

/** The value itself is a stand-in: empty, a template, an encrypted SOPS value, or base64 of a stand-in. */
export function isStandInValue(value: string, base64: boolean): boolean {
  const v = value.replace(/\s+/g, base64 ? '' : ' ').trim();
  if (v === '' || isStandIn(v) || /^ENC\[[A-Z0-9_]+,data:/.test(v)) return true;
  if (!base64) return isStandInDecoded(v);
  const decoded = decodeBase64(v);
  // Not base64: a value someone forgot to encode is still a secret.
  if (decoded === undefined || !isPrintable(decoded)) return false;
  return isStandInDecoded(decoded.trim());
}

/** Certificates and public keys are published by design: a Secret may carry them next to its key. */
const PUBLIC_PEM = /^-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK|CERTIFICATE REQUEST)-----/;

function isStandInDecoded(decoded: string): boolean {
  if (isStandIn(decoded) || PUBLIC_PEM.test(decoded)) return true;
  // Flags and ports kept next to the credentials: `ssl: "true"`, `port: "5432"`.
  if (/^(?:true|false|yes|no|on|off|enabled|disabled|\d{1,5})$/i.test(decoded)) return true;
  const colon = decoded.indexOf(':');
  return colon > 0 && !decoded.includes('{') && isStandInPair(decoded.slice(0, colon), decoded.slice(colon + 1));
}

function toHit(input: ScanInput, e: Entry): SecretHit | undefined {
  if (e.end <= e.start || NOT_SECRET_KEYS.test(e.key)) return undefined;
  const value = input.text.slice(e.start, e.end);
  if (isStandInValue(value, e.base64)) return undefined;
  return {
    ruleId: KUBERNETES_SECRET_RULE_ID,
    name: `Kubernetes Secret ${e.base64 ? 'data' : 'stringData'} "${e.key}"`,
    start: e.start,
    end: e.end,
    value,
    severity: 'error',
    priority: 7,
    boundName: e.key,
  };
}

// ---------------------------------------------------------------------------
// Through the YAML parser.

function scalarSpan(text: string, offset: number, node: Node): { start: number; end: number } | undefined {
  if (!isScalar(node) || !node.range || node.value === null) return undefined;
  let start = offset + node.range[0];
  let end = offset + node.range[1];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start++;
    end--;
  } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const eol = text.indexOf('\n', start);
    if (eol < 0 || eol >= end) return undefined;
    start = eol + 1;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function entriesOfManifest(text: string, offset: number, node: unknown, out: Entry[]): void {
  if (!isMap(node)) return;
  const kind = node.get('kind');
  if (typeof kind === 'string' && kind.toLowerCase() === 'list') {
    const items = node.get('items', true);
    if (isSeq(items)) for (const item of items.items) entriesOfManifest(text, offset, item, out);
    return;
  }
  if (typeof kind !== 'string' || kind.toLowerCase() !== 'secret') return;
  for (const section of ['data', 'stringData'] as const) {
    const map = node.get(section, true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const span = key !== undefined && pair.value ? scalarSpan(text, offset, pair.value as Node) : undefined;
      if (key !== undefined && span) out.push({ key, ...span, base64: section === 'data' });
    }
  }
}

// ---------------------------------------------------------------------------
// Tolerant line scan, for manifests the parser rejects (tab indentation, templates).

const KIND_LINE = /^([ \t]*)["']?kind["']?[ \t]*:[ \t]*(["']?)secret\2[ \t]*,?[ \t]*(?:#.*)?$/i;
const SECTION_LINE = /^([ \t]*)(data|stringData)[ \t]*:[ \t]*(?:#.*)?$/;
const ENTRY_LINE = /^([ \t]*)(["']?)([^\s:#"'][^:#"']*?)\2[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

function entriesByLines(text: string, offset: number, out: Entry[]): void {
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), start: offset + pos });
    pos += line.length + 1;
  }
  const kind = lines.find((l) => KIND_LINE.test(l.text));
  if (!kind) return;
  const level = indentOf(kind.text);
  for (let i = 0; i < lines.length; i++) {
    const section = SECTION_LINE.exec(lines[i].text);
    if (!section || section[1].length !== level) continue;
    const base64 = section[2] === 'data';
    let childIndent = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j].text;
      if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
      const indent = indentOf(line);
      if (indent <= level) break;
      if (childIndent < 0) childIndent = indent;
      if (indent !== childIndent) continue;
      const entry = ENTRY_LINE.exec(line);
      if (!entry) continue;
      const key = entry[3];
      let raw = entry[4] ?? '';
      const colon = line.indexOf(':', entry[1].length + 2 * entry[2].length + key.length);
      if (/^[|>][-+0-9]*(?:\s+#.*)?$/.test(raw)) {
        // Block scalar: the more-indented lines that follow.
        let k = j + 1;
        while (k < lines.length && (lines[k].text.trim() === '' || indentOf(lines[k].text) > indent)) k++;
        let last = k - 1;
        while (last > j && lines[last].text.trim() === '') last--;
        if (last > j) {
          const first = lines[j + 1];
          out.push({ key, start: first.start + indentOf(first.text), end: lines[last].start + lines[last].text.trimEnd().length, base64 });
        }
        j = k - 1;
        continue;
      }
      raw = raw.replace(/[ \t]+#.*$/, '');
      let start = lines[j].start + line.indexOf(raw, colon + 1);
      let end = start + raw.length;
      const q = raw[0];
      if ((q === '"' || q === "'") && raw.length >= 2 && raw[raw.length - 1] === q) {
        start++;
        end--;
      }
      out.push({ key, start, end, base64 });
    }
  }
}

/** Documents of a YAML stream, split at `---` lines, with their offsets. */
function documents(text: string): { text: string; offset: number }[] {
  const docs: { text: string; offset: number }[] = [];
  const separator = /^(?:---|\.\.\.)[ \t]*(?:#.*)?$/gm;
  let from = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    docs.push({ text: text.slice(from, m.index), offset: from });
    from = m.index + m[0].length;
  }
  docs.push({ text: text.slice(from), offset: from });
  return docs;
}

/**
 * Values of Kubernetes `Secret` manifests: one hit per non-empty `data` or
 * `stringData` value that is not a template, an encrypted value or the
 * base64 of a stand-in.
 */
export const kubernetesSecretDetector: Detector = {
  applies: (input) =>
    !isCodeLanguage(input.language) && input.lower.includes('kind') && input.lower.includes('secret') && input.lower.includes('data'),
  detect(input) {
    const entries: Entry[] = [];
    for (const doc of documents(input.text)) {
      if (!/kind/i.test(doc.text) || !/secret/i.test(doc.text)) continue;
      let parsed = false;
      try {
        const yamlDoc = parseDocument(doc.text, { uniqueKeys: false, strict: false });
        if (yamlDoc.errors.length === 0) {
          parsed = true;
          entriesOfManifest(input.text, doc.offset, yamlDoc.contents, entries);
        }
      } catch {
        parsed = false;
      }
      if (!parsed) entriesByLines(doc.text, doc.offset, entries);
    }
    const out: SecretHit[] = [];
    for (const e of entries) {
      const hit = toHit(input, e);
      if (hit) out.push(hit);
    }
    return out;
  },
};
