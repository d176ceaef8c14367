import { isCodeLanguage } from '../../classify';
import type { Rule, RuleContext } from '../rule';
import { codeDivergences } from './code-branches';
import { databaseYml, springProfiles } from './config-files';
import { examples } from './divergent-backing-services.examples';

const ADVICE = 'Run the same type of backing service in every environment (X. Dev/prod parity), e.g. with a container in development, and let only its URL vary.';

function checkCode(context: RuleContext): void {
  if (!context.facts) return;
  for (const d of codeDivergences(context.facts, context.text)) {
    const others = [...new Set(d.others.map((o) => o.family))].join(' and ');
    context.report({
      range: d.site.span.range,
      message: `This branch on \`${d.source}\` uses ${d.site.family} in one environment and ${others} in another. ${ADVICE}`,
      related: d.others.map((o) => ({ message: `${o.family} in the other branch`, range: o.span.range })),
    });
  }
}

function checkConfig(context: RuleContext): void {
  const found = context.language === 'yaml' ? [...databaseYml(context), ...springProfiles(context)] : context.language === 'properties' ? springProfiles(context) : [];
  for (const d of found) {
    context.report({
      range: d.range,
      message: `${d.devLabel} uses ${d.dev} while ${d.prodLabel} uses ${d.prod}. ${ADVICE}`,
      related: [{ message: `${d.prod} for ${d.prodLabel}`, range: d.prodRange }],
    });
  }
}

export const divergentBackingServices: Rule = {
  meta: {
    id: 'parity/divergent-backing-services',
    title: 'Different backing-service types per environment',
    category: 'parity',
    reference: 'X. Dev/prod parity',
    rationale:
      'Developing against SQLite or an in-memory cache while production runs PostgreSQL or Redis hides differences in SQL, types, locking and expiry until they break in production; every environment should use the same type of service.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'csharp', 'ruby', 'php', 'java', 'yaml', 'properties'],
    docs: 'docs/rules/parity/divergent-backing-services.md',
    prefilter: /sqlite|jdbc:|memory|file_store|FileBased|new Map\b|NodeCache|LRU|adapter:/i,
    examples,
  },
  check(context) {
    if (context.isTest) return;
    if (isCodeLanguage(context.language)) checkCode(context);
    else checkConfig(context);
  },
};
