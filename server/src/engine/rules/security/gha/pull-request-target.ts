import { isMap, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { child, scalarText } from '../../../formats/yaml';
import { detectEol } from '../../../text';
import type { EditFix, FixData, Range, RelatedInfo, Severity } from '../../../types';
import type { Rule, RuleContext } from '../../rule';
import { pathsOf } from './expression';
import { artifactExecution, findArtifactDownload, type ArtifactDownload } from './artifacts';
import { examples } from './pull-request-target.examples';
import { mapScalar, templateExpressions } from './scalar';
import { actionName, workflowOf, type Job, type Step, type Trigger, type Workflow } from './workflow';

/** Triggers that run with the base repository's token and secrets on behalf of outside contributors. */
const DANGEROUS_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);

/** Contexts naming the pull request's own code. */
const PR_CODE = /^github\.(head_ref|event\.pull_request\.(head\.(sha|ref|repo\.full_name)|merge_commit_sha)|event\.workflow_run\.(head_sha|head_branch|head_commit\.id|head_repository\.full_name))$/;

/** Shell commands that fetch the pull request's code. */
const SHELL_CHECKOUT = /\bgh\s+pr\s+checkout\b|\bgit\s+fetch\b[^\n;&|]*\bpull\/|\bgit\s+(checkout|switch)\b[^\n;&|]*\$\{\{\s*github\.(head_ref|event\.pull_request\.head\.)/;

const SAME_REPO_GUARD = /head\.repo\.full_name\s*==\s*github\.repository|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork/;
const LABEL_GUARD = /pull_request\.labels|github\.event\.label\.name/;

interface Checkout {
  job: Job;
  step: Step;
  index: number;
  /** What names the PR code: the `ref:` value, or the command in a script. */
  range: Range;
  /** Offset in the step's script after the checkout command, for same-step execution. */
  scriptRest?: string;
}

function readsPrCode(context: RuleContext, node: YamlNode | null | undefined): boolean {
  const mapped = mapScalar(context.text, node);
  if (!mapped) return false;
  if (/refs\/pull\//.test(mapped.value)) return true;
  return templateExpressions(context.text, mapped).some((e) => pathsOf(e.body).some((f) => PR_CODE.test(f.path.join('.').toLowerCase())));
}

function nodeRange(context: RuleContext, node: YamlNode): Range {
  return context.index.range(node.range![0], node.range![1]);
}

/** The first step of a job that puts the pull request's code in the workspace. */
function findCheckout(context: RuleContext, job: Job): Checkout | undefined {
  for (const [index, step] of job.steps.entries()) {
    if (actionName(step) === 'actions/checkout') {
      const key = ['ref', 'repository'].find((k) => readsPrCode(context, child(step.with, k)));
      if (key) return { job, step, index, range: nodeRange(context, child(step.with, key) as YamlNode) };
    }
    const script = step.run && mapScalar(context.text, step.run);
    const match = script ? SHELL_CHECKOUT.exec(script.value) : null;
    if (script && match) {
      const start = script.toSource?.(match.index);
      const end = script.toSource?.(match.index + match[0].length);
      const range = start !== undefined && end !== undefined ? context.index.range(start, end) : nodeRange(context, step.run!);
      return { job, step, index, range, scriptRest: script.value.slice(match.index + match[0].length).replace(/^[^\n]*/, '') };
    }
  }
  return undefined;
}

/** The first thing after the checkout that can run the checked-out code. */
function firstExecution(checkout: Checkout): YamlNode | undefined {
  if (checkout.scriptRest !== undefined && checkout.scriptRest.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('#'))) return checkout.step.run;
  for (const step of checkout.job.steps.slice(checkout.index + 1)) {
    if (step.run) return step.run;
    if (step.uses?.trim().startsWith('./')) return step.usesNode;
  }
  return undefined;
}

function guardSeverity(checkout: Checkout): Severity {
  const conditions = [checkout.job.condition, checkout.step.condition].filter((c): c is string => !!c).join(' ');
  if (SAME_REPO_GUARD.test(conditions)) return 'info';
  return LABEL_GUARD.test(conditions) ? 'warning' : 'error';
}

/** Adds a top-level `permissions: contents: read` block before `jobs:` when the workflow has none. */
function permissionsFix(context: RuleContext, workflow: Workflow): EditFix | undefined {
  if (child(workflow.root, 'permissions') !== undefined) return undefined;
  const jobsPair = workflow.root.items.find((p) => scalarText(p.key as YamlNode) === 'jobs') as Pair<YamlNode, YamlNode> | undefined;
  if (!jobsPair || workflow.root.flow) return undefined;
  const eol = detectEol(context.text);
  const keyPos = context.index.positionAt(jobsPair.key.range![0]);
  if (keyPos.character !== 0) return undefined;
  const firstJob = isMap(jobsPair.value) ? (jobsPair.value as YAMLMap).items[0] : undefined;
  const unit = firstJob ? context.index.positionAt((firstJob.key as YamlNode).range![0]).character || 2 : 2;
  const blankBefore = keyPos.line > 0 && context.index.lineText(keyPos.line - 1).trim() === '';
  const text = `permissions:${eol}${' '.repeat(unit)}contents: read${eol}${blankBefore ? eol : ''}`;
  return {
    kind: 'edit',
    title: 'Add a read-only top-level permissions: block (grant more per job where needed)',
    edits: [{ range: { start: keyPos, end: keyPos }, newText: text }],
    fixAll: false,
  };
}

/** Adds `persist-credentials: false` to the checkout's block `with:` map, so PR code cannot read the token from .git/config. */
function persistCredentialsFix(context: RuleContext, step: Step): EditFix | undefined {
  const withMap = step.with;
  if (!withMap || withMap.flow || child(withMap, 'persist-credentials') !== undefined || withMap.items.length === 0) return undefined;
  const last = withMap.items[withMap.items.length - 1] as Pair<YamlNode, YamlNode | null>;
  const end = (last.value ?? last.key).range![1];
  const line = context.index.positionAt(end).line;
  const at = context.text[end - 1] === '\n' ? end : context.index.lineStart(line + 1);
  const eol = detectEol(context.text);
  const indent = ' '.repeat(context.index.positionAt(last.key.range![0]).character);
  const atEof = at === context.text.length && !context.text.endsWith('\n');
  const pos = context.index.positionAt(at);
  return {
    kind: 'edit',
    title: 'Add persist-credentials: false to the checkout',
    edits: [{ range: { start: pos, end: pos }, newText: atEof ? `${eol}${indent}persist-credentials: false` : `${indent}persist-credentials: false${eol}` }],
    fixAll: false,
    preferred: true,
  };
}

function reportCheckout(context: RuleContext, workflow: Workflow, trigger: Trigger, checkout: Checkout, run: YamlNode): void {
  const related: RelatedInfo[] = [
    { message: `Triggered by ${trigger.name}, which runs with the base repository's token and secrets.`, range: nodeRange(context, trigger.node) },
    { message: 'Code from the pull request runs here.', range: nodeRange(context, run) },
  ];
  const fixes: FixData[] = [persistCredentialsFix(context, checkout.step), permissionsFix(context, workflow)].filter((f): f is EditFix => f !== undefined);
  context.report({
    range: checkout.range,
    message: `This ${trigger.name} workflow checks out the pull request's code and then runs it, with the base repository's token and secrets in reach (CWE-913); build untrusted code in a pull_request workflow instead.`,
    severity: context.isTest ? 'hint' : guardSeverity(checkout),
    fixes,
    related,
  });
}

/** Same-repository runs only: the triggering run came from a branch of this repository or from a push. */
const SAME_REPO_RUN = /workflow_run\.head_repository\.full_name\s*==\s*github\.repository|github\.repository\s*==\s*github\.event\.workflow_run\.head_repository\.full_name|workflow_run\.head_repository\.fork\s*==\s*false|workflow_run\.event\s*==\s*'push'|workflow_run\.event\s*!=\s*'pull_request(_target)?'/;

function reportArtifact(context: RuleContext, workflow: Workflow, trigger: Trigger, job: Job, download: ArtifactDownload, run: YamlNode): void {
  const conditions = [job.condition, download.step.condition].filter((c): c is string => !!c).join(' ');
  const fix = permissionsFix(context, workflow);
  context.report({
    range: nodeRange(context, download.node),
    message: `This workflow_run job downloads the artifacts of the run that triggered it, which a pull request from a fork can fill, and then runs them with the base repository's token and secrets (CWE-913). Treat artifacts as data: extract them outside the workspace and only read values you validate.`,
    severity: context.isTest ? 'hint' : SAME_REPO_RUN.test(conditions) ? 'info' : 'error',
    fixes: fix ? [fix] : [],
    related: [
      { message: `Triggered by ${trigger.name}, which runs with the base repository's token and secrets.`, range: nodeRange(context, trigger.node) },
      { message: 'Files from the artifact run here.', range: nodeRange(context, run) },
    ],
  });
}

/** Reports a job that runs pull request code (a checkout, or a workflow_run artifact); true when it did. */
function checkJob(context: RuleContext, workflow: Workflow, trigger: Trigger, job: Job): boolean {
  const checkout = findCheckout(context, job);
  const run = checkout && firstExecution(checkout);
  if (checkout && run) {
    reportCheckout(context, workflow, trigger, checkout, run);
    return true;
  }
  const triggeredByRun = workflow.triggers.find((t) => t.name === 'workflow_run');
  const download = triggeredByRun && findArtifactDownload(context, job);
  const executed = download && artifactExecution(context, job, download);
  if (triggeredByRun && download && executed) {
    reportArtifact(context, workflow, triggeredByRun, job, download, executed);
    return true;
  }
  return false;
}

function check(context: RuleContext): void {
  const workflow = workflowOf(context);
  if (!workflow || workflow.isAction) return;
  const trigger = workflow.triggers.find((t) => DANGEROUS_TRIGGERS.has(t.name));
  if (!trigger) return;
  let reported = false;
  for (const job of workflow.jobs) if (checkJob(context, workflow, trigger, job)) reported = true;
  if (reported) return;
  const permissions = child(workflow.root, 'permissions');
  const restricted = permissions !== undefined && !(isScalar(permissions) && permissions.value === 'write-all');
  const fix = permissionsFix(context, workflow);
  context.report({
    range: nodeRange(context, trigger.node),
    message: `${trigger.name} runs with the base repository's token and secrets for changes proposed by anyone; keep its jobs away from pull request code and give it only the permissions it needs.`,
    severity: context.isTest ? 'hint' : restricted ? 'info' : 'warning',
    fixes: fix ? [fix] : [],
  });
}

export const ghaPullRequestTarget: Rule = {
  meta: {
    id: 'security/gha-pull-request-target',
    title: 'Privileged workflow runs pull request code',
    category: 'security',
    reference: 'CWE-913; GitHub Security Lab "Preventing pwn requests"',
    rationale:
      'pull_request_target and workflow_run jobs run with the base repository’s write token and secrets even for forks, so checking out and building the pull request’s code hands those to whoever opened it.',
    defaultSeverity: 'error',
    languages: ['github-actions'],
    docs: 'docs/rules/security/gha-pull-request-target.md',
    prefilter: /pull_request_target|workflow_run/,
    examples,
  },
  check,
};
