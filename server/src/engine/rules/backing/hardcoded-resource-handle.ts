import { moveToEnvFix } from '../../fixes/builders';
import { cleartextNote } from '../../guards/cleartext';
import type { FixData, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { appConfigKind, appConfigValues, envReferenceFor, type AppConfigKind, type ConfigValue } from './appConfig';
import { examples } from './hardcoded-resource-handle.examples';
import { backingConfigOf, backingLiteralOf, type BackingHit } from './locator';
import { SERVICES } from './sinks';

function message(hit: BackingHit, value: string, subject: string, action?: string): string {
  const label = SERVICES[hit.service].label;
  const todo = action ?? `read it from ${hit.envName} in the environment so each deploy attaches its own`;
  return `${subject} ${label} locator ${hit.locator.shown}; ${todo} (Twelve-Factor IV: Backing services).${cleartextNote(value, hit.locator)}`;
}

function severity(context: RuleContext): Severity {
  return context.isTest ? 'hint' : 'warning';
}

function checkCode(context: RuleContext): void {
  const facts = context.facts!;
  for (const literal of facts.strings) {
    const hit = backingLiteralOf(literal, facts);
    if (!hit) continue;
    const subject = hit.via ? `${hit.via}() is given the hardcoded` : literal.name ? `"${literal.name}" hardcodes the` : 'Hardcoded';
    context.report({
      range: literal.range,
      message: message(hit, literal.value, subject),
      severity: severity(context),
      fixes: [moveToEnvFix(context, literal.range, literal.value, hit.envName, false)],
    });
  }
}

/** Spring and Rails config can reference the environment; JSON (appsettings) cannot, so it gets no edit. */
function configFixes(context: RuleContext, kind: AppConfigKind, value: ConfigValue, name: string): FixData[] {
  const replacement = envReferenceFor(kind, context.language);
  if (!replacement) return [];
  return [{ ...moveToEnvFix(context, value.range, value.value, name, false), replacement }];
}

function checkConfig(context: RuleContext): void {
  const kind = appConfigKind(context);
  if (!kind) return;
  for (const value of appConfigValues(context)) {
    const hit = backingConfigOf(value, kind, context.path);
    if (!hit) continue;
    // ASP.NET Core overlays environment variables on appsettings: `ConnectionStrings__Default`.
    const dotnet = kind === 'dotnet' ? `remove it from appsettings and set ${value.path.replace(/\./g, '__')} in each deploy's environment` : undefined;
    context.report({
      range: context.index.range(value.start, value.end),
      message: message(hit, value.value, `"${value.path}" hardcodes the`, dotnet),
      severity: severity(context),
      fixes: configFixes(context, kind, value, hit.envName),
    });
  }
}

export const hardcodedResourceHandle: Rule = {
  meta: {
    id: 'backing/hardcoded-resource-handle',
    title: 'Hardcoded backing-service locator',
    category: 'backing',
    reference: 'Twelve-Factor IV: Backing services; CWE-547',
    rationale:
      'A database, cache, queue or mail server is an attached resource: a deploy should be able to swap it (a local Postgres for a managed one) by changing config, not code. A locator written into the code or the packaged config pins every deploy to one instance.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml', 'json'],
    docs: 'docs/rules/backing/hardcoded-resource-handle.md',
    // Every locator form needs one of these: a URL, a host key, a DSN, a quoted host name, or a port.
    prefilter: /:\/\/|host|server|addr|broker|dsn|location|node|endpoint|connect|data ?source|@tcp\(|["'`][a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?["'`]|:\d{2,5}\b/i,
    examples,
  },
  check(context) {
    if (context.facts) checkCode(context);
    else checkConfig(context);
  },
};
