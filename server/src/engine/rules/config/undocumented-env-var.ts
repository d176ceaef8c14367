import type { AppendToFileFix } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { envReadsOf } from '../shared/envReads';
import { examples } from './undocumented-env-var.examples';

/** Variables the platform, the shell or the CI sets: nobody documents them in a project's template. */
const PLATFORM_NAMES = new Set([
  'NODE_ENV', 'PORT', 'HOST', 'HOSTNAME', 'HOME', 'PATH', 'USER', 'USERNAME', 'USERPROFILE', 'SHELL', 'PWD', 'TMPDIR', 'TEMP', 'TMP',
  'TERM', 'LANG', 'LC_ALL', 'TZ', 'CI', 'DEBUG', 'APPDATA', 'LOCALAPPDATA', 'PROGRAMDATA', 'SYSTEMROOT', 'COMSPEC', 'EDITOR', 'VISUAL',
  'NO_COLOR', 'FORCE_COLOR', 'COLORTERM', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR', 'DYNO',
  'ASPNETCORE_ENVIRONMENT', 'DOTNET_ENVIRONMENT', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV', 'GOPATH', 'GOOS', 'GOARCH', 'JAVA_HOME',
  'PYTHONPATH', 'VIRTUAL_ENV', 'K_SERVICE', 'K_REVISION', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_EXECUTION_ENV',
]);
const PLATFORM_PREFIXES = /^(GITHUB_|RUNNER_|KUBERNETES_|npm_|VERCEL_|NETLIFY_|HEROKU_|RENDER_|FLY_|RAILWAY_|AWS_LAMBDA_|FUNCTIONS_|WEBSITE_|GITLAB_|CI_|BUILDKITE_|CIRCLE|TRAVIS|JENKINS_|BITBUCKET_|OTEL_)/;

export function isPlatformName(name: string): boolean {
  return PLATFORM_NAMES.has(name) || PLATFORM_PREFIXES.test(name);
}

function addFix(name: string, path: string): AppendToFileFix {
  return { kind: 'appendToFile', title: `Add ${name} to $FILE`, target: 'envTemplate', entry: name, lines: [`# used in ${path}`, `${name}=`] };
}

function check(context: RuleContext): void {
  const template = context.workspace.envTemplate;
  if (!template || !context.facts || context.isTest) return;
  const reported = new Set<string>();
  for (const read of envReadsOf(context.facts, context.text)) {
    if (template.keys.has(read.name) || reported.has(read.name) || isPlatformName(read.name)) continue;
    reported.add(read.name);
    context.report({
      range: read.nameSpan.range,
      message: `${read.name} is read here but not listed in ${template.label}. Add it there, so whoever deploys or clones the app knows to set it (Twelve-Factor III: Config).`,
      fixes: [addFix(read.name, context.path)],
    });
  }
}

export const undocumentedEnvVar: Rule = {
  meta: {
    id: 'config/undocumented-env-var',
    title: 'Environment variable missing from the env template',
    category: 'config',
    reference: 'Twelve-Factor III: Config',
    rationale:
      'Config in the environment is invisible until something fails at run time. The env template (.env.example) is the one list of every variable the app reads; a variable the code reads but the template omits is discovered by the next deploy, in production.',
    defaultSeverity: 'hint',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php'],
    docs: 'docs/rules/config/undocumented-env-var.md',
    prefilter: /env|ENV|getenv|Getenv|GetEnvironmentVariable/,
    examples,
  },
  check,
};
