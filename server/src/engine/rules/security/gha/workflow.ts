import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { yamlOf, at, child, roots, scalarText, type YamlFile } from '../../../formats/yaml';
import type { RuleContext } from '../../rule';

/** One step of a job (or of a composite action). */
export interface Step {
  node: YAMLMap;
  id?: string;
  run?: Scalar;
  uses?: string;
  usesNode?: YamlNode;
  with?: YAMLMap;
  env?: YAMLMap;
  condition?: string;
  shell?: string;
}

/** A job, or the pseudo-job of a composite action's `runs.steps`. */
export interface Job {
  id: string;
  node: YAMLMap;
  key?: YamlNode;
  env?: YAMLMap;
  condition?: string;
  steps: Step[];
  /** `defaults.run.shell` of the job or workflow. */
  shell?: string;
  runsOn?: string;
}

export interface Trigger {
  name: string;
  /** The trigger's scalar (list item or key), for ranges. */
  node: YamlNode;
  config?: YamlNode | null;
}

export interface Workflow {
  file: YamlFile;
  root: YAMLMap;
  isAction: boolean;
  env?: YAMLMap;
  triggers: Trigger[];
  jobs: Job[];
  /** Declared `inputs` (workflow_dispatch, workflow_call or the action's own) and their `type`. */
  inputs: Map<string, string>;
}

function mapOrUndefined(node: YamlNode | null | undefined): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

function stepOf(node: YamlNode): Step | undefined {
  if (!isMap(node)) return undefined;
  const map = node as YAMLMap;
  const run = child(map, 'run');
  const uses = child(map, 'uses');
  return {
    node: map,
    id: scalarText(child(map, 'id')),
    run: isScalar(run) ? run : undefined,
    uses: scalarText(uses),
    usesNode: uses ?? undefined,
    with: mapOrUndefined(child(map, 'with')),
    env: mapOrUndefined(child(map, 'env')),
    condition: scalarText(child(map, 'if')),
    shell: scalarText(child(map, 'shell')),
  };
}

function stepsOf(node: YamlNode | null | undefined): Step[] {
  return isSeq(node) ? node.items.map((s) => stepOf(s as YamlNode)).filter((s): s is Step => s !== undefined) : [];
}

function triggersOf(root: YAMLMap): Trigger[] {
  const on = root.items.find((p) => isPair(p) && scalarText(p.key as YamlNode) === 'on');
  const value = on?.value as YamlNode | null | undefined;
  if (isScalar(value)) return scalarText(value) ? [{ name: scalarText(value)!, node: value }] : [];
  if (isSeq(value)) return value.items.filter(isScalar).map((s) => ({ name: String(s.value), node: s as YamlNode }));
  if (!isMap(value)) return [];
  return value.items
    .filter((p): p is Pair<YamlNode, YamlNode | null> => isPair(p) && scalarText(p.key as YamlNode) !== undefined)
    .map((p) => ({ name: scalarText(p.key)!, node: p.key, config: p.value }));
}

function inputsOf(root: YAMLMap, triggers: Trigger[], isAction: boolean): Map<string, string> {
  const inputs = new Map<string, string>();
  const sources = isAction ? [child(root, 'inputs')] : triggers.filter((t) => /^workflow_(dispatch|call)$/.test(t.name)).map((t) => child(t.config, 'inputs'));
  for (const source of sources) {
    if (!isMap(source)) continue;
    for (const pair of source.items) {
      const name = scalarText(pair.key as YamlNode);
      if (name) inputs.set(name.toLowerCase(), isAction ? 'string' : (scalarText(child(pair.value as YamlNode, 'type')) ?? 'string'));
    }
  }
  return inputs;
}

function jobsOf(root: YAMLMap, workflowShell: string | undefined): Job[] {
  const jobs = child(root, 'jobs');
  if (!isMap(jobs)) return [];
  const out: Job[] = [];
  for (const pair of jobs.items) {
    const id = scalarText(pair.key as YamlNode);
    if (!id || !isMap(pair.value)) continue;
    const node = pair.value as YAMLMap;
    out.push({
      id,
      node,
      key: pair.key as YamlNode,
      env: mapOrUndefined(child(node, 'env')),
      condition: scalarText(child(node, 'if')),
      steps: stepsOf(child(node, 'steps')),
      shell: scalarText(at(node, 'defaults', 'run', 'shell')) ?? workflowShell,
      runsOn: scalarText(child(node, 'runs-on')),
    });
  }
  return out;
}

const cache = new WeakMap<YamlFile, Workflow | null>();

/** The workflow (or composite action) of a GitHub Actions file, or undefined when it is neither. */
export function workflowOf(context: RuleContext): Workflow | undefined {
  const file = yamlOf(context);
  if (cache.has(file)) return cache.get(file) ?? undefined;
  const root = roots(file)[0] as YAMLMap | undefined;
  let workflow: Workflow | undefined;
  if (root) {
    const isAction = child(root, 'runs') !== undefined && child(root, 'jobs') === undefined;
    const triggers = isAction ? [] : triggersOf(root);
    const jobs = isAction
      ? [{ id: '', node: root, steps: stepsOf(at(root, 'runs', 'steps')) }]
      : jobsOf(root, scalarText(at(root, 'defaults', 'run', 'shell')));
    workflow = { file, root, isAction, env: mapOrUndefined(child(root, 'env')), triggers, jobs, inputs: inputsOf(root, triggers, isAction) };
  }
  cache.set(file, workflow ?? null);
  return workflow;
}

/** The `env:` value a step sees for a name: step over job over workflow. */
export function envValue(workflow: Workflow, job: Job, step: Step, name: string): string | undefined {
  for (const map of [step.env, job.env, workflow.env]) {
    const value = child(map, name);
    if (value !== undefined) return scalarText(value) ?? '';
  }
  return undefined;
}

/** Every env name visible to a step. */
export function envNames(workflow: Workflow, job: Job, step: Step): Set<string> {
  const names = new Set<string>();
  for (const map of [step.env, job.env, workflow.env]) {
    for (const pair of map?.items ?? []) {
      const key = scalarText(pair.key as YamlNode);
      if (key) names.add(key);
    }
  }
  return names;
}

/** The action a `uses:` names, lower-cased and without its version (`actions/checkout`). */
export function actionName(step: Step): string | undefined {
  return step.uses?.split('@')[0].trim().toLowerCase();
}

/** The shell a `run:` step uses, as far as the file tells (undefined means the runner's default). */
export function shellOf(job: Job, step: Step): string | undefined {
  return (step.shell ?? job.shell)?.trim().split(/\s+/)[0].toLowerCase();
}

/** True when a step's script is read by a POSIX shell (bash or sh, the default on Linux and macOS runners). */
export function isPosixShell(job: Job, step: Step): boolean {
  const shell = shellOf(job, step);
  if (shell === undefined) return !/windows/i.test(job.runsOn ?? '');
  return shell === 'bash' || shell === 'sh';
}
