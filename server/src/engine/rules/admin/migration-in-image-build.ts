import { dockerfileOf } from '../../formats/dockerfile';
import type { Rule, RuleContext } from '../rule';
import { argvValues, commandArgs, escapeOf, stagesOf, type Stage } from '../shared/dockerCommands';
import { baseName, isAssignment, shellScriptIndex, splitShell, type ShellWord } from '../shared/shell';
import { examples } from './migration-in-image-build.examples';

/**
 * Admin commands that need the runtime database, as word patterns after the
 * program's launchers are stripped. `*` matches any one word; a pattern
 * element with `|` lists alternatives; `...` lets any words come between.
 */
const MIGRATIONS: readonly (readonly string[])[] = [
  ['manage.py', 'migrate|loaddata|flush'],
  ['django-admin', 'migrate|loaddata|flush'],
  ['flask', 'db', 'upgrade|downgrade|stamp'],
  ['alembic', '...', 'upgrade|downgrade|stamp'],
  ['rake|rails|bin/rails|bin/rake', 'db:migrate|db:setup|db:seed|db:prepare|db:reset|db:schema:load|db:create|db:migrate:up|db:seed:replant'],
  ['artisan', 'migrate|migrate:fresh|migrate:refresh|migrate:reset|db:seed|db:wipe'],
  ['bin/console|console', 'doctrine:migrations:migrate|doctrine:schema:update|doctrine:database:create'],
  ['prisma', 'migrate', 'deploy|dev|reset|resolve'],
  ['prisma', 'db', 'push|seed|execute'],
  ['sequelize|sequelize-cli', 'db:migrate|db:seed:all|db:seed|db:create'],
  ['knex', 'migrate:latest|migrate:up|migrate:rollback|seed:run'],
  ['typeorm|typeorm-ts-node-commonjs|typeorm-ts-node-esm', 'migration:run|schema:sync'],
  ['drizzle-kit', 'migrate|push'],
  ['dotnet', 'ef', 'database', 'update'],
  ['flyway', '...', 'migrate|clean|baseline'],
  ['liquibase', '...', 'update|updateSQL|update-sql'],
  ['goose', '...', 'up|up-by-one|up-to|reset|redo'],
  ['migrate', '...', '-path|-source|-database', '...', 'up'],
  ['mix', 'ecto.migrate|ecto.setup|ecto.create'],
  ['sqlx', 'migrate', 'run'],
  ['diesel', 'migration|database', 'run|setup'],
  ['atlas', 'migrate|schema', 'apply'],
  ['mvn|mvnw|./mvnw', '...', 'flyway:migrate|liquibase:update'],
  ['gradle|gradlew|./gradlew', '...', 'flywayMigrate'],
];

/** npm/yarn/pnpm script names that by convention run migrations or seeds. */
const SCRIPT_NAMES = /^(migrate|migration|migrations|db:migrate|db:seed|db:setup|seed|migrate:[\w:-]+|migration:run|db:push|typeorm:migrate)$/;

/** Launchers in front of the real program (`bundle exec rake`, `npx prisma`, `python manage.py`). */
const LAUNCHERS = new Set(['exec', 'sudo', 'env', 'time', 'nice', 'npx', 'bunx', 'pnpx', 'su-exec', 'gosu', 'chpst', 'dotenv']);
const TWO_WORD_LAUNCHERS = /^(bundle exec|pnpm exec|pnpm dlx|yarn dlx|poetry run|pipenv run|uv run|pdm run|hatch run|rye run|npm exec)$/;

/** The command's words from its real program on: launchers, assignments and interpreters stripped. */
export function programWords(words: readonly ShellWord[] | readonly string[]): string[] {
  let rest = words.map((w) => (typeof w === 'string' ? w : w.value));
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    const first = rest[0]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first) || LAUNCHERS.has(baseName(first)) || (first.startsWith('-') && rest.length > 1)) {
      rest = rest.slice(1);
      changed = true;
    } else if (rest.length > 1 && TWO_WORD_LAUNCHERS.test(`${baseName(first)} ${rest[1]}`)) {
      rest = rest.slice(2);
      changed = true;
    } else if (/^(python[\d.]*|php[\d.]*|node|ruby|bun)$/.test(baseName(first)) && rest.length > 1) {
      // `python manage.py migrate`, `php artisan migrate`; `python -m alembic upgrade head`.
      rest = rest[1] === '-m' ? rest.slice(2) : rest.slice(1);
      changed = true;
    }
  }
  return rest;
}

function matchFrom(pattern: readonly string[], words: readonly string[], p: number, w: number): boolean {
  if (p === pattern.length) return true;
  const element = pattern[p]!;
  if (element === '...') {
    for (let k = w; k <= words.length; k++) if (matchFrom(pattern, words, p + 1, k)) return true;
    return false;
  }
  const word = words[w];
  if (word === undefined) return false;
  const options = element.split('|');
  const ok = options.includes(word) || (p === 0 && options.includes(baseName(word)));
  return ok && matchFrom(pattern, words, p + 1, w + 1);
}

/** The migration this command runs (`manage.py migrate`), or undefined. */
export function migrationOf(words: readonly ShellWord[] | readonly string[]): string | undefined {
  const values = words.map((w) => (typeof w === 'string' ? w : w.value));
  // `go run ./cmd/migrate`: a project's own migration command.
  const go = values.indexOf('go');
  if (go >= 0 && values[go + 1] === 'run' && /(^|\/)migrat(e|ions?|or)\b/.test(values[go + 2] ?? '')) return `go run ${values[go + 2]}`;
  const program = programWords(values);
  if (program.length === 0) return undefined;
  for (const pattern of MIGRATIONS) {
    if (matchFrom(pattern, program, 0, 0)) return program.slice(0, Math.min(program.length, 3)).map(baseName).join(' ');
  }
  const runner = baseName(program[0]!);
  if (runner === 'npm' || runner === 'yarn' || runner === 'pnpm' || runner === 'bun') {
    const name = program[1] === 'run' || program[1] === 'run-script' ? program[2] : runner === 'npm' ? undefined : program[1];
    if (name !== undefined && SCRIPT_NAMES.test(name)) return `${runner} run ${name}`;
  }
  return undefined;
}

function report(context: RuleContext, stage: Stage, start: number, end: number, what: string): void {
  const shipping = stage.ships && !stage.test;
  context.report({
    range: context.index.range(start, end),
    message: shipping
      ? `RUN executes "${what}" while the image is built: migrations and seeds need the runtime database and belong in a one-off release step, not in the build (Twelve-Factor XII: Admin processes; V: Build, release, run).`
      : `RUN executes "${what}" in a ${stage.test ? 'test' : 'builder'} stage; if it targets a real database, run it as a one-off release step instead (Twelve-Factor XII: Admin processes).`,
    severity: context.isTest || !shipping ? 'hint' : undefined,
  });
}

function checkRun(context: RuleContext, stage: Stage, escape: string, instruction: Stage['instructions'][number]): void {
  const args = commandArgs(context, instruction, escape);
  if (!args) return;
  const argv = argvValues(args);
  if (argv) {
    const script = shellScriptIndex(argv);
    const commands = script >= 0 ? splitShell(argv[script]!).commands.map((c) => c.words) : [argv];
    for (const words of commands) {
      const what = migrationOf(words);
      if (what) return report(context, stage, args.start, args.end, what);
    }
    return;
  }
  for (const command of args.script?.commands ?? []) {
    const what = migrationOf(command.words);
    const first = command.words.find((w) => !isAssignment(w));
    if (what && first) report(context, stage, first.start, command.words[command.words.length - 1]!.end, what);
  }
}

function check(context: RuleContext): void {
  const dockerfile = dockerfileOf(context);
  const escape = escapeOf(dockerfile);
  for (const stage of stagesOf(dockerfile)) {
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() === 'RUN') checkRun(context, stage, escape, instruction);
    }
  }
}

export const migrationInImageBuild: Rule = {
  meta: {
    id: 'admin/migration-in-image-build',
    title: 'Database migration run while building the image',
    category: 'admin',
    reference: 'Twelve-Factor XII: Admin processes; V: Build, release, run',
    rationale:
      'An image is built once and released to many environments; a migration run during the build needs a database from the build machine, changes whichever one it reaches, and does not run again when the image is released elsewhere.',
    defaultSeverity: 'warning',
    languages: ['dockerfile'],
    docs: 'docs/rules/admin/migration-in-image-build.md',
    prefilter: /migrat|db:|db\s+(upgrade|push|seed)|upgrade|loaddata|liquibase|ecto\.|seed|database|goose|flush|schema/i,
    examples,
  },
  check,
};
