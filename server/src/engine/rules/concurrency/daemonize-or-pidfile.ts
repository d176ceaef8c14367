import { dockerfileOf } from '../../formats/dockerfile';
import { child, entries, rangeOf, roots, yamlOf } from '../../formats/yaml';
import type { EditFix, Range, Severity } from '../../types';
import { argsOf } from '../disposability/shell-form-entrypoint-yaml';
import type { Rule, RuleContext } from '../rule';
import { commandArgs, escapeOf, imageCommand, isWindowsImage, type CommandArgs } from '../shared/dockerCommands';
import { shellScriptIndex, splitShell } from '../shared/shell';
import { commandsOfScript, problemOf, type Command, type Problem, type Word } from './daemonize-or-pidfile-commands';
import { checkCode } from './daemonize-or-pidfile-code';
import { examples } from './daemonize-or-pidfile.examples';

const FACTOR = 'Twelve-Factor VIII: Concurrency';

/** The message for a problem: what it does and what to do instead. */
export function messageOf(problem: Problem): string {
  if (problem.kind === 'pidfile') {
    return `"${problem.what}" writes a PID file: in a container the runtime tracks the process, and a stale PID file left by a killed container can stop the next start (${FACTOR}). Drop the option.`;
  }
  if (problem.kind === 'supervisord') {
    return `supervisord without -n/--nodaemon detaches from PID 1 unless its config sets nodaemon=true, and running several programs in one container hides them from the process manager (${FACTOR}). Run each process type as its own container in the foreground.`;
  }
  return `${problem.what} detaches the main process from the container: the runtime then supervises the wrong process, signals and logs no longer reach the app, and the container may exit at once (${FACTOR}). Run the process in the foreground.`;
}

function severityOf(context: RuleContext, problem: Problem): Severity | undefined {
  if (context.isTest) return 'hint';
  return problem.kind === 'supervisord' ? 'info' : undefined;
}

function report(context: RuleContext, problem: Problem, fallback: Range): void {
  const range = problem.start !== undefined && problem.end !== undefined ? context.index.range(problem.start, problem.end) : fallback;
  const fixes: EditFix[] = [];
  if (problem.edits && problem.fixTitle) {
    const edits = problem.edits.map((e) => ({ range: context.index.range(e.start, e.end), newText: e.newText }));
    fixes.push({ kind: 'edit', title: problem.fixTitle, edits, fixAll: false, preferred: true });
  }
  context.report({ range, message: messageOf(problem), severity: severityOf(context, problem), fixes });
}

/** Commands of an argv: a `sh -c` script's commands, or the argv itself as one command. */
function commandsOfArgv(argv: Word[], mapOf: (i: number) => ((offset: number) => number | undefined) | undefined): Command[] {
  const at = shellScriptIndex(argv.map((w) => w.value));
  if (at < 0) return [{ words: argv, background: false }];
  const map = mapOf(at);
  return commandsOfScript(splitShell(argv[at]!.value), map ?? (() => undefined));
}

function dockerCommands(args: CommandArgs): Command[] {
  if (args.script) return commandsOfScript(args.script, (offset) => offset);
  if (args.argv) {
    const words = args.argv.map((w) => ({ value: w.value, start: w.map[0], end: w.map[w.value.length] }));
    return commandsOfArgv(words, (i) => (offset) => args.argv![i]!.map[offset]);
  }
  return commandsOfArgv((args.argvOnly ?? []).map((value) => ({ value })), () => undefined);
}

function checkDockerfile(context: RuleContext): void {
  const dockerfile = dockerfileOf(context);
  if (isWindowsImage(dockerfile)) return;
  const escape = escapeOf(dockerfile);
  const { entrypoint, cmd } = imageCommand(dockerfile);
  // A config file the Dockerfile writes or copies may set nodaemon=true; the text is all we can see.
  const nodaemonConfigured = /nodaemon\s*=\s*true/i.test(context.text);
  for (const instruction of [entrypoint, cmd]) {
    const args = instruction && commandArgs(context, instruction, escape);
    if (!args) continue;
    for (const command of dockerCommands(args)) {
      const problem = problemOf(command);
      if (problem && !(problem.kind === 'supervisord' && nodaemonConfigured)) report(context, problem, context.index.range(args.start, args.end));
    }
  }
}

function checkCompose(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    for (const entry of entries(child(root, 'services'))) {
      if (entry.path.length !== 1) continue;
      for (const key of ['entrypoint', 'command']) {
        const node = child(entry.value, key);
        const fallback = rangeOf(file, node);
        if (!fallback) continue;
        const argv = argsOf(context, node, true);
        const words = argv.map((a) => ({ value: a.value, start: a.rawStart, end: a.rawStart === undefined ? undefined : a.rawStart + a.value.length }));
        const commands = commandsOfArgv(words, (i) => (argv[i]!.rawStart === undefined ? undefined : (offset) => argv[i]!.rawStart! + offset));
        for (const command of commands) {
          const problem = problemOf(command);
          if (problem) report(context, problem, fallback);
        }
      }
    }
  }
}

function check(context: RuleContext): void {
  if (context.language === 'dockerfile') checkDockerfile(context);
  else if (context.language === 'compose') checkCompose(context);
  else checkCode(context);
}

export const daemonizeOrPidfile: Rule = {
  meta: {
    id: 'concurrency/daemonize-or-pidfile',
    title: 'Process daemonizes or writes a PID file',
    category: 'concurrency',
    reference: 'Twelve-Factor VIII: Concurrency',
    rationale:
      'Twelve-factor processes never daemonize or write PID files: they run in the foreground and let the process manager (Docker, Kubernetes, systemd, a PaaS) start, stop, restart and scale them and collect their output.',
    defaultSeverity: 'warning',
    languages: ['dockerfile', 'compose', 'python', 'ruby'],
    docs: 'docs/rules/concurrency/daemonize-or-pidfile.md',
    prefilter: /nohup|&|pm2|forever|service|init\.d|supervisord|daemon|detach|pid|celery|-D\b/i,
    examples,
  },
  check,
};
