import { moveToEnvFix } from '../../fixes/builders';
import { deriveEnvName } from '../../fixes/envName';
import { maskSecret } from '../../mask';
import { HELM_VALUES } from '../../secrets/generic/detector';
import { KUSTOMIZATION_FILE } from '../../secrets/detectors/kustomizeSecret';
import type { SecretHit } from '../../secrets/hits';
import { ruleIdOf, secretsOf } from '../../secrets/scan';
import type { Example, FixData, Language, MoveToEnvFix, RuleMeta, Severity } from '../../types';
import { PROVIDERS } from '../../secrets/providers';
import type { Rule, RuleContext } from '../rule';

/** Secrets can be committed in any text file. */
export const ALL_LANGUAGES: readonly Language[] = [
  'javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php',
  'dotenv', 'dockerfile', 'compose', 'kubernetes', 'github-actions', 'yaml', 'json', 'properties', 'xml', 'plaintext',
];

export const SECRET_REFERENCE = 'CWE-798 (hard-coded credentials); Twelve-Factor III. Config';

/** The message of a secret finding: the secret appears only masked. */
export function secretMessage(hit: SecretHit): string {
  const qualifier = hit.qualifier ? ` (${hit.qualifier})` : '';
  return `${hit.name}${qualifier}: ${maskSecret(hit.value)}. Move it to an environment variable or a secret manager, and rotate it.`;
}

const PROVIDER_BY_RULE = new Map(PROVIDERS.map((p) => [ruleIdOf(p), p]));

function rotationOf(hit: SecretHit): MoveToEnvFix['rotation'] {
  const spec = PROVIDER_BY_RULE.get(hit.ruleId);
  return spec ? { provider: spec.provider, url: spec.rotation.url, steps: spec.rotation.steps } : undefined;
}

/** Config formats whose values can name an environment variable (or an Actions secret) instead. */
const CONFIG_MOVE = new Set<Language>(['compose', 'github-actions', 'yaml', 'properties']);

/** The whole value around a secret in a config line (`key: "secret"`, `key=secret`), quotes included. */
function configValueRange(text: string, hit: SecretHit): { start: number; end: number; key?: string } | undefined {
  const open = text[hit.start - 1];
  const quoted = (open === '"' || open === "'") && text[hit.end] === open;
  const start = quoted ? hit.start - 1 : hit.start;
  const end = quoted ? hit.end + 1 : hit.end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const afterEnd = text.indexOf('\n', end);
  const after = text.slice(end, afterEnd < 0 ? text.length : afterEnd).replace(/\r$/, '');
  if (!/(?:^|[^:]):[ \t]+$|=[ \t]*$/.test(before) || !/^[ \t]*(?:#.*)?$/.test(after)) return undefined;
  const key = /([A-Za-z_][\w.-]*)["']?[ \t]*[:=][ \t]*$/.exec(before)?.[1];
  return { start, end, ...(key ? { key } : {}) };
}

function envNameFor(hit: SecretHit, identifier: string | undefined, callee?: string): string {
  const suffix = /key\b/i.test(hit.name) ? 'KEY' : /password/i.test(hit.name) ? 'PASSWORD' : 'TOKEN';
  return deriveEnvName({ identifier, suffix, callee });
}

/** "Move to environment variable" when the secret is a string literal of code or a whole config value. */
export function secretFixes(context: RuleContext, hit: SecretHit): FixData[] {
  const rotation = rotationOf(hit);
  if (context.facts) {
    const literal = context.facts.strings.find((s) => s.start <= hit.start && hit.end <= s.end && !s.interpolated);
    if (!literal) return [];
    const identifier = literal.binding === 'argument' || literal.binding === 'element' ? hit.boundName : literal.name ?? hit.boundName;
    const fix = moveToEnvFix(context, literal.range, literal.value, envNameFor(hit, identifier, literal.call?.callee), true);
    return [rotation ? { ...fix, rotation } : fix];
  }
  // Neither Helm values nor Kustomize literals expand `${NAME}`: a move there would commit a broken placeholder.
  if (HELM_VALUES.test(context.path) || KUSTOMIZATION_FILE.test(context.path)) return [];
  if (context.language === 'dockerfile') return dockerfileFix(context, hit, rotation);
  if (context.language === 'kubernetes') return kubernetesFix(context, hit, rotation);
  // Gradle does not expand `${NAME}` in gradle.properties (it reads ORG_GRADLE_PROJECT_<name> instead).
  if (!CONFIG_MOVE.has(context.language) || /(^|\/)gradle\.properties$/.test(context.path)) return [];
  const range = configValueRange(context.text, hit);
  if (!range) return [];
  const fix = moveToEnvFix(context, context.index.range(range.start, range.end), hit.value, envNameFor(hit, hit.boundName ?? range.key), true);
  return [rotation ? { ...fix, rotation } : fix];
}

/** Reports this rule's share of the file's secret hits. */
export function reportHits(context: RuleContext, ruleId: string): void {
  const hits = secretsOf({
    path: context.path,
    text: context.text,
    language: context.language,
    index: context.index,
    facts: context.facts,
    isTest: context.isTest,
  });
  for (const hit of hits) {
    if (hit.ruleId !== ruleId) continue;
    context.report({
      range: context.index.range(hit.start, hit.end),
      message: secretMessage(hit),
      severity: hit.severity,
      fixes: secretFixes(context, hit),
    });
  }
}

export interface SecretRuleMeta {
  id: string;
  title: string;
  rationale: string;
  defaultSeverity?: Severity;
  prefilter: RegExp;
  examples: { valid: Example[]; invalid: Example[] };
  languages?: readonly Language[];
  /** The rule reads syntax facts (the generic rule); the others scan text and parse only to build fixes. */
  needsSyntax?: boolean;
}

/** A rule that reports the shared secret scan's hits for its id. */
export function secretRule(spec: SecretRuleMeta): Rule {
  const meta: RuleMeta = {
    id: spec.id,
    title: spec.title,
    category: 'secrets',
    reference: SECRET_REFERENCE,
    rationale: spec.rationale,
    defaultSeverity: spec.defaultSeverity ?? 'error',
    languages: spec.languages ?? ALL_LANGUAGES,
    docs: `docs/rules/${spec.id}.md`,
    prefilter: spec.prefilter,
    needsSyntax: spec.needsSyntax ?? false,
    examples: spec.examples,
  };
  return { meta, check: (context) => reportHits(context, meta.id) };
}

/**
 * Dockerfile `ENV NAME=secret` / `ARG NAME=secret`: the instruction goes (an
 * image layer keeps every ENV), the value goes to `.env` for `docker run
 * --env-file`, and a comment shows the BuildKit secret mount for build steps.
 */
function dockerfileFix(context: RuleContext, hit: SecretHit, rotation: MoveToEnvFix['rotation']): FixData[] {
  const { index } = context;
  const position = index.positionAt(hit.start);
  const line = index.lineText(position.line);
  const m = /^([ \t]*)(ENV|ARG)[ \t]+([A-Za-z_][\w.-]*)(?:=|[ \t]+)(["']?)(.*?)\4[ \t]*$/i.exec(line);
  if (!m || m[5] !== hit.value || position.line + 1 < index.lineCount && /\\$/.test(line)) return [];
  const variable = m[3]!;
  const replacement =
    `${m[1]}# $NAME is not baked into the image: pass it at run time (docker run --env-file .env).\n` +
    `${m[1]}# For a build step: RUN --mount=type=secret,id=$NAME,env=$NAME <command>, built with: docker build --secret id=$NAME,env=$NAME .`;
  const start = index.lineStart(position.line);
  const fix: MoveToEnvFix = {
    kind: 'moveToEnv',
    range: index.range(start, start + line.length),
    value: hit.value,
    name: envNameFor(hit, variable),
    language: context.language,
    secret: true,
    extraEdits: [],
    replacement,
    ...(rotation ? { rotation } : {}),
  };
  return [fix];
}

/**
 * A Kubernetes container `env` entry `- name: X` / `value: secret`: the value
 * becomes a `secretKeyRef`, and the note says how to create the Secret from
 * the git-ignored `.env`.
 */
function kubernetesFix(context: RuleContext, hit: SecretHit, rotation: MoveToEnvFix['rotation']): FixData[] {
  const { index } = context;
  const range = configValueRange(context.text, hit);
  if (!range || range.key !== 'value') return [];
  const position = index.positionAt(range.start);
  const line = index.lineText(position.line);
  const keyColumn = line.search(/value[ \t]*:/);
  if (keyColumn < 0) return [];
  // The entry's `name:` is on this item, one line up (`- name: X`) in the usual layout.
  const previous = position.line > 0 ? index.lineText(position.line - 1) : '';
  const entry = /^[ \t]*-?[ \t]*name[ \t]*:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*$/.exec(previous);
  if (!entry) return [];
  const indent = ' '.repeat(keyColumn);
  const secretName = 'app-secrets';
  const replacement = `valueFrom:\n${indent}  secretKeyRef:\n${indent}    name: ${secretName}\n${indent}    key: $NAME`;
  const start = index.lineStart(position.line) + keyColumn;
  const fix: MoveToEnvFix = {
    kind: 'moveToEnv',
    range: index.range(start, range.end),
    value: hit.value,
    name: envNameFor(hit, entry[1]),
    language: context.language,
    secret: true,
    extraEdits: [],
    replacement,
    afterNote: `Create the Secret from the git-ignored .env: kubectl create secret generic ${secretName} --from-env-file=.env (or manage it with Sealed Secrets or External Secrets).`,
    ...(rotation ? { rotation } : {}),
  };
  return [fix];
}
