import type { Arg, Env, Instruction } from 'dockerfile-ast';
import { dockerfileOf } from '../../formats/dockerfile';
import { isSecretName } from '../../secrets/generic/names';
import { isPlaceholder } from '../../secrets/placeholders';
import type { Range, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { argvValues, commandArgs, stagesOf, type Stage } from '../shared/dockerCommands';
import { baseName } from '../shared/shell';
import { examples } from './dockerfile-secret-in-env-arg.examples';
import { buildFlag, secretMountFix } from './dockerfile-secret-in-env-arg-fix';

/** Files that hold credentials, by base name, with what to call them in the message. */
const SECRET_FILES: readonly (readonly [RegExp, string])[] = [
  [/^\.env(\.(?!(example|sample|template|dist|defaults|schema|tpl)$)[\w.*-]+)?$|^\.env\*$/i, 'an environment file'],
  [/^id_(rsa|dsa|ecdsa|ed25519)(\*)?$/, 'an SSH private key'],
  [/^(?!.*(pub|public|cert|crt|chain|ca[-_.]|bundle)).*(key|priv)[\w-]*\.pem$/i, 'a private key'],
  [/^(?!.*(pub|public)).+\.key$/i, 'a private key'],
  [/\.(p12|pfx)$/i, 'a key store'],
  [/^\.(npmrc|pypirc|netrc|git-credentials|dockercfg|pgpass)$/, 'a credentials file'],
  [/^(credentials|credentials\.json|service[-_]?account[\w.-]*\.json|gcp[-_]key\.json|kubeconfig)$/i, 'a credentials file'],
];

const CWE = 'CWE-538';

/** No value, or a stand-in: the real secret will come from `--build-arg`. */
function isStandIn(value: string | null): boolean {
  if (value === null) return true;
  const bare = value.replace(/^(["'])(.*)\1$/, '$2');
  return bare === '' || isPlaceholder(bare) || /^(none|null|unset|dummy|changeme|x+|-)$/i.test(bare);
}

function severity(context: RuleContext, stage: Stage): Severity | undefined {
  if (context.isTest) return 'hint';
  return stage.ships ? undefined : 'info';
}

function checkArg(context: RuleContext, stage: Stage, arg: Arg, secretArgs: Set<string>): void {
  const dockerfile = dockerfileOf(context);
  const properties = arg.getProperties();
  for (const property of properties) {
    const name = property.getName();
    if (!isSecretName(name)) continue;
    secretArgs.add(name);
    // A literal default is the secret rules' finding (with the value masked); this rule reports names only.
    if (!isStandIn(property.getValue())) continue;
    const fix = properties.length === 1 ? secretMountFix(context, dockerfile, stage, arg, name) : undefined;
    context.report({
      range: property.getNameRange(),
      message: `Build argument "${name}" looks like a secret: build args are recorded in the image history and build metadata. Pass it with a BuildKit secret mount (RUN --mount=type=secret; docker build ${buildFlag(name)}) instead (${CWE}).`,
      severity: severity(context, stage),
      fixes: fix ? [fix] : [],
    });
  }
}

const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

function checkEnv(context: RuleContext, stage: Stage, env: Env, secretArgs: Set<string>, stageArgs: Set<string>): void {
  for (const property of env.getProperties()) {
    const value = property.getValue() ?? '';
    for (const match of value.matchAll(REFERENCE)) {
      const source = match[1]!;
      const secret = secretArgs.has(source) || (stageArgs.has(source) && isSecretName(property.getName()));
      if (!secret) continue;
      context.report({
        range: property.getRange(),
        message: `ENV ${property.getName()} copies the build argument "${source}" into the image configuration, where anyone who can pull the image reads it. Provide the secret at run time (environment or mounted secret), not at build time (${CWE}; Twelve-Factor III).`,
        severity: severity(context, stage),
      });
      break;
    }
  }
}

/** COPY/ADD sources with their ranges: exec form (JSON) or words; the last one is the destination. */
function sourcesOf(context: RuleContext, instruction: Instruction): { value: string; range: Range }[] {
  const args = commandArgs(context, instruction);
  if (args?.argv) return args.argv.slice(0, -1).map((w) => ({ value: w.value, range: context.index.range(w.start, w.end) }));
  if (args && argvValues(args)) return [];
  const words = instruction.getArguments();
  return words.slice(0, -1).map((a) => ({ value: a.getValue(), range: a.getRange() }));
}

function checkCopy(context: RuleContext, stage: Stage, instruction: Instruction): void {
  for (const source of sourcesOf(context, instruction)) {
    if (/^(https?|git):\/\//.test(source.value) || source.value.startsWith('<<')) continue;
    const name = baseName(source.value.replace(/\/+$/, ''));
    const kind = SECRET_FILES.find(([pattern]) => pattern.test(name))?.[1];
    if (!kind) continue;
    const wildcard = /[*?[]/.test(name);
    const caveat = wildcard ? ' unless .dockerignore excludes it (this rule does not read .dockerignore)' : '';
    context.report({
      range: source.range,
      message: `${instruction.getKeyword()} puts ${kind} ("${name}") into an image layer${caveat}, where anyone who can pull the image reads it, even if a later step deletes it. Provide it at run time or with a BuildKit secret mount (${CWE}).`,
      severity: severity(context, stage),
    });
  }
}

function check(context: RuleContext): void {
  const dockerfile = dockerfileOf(context);
  for (const stage of stagesOf(dockerfile)) {
    const secretArgs = new Set<string>();
    const stageArgs = new Set<string>();
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'ARG') {
        for (const p of (instruction as Arg).getProperties()) stageArgs.add(p.getName());
        checkArg(context, stage, instruction as Arg, secretArgs);
      } else if (keyword === 'ENV') checkEnv(context, stage, instruction as Env, secretArgs, stageArgs);
      else if (keyword === 'COPY' || keyword === 'ADD') checkCopy(context, stage, instruction);
    }
  }
}

export const dockerfileSecretInEnvArg: Rule = {
  meta: {
    id: 'security/dockerfile-secret-in-env-arg',
    title: 'Secret passed into a Docker image',
    category: 'security',
    reference: 'CWE-538; CWE-522; Twelve-Factor III: Config',
    rationale:
      'Everything a Dockerfile hands to the build ends up somewhere in the image: build arguments in its history, ENV values in its configuration, copied files in its layers. Anyone who can pull the image can read them, long after the secret was rotated elsewhere.',
    defaultSeverity: 'warning',
    languages: ['dockerfile'],
    docs: 'docs/rules/security/dockerfile-secret-in-env-arg.md',
    prefilter: /\b(ARG|COPY|ADD)\b/i,
    examples,
  },
  check,
};
