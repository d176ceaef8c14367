import { isScalar, type Node as YamlNode } from 'yaml';
import { child, entries } from '../../../formats/yaml';
import type { FixData, Severity } from '../../../types';
import type { Rule, RuleContext } from '../../rule';
import { secretDumps, type Dump } from './dumps';
import { moveToStepEnvFix } from './envMove';
import { parseExpression, walk } from './expression';
import { mapScalar, templateExpressions, type MappedScalar } from './scalar';
import { exposures, secretRefs, secretVariables, traceOffset, type Exposure, type SecretRef } from './secretUse';
import { scriptSinks, type ScriptSink } from './sinks';
import { isPosixShell, workflowOf, type Workflow } from './workflow';
import { examples } from './secret-exposure.examples';

const EXPOSURE_MESSAGES: Record<Exposure['kind'], (secret: string, command?: string) => string> = {
  print: (s) => `This step prints the secret ${s} to the job log (CWE-532); masking only hides exact matches and is not guaranteed, so never echo a secret.`,
  transform: (s, c) => `The secret ${s} is piped through ${c} and printed: the encoded value is not masked in the job log (CWE-532).`,
  partial: (s) => `Part of the secret ${s} is printed; masking only hides the whole value, so the substring appears in the job log (CWE-532).`,
  output: (s) => `The secret ${s} is written to $GITHUB_OUTPUT, where it becomes a plain step output that later steps and jobs can print (CWE-200); pass the secret itself to the steps that need it.`,
  summary: (s) => `The secret ${s} is written to the job summary, which is shown on the run page (CWE-200).`,
  env: (s) => `The secret ${s} is exported through $GITHUB_ENV, so every later step of the job, third-party actions included, receives it; set it in the env: of the steps that need it.`,
};

function severity(context: RuleContext, base: Severity): Severity {
  return context.isTest ? 'hint' : base;
}

function rangeOf(context: RuleContext, script: MappedScalar, start: number, end: number) {
  const s = script.toSource?.(start);
  const e = script.toSource?.(end);
  const [ns, ne] = script.node.range!;
  return s !== undefined && e !== undefined ? context.index.range(s, e) : context.index.range(ns, ne);
}

function directFix(context: RuleContext, workflow: Workflow, sink: ScriptSink, ref: SecretRef): FixData[] {
  if (!ref.body || (sink.kind === 'shell' && !isPosixShell(sink.job, sink.step))) return [];
  const fix = moveToStepEnvFix(context, { workflow, job: sink.job, step: sink.step, script: sink.script, kind: sink.kind, body: ref.body, name: ref.secret, fixAll: false });
  return fix ? [fix] : [];
}

function checkScript(context: RuleContext, workflow: Workflow, sink: ScriptSink): void {
  const refs = secretRefs(sink.script, context.text, secretVariables(workflow, sink.job, sink.step));
  if (refs.length === 0) return;
  const reported = new Set<SecretRef>();
  if (sink.kind === 'shell') {
    for (const exposure of exposures(sink.script, refs)) {
      reported.add(exposure.ref);
      context.report({
        range: rangeOf(context, sink.script, exposure.ref.start, exposure.ref.end),
        message: EXPOSURE_MESSAGES[exposure.kind](exposure.ref.secret, exposure.command),
        severity: severity(context, exposure.kind === 'env' ? 'warning' : 'error'),
      });
    }
    reportTrace(context, sink, refs[0]);
  }
  for (const ref of refs.filter((r) => r.body && !reported.has(r))) {
    const reference = sink.kind === 'shell' ? `"$${ref.secret}"` : `process.env.${ref.secret}`;
    context.report({
      range: rangeOf(context, sink.script, ref.start, ref.end),
      message: `\${{ secrets.${ref.secret} }} is pasted into the script text, where traces and error output can reveal it; pass it through the step's env: and read ${reference} instead.`,
      severity: severity(context, 'warning'),
      fixes: directFix(context, workflow, sink, ref),
    });
  }
}

/** `set -x` (or `shell: bash -x {0}`) echoes every command of a step that uses a secret. */
function reportTrace(context: RuleContext, sink: ScriptSink, ref: SecretRef): void {
  const inScript = traceOffset(sink.script.value);
  const shellNode = child(sink.step.node, 'shell') as YamlNode | undefined;
  const inShell = isScalar(shellNode) && /(^|\s)-[a-wyz]*x\b/.test(String(shellNode.value));
  if (!inScript && !inShell) return;
  const range = inScript ? rangeOf(context, sink.script, inScript[0], inScript[1]) : context.index.range(shellNode!.range![0], shellNode!.range![1]);
  context.report({
    range,
    message: `Command tracing (set -x) is on in a step that uses the secret ${ref.secret}: values derived from it (encodings, concatenations) are printed unmasked (CWE-532). Turn tracing off around the secret.`,
    severity: severity(context, 'error'),
  });
}

/** `toJSON(secrets)` and `fromJSON(secrets.X).field` anywhere in the file. */
function checkStructured(context: RuleContext, workflow: Workflow): void {
  for (const entry of workflow.root ? entries(workflow.root) : []) {
    const scalar = mapScalar(context.text, entry.value);
    if (!scalar || !scalar.value.includes('secrets')) continue;
    for (const expression of templateExpressions(context.text, scalar)) {
      const tree = parseExpression(expression.body);
      if (!tree) continue;
      walk(tree, (node) => {
        if (node.kind !== 'call' || node.args[0]?.kind !== 'path' || node.args[0].path[0].toLowerCase() !== 'secrets') return;
        const arg = node.args[0].path;
        const all = node.name === 'tojson' && arg.length === 1;
        const split = node.name === 'fromjson' && arg.length === 2 && node.access.length > 0;
        if (!all && !split) return;
        context.report({
          range: context.index.range(expression.start, expression.end),
          message: all
            ? 'toJSON(secrets) hands every secret of the repository to this step; pass only the secrets it needs.'
            : `fromJSON(secrets.${arg[1]}) splits a structured secret: its parts are not registered for masking and can appear in logs unredacted. Store each value as its own secret.`,
          severity: severity(context, 'warning'),
        });
      });
    }
  }
}

function checkInherit(context: RuleContext, workflow: Workflow): void {
  for (const job of workflow.jobs) {
    const secrets = child(job.node, 'secrets');
    if (!isScalar(secrets) || secrets.value !== 'inherit') continue;
    context.report({
      range: context.index.range(secrets.range![0], secrets.range![1]),
      message: 'secrets: inherit passes every secret of this repository to the called workflow; pass the ones it needs by name.',
      severity: severity(context, 'info'),
    });
  }
}

function dumpMessage(dump: Dump): { message: string; base: Severity } {
  if (dump.kind === 'variable') return { message: EXPOSURE_MESSAGES.print(dump.secrets![0]), base: 'error' };
  if (dump.kind === 'environment') {
    const names = dump.secrets!.slice(0, 3).join(', ') + (dump.secrets!.length > 3 ? ', …' : '');
    return {
      message: `\`${dump.command}\` prints every environment variable of this step, secrets included (${names}): only masking keeps them out of the job log, and it misses any value that was encoded or split (CWE-532). Print the variables you need by name.`,
      base: 'warning',
    };
  }
  const file = dump.file!;
  return file.encoded
    ? { message: `\`${dump.command}\` prints ${file.what}, stored base64-encoded, so log masking cannot recognise them (CWE-532). Don't print credential files.`, base: 'error' }
    : { message: `\`${dump.command}\` prints a file that an earlier command wrote ${file.what} into; only masking keeps it out of the job log (CWE-532). Don't print credential files.`, base: 'warning' };
}

function checkDumps(context: RuleContext, workflow: Workflow, sinks: ScriptSink[]): void {
  for (const { sink, dump } of secretDumps(context, workflow, sinks)) {
    const { message, base } = dumpMessage(dump);
    context.report({ range: rangeOf(context, sink.script, dump.start, dump.end), message, severity: severity(context, base) });
  }
}

function check(context: RuleContext): void {
  const workflow = workflowOf(context);
  if (!workflow) return;
  const sinks = scriptSinks(context, workflow);
  for (const sink of sinks) checkScript(context, workflow, sink);
  checkDumps(context, workflow, sinks);
  checkStructured(context, workflow);
  checkInherit(context, workflow);
}

export const ghaSecretExposure: Rule = {
  meta: {
    id: 'security/gha-secret-exposure',
    title: 'Secret printed or exposed by a workflow step',
    category: 'security',
    reference: 'CWE-532; CWE-200; GitHub Actions security hardening (using secrets)',
    rationale:
      'Log masking only replaces exact values of registered secrets, so a secret that is printed in part, encoded, split from JSON or written to outputs and summaries leaks into places many people can read.',
    defaultSeverity: 'error',
    languages: ['github-actions'],
    docs: 'docs/rules/security/gha-secret-exposure.md',
    prefilter: /secrets/,
    examples,
  },
  check,
};
