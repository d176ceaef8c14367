import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { child, entries, rangeOf, roots, scalarText, yamlOf, type YamlFile } from '../../formats/yaml';
import { detectEol } from '../../text';
import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';

/** Official Python images (`python:3.12-slim`, `docker.io/library/pypy:3`): they leave PYTHONUNBUFFERED unset. */
const PYTHON_BASE_IMAGE = /^(?:(?:docker\.io\/)?(?:library\/)?)(?:python|pypy)(?::[\w.-]+)?(?:@\S+)?$/;
/** A Python process somewhere in the command (`python app.py`, `sh -c "pip install … && gunicorn app:app"`). */
const PYTHON_PROCESS = /(?:^|[\s/;&|"'])(?:python[\d.]*|gunicorn|uvicorn|hypercorn|daphne|celery|flask|django-admin|waitress-serve|streamlit|dramatiq|rq|huey_consumer)(?=\s|$|["';&|])/;
const UNBUFFERED_FLAG = /\bpython[\d.]*\s+(?:-\w*u\b|-u\w*)/;

/** A command or args value as one line of text (string form or list form). */
function commandText(node: YamlNode | null | undefined): string {
  if (isSeq(node)) return node.items.map((i) => scalarText(i as YamlNode) ?? '').join(' ');
  return scalarText(node) ?? '';
}

/** `python -m http.server` logs each request to stderr, which is line-buffered (Python 3.9+). */
const STDERR_ONLY = /\bpython[\d.]*\s+-m\s+(?:http\.server|SimpleHTTPServer)\b/;

/** Runs Python from a plain Python image, without -u. */
function isBufferedPython(image: string | undefined, command: string): boolean {
  if (image === undefined || !PYTHON_BASE_IMAGE.test(image.trim()) || STDERR_ONLY.test(command)) return false;
  return PYTHON_PROCESS.test(command) && !UNBUFFERED_FLAG.test(command);
}

function hasMergeKeys(node: YamlNode | null | undefined): boolean {
  return isMap(node) && node.items.some((p) => scalarText(p.key as YamlNode) === '<<');
}

/** The column of a node's first character, and the text before it on its line. */
function lineHead(context: RuleContext, offset: number): { column: number; prefix: string; line: number } {
  const pos = context.index.positionAt(offset);
  return { column: pos.character, prefix: context.index.lineText(pos.line).slice(0, pos.character), line: pos.line };
}

/** End of the last line holding the node's content (block collections and scalars may end on the next line). */
function lastLineEnd(context: RuleContext, node: YamlNode | Pair | null | undefined): number | undefined {
  const item = isPair(node) ? ((node.value as YamlNode | null) ?? (node.key as YamlNode)) : node;
  if ((isMap(item) || isSeq(item)) && !item.flow && item.items.length > 0) return lastLineEnd(context, item.items[item.items.length - 1] as YamlNode | Pair);
  let end = item?.range?.[1];
  if (end === undefined) return undefined;
  while (end > 0 && /\s/.test(context.text[end - 1] ?? '')) end--;
  return context.index.lineEnd(context.index.positionAt(end).line);
}

function insertFix(context: RuleContext, at: number | undefined, lines: string[]): EditFix[] {
  if (at === undefined) return [];
  const eol = detectEol(context.text);
  const newText = lines.map((l) => `${eol}${l}`).join('');
  return [{ kind: 'edit', title: 'Add PYTHONUNBUFFERED=1 to the environment', edits: [{ range: context.index.range(at, at), newText }], fixAll: true, preferred: true }];
}

/** Compose `environment:` in map or list form, or a new `environment:` after `image:`. */
function composeFix(context: RuleContext, service: YamlNode, imagePair: Pair): EditFix[] {
  const env = child(service, 'environment');
  if (isMap(env) && !env.flow && env.items.length > 0) {
    const first = (env.items[0].key as YamlNode).range?.[0];
    if (first === undefined) return [];
    const indent = ' '.repeat(lineHead(context, first).column);
    return insertFix(context, lastLineEnd(context, env.items[env.items.length - 1]), [`${indent}PYTHONUNBUFFERED: "1"`]);
  }
  if (isSeq(env) && !env.flow && env.items.length > 0) {
    const start = (env.items[0] as YamlNode).range?.[0];
    if (start === undefined) return [];
    const { prefix } = lineHead(context, start);
    if (!/^\s*-\s+$/.test(prefix)) return [];
    const quote = context.text[start] === '"' || context.text[start] === "'" ? context.text[start] : '';
    return insertFix(context, lastLineEnd(context, env.items[env.items.length - 1] as YamlNode), [`${prefix}${quote}PYTHONUNBUFFERED=1${quote}`]);
  }
  if (env !== undefined) return [];
  const keyStart = (imagePair.key as YamlNode).range?.[0];
  const serviceKeys = isMap(service) ? service.items.map((p) => (p.key as YamlNode).range?.[0]) : [];
  if (keyStart === undefined || !isMap(service) || service.flow) return [];
  const { column } = lineHead(context, keyStart);
  const unit = unitIndent(context, serviceKeys, column);
  return insertFix(context, lastLineEnd(context, imagePair), [`${' '.repeat(column)}environment:`, `${' '.repeat(column + unit)}PYTHONUNBUFFERED: "1"`]);
}

/** The file's indentation step: the difference between a key column and its parent's, 2 when unknown. */
function unitIndent(context: RuleContext, keyStarts: Array<number | undefined>, column: number): number {
  const first = keyStarts.find((k) => k !== undefined);
  if (first === undefined) return 2;
  const line = context.index.positionAt(first).line;
  for (let l = line - 1; l >= 0; l--) {
    const text = context.index.lineText(l);
    if (text.trim() === '' || /^\s*#/.test(text)) continue;
    const parent = /^\s*/.exec(text)?.[0].length ?? 0;
    return column > parent ? column - parent : 2;
  }
  return 2;
}

function report(context: RuleContext, file: YamlFile, image: YamlNode, where: string, fixes: EditFix[]): void {
  const range = rangeOf(file, image);
  if (!range) return;
  context.report({
    range,
    message: `${where} runs Python from ${scalarText(image)} without PYTHONUNBUFFERED, so its stdout is block-buffered and log lines arrive late or are lost on a crash. Set PYTHONUNBUFFERED to 1 in its environment (Twelve-Factor XI: Logs).`,
    severity: context.isTest ? 'hint' : undefined,
    fixes,
  });
}

function checkComposeService(context: RuleContext, file: YamlFile, name: string, service: YamlNode): void {
  // A local build is checked in its Dockerfile; env files, extends and merge keys may set the variable.
  if (!isMap(service) || ['build', 'env_file', 'extends'].some((k) => child(service, k) !== undefined) || hasMergeKeys(service)) return;
  if (scalarText(child(service, 'tty')) === 'true') return;
  const imagePair = service.items.find((p) => scalarText(p.key as YamlNode) === 'image');
  const image = imagePair?.value as YamlNode | null | undefined;
  const command = `${commandText(child(service, 'entrypoint'))} ${commandText(child(service, 'command'))}`.trim();
  if (!imagePair || !isScalar(image) || !isBufferedPython(scalarText(image), command)) return;
  const env = child(service, 'environment');
  if (hasMergeKeys(env) || (env !== undefined && env !== null && !isMap(env) && !isSeq(env))) return;
  if (isMap(env) && env.items.some((p) => scalarText(p.key as YamlNode) === 'PYTHONUNBUFFERED' && scalarText(p.value as YamlNode) !== '')) return;
  if (isSeq(env) && env.items.some((i) => /^PYTHONUNBUFFERED(=.+)?$/.test(scalarText(i as YamlNode)?.trim() ?? ''))) return;
  report(context, file, image, `Service "${name}"`, composeFix(context, service, imagePair as Pair));
}

/** Kubernetes `env:` list, or a new `env:` after `image:`. */
function kubernetesFix(context: RuleContext, container: YamlNode, imagePair: Pair): EditFix[] {
  const env = child(container, 'env');
  if (isSeq(env) && !env.flow && env.items.length > 0) {
    const first = env.items[0] as YamlNode;
    const start = first.range?.[0];
    if (!isMap(first) || first.flow || start === undefined) return [];
    const { prefix, column } = lineHead(context, start);
    if (!/^\s*-\s+$/.test(prefix)) return [];
    return insertFix(context, lastLineEnd(context, env.items[env.items.length - 1] as YamlNode), [`${prefix}name: PYTHONUNBUFFERED`, `${' '.repeat(column)}value: "1"`]);
  }
  if (env !== undefined || !isMap(container) || container.flow) return [];
  const keyStart = (imagePair.key as YamlNode).range?.[0];
  if (keyStart === undefined) return [];
  const { column } = lineHead(context, keyStart);
  return insertFix(context, lastLineEnd(context, imagePair), [`${' '.repeat(column)}env:`, `${' '.repeat(column)}  - name: PYTHONUNBUFFERED`, `${' '.repeat(column)}    value: "1"`]);
}

function checkContainer(context: RuleContext, file: YamlFile, container: YamlNode): void {
  if (!isMap(container) || child(container, 'envFrom') !== undefined || hasMergeKeys(container)) return;
  if (scalarText(child(container, 'tty')) === 'true') return;
  const imagePair = container.items.find((p) => scalarText(p.key as YamlNode) === 'image');
  const image = imagePair?.value as YamlNode | null | undefined;
  const command = `${commandText(child(container, 'command'))} ${commandText(child(container, 'args'))}`.trim();
  if (!imagePair || !isScalar(image) || !isBufferedPython(scalarText(image), command)) return;
  const env = child(container, 'env');
  if (env !== undefined && env !== null && !isSeq(env)) return;
  if (isSeq(env) && env.items.some((i) => scalarText(child(i as YamlNode, 'name')) === 'PYTHONUNBUFFERED')) return;
  const name = scalarText(child(container, 'name'));
  report(context, file, image, name ? `Container "${name}"` : 'This container', kubernetesFix(context, container, imagePair as Pair));
}

/** Compose services and Kubernetes containers that run Python from a plain Python image. */
export function checkComposeAndKubernetes(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    if (context.language === 'compose') {
      const services = child(root, 'services');
      if (!isMap(services)) continue;
      for (const pair of services.items) checkComposeService(context, file, scalarText(pair.key as YamlNode) ?? 'service', pair.value as YamlNode);
    } else {
      for (const entry of entries(root)) {
        if (entry.key !== 'containers' || !isSeq(entry.value)) continue;
        for (const container of entry.value.items as YamlNode[]) checkContainer(context, file, container);
      }
    }
  }
}
