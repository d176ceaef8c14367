import type { Instruction } from 'dockerfile-ast';
import { dockerfileOf, finalStageInstructions } from '../../formats/dockerfile';
import { detectEol } from '../../text';
import type { EditFix } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { examples } from './buffered-stdout.examples';
import { checkPython } from './buffered-stdout-python';
import { checkRuby } from './buffered-stdout-ruby';
import { checkComposeAndKubernetes } from './buffered-stdout-yaml';

/** Commands that start a Python process (possibly through a launcher). */
const PYTHON_COMMAND = /^(?:(?:\S*\/)?(?:python(?:\d+(?:\.\d+)?)?|gunicorn|uvicorn|hypercorn|daphne|celery|flask|django-admin|waitress-serve|streamlit|dramatiq|rq|huey_consumer|pipenv|poetry|uv)\b)/;
/** Launchers in front of the real command: `sh -c`, `exec`, `tini --`, `dumb-init`. */
const LAUNCHER = /^(?:(?:\S*\/)?(?:sh|bash|ash|dash)\s+-c\s+|exec\s+|(?:\S*\/)?(?:tini|dumb-init)(?:\s+--)?\s+|(?:\S*\/)?env\s+(?:\w+=\S*\s+)*)/;
const PYTHON_IMAGE = /(^|\/)python[\d.]*$|(^|\/)(pypy|micromamba|miniconda3?|anaconda3?)$/;

/** The process a CMD/ENTRYPOINT starts, as one shell-like string with JSON quoting removed. */
function commandText(instruction: Instruction): string {
  return instruction
    .getArguments()
    .map((a) => a.getValue())
    .join(' ')
    .replace(/^\[|\]$/g, '')
    .replace(/["',]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function startsPython(command: string): boolean {
  let rest = command;
  for (let i = 0; i < 4 && LAUNCHER.test(rest); i++) rest = rest.replace(LAUNCHER, '');
  return PYTHON_COMMAND.test(rest);
}

/** PYTHONUNBUFFERED set to a non-empty value anywhere (an earlier stage the final one builds on counts). */
function unbufferedSet(context: RuleContext): boolean {
  const envs = dockerfileOf(context)
    .getInstructions()
    .filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG');
  return envs.some((i) => /\bPYTHONUNBUFFERED(\s*=\s*|\s+)["']?[^\s"']/.test(i.getRawArgumentsContent() ?? ''));
}

function insertFix(context: RuleContext, from: Instruction): EditFix {
  const line = from.getRange().end.line;
  const at = { line, character: context.index.lineText(line).length };
  const edit = { range: { start: at, end: at }, newText: `${detectEol(context.text)}ENV PYTHONUNBUFFERED=1` };
  return { kind: 'edit', title: 'Add ENV PYTHONUNBUFFERED=1', edits: [edit], fixAll: true, preferred: true };
}

function checkDockerfile(context: RuleContext): void {
  const stage = finalStageInstructions(dockerfileOf(context));
  const from = stage[0];
  if (!from || from.getKeyword() !== 'FROM') return;
  const commands = stage.filter((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT');
  const image = (from.getArguments().find((a) => !a.getValue().startsWith('--'))?.getValue() ?? '').replace(/[:@].*$/, '');
  const pythonCommand = commands.find((c) => startsPython(commandText(c)));
  const anchor = pythonCommand ?? (PYTHON_IMAGE.test(image) ? commands[commands.length - 1] : undefined);
  if (!anchor || commands.some((c) => /\bpython[\d.]*\s+(-\w*u\b|-u\w*)/.test(commandText(c))) || unbufferedSet(context)) return;
  const range = anchor.getRange();
  context.report({
    range: { start: range.start, end: { line: range.start.line, character: range.start.character + anchor.getKeyword().length } },
    message:
      'This image runs Python without PYTHONUNBUFFERED, so stdout is block-buffered when no terminal is attached and log lines arrive late or are lost on a crash. Add `ENV PYTHONUNBUFFERED=1` (Twelve-Factor XI: Logs).',
    severity: context.isTest ? 'hint' : undefined,
    fixes: [insertFix(context, from)],
  });
}

function check(context: RuleContext): void {
  if (context.language === 'dockerfile') checkDockerfile(context);
  else if (context.language === 'ruby') checkRuby(context);
  else if (context.language === 'python') checkPython(context);
  else if (context.language === 'compose' || context.language === 'kubernetes') checkComposeAndKubernetes(context);
}

export const bufferedStdout: Rule = {
  meta: {
    id: 'logs/buffered-stdout',
    title: 'Process output buffered when stdout is not a terminal',
    category: 'logs',
    reference: 'Twelve-Factor XI: Logs',
    rationale:
      'Each process writes its event stream unbuffered to stdout. Python and Ruby buffer stdout when it is not a terminal, which is always the case in a container, so events show up late, out of order with stderr, or never if the process is killed.',
    defaultSeverity: 'info',
    languages: ['dockerfile', 'compose', 'kubernetes', 'python', 'ruby'],
    docs: 'docs/rules/logs/buffered-stdout.md',
    prefilter: /python|gunicorn|uvicorn|hypercorn|daphne|celery|flask|django|waitress|streamlit|pypy|conda|\bputs\b|\bprintf?\b(?!\s*\()|\$stdout|\bSTDOUT\.|TextIOWrapper/i,
    examples,
  },
  check,
};
