import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { dockerfileOf } from '../../formats/dockerfile';
import { at, child, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { Range } from '../../types';
import type { RuleContext } from '../rule';
import { argvValues, commandArgs, escapeOf, imageCommand } from '../shared/dockerCommands';
import { shellScriptIndex, shlexSplit, splitShell, type ShellCommand } from '../shared/shell';
import { isDevOnlyPath } from '../processes/deploy-scope';
import { migrationOf } from './migration-in-image-build';

/** Operators after which the next command runs once the migration is done (not `||`, `|`, `&`). */
const SEQUENTIAL = new Set(['&&', ';', '\n']);

/** Compose files for local development, where `migrate && runserver` is the usual convenience. */
const DEV_COMPOSE = /(^|\/)(docker-)?compose[.-](dev|development|local|test|ci|override)[\w.-]*\.ya?ml$/i;

/** Development servers: a start command that runs one is a local convenience, never scaled. */
const DEV_SERVER = /\b(runserver|flask run|artisan serve|nodemon|npm run dev|yarn dev|pnpm dev|next dev|rails s(erver)? -b|--reload)\b/;

/** Workloads whose containers all run the same start command in parallel (Jobs run once: fine). */
const SCALED_KINDS = new Set(['Deployment', 'StatefulSet']);

/** A migration command that is followed by the server: what it runs, and its words' offsets in the script. */
function chainedMigration(commands: readonly ShellCommand[]): { what: string; start: number; end: number; dev: boolean } | undefined {
  for (let i = 0; i < commands.length - 1; i++) {
    const command = commands[i]!;
    const what = migrationOf(command.words);
    if (!what || !command.after || !SEQUENTIAL.has(command.after)) continue;
    const rest = commands.slice(i + 1).filter((c) => c.words.length > 0 && !migrationOf(c.words));
    if (rest.length === 0) continue;
    const dev = rest.some((c) => DEV_SERVER.test(c.words.map((w) => w.value).join(' ')));
    return { what, start: command.words[0]!.start, end: command.words[command.words.length - 1]!.end, dev };
  }
  return undefined;
}

function message(what: string, where: string): string {
  return `${where} runs "${what}" before starting the server, so every replica and restart migrates concurrently; run migrations as a one-off release step (a Kubernetes Job or Helm hook, a compose one-off service, a Procfile \`release:\`) (Twelve-Factor XII: Admin processes).`;
}

function report(context: RuleContext, range: Range, found: { what: string; dev: boolean }, where: string): void {
  const dev = found.dev || context.isTest || isDevOnlyPath(context.path) || DEV_COMPOSE.test(context.path);
  context.report({ range, message: message(found.what, where), severity: dev ? 'hint' : 'info' });
}

interface ArgvItem {
  value: string;
  node: YamlNode;
}

/** A YAML command as argv: a list's scalars, or a compose string split the way compose does. */
function argvOf(node: YamlNode | null | undefined, shlex: boolean): ArgvItem[] {
  if (isSeq(node)) return node.items.flatMap((item) => (scalarText(item as YamlNode) === undefined ? [] : [{ value: scalarText(item as YamlNode)!, node: item as YamlNode }]));
  const text = scalarText(node);
  if (text === undefined || !node) return [];
  return shlex ? (shlexSplit(text) ?? []).map((w) => ({ value: w.value, node })) : [{ value: text, node }];
}

/** Where the script's text starts verbatim in the file, when its node's source is the plain value (or simply quoted). */
function verbatimStart(context: RuleContext, node: YamlNode, script: string): number | undefined {
  const r = node.range;
  if (!r) return undefined;
  const raw = context.text.slice(r[0], r[1]);
  const at = raw.indexOf(script);
  return at >= 0 && raw.indexOf(script, at + 1) < 0 ? r[0] + at : undefined;
}

/** A node's source range without the line break a block scalar (`>`, `|`) keeps at its end. */
function nodeRange(context: RuleContext, node: YamlNode): Range | undefined {
  const r = node.range;
  if (!r) return undefined;
  const end = r[0] + context.text.slice(r[0], r[1]).trimEnd().length;
  return context.index.range(r[0], end);
}

function checkArgv(context: RuleContext, argv: readonly ArgvItem[], where: string): void {
  const script = shellScriptIndex(argv.map((a) => a.value));
  if (script < 0) return;
  const item = argv[script]!;
  const found = chainedMigration(splitShell(item.value).commands);
  if (!found) return;
  const base = verbatimStart(context, item.node, item.value);
  const range = base !== undefined ? context.index.range(base + found.start, base + found.end) : nodeRange(context, item.node);
  if (range) report(context, range, found, where);
}

function checkCompose(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    const services = child(root, 'services');
    if (!isMap(services)) continue;
    for (const pair of services.items) {
      const name = scalarText(pair.key as YamlNode);
      const service = pair.value as YamlNode;
      // Compose appends `command` to an `entrypoint`, as Docker does.
      const argv = [...argvOf(child(service, 'entrypoint'), true), ...argvOf(child(service, 'command'), true)];
      checkArgv(context, argv, `Compose service \`${name}\``);
    }
  }
}

function checkKubernetes(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    if (!SCALED_KINDS.has(scalarText(child(root, 'kind')) ?? '')) continue;
    const containers = at(root, 'spec', 'template', 'spec', 'containers');
    if (!isSeq(containers)) continue;
    for (const container of containers.items as YamlNode[]) {
      const argv = [...argvOf(child(container, 'command'), false), ...argvOf(child(container, 'args'), false)];
      checkArgv(context, argv, `Container \`${scalarText(child(container, 'name')) ?? '?'}\` of ${scalarText(child(root, 'kind'))} \`${scalarText(at(root, 'metadata', 'name')) ?? '?'}\``);
    }
  }
}

function checkDockerfile(context: RuleContext): void {
  const dockerfile = dockerfileOf(context);
  const escape = escapeOf(dockerfile);
  const { entrypoint, cmd } = imageCommand(dockerfile);
  for (const instruction of [entrypoint, cmd]) {
    const args = instruction && commandArgs(context, instruction, escape);
    if (!args) continue;
    const where = `The image's ${instruction.getKeyword()}`;
    const argv = argvValues(args);
    if (argv) {
      const script = shellScriptIndex(argv);
      const found = script >= 0 ? chainedMigration(splitShell(argv[script]!).commands) : undefined;
      if (found) report(context, context.index.range(args.start, args.end), found, where);
    } else {
      const found = chainedMigration(args.script?.commands ?? []);
      if (found) report(context, context.index.range(found.start, found.end), found, where);
    }
  }
}

/** Start commands of compose services, Deployments/StatefulSets and images that migrate and then start the server. */
export function checkStartCommands(context: RuleContext): void {
  if (context.language === 'compose') checkCompose(context);
  else if (context.language === 'kubernetes') checkKubernetes(context);
  else if (context.language === 'dockerfile') checkDockerfile(context);
}
