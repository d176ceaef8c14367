import { DockerfileParser } from 'dockerfile-ast';
import { isMap, isPair, isScalar, parseAllDocuments, visit } from 'yaml';
import { isCodeLanguage } from '../../classify';
import type { ScanInput } from '../hits';
import { isSecretName } from './names';

/** A value bound to a name: `password = "…"`, `API_TOKEN: …`, `<add key="Password" value="…"/>`. */
export interface Assignment {
  name: string;
  value: string;
  /** UTF-16 offsets of the value (without quotes) in the text. */
  start: number;
  end: number;
}

const MAX_VALUE = 500;

/** Offsets of `value` inside the literal's source, or the literal without its quotes. */
function valueOffsets(text: string, start: number, end: number, value: string): [number, number] {
  const at = value.length > 0 ? text.indexOf(value, start) : -1;
  if (at >= 0 && at + value.length <= end) return [at, at + value.length];
  return [Math.min(start + 1, end), Math.max(end - 1, start)];
}

/** Code: string literals bound to a name, and `set("api_key", "…")`-style pairs of arguments. */
/** A first argument that is a string literal, with an optional prefix (`r"…"`, `@"…"`, `$"…"`, `b'…'`). */
const FIRST_ARG_STRING = /^\s*(?:[A-Za-z@$]{1,2})?["'`]/;

function fromCode(input: ScanInput): Assignment[] {
  const out: Assignment[] = [];
  const facts = input.facts;
  if (!facts) return out;
  for (const s of facts.strings) {
    // Cheap checks on the value first: the name and binding are computed lazily, on demand.
    if (s.value.length < 8 || s.value.length > MAX_VALUE || /\s/.test(s.value)) continue;
    if (!s.name || !isSecretName(s.name) || s.interpolated || s.docstring || s.compared || s.binding === 'comparison' || s.binding === 'argument' || s.binding === 'element') continue;
    const [start, end] = valueOffsets(input.text, s.start, s.end, s.value);
    out.push({ name: s.name, value: s.value, start, end });
  }
  for (const call of facts.calls) {
    // Most calls do not start with a string: skip them before their arguments are computed.
    if (input.text[call.argsSpan.start] === '(' && !FIRST_ARG_STRING.test(input.text.slice(call.argsSpan.start + 1, call.argsSpan.start + 64))) continue;
    const [key, value] = call.args;
    if (key?.kind !== 'string' || value?.kind !== 'string' || key.value === undefined || value.value === undefined) continue;
    const [start, end] = valueOffsets(input.text, value.start, value.end, value.value);
    out.push({ name: key.value, value: value.value, start, end });
  }
  return out;
}

/** A string scalar bound to `name`, with the offsets of its content (inside the quotes, if quoted). */
function scalarAssignment(name: string, node: unknown): Assignment | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [s, e] = node.range;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return { name, value: node.value, start: quoted ? s + 1 : s, end: quoted ? e - 1 : e };
}

/** YAML (compose, Kubernetes, workflows): every scalar value under a scalar key, with exact offsets. */
function fromYaml(input: ScanInput): Assignment[] | undefined {
  const out: Assignment[] = [];
  let documents;
  try {
    documents = parseAllDocuments(input.text, { keepSourceTokens: false, prettyErrors: false });
  } catch {
    return undefined;
  }
  if (!Array.isArray(documents)) return undefined;
  for (const doc of documents) {
    if (doc.errors.length > 0) return undefined;
    // A SealedSecret holds values encrypted for the cluster: committing them is the point.
    if (isMap(doc.contents) && doc.get('kind') === 'SealedSecret') continue;
    visit(doc, {
      // `- name: DB_PASSWORD` / `value: …` (Kubernetes env entries, action inputs): the value is bound to the name.
      Map(_, map) {
        if (!isMap(map)) return;
        const nameNode = map.items.find((p) => isScalar(p.key) && p.key.value === 'name')?.value;
        const valueNode = map.items.find((p) => isScalar(p.key) && p.key.value === 'value')?.value;
        if (!isScalar(nameNode)) return;
        const assignment = scalarAssignment(String(nameNode.value), valueNode);
        if (assignment) out.push(assignment);
      },
      Pair(_, pair) {
        if (!isPair(pair) || !isScalar(pair.key)) return;
        const assignment = scalarAssignment(String(pair.key.value), pair.value);
        if (assignment) out.push(assignment);
      },
    });
  }
  return out;
}

/** `.env` and `.properties`: `KEY=value`, `export KEY="value"`, `key: value`. */
function fromKeyValueLines(input: ScanInput): Assignment[] {
  const out: Assignment[] = [];
  const line = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.\-]*)[ \t]*[=:][ \t]*(?:(["'`])((?:(?!\2)[^\\\n]|\\.)*)\2|([^\r\n#]*?))[ \t]*(?:[ \t]#.*)?$/gm;
  for (let m = line.exec(input.text); m; m = line.exec(input.text)) {
    const value = m[3] ?? m[4] ?? '';
    if (value.length === 0 || value.length > MAX_VALUE) continue;
    const start = m.index + m[0].indexOf(value, m[0].indexOf(m[1]!) + m[1]!.length);
    out.push({ name: m[1]!, value, start, end: start + value.length });
  }
  return out;
}

/** Dockerfile `ENV` and `ARG` defaults, through dockerfile-ast. */
function fromDockerfile(input: ScanInput): Assignment[] {
  const out: Assignment[] = [];
  const dockerfile = DockerfileParser.parse(input.text);
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    const properties = 'getProperties' in instruction ? (instruction as unknown as { getProperties(): DockerProperty[] }).getProperties() : [];
    for (const p of properties) {
      const range = p.getValueRange();
      const raw = p.getValue();
      if (!range || !raw) continue;
      const start = input.index.offsetAt(range.start);
      const end = input.index.offsetAt(range.end);
      const source = input.text.slice(start, end);
      const unquoted = /^(["']).*\1$/s.test(source) ? [start + 1, end - 1] : [start, end];
      out.push({ name: p.getName(), value: input.text.slice(unquoted[0], unquoted[1]), start: unquoted[0]!, end: unquoted[1]! });
    }
  }
  return out;
}

interface DockerProperty {
  getName(): string;
  getValue(): string | null;
  getValueRange(): { start: { line: number; character: number }; end: { line: number; character: number } } | null;
}

/**
 * Any other text (JSON, Terraform, XML, shell, docs): assignments in the
 * common syntaxes, quoted (`name = "v"`, `"name": "v"`, `name := "v"`,
 * `"name" => "v"`, `set("name", "v")`), unquoted (`NAME=v`, `name: v`) and
 * XML (`<name>v</name>`, `<add key="name" value="v"/>`).
 */
function fromText(input: Pick<ScanInput, 'text'>, base = 0): Assignment[] {
  const out: Assignment[] = [];
  const text = input.text;
  const push = (name: string, value: string, start: number) => {
    if (value.length > 0 && value.length <= MAX_VALUE) out.push({ name, value, start: base + start, end: base + start + value.length });
  };
  // Declarations put a type before (`String apiKey = "…"`) or after (`var apiKey string = "…"`) the
  // name; both words are candidates and the name check keeps the right one.
  const quoted =
    /(?<![\w$@])["'`]?([A-Za-z_$@][\w.\-$@]{0,80}?)["'`]?(?:[ \t]*:[ \t]*[\w.<>[\]|]+|[ \t]+([\w.<>[\]]+))?[ \t]*(?:\][ \t]*)?(?:::?:?=|[:?.+!]?=|=>|:|,)[ \t]*(["'`])((?:(?!\3)[^\\\r\n]|\\.){1,500})\3/g;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const start = m.index + m[0].length - 1 - m[4]!.length;
    push(m[1]!, m[4]!, start);
    if (m[2] && /^[A-Za-z_$][\w$]*$/.test(m[2])) push(m[2], m[4]!, start);
  }
  // `KEY=value` anywhere (also inside a JSON string: `"KEY=value\n…"`); `key: value` only with a space, as YAML.
  const bare = /(?<![\w$@.'])([A-Za-z_][\w.\-]{0,80})[ \t]*(?:=|:(?=[ \t]))[ \t]*(?!["'`\s])([^\s"'`,;<>()[\]{}\\]{1,500})/g;
  for (let m = bare.exec(text); m; m = bare.exec(text)) {
    // Prose (`the password: references …`): a lower-case name followed by a plain word is a sentence, not config.
    if (/^[a-z]+$/i.test(m[2]!) && !/[_A-Z.-]/.test(m[1]!)) continue;
    push(m[1]!, m[2]!, m.index + m[0].length - m[2]!.length);
  }
  const element = /<([A-Za-z_][\w.:-]{0,80})>\s*([^<\s]{1,500})\s*<\/\1>/g;
  for (let m = element.exec(text); m; m = element.exec(text)) push(m[1]!, m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length + 2));
  const keyValue = /\bkey\s*=\s*"([^"]{1,80})"\s+value\s*=\s*"([^"]{0,500})"/g;
  for (let m = keyValue.exec(text); m; m = keyValue.exec(text)) push(m[1]!, m[2]!, m.index + m[0].length - 1 - m[2]!.length);
  return out;
}

/** The file's name-to-value bindings, through the parser its format has. */
export function assignmentsOf(input: ScanInput): Assignment[] {
  if (isCodeLanguage(input.language) && input.facts) return [...fromCode(input), ...fromComments(input)];
  switch (input.language) {
    case 'yaml':
    case 'compose':
    case 'kubernetes':
    case 'github-actions':
    // JSON is YAML 1.2, so the same parser gives exact ranges; JSONC comments fall back to the text reader.
    case 'json':
      return fromYaml(input) ?? fromText(input);
    case 'dotenv':
    case 'properties':
      return fromKeyValueLines(input);
    case 'dockerfile':
      return fromDockerfile(input);
    default:
      return fromText(input);
  }
}

/** Code comments are text too: `# password: hunter2…` in a comment is still committed. */
function fromComments(input: ScanInput): Assignment[] {
  const out: Assignment[] = [];
  for (const comment of input.facts?.comments ?? []) {
    if (!/pass|pwd|secret|token|key|auth|cred/i.test(comment.text)) continue;
    out.push(...fromText({ text: input.text.slice(comment.start, comment.end) }, comment.start));
  }
  return out;
}
