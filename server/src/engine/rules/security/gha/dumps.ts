import { actionName } from './workflow';
import { pipelines, shellModeAt, type Stage } from './shell';
import { secretRefs, secretVariables, type SecretRef } from './secretUse';
import type { ScriptSink } from './sinks';
import type { RuleContext } from '../../rule';
import type { Workflow } from './workflow';

/** A command that prints secrets wholesale: an environment dump, one secret variable, or a file a secret was written to. */
export interface Dump {
  kind: 'environment' | 'variable' | 'file';
  /** Offsets in the script's value. */
  start: number;
  end: number;
  /** The command as the message names it (`printenv`, `cat ~/.npmrc`). */
  command: string;
  /** Secret names in the step's env (a dump) or the one printed (a variable). */
  secrets?: string[];
  /** For a file: what was written into it. */
  file?: SecretFile;
}

interface Word {
  text: string;
  start: number;
}

/** The words of a simple command after `VAR=value` prefixes and `sudo`, with offsets in the script. */
function wordsOf(stage: Stage): Word[] {
  const words: Word[] = [];
  for (const m of stage.text.matchAll(/\S+/g)) words.push({ text: m[0], start: stage.start + m.index! });
  let i = 0;
  while (i < words.length && (/^\w+=/.test(words[i].text) || /^(sudo|command|builtin|exec)$/.test(words[i].text))) i++;
  return words.slice(i);
}

const unquote = (word: string) => word.replace(/^["']|["']$/g, '');

/** `~/.npmrc`, `$HOME/.npmrc`, `"${HOME}/.npmrc"` → `~/.npmrc`; `"${GITHUB_ENV}"` → `$GITHUB_ENV`. */
function normalizePath(word: string): string {
  return unquote(word).replace(/^\$\{?HOME\}?(?=\/)/, '~').replace(/^\$\{(\w+)\}/, '$$$1');
}

/** Bare dump commands: `printenv`, `env`, `set`, `export -p`, `declare -p`, PowerShell `Get-ChildItem env:`. */
function isEnvironmentDump(command: string, args: string[]): boolean {
  if (/^(printenv|env)$/.test(command)) return args.every((a) => /^(-0|--null)$/.test(a));
  if (command === 'set') return args.length === 0;
  if (/^(export|declare|typeset)$/.test(command)) return (args.length === 1 && /^-[px]+$/.test(args[0])) || (command === 'export' && args.length === 0);
  return /^(get-childitem|gci|ls|dir|get-item)$/i.test(command) && args.length === 1 && /^env:\*?\\?$/i.test(unquote(args[0]));
}

/** A later stage that narrows the output to a few lines (`grep '^NODE_'`, `wc -l`); `grep -v` still prints the rest. */
function filtered(pipeline: Stage[]): boolean {
  return pipeline.slice(1).some((stage) => {
    const [command, ...args] = wordsOf(stage).map((w) => w.text);
    return /^(grep|egrep|fgrep|rg|wc|cut|awk|sed|head|select-string)$/i.test(command ?? '') && !args.some((a) => /^-\w*v/.test(a));
  });
}

/** The output goes to a file rather than the log (the job summary still counts as shown). */
function redirected(pipeline: Stage[]): boolean {
  const last = pipeline[pipeline.length - 1].text.replace(/'[^']*'|"[^"]*"/g, "''");
  return /(^|[^\d&])>>?\s*[^&\s]/.test(last) && !/GITHUB_STEP_SUMMARY/.test(pipeline[pipeline.length - 1].text);
}

/** What a file holds once written: the secret's name, or the login behind a registry credentials file. */
export interface SecretFile {
  what: string;
  /** Stored encoded (Docker's base64 `auth`), so log masking cannot recognise it. */
  encoded: boolean;
}

const DOCKER_CONFIG = '~/.docker/config.json';
const READERS = /^(cat|less|more|head|tail|bat|type|get-content|gc)$/i;
const REDIRECT_TARGET = />>?\s*(\S+)\s*$/;

/** Records the files a pipeline writes a secret into: `echo "…$TOKEN" > ~/.npmrc`, `… | tee -a "$GITHUB_ENV"`, `docker login`. */
function recordWrites(pipeline: Stage[], refs: SecretRef[], files: Map<string, SecretFile>): void {
  const secret = refs.find((r) => r.start >= pipeline[0].start && r.end <= pipeline[pipeline.length - 1].end)?.secret;
  if (!secret) return;
  const last = pipeline[pipeline.length - 1];
  const target = REDIRECT_TARGET.exec(last.text)?.[1];
  const [command, ...args] = wordsOf(last).map((w) => w.text);
  const written = [...(target ? [target] : []), ...(command === 'tee' ? args.filter((a) => !a.startsWith('-') && !a.startsWith('>')) : [])];
  for (const file of written) files.set(normalizePath(file), { what: `the secret ${secret}`, encoded: false });
  if (pipeline.some((stage) => /^docker\s+login\b/.test(wordsOf(stage).map((w) => w.text).join(' ')))) {
    files.set(DOCKER_CONFIG, { what: `registry credentials (from ${secret})`, encoded: true });
  }
}

function readOf(words: Word[], command: string, files: Map<string, SecretFile>): Dump | undefined {
  const read = words.slice(1).find((w) => files.has(normalizePath(w.text)));
  if (!read) return undefined;
  return { kind: 'file', start: words[0].start, end: read.start + read.text.length, command: `${command} ${read.text}`, file: files.get(normalizePath(read.text)) };
}

/** The dumps of one script, in order; `files` grows with what the script writes, for the reads after it. */
function scriptDumps(sink: ScriptSink, text: string, vars: Map<string, string>, files: Map<string, SecretFile>): Dump[] {
  const found: Dump[] = [];
  const refs = secretRefs(sink.script, text, vars);
  for (const pipeline of pipelines(sink.script.value)) {
    const words = wordsOf(pipeline[0]);
    if (words.length > 0 && shellModeAt(sink.script.value, words[0].start) === 'plain') {
      const [first, ...rest] = words;
      const command = unquote(first.text).replace(/^.*\//, '');
      const args = rest.map((w) => w.text);
      const end = rest.length ? rest[rest.length - 1].start + rest[rest.length - 1].text.length : first.start + first.text.length;
      const named = command === 'printenv' ? rest.find((w) => vars.has(w.text)) : undefined;
      if (vars.size > 0 && isEnvironmentDump(command.toLowerCase(), args) && !filtered(pipeline) && !redirected(pipeline)) {
        found.push({ kind: 'environment', start: first.start, end, command: [command, ...args].join(' '), secrets: [...new Set(vars.values())] });
      } else if (named && !redirected(pipeline)) {
        found.push({ kind: 'variable', start: named.start, end: named.start + named.text.length, command: `printenv ${named.text}`, secrets: [vars.get(named.text)!] });
      } else if (READERS.test(command) && !redirected(pipeline)) {
        const read = readOf(words, command, files);
        if (read) found.push(read);
      }
    }
    recordWrites(pipeline, refs, files);
  }
  return found;
}

/** Every wholesale print of secrets in a workflow's shell steps, with the sink it is in. */
export function secretDumps(context: RuleContext, workflow: Workflow, sinks: ScriptSink[]): { sink: ScriptSink; dump: Dump }[] {
  const out: { sink: ScriptSink; dump: Dump }[] = [];
  for (const job of workflow.jobs) {
    // Files persist across the steps of a job (one runner), not across jobs.
    const files = new Map<string, SecretFile>();
    for (const step of job.steps) {
      if (actionName(step) === 'docker/login-action') files.set(DOCKER_CONFIG, { what: 'the registry credentials of docker/login-action', encoded: true });
      const sink = sinks.find((s) => s.step === step && s.kind === 'shell');
      if (!sink) continue;
      for (const dump of scriptDumps(sink, context.text, secretVariables(workflow, job, step), files)) out.push({ sink, dump });
      // $GITHUB_ENV, $GITHUB_OUTPUT and the like name a new file in every step.
      for (const file of [...files.keys()]) if (file.startsWith('$GITHUB_')) files.delete(file);
    }
  }
  return out;
}
