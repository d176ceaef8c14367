import { isSeq, type Node as YamlNode } from 'yaml';
import { at, child, entries, rangeOf, roots, scalarText, yamlOf, type YamlFile } from '../../formats/yaml';
import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';
import { shellScriptIndex, shlexSplit, splitShell } from '../shared/shell';
import { execInsertionPoint, lastCommand, startsWithExec } from './shell-form-entrypoint-fix';

/** One argv item from YAML, with the file offset of its first character when the source holds it verbatim. */
export interface YamlArg {
  value: string;
  node: YamlNode;
  /** File offset of `value[0]` when the source text between quotes is exactly the value. */
  rawStart?: number;
}

/** Workload kinds whose containers are long-running services (Jobs run to completion). */
const SERVICE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Pod', 'DeploymentConfig', 'Rollout']);

/** Offset of the scalar's value in the source, when quotes are the only difference. */
function verbatimStart(context: RuleContext, node: YamlNode, value: string): number | undefined {
  const r = node.range;
  if (!r) return undefined;
  for (const start of [r[0], r[0] + 1]) {
    if (context.text.slice(start, start + value.length) === value) return start;
  }
  return undefined;
}

/** The argv a compose `command:`/`entrypoint:` (string, split like compose does, or list) or a k8s list gives. */
export function argsOf(context: RuleContext, node: YamlNode | null | undefined, splitString: boolean): YamlArg[] {
  if (isSeq(node)) {
    return node.items.flatMap((item) => {
      const value = scalarText(item as YamlNode);
      return value === undefined ? [] : [{ value, node: item as YamlNode, rawStart: verbatimStart(context, item as YamlNode, value) }];
    });
  }
  const text = scalarText(node);
  if (text === undefined || !node) return [];
  if (!splitString) return [{ value: text, node, rawStart: verbatimStart(context, node, text) }];
  const base = verbatimStart(context, node, text);
  return (shlexSplit(text) ?? []).map((w) => {
    const raw = text.slice(w.start, w.end);
    const inner = raw === w.value ? w.start : raw.length === w.value.length + 2 && raw.slice(1, -1) === w.value ? w.start + 1 : undefined;
    return { value: w.value, node, rawStart: base !== undefined && inner !== undefined ? base + inner : undefined };
  });
}

/** Reports an `sh -c` wrapper whose last command does not `exec`. */
function checkArgv(context: RuleContext, file: YamlFile, argv: YamlArg[], where: string): void {
  const i = shellScriptIndex(argv.map((a) => a.value));
  if (i < 0) return;
  const arg = argv[i]!;
  const script = splitShell(arg.value);
  const last = lastCommand(script);
  if (!last || (startsWithExec(last) && last.after === undefined)) return;
  const range = rangeOf(file, arg.node);
  if (!range) return;
  const insert = execInsertionPoint(script);
  const fixes: EditFix[] = [];
  if (insert !== undefined && arg.rawStart !== undefined) {
    const pos = context.index.range(arg.rawStart + insert, arg.rawStart + insert);
    fixes.push({ kind: 'edit', title: 'Start the last command with exec', edits: [{ range: pos, newText: 'exec ' }], fixAll: false, preferred: true });
  }
  context.report({
    range,
    message: `${where} wraps the app in "sh -c" without exec: the shell stays PID 1, does not forward SIGTERM, and the app is killed after the grace period (Twelve-Factor IX: Disposability). Start the last command with "exec".`,
    severity: context.isTest ? 'hint' : undefined,
    fixes,
  });
}

function checkCompose(context: RuleContext, file: YamlFile, root: YamlNode): void {
  const services = child(root, 'services');
  for (const entry of entries(services)) {
    if (entry.path.length !== 1) continue;
    const service = entry.value;
    // `init: true` puts docker-init in front as PID 1, which forwards signals.
    if (scalarText(child(service, 'init')) === 'true') continue;
    const argv = [...argsOf(context, child(service, 'entrypoint'), true), ...argsOf(context, child(service, 'command'), true)];
    checkArgv(context, file, argv, `Service "${entry.key}"`);
  }
}

function checkKubernetes(context: RuleContext, file: YamlFile, root: YamlNode): void {
  if (!SERVICE_KINDS.has(scalarText(child(root, 'kind')) ?? '')) return;
  for (const entry of entries(root)) {
    if (entry.key !== 'containers' || !isSeq(entry.value)) continue;
    for (const container of entry.value.items as YamlNode[]) {
      const argv = [...argsOf(context, child(container, 'command'), false), ...argsOf(context, child(container, 'args'), false)];
      const name = scalarText(at(container, 'name')) ?? 'container';
      checkArgv(context, file, argv, `Container "${name}"`);
    }
  }
}

/** compose services and Kubernetes workload containers. */
export function checkComposeAndKubernetes(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    if (context.language === 'compose') checkCompose(context, file, root);
    else if (context.language === 'kubernetes') checkKubernetes(context, file, root);
  }
}
