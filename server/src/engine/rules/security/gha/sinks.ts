import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { at, child } from '../../../formats/yaml';
import type { RuleContext } from '../../rule';
import { pathsOf, type Flow } from './expression';
import { taintOf, type Taint } from './contexts';
import { mapScalar, templateExpressions, type MappedScalar, type TemplateExpression } from './scalar';
import { actionName, envValue, type Job, type Step, type Workflow } from './workflow';
import type { ScriptKind } from './envMove';

/** A place where `${{ }}` text becomes code: a `run:` script or a github-script `script:`. */
export interface ScriptSink {
  job: Job;
  step: Step;
  script: MappedScalar;
  kind: ScriptKind;
}

/** Every script of every job (and of a composite action), in file order. */
export function scriptSinks(context: RuleContext, workflow: Workflow): ScriptSink[] {
  const sinks: ScriptSink[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const run = step.run && mapScalar(context.text, step.run);
      if (run) sinks.push({ job, step, script: run, kind: 'shell' });
      if (actionName(step) === 'actions/github-script') {
        const script = mapScalar(context.text, child(step.with, 'script'));
        if (script) sinks.push({ job, step, script, kind: 'javascript' });
      }
    }
  }
  return sinks;
}

/** Actions whose outputs repeat text from the pull request or its comments (file names, comment bodies). */
const TAINTED_OUTPUT_ACTIONS = new Set(['tj-actions/changed-files', 'tj-actions/branch-names', 'peter-evans/find-comment', 'xt0rted/pull-request-comment-branch']);

/** A flow with its taint, after resolving `env.X` and step/job outputs. */
export interface TaintedFlow {
  flow: Flow;
  taint: Exclude<Taint, 'env'>;
  /** For outputs: the step or job whose untrusted input makes the output untrusted. */
  source?: YamlNode;
}

function scalarsIn(node: YamlNode | null | undefined, out: MappedScalar[] = [], text = ''): MappedScalar[] {
  if (isScalar(node)) {
    const mapped = mapScalar(text, node);
    if (mapped) out.push(mapped);
  } else if (isMap(node)) node.items.forEach((p) => scalarsIn(p.value as YamlNode, out, text));
  else if (isSeq(node)) node.items.forEach((i) => scalarsIn(i as YamlNode, out, text));
  return out;
}

/** True when any `${{ }}` in a node reads attacker-controlled context. */
function readsUntrusted(context: RuleContext, workflow: Workflow, node: YamlNode | null | undefined): boolean {
  return scalarsIn(node, [], context.text).some((s) =>
    templateExpressions(context.text, s).some((e) => pathsOf(e.body).some((f) => taintOf(f, workflow.inputs) === 'untrusted')),
  );
}

/** The step or job behind an output, when what it read or ran is known to be untrusted. */
function outputSource(context: RuleContext, workflow: Workflow, job: Job, path: string[]): YamlNode | undefined {
  const [root, id, , name] = path;
  if (root.toLowerCase() === 'steps') {
    const step = job.steps.find((s) => s.id === id);
    if (!step) return undefined;
    const action = actionName(step);
    return (action && TAINTED_OUTPUT_ACTIONS.has(action)) || readsUntrusted(context, workflow, step.node) ? step.node : undefined;
  }
  const producer = workflow.jobs.find((j) => j.id === id);
  if (!producer || !name) return undefined;
  const value = at(producer.node, 'outputs', name);
  if (readsUntrusted(context, workflow, value)) return producer.key;
  const scalar = mapScalar(context.text, value);
  const steps = scalar ? templateExpressions(context.text, scalar).flatMap((e) => pathsOf(e.body)).filter((f) => f.path[0] === 'steps') : [];
  return steps.some((f) => outputSource(context, workflow, producer, f.path)) ? producer.key : undefined;
}

/** The taint of each context that flows into one `${{ }}` of a script. */
export function taintedFlows(context: RuleContext, workflow: Workflow, sink: ScriptSink, expression: TemplateExpression): TaintedFlow[] {
  const out: TaintedFlow[] = [];
  for (const flow of pathsOf(expression.body)) {
    const taint = taintOf(flow, workflow.inputs);
    if (taint === 'env') {
      // `${{ env.TITLE }}` pastes the env value as text too: it is as tainted as what TITLE holds.
      const value = envValue(workflow, sink.job, sink.step, flow.path[1]);
      const inner = value === undefined ? [] : [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].flatMap((m) => pathsOf(m[1]));
      for (const f of inner) {
        const t = taintOf(f, workflow.inputs);
        if (t && t !== 'env' && t !== 'output') out.push({ flow, taint: t });
      }
    } else if (taint === 'output') {
      out.push({ flow, taint, source: outputSource(context, workflow, sink.job, flow.path) });
    } else if (taint) out.push({ flow, taint });
  }
  return out;
}
