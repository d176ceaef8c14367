import type { FixData, Severity } from '../../../types';
import type { Rule, RuleContext } from '../../rule';
import { envNameFor } from './contexts';
import { envNameOf, jsModeAt, moveToStepEnvFix, type MoveRequest } from './envMove';
import { examples } from './script-injection.examples';
import { scriptSinks, taintedFlows, type ScriptSink, type TaintedFlow } from './sinks';
import { isPosixShell, workflowOf } from './workflow';
import { templateExpressions, type TemplateExpression } from './scalar';

const RANK: Record<TaintedFlow['taint'], number> = { untrusted: 3, input: 2, output: 1 };

/** The most dangerous flow of an expression. */
function worst(flows: TaintedFlow[]): TaintedFlow | undefined {
  return [...flows].sort((a, b) => RANK[b.taint] - RANK[a.taint])[0];
}

function severityOf(context: RuleContext, flow: TaintedFlow): Severity {
  if (context.isTest) return 'hint';
  if (flow.taint === 'untrusted') return 'error';
  return 'warning';
}

function describe(flow: TaintedFlow): string {
  const path = flow.flow.path.join('.');
  if (flow.taint === 'untrusted') return `attacker-controlled text (${path})`;
  if (flow.taint === 'input') return `a caller-supplied input (${path})`;
  return `an output derived from untrusted input (${path})`;
}

/** In github-script, `toJSON(x)` outside any string is a JSON literal: valid, inert JavaScript. */
function isInertJson(sink: ScriptSink, expression: TemplateExpression, flows: TaintedFlow[]): boolean {
  if (sink.kind !== 'javascript' || expression.valueStart === undefined) return false;
  return flows.every((f) => f.flow.via.includes('tojson')) && jsModeAt(sink.script.value, expression.valueStart) === 'code';
}

function requestFor(context: RuleContext, sink: ScriptSink, expression: TemplateExpression, flow: TaintedFlow): MoveRequest {
  const name = flow.flow.path[0] === 'env' ? flow.flow.path[1] : envNameFor(flow.flow.path, flow.flow.via);
  return { workflow: workflowOf(context)!, job: sink.job, step: sink.step, script: sink.script, kind: sink.kind, body: expression.body, name, fixAll: flow.taint === 'untrusted' };
}

function fixesFor(sink: ScriptSink, context: RuleContext, request: MoveRequest): FixData[] {
  if (sink.kind === 'shell' && !isPosixShell(sink.job, sink.step)) return [];
  const fix = moveToStepEnvFix(context, request);
  return fix ? [fix] : [];
}

function reportExpression(context: RuleContext, sink: ScriptSink, expression: TemplateExpression): void {
  const workflow = workflowOf(context)!;
  const flows = taintedFlows(context, workflow, sink, expression);
  // An output is reported only when what produced it read untrusted text: most outputs are versions and paths.
  const flow = worst(flows.filter((f) => f.taint !== 'output' || f.source));
  if (!flow || isInertJson(sink, expression, flows)) return;
  const target = sink.kind === 'shell' ? 'shell script' : 'github-script code';
  const reference = sink.kind === 'shell' ? '"$NAME"' : 'process.env.NAME';
  const request = requestFor(context, sink, expression, flow);
  const name = envNameOf(request);
  context.report({
    range: context.index.range(expression.start, expression.end),
    message: `\${{ }} pastes ${describe(flow)} into the ${target} before it runs, so crafted text executes as code (CWE-78); pass it through the step's env: and read ${reference.replace('NAME', name)} instead.`,
    severity: severityOf(context, flow),
    fixes: fixesFor(sink, context, request),
    related: flow.source ? [{ message: 'The output comes from here.', range: context.index.range(flow.source.range![0], flow.source.range![1]) }] : undefined,
  });
}

function check(context: RuleContext): void {
  const workflow = workflowOf(context);
  if (!workflow) return;
  for (const sink of scriptSinks(context, workflow)) {
    for (const expression of templateExpressions(context.text, sink.script)) reportExpression(context, sink, expression);
  }
}

export const ghaScriptInjection: Rule = {
  meta: {
    id: 'security/gha-script-injection',
    title: 'Untrusted text expanded into a workflow script',
    category: 'security',
    reference: 'CWE-78; GitHub Actions security hardening (script injections)',
    rationale:
      'A `${{ }}` expression is replaced by its text before the shell or github-script runs, so a pull request title, branch name or comment that contains shell syntax becomes part of the program, with the job’s token and secrets at hand.',
    defaultSeverity: 'error',
    languages: ['github-actions'],
    docs: 'docs/rules/security/gha-script-injection.md',
    prefilter: /\$\{\{/,
    examples,
  },
  check,
};
