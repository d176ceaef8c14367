import { isEnvTemplateName, keyRange, readDotenvEntries, type DotenvEntry } from '../../formats/dotenv';
import type { EditFix } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { examples } from './unread-env-var.examples';
import { isPlatformName } from './undocumented-env-var';

/**
 * Variables that libraries, runtimes and official images read by themselves,
 * so a project lists them in its template without any of its files naming them
 * (Rails reads DATABASE_URL, the AWS SDKs read AWS_ACCESS_KEY_ID, the postgres
 * image reads POSTGRES_PASSWORD).
 */
const IMPLICIT_NAMES = new Set([
  'DATABASE_URL', 'REDIS_URL', 'SECRET_KEY_BASE', 'DJANGO_SETTINGS_MODULE', 'WEB_CONCURRENCY', 'MALLOC_ARENA_MAX',
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_ENDPOINT_URL',
  'GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_CLOUD_PROJECT', 'SENTRY_DSN', 'SENTRY_ENVIRONMENT', 'SENTRY_RELEASE', 'SENTRY_AUTH_TOKEN',
  'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'JAVA_OPTS', 'JAVA_TOOL_OPTIONS', 'JDK_JAVA_OPTIONS',
  'GOMAXPROCS', 'GOMEMLIMIT', 'GOFLAGS', 'GIN_MODE', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE', 'LOG_LEVEL',
  'COMPOSE_PROJECT_NAME', 'COMPOSE_FILE', 'COMPOSE_PROFILES', 'DOCKER_HOST', 'DOCKER_BUILDKIT',
]);
/** Prefixes of variable families read by a library, tool or image rather than by the project's code. */
const IMPLICIT_PREFIXES =
  /^(SPRING_|MANAGEMENT_|SERVER_SERVLET_|LOGGING_LEVEL_|RAILS_|FLASK_|UVICORN_|GUNICORN_|CELERY_|SIDEKIQ_|PUMA_|BUNDLE_|NEXTAUTH_|AUTH_|PRISMA_|NEXT_TELEMETRY|PG|POSTGRES_|MYSQL_|MARIADB_|MONGO_INITDB_|RABBITMQ_|MINIO_|KEYCLOAK_|KC_|ELASTIC_|GF_|AZURE_|ARM_|TF_VAR_|DD_|NEW_RELIC_|HONEYCOMB_|PYTHON|PIP_|POETRY_|UV_|NPM_CONFIG_|YARN_|PNPM_|DOTNET_|ASPNETCORE_|NUGET_|GRADLE_|MAVEN_|COMPOSER_|PHP_|LARAVEL_)/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function isImplicit(key: string): boolean {
  const upper = key.toUpperCase();
  // `Section__Key` is .NET's (and pydantic's) nested-settings binding: read through a configuration section, never by name.
  return IMPLICIT_NAMES.has(upper) || IMPLICIT_PREFIXES.test(upper) || isPlatformName(upper) || upper.includes('__');
}

/** Deletes the entry's lines, a value that spans lines included. */
function removal(context: RuleContext, entry: DotenvEntry): EditFix {
  const { text, index } = context;
  const start = text.lastIndexOf('\n', entry.keyStart - 1) + 1;
  const eol = text.indexOf('\n', entry.valueEnd);
  const end = eol < 0 ? text.length : eol + 1;
  return {
    kind: 'edit',
    title: `Remove ${entry.key} from ${baseName(context.path)}`,
    edits: [{ range: index.range(start, end), newText: '' }],
    fixAll: false,
  };
}

function check(context: RuleContext): void {
  const referenced = context.workspace.referencedNames;
  if (!referenced || context.isTest || !isEnvTemplateName(baseName(context.path))) return;
  const entries = readDotenvEntries(context.text);
  const seen = new Set<string>();
  for (const entry of entries) {
    const upper = entry.key.toUpperCase();
    if (referenced.has(upper) || seen.has(upper) || isImplicit(entry.key)) continue;
    seen.add(upper);
    context.report({
      range: keyRange(context.index, entry),
      message: `${entry.key} is listed in ${baseName(context.path)}, but no file in the workspace reads it. Remove it, or read it where it is meant to be used, so the template stays the true list of the app's config (Twelve-Factor III: Config).`,
      fixes: [removal(context, entry)],
    });
  }
}

export const unreadEnvVar: Rule = {
  meta: {
    id: 'config/unread-env-var',
    title: 'Env template lists a variable nothing reads',
    category: 'config',
    reference: 'Twelve-Factor III: Config',
    rationale:
      'The env template is the list of what an operator must set to run the app. A variable that nothing reads any more makes every deploy set, rotate and guard a value for nothing, and hides which settings matter.',
    defaultSeverity: 'hint',
    languages: ['dotenv'],
    docs: 'docs/rules/config/unread-env-var.md',
    prefilter: /=/,
    examples,
  },
  check,
};
