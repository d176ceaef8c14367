import { isEnvTemplateName, readDotenvEntries, type DotenvEntry } from '../../formats/dotenv';
import { isSecretName } from '../../secrets/generic/names';
import { isPlaceholder } from '../../secrets/placeholders';
import type { AppendToFileFix, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { examples } from './dotenv-hygiene.examples';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Env files meant for one machine: `.env` itself and `*.local` variants (dotenv, Vite, Next.js conventions). */
function isMachineLocal(name: string): boolean {
  return name === '.env' || /\.local$/i.test(name) || /^\.env\.local\b/i.test(name);
}

/** Env files of test runs hold fake values by convention. */
function isTestEnv(name: string): boolean {
  return /^\.env\.(test|testing|ci|e2e)(\.local)?$/i.test(name);
}

function secretEntries(entries: readonly DotenvEntry[]): DotenvEntry[] {
  return entries.filter((e) => isSecretName(e.key) && e.value.trim() !== '' && !isPlaceholder(e.value) && !/^\$\{?\w+\}?$/.test(e.value));
}

function describeSecrets(secrets: readonly DotenvEntry[]): string {
  if (secrets.length === 0) return '';
  const names = secrets.slice(0, 3).map((e) => e.key).join(', ');
  return ` It holds ${secrets.length} secret-like value${secrets.length === 1 ? '' : 's'} (${names}${secrets.length > 3 ? ', …' : ''}).`;
}

function ignoreFix(name: string): AppendToFileFix {
  return { kind: 'appendToFile', title: `Add ${name} to $FILE`, target: 'gitignore', entry: name, lines: [name] };
}

function check(context: RuleContext): void {
  const name = baseName(context.path);
  const git = context.workspace.git;
  if (isEnvTemplateName(name) || (git !== 'tracked' && git !== 'untracked')) return;
  const entries = readDotenvEntries(context.text);
  if (entries.length === 0) return;
  const secrets = secretEntries(entries);
  // Mode files (`.env.production`) are often committed on purpose with public settings; only secrets make them a problem.
  if (!isMachineLocal(name) && secrets.length === 0) return;
  const anchor = secrets[0] ?? entries[0];
  const range = context.index.range(anchor.keyStart, anchor.keyStart + anchor.key.length);
  let severity: Severity = git === 'tracked' && secrets.length > 0 ? 'error' : 'warning';
  if (isTestEnv(name) || context.isTest) severity = 'info';
  const message =
    git === 'tracked'
      ? `${name} is committed to git, so its values are in the repository's history.${describeSecrets(secrets)} Stop tracking it (\`git rm --cached ${name}\`), ignore it, and rotate any secret it held (Twelve-Factor III: Config).`
      : `${name} is not ignored by git: the next \`git add .\` commits it.${describeSecrets(secrets)} Add it to .gitignore (Twelve-Factor III: Config).`;
  context.report({ range, message, severity, fixes: [ignoreFix(name)] });
}

export const dotenvHygiene: Rule = {
  meta: {
    id: 'config/dotenv-hygiene',
    title: '.env file committed or not ignored',
    category: 'config',
    reference: 'Twelve-Factor III: Config; CWE-538',
    rationale:
      'A .env file holds one machine\'s configuration and usually its secrets. Committed, every clone and every fork gets the values, and they stay in the history after the file is deleted; it must be ignored by git, with a template (.env.example) committed instead.',
    defaultSeverity: 'warning',
    languages: ['dotenv'],
    docs: 'docs/rules/config/dotenv-hygiene.md',
    prefilter: /=/,
    examples,
  },
  check,
};
