import { isMap, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { child, scalarText } from '../../../formats/yaml';
import { detectEol } from '../../../text';
import type { EditFix, TextEdit } from '../../../types';
import type { RuleContext } from '../../rule';
import { templateExpressions, type MappedScalar } from './scalar';
import { shellModeAt } from './shell';
import { envNames, envValue, type Job, type Step, type Workflow } from './workflow';

/** Where the expression is rendered: a shell script or an actions/github-script `script:`. */
export type ScriptKind = 'shell' | 'javascript';

/** What to move into the step's `env:`. */
export interface MoveRequest {
  workflow: Workflow;
  job: Job;
  step: Step;
  script: MappedScalar;
  kind: ScriptKind;
  /** The expression body as written (`github.event.issue.title`). */
  body: string;
  /** Preferred env name before de-duplication. */
  name: string;
  fixAll: boolean;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Normalised expression text, so `${{github.head_ref}}` and `${{ github.head_ref }}` are one. */
export function normalizeBody(body: string): string {
  return body.trim().replace(/\s+/g, ' ');
}

/** In a shell script: quote the variable unless the text around it already does. */
function shellReplacement(value: string, start: number, end: number, name: string): Replacement | undefined {
  const ref = /[A-Za-z0-9_]/.test(value[end] ?? '') ? `\${${name}}` : `$${name}`;
  switch (shellModeAt(value, start)) {
    case 'plain':
      return { start, end, text: `"${ref}"` };
    case 'double':
    case 'heredoc':
    case 'comment':
      return { start, end, text: ref };
    case 'single':
      // `'${{ x }}'` → `"$X"`; inside a longer single-quoted word, close and reopen the quotes.
      if (value[start - 1] === "'" && value[end] === "'") return { start: start - 1, end: end + 1, text: `"$${name}"` };
      return { start, end, text: `'"${ref}"'` };
    default:
      return undefined; // a quoted here-document never expands variables
  }
}

/** The JavaScript quoting at an offset: a string, a template literal, a comment or plain code. */
export function jsModeAt(code: string, offset: number): string {
  let mode = 'code';
  for (let i = 0; i < offset; i++) {
    const c = code[i];
    if (mode === 'code') {
      if (c === "'" || c === '"' || c === '`') mode = c;
      else if (code.startsWith('//', i)) mode = '//';
      else if (code.startsWith('/*', i)) mode = '/*';
    } else if (mode === '//') {
      if (c === '\n') mode = 'code';
    } else if (mode === '/*') {
      if (code.startsWith('*/', i)) (mode = 'code'), i++;
    } else if (c === '\\') i++;
    else if (c === mode) mode = 'code';
  }
  return mode;
}

/** In github-script: read `process.env.NAME`; bare code positions are left alone (the text was code). */
function jsReplacement(value: string, start: number, end: number, name: string): Replacement | undefined {
  const ref = `process.env.${name}`;
  const mode = jsModeAt(value, start);
  if (mode === 'code') return undefined;
  if (mode === '`') return { start, end, text: `\${${ref}}` };
  if (mode === '//' || mode === '/*') return { start, end, text: ref };
  if (value[start - 1] === mode && value[end] === mode) return { start: start - 1, end: end + 1, text: ref };
  return { start, end, text: `${mode} + ${ref} + ${mode}` };
}

/** Escapes replacement text for the YAML scalar style it lands in. */
function yamlEscape(text: string, script: MappedScalar, sourceStart: number): string | undefined {
  switch (script.node.type) {
    case 'QUOTE_DOUBLE':
      return text.replace(/[\\"]/g, '\\$&');
    case 'QUOTE_SINGLE':
      return text.replace(/'/g, "''");
    case 'PLAIN':
      // A plain scalar that would start with a quote becomes a quoted scalar.
      return sourceStart === script.node.range![0] && /^["']/.test(text) ? undefined : text;
    default:
      return text;
  }
}

/** An existing env entry (visible to the step) whose value is this very expression. */
function existingName(request: MoveRequest, body: string): string | undefined {
  const { workflow, job, step } = request;
  const env = /^env\.([A-Za-z_][\w-]*)$/.exec(body);
  if (env) return env[1];
  for (const name of envNames(workflow, job, step)) {
    const value = envValue(workflow, job, step, name);
    const m = value ? /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value) : null;
    if (m && normalizeBody(m[1]) === body) return name;
  }
  return undefined;
}

function uniqueName(request: MoveRequest): string {
  const taken = envNames(request.workflow, request.job, request.step);
  // The expression being moved names its context (`secrets.NPM_TOKEN`); only the script's own words count.
  const script = request.script.value.replace(/\$\{\{[\s\S]*?\}\}/g, '');
  const used = (n: string) => taken.has(n) || new RegExp(`\\b${n}\\b`).test(script);
  if (!used(request.name)) return request.name;
  for (let i = 2; ; i++) if (!used(`${request.name}_${i}`)) return `${request.name}_${i}`;
}

/** The value of the new env entry: a plain scalar unless the expression holds YAML indicators. */
function envEntryValue(body: string): string {
  const value = `\${{ ${body} }}`;
  return /:\s|\s#/.test(value) ? `'${value.replace(/'/g, "''")}'` : value;
}

/** Source offset where a line can be inserted after a node's value. */
function lineAfter(context: RuleContext, node: YamlNode): number {
  const end = node.range![1];
  if (context.text[end - 1] === '\n') return end;
  const line = context.index.positionAt(end).line;
  return context.index.lineStart(line + 1);
}

function columnOf(context: RuleContext, node: YamlNode): number {
  return context.index.positionAt(node.range![0]).character;
}

/** The indentation unit of nested maps in this file (2 unless a step's `with:`/`env:` says otherwise). */
function indentUnit(context: RuleContext, step: Step): number {
  for (const key of ['with', 'env', 'outputs']) {
    const pair = step.node.items.find((p) => scalarText(p.key as YamlNode) === key);
    const first = isMap(pair?.value) ? (pair!.value as YAMLMap).items[0] : undefined;
    if (first && !(pair!.value as YAMLMap).flow) return columnOf(context, first.key as YamlNode) - columnOf(context, pair!.key as YamlNode);
  }
  return 2;
}

/** Adds `NAME: ${{ body }}` to the step's env, creating the `env:` key when there is none. */
function envEdit(context: RuleContext, request: MoveRequest, name: string, body: string): TextEdit | undefined {
  const eol = detectEol(context.text);
  const { step } = request;
  // A flow-style step (`- { run: … }`) has no line to add a block `env:` to.
  if (step.node.flow) return undefined;
  const entry = `${name}: ${envEntryValue(body)}`;
  const atOffset = (offset: number, text: string): TextEdit => {
    const pos = context.index.positionAt(offset);
    // At the end of a file without a final line break, the new line goes after one.
    const atEnd = offset === context.text.length && !context.text.endsWith('\n');
    return { range: { start: pos, end: pos }, newText: atEnd ? eol + text.slice(0, -eol.length) : text };
  };
  if (step.env) {
    if (step.env.flow || step.env.items.length === 0) return undefined;
    const last = step.env.items[step.env.items.length - 1] as Pair<YamlNode, YamlNode | null>;
    const indent = ' '.repeat(columnOf(context, last.key));
    return atOffset(lineAfter(context, (last.value ?? last.key) as YamlNode), `${indent}${entry}${eol}`);
  }
  const pairs = step.node.items as Pair<YamlNode, YamlNode | null>[];
  const keyColumn = columnOf(context, pairs[0].key);
  const indent = ' '.repeat(keyColumn);
  const block = `${indent}env:${eol}${indent}${' '.repeat(indentUnit(context, step))}${entry}${eol}`;
  const runPair = pairs.find((p) => p.value === request.script.node || (isMap(p.value) && child(p.value, 'script') === request.script.node));
  const runKey = runPair?.key;
  if (runKey) {
    const line = context.index.positionAt(runKey.range![0]).line;
    const prefix = context.text.slice(context.index.lineStart(line), runKey.range![0]);
    if (prefix.trim() === '') return atOffset(context.index.lineStart(line), block);
  }
  const last = pairs[pairs.length - 1];
  return atOffset(lineAfter(context, (last.value ?? last.key) as YamlNode), block);
}

/** The env name the fix uses: an existing entry holding the same expression, else a free derived name. */
export function envNameOf(request: MoveRequest): string {
  return existingName(request, normalizeBody(request.body)) ?? uniqueName(request);
}

/**
 * The quick fix that passes an expression to the script through the step's
 * `env:` and reads it as a variable, for every occurrence in the script.
 */
export function moveToStepEnvFix(context: RuleContext, request: MoveRequest): EditFix | undefined {
  const { script } = request;
  if (!script.toSource) return undefined;
  const body = normalizeBody(request.body);
  const occurrences = templateExpressions(context.text, script).filter((e) => normalizeBody(e.body) === body);
  const reused = existingName(request, body);
  const name = envNameOf(request);
  const edits: TextEdit[] = [];
  for (const occurrence of occurrences) {
    if (occurrence.valueStart === undefined || occurrence.valueEnd === undefined) return undefined;
    const build = request.kind === 'shell' ? shellReplacement : jsReplacement;
    const r = build(script.value, occurrence.valueStart, occurrence.valueEnd, name);
    const start = r && script.toSource(r.start);
    const end = r && script.toSource(r.end);
    if (!r || start === undefined || end === undefined) return undefined;
    const text = yamlEscape(r.text, script, start);
    if (text === undefined) return undefined;
    edits.push({ range: context.index.range(start, end), newText: text });
  }
  if (!reused) {
    const edit = envEdit(context, request, name, body);
    if (!edit) return undefined;
    edits.push(edit);
  }
  const where = reused ? `the env variable ${name}` : `the step's env as ${name}`;
  return { kind: 'edit', title: `Pass \${{ ${body} }} through ${where}`, edits, fixAll: request.fixAll, preferred: true };
}
