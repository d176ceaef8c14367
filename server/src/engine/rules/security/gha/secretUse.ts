import { pathsOf } from './expression';
import type { MappedScalar } from './scalar';
import { templateExpressions } from './scalar';
import { pipelines, shellModeAt, type Stage } from './shell';
import { envNames, envValue, type Job, type Step, type Workflow } from './workflow';

/** One use of a secret in a script: `${{ secrets.X }}` or `$VAR` where VAR is mapped from a secret. */
export interface SecretRef {
  /** Offsets in the script's value. */
  start: number;
  end: number;
  /** The secret's name (`NPM_TOKEN`). */
  secret: string;
  /** The shell variable, for env references. */
  variable?: string;
  /** Direct `${{ }}` expansion (its body), for the env fix. */
  body?: string;
  /** `${VAR:0:4}` and other expansions that print only part of the value. */
  partial: boolean;
}

/** What a step does with a secret that exposes it. */
export interface Exposure {
  kind: 'print' | 'transform' | 'partial' | 'output' | 'summary' | 'env';
  ref: SecretRef;
  /** The transforming command (`base64`). */
  command?: string;
}

function secretNameIn(value: string | undefined): string | undefined {
  if (!value) return undefined;
  for (const m of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const flow = pathsOf(m[1]).find((f) => f.path[0].toLowerCase() === 'secrets' && f.path.length === 2);
    if (flow) return flow.path[1];
  }
  return undefined;
}

/** Env variables the step sees whose value is a secret, by variable name. */
export function secretVariables(workflow: Workflow, job: Job, step: Step): Map<string, string> {
  const vars = new Map<string, string>();
  for (const name of envNames(workflow, job, step)) {
    const secret = secretNameIn(envValue(workflow, job, step, name));
    if (secret) vars.set(name, secret);
  }
  return vars;
}

const PARTIAL = /^\$\{(\w+)(:[-=?+]?|\/\/?|\^\^?|,,?|##?|%%?)/;

/** Every secret use in a script, in order. */
export function secretRefs(script: MappedScalar, text: string, vars: Map<string, string>): SecretRef[] {
  const refs: SecretRef[] = [];
  for (const e of templateExpressions(text, script)) {
    if (e.valueStart === undefined || e.valueEnd === undefined) continue;
    const flow = pathsOf(e.body).find((f) => f.path[0].toLowerCase() === 'secrets' && f.path.length === 2);
    const viaEnv = pathsOf(e.body).find((f) => f.path[0] === 'env' && vars.has(f.path[1]));
    const secret = flow?.path[1] ?? (viaEnv && vars.get(viaEnv.path[1]));
    if (secret) refs.push({ start: e.valueStart, end: e.valueEnd, secret, body: flow ? e.body : undefined, partial: false });
  }
  if (vars.size === 0) return refs;
  const value = script.value;
  for (const m of value.matchAll(/\$\{?(\w+)|\$env:(\w+)/g)) {
    const variable = m[1] ?? m[2];
    const secret = vars.get(variable);
    if (!secret || m[0].length === 1) continue;
    const mode = shellModeAt(value, m.index!);
    if (mode === 'single' || mode === 'literal-heredoc' || mode === 'comment') continue;
    const partial = PARTIAL.exec(value.slice(m.index!));
    const close = m[0].startsWith('${') ? value.indexOf('}', m.index!) : -1;
    const end = close >= 0 ? close + 1 : m.index! + m[0].length;
    refs.push({ start: m.index!, end, secret, variable, partial: !!partial && !partial[2].startsWith(':-') });
  }
  return refs.sort((a, b) => a.start - b.start);
}

const PRINTERS = /^(echo|printf|print|write-host|write-output|cat)$/i;
const TRANSFORMERS = /^(base64|basenc|base32|rev|xxd|od|hexdump|tr|sed|awk|cut|fold|jq|openssl|iconv)$/;
const REDIRECT = />>?\s*"?\$\{?(GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_ENV)\b/;
const TEE_TARGET = /\s"?\$\{?(GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_ENV)\b/;

/** The command word of a simple command, skipping `VAR=value` prefixes and `sudo`. */
function commandOf(stage: Stage): string {
  const words = stage.text.trim().split(/\s+/);
  const word = words.find((w) => !/^\w+=/.test(w) && !/^(sudo|command|builtin|exec)$/.test(w)) ?? '';
  return word.replace(/^.*\//, '').replace(/^["']|["']$/g, '');
}

/** Offsets of `$( … )` spans in a stage: output there feeds the outer command, not the log. */
function substitutions(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = text.indexOf('$('); i >= 0; i = text.indexOf('$(', i + 2)) {
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) {
        spans.push([i, j + 1]);
        break;
      }
    }
  }
  return spans;
}

function refsIn(stage: Stage, refs: SecretRef[]): SecretRef[] {
  const inStage = refs.filter((r) => r.start >= stage.start && r.end <= stage.end);
  const inBody = stage.body ? refs.filter((r) => r.start >= stage.body!.start && r.end <= stage.body!.end) : [];
  const spans = substitutions(stage.text).map(([s, e]) => [s + stage.start, e + stage.start]);
  return [...inStage.filter((r) => !spans.some(([s, e]) => r.start >= s && r.end <= e)), ...inBody];
}

/** How one pipeline exposes the secrets its first command prints. */
function pipelineExposures(pipeline: Stage[], refs: SecretRef[]): Exposure[] {
  const [first] = pipeline;
  const command = commandOf(first).toLowerCase();
  if (!PRINTERS.test(command) || /::add-mask::/.test(first.text)) return [];
  if (command === 'cat' && !/<<</.test(first.text) && !first.body) return [];
  const printed = refsIn(first, refs);
  if (printed.length === 0) return [];
  const last = pipeline[pipeline.length - 1];
  const target = REDIRECT.exec(last.text) ?? (commandOf(last) === 'tee' ? TEE_TARGET.exec(last.text) : null);
  if (target) {
    const kind = target[1] === 'GITHUB_OUTPUT' ? 'output' : target[1] === 'GITHUB_ENV' ? 'env' : 'summary';
    return printed.map((ref) => ({ kind, ref }));
  }
  // Any other redirection to a file (not `>&2`) keeps the value out of the log.
  if (/(^|[^\d&])>>?\s*[^&\s]/.test(last.text.replace(/'[^']*'|"[^"]*"/g, "''"))) return [];
  // `tee` copies its input to the log as well as to its files.
  if (pipeline.length === 1 || (pipeline.length === 2 && commandOf(last) === 'tee')) return printed.map((ref) => ({ kind: ref.partial ? 'partial' : 'print', ref }));
  const transformer = pipeline.slice(1).map(commandOf).find((c) => TRANSFORMERS.test(c));
  if (transformer && TRANSFORMERS.test(commandOf(last))) return printed.map((ref) => ({ kind: 'transform', ref, command: transformer }));
  return [];
}

/** Every way a script exposes a secret it uses. */
export function exposures(script: MappedScalar, refs: SecretRef[]): Exposure[] {
  return pipelines(script.value).flatMap((p) => pipelineExposures(p, refs));
}

/** Offsets of `set -x`, `set -o xtrace` or `bash -x` in a script's code. */
export function traceOffset(value: string): [number, number] | undefined {
  for (const m of value.matchAll(/\bset\s+(-[a-wyz]*x[a-z]*|-o\s+xtrace)\b|\b(bash|sh)\s+-[a-wyz]*x\b/g)) {
    if (shellModeAt(value, m.index!) === 'plain') return [m.index!, m.index! + m[0].length];
  }
  return undefined;
}
