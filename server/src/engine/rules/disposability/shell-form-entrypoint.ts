import { dockerfileOf } from '../../formats/dockerfile';
import type { EditFix, Range } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { argvValues, commandArgs, escapeOf, imageCommand, isWindowsImage, joinContinuations, type CommandArgs, type JsonWord } from '../shared/dockerCommands';
import { baseName, shellScriptIndex, splitShell } from '../shared/shell';
import { examples } from './shell-form-entrypoint.examples';
import { execFormText, execInsertionPoint, lastCommand, shellWrapText, startsWithExec } from './shell-form-entrypoint-fix';
import { checkComposeAndKubernetes } from './shell-form-entrypoint-yaml';

/** Init processes that forward signals and reap zombies; as exec-form ENTRYPOINT they make the rest safe. */
const INITS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'docker-init', 'init', 's6-svscan', 'runsvdir', 'supervisord']);

const FACTOR = 'Twelve-Factor IX: Disposability';

/** The exec-form ENTRYPOINT is an init that becomes PID 1. */
function isInit(args: CommandArgs | undefined): boolean {
  const first = args?.argv?.[0]?.value ?? args?.argvOnly?.[0];
  return first !== undefined && INITS.has(baseName(first));
}

function range(context: RuleContext, start: number, end: number): Range {
  return context.index.range(start, end);
}

function edit(context: RuleContext, title: string, start: number, end: number, newText: string, fixAll: boolean): EditFix {
  return { kind: 'edit', title, edits: [{ range: range(context, start, end), newText }], fixAll, preferred: true };
}

/** Shell form: report unless its last command already `exec`s the app. */
function checkShellForm(context: RuleContext, args: CommandArgs, otherIsSet: boolean, escape: string): void {
  const keyword = args.instruction.getKeyword();
  const last = args.script && lastCommand(args.script);
  if (!args.script || !last || (startsWithExec(last) && last.after === undefined)) return;
  const joined = joinContinuations(args.raw, escape).trim();
  const simple = execFormText(splitShell(joined, escape));
  const fixes: EditFix[] = [];
  // Exec form changes what a CMD passes to an ENTRYPOINT (and what an ENTRYPOINT does with a CMD): not blind-safe then.
  if (simple) fixes.push(edit(context, `Convert ${keyword} to exec form ${simple}`, args.start, args.end, simple, !otherIsSet));
  else {
    const wrapped = shellWrapText(joined);
    if (wrapped) fixes.push(edit(context, `Convert ${keyword} to exec form with the last command exec'd`, args.start, args.end, wrapped, false));
  }
  context.report({
    range: range(context, args.start, args.end),
    message: `${keyword} in shell form runs as "/bin/sh -c …": the shell is PID 1 and the SIGTERM from "docker stop" may never reach the app, which is killed after the grace period (${FACTOR}). Use exec form (a JSON array).`,
    severity: context.isTest ? 'hint' : undefined,
    fixes,
  });
}

/** `["sh", "-c", "…"]` (possibly split across ENTRYPOINT and CMD): the script's last command must `exec`. */
function checkShellWrapper(context: RuleContext, argv: JsonWord[] | string[], keyword: string, fallback: Range): void {
  const values = argv.map((w) => (typeof w === 'string' ? w : w.value));
  const at = shellScriptIndex(values);
  if (at < 0) return;
  const word = argv[at]!;
  const script = splitShell(values[at]!);
  const last = lastCommand(script);
  if (!last || (startsWithExec(last) && last.after === undefined)) return;
  if (typeof word === 'string') return reportWrapper(context, keyword, fallback, []);
  const insert = execInsertionPoint(script);
  const fixes = insert === undefined ? [] : [edit(context, 'Start the last command with exec', word.map[insert]!, word.map[insert]!, 'exec ', false)];
  reportWrapper(context, keyword, range(context, word.start, word.end), fixes);
}

function reportWrapper(context: RuleContext, keyword: string, at: Range, fixes: EditFix[]): void {
  context.report({
    range: at,
    message: `${keyword} wraps the app in "sh -c" without exec: the shell stays PID 1, does not forward SIGTERM, and the app is killed after the grace period (${FACTOR}). Start the last command with "exec".`,
    severity: context.isTest ? 'hint' : undefined,
    fixes,
  });
}

function checkDockerfile(context: RuleContext): void {
  const dockerfile = dockerfileOf(context);
  if (isWindowsImage(dockerfile)) return;
  const escape = escapeOf(dockerfile);
  const { entrypoint, cmd } = imageCommand(dockerfile);
  const ep = entrypoint && commandArgs(context, entrypoint, escape);
  const cm = cmd && commandArgs(context, cmd, escape);
  if (ep?.script) return checkShellForm(context, ep, cm !== undefined, escape);
  if (isInit(ep)) return;
  if (cm?.script) return checkShellForm(context, cm, ep !== undefined, escape);
  const owner = ep ?? cm;
  if (!owner) return;
  // Offsets only when both parts have them; otherwise compare values and report without a fix.
  const combined: JsonWord[] | string[] =
    ep?.argvOnly || cm?.argvOnly ? [...(ep ? argvValues(ep) ?? [] : []), ...(cm ? argvValues(cm) ?? [] : [])] : [...(ep?.argv ?? []), ...(cm?.argv ?? [])];
  const keyword = owner.instruction.getKeyword();
  checkShellWrapper(context, combined, keyword, range(context, owner.start, owner.end));
}

function check(context: RuleContext): void {
  if (context.language === 'dockerfile') checkDockerfile(context);
  else checkComposeAndKubernetes(context);
}

export const shellFormEntrypoint: Rule = {
  meta: {
    id: 'disposability/shell-form-entrypoint',
    title: 'Container command does not receive SIGTERM',
    category: 'disposability',
    reference: 'Twelve-Factor IX: Disposability',
    rationale:
      'A container is stopped with SIGTERM sent to PID 1. When that process is a shell wrapping the app, the signal stops at the shell, the app never drains its requests, and it is killed without warning when the grace period ends.',
    defaultSeverity: 'warning',
    languages: ['dockerfile', 'compose', 'kubernetes'],
    docs: 'docs/rules/disposability/shell-form-entrypoint.md',
    prefilter: /\b(CMD|ENTRYPOINT|command|entrypoint)\b/,
    examples,
  },
  check,
};
