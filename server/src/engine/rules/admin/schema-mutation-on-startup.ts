import { isCodeLanguage } from '../../classify';
import type { Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix, Severity } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { checkStartCommands } from './schema-mutation-on-startup-commands';
import { examples } from './schema-mutation-on-startup.examples';

interface Sink {
  callee: RegExp;
  /** What the call does, for the message. */
  what: string;
  /** The file must import one of these modules (or, for `module`, hold this text) for the name to mean the ORM. */
  modules?: RegExp;
  /** Extra condition on the call. */
  when?: (call: Call) => 'info' | 'warning' | undefined;
  path?: RegExp;
}

function option(call: Call, key: string): string | undefined {
  for (const arg of call.args) {
    const property = arg.properties?.find((p) => p.key === key);
    if (property) return property.value.text;
  }
  return undefined;
}

const SINKS: Partial<Record<string, Sink[]>> = {
  javascript: [
    {
      callee: /(^|\.)sync$/, what: 'Sequelize `sync()`', modules: /^sequelize(-typescript)?$/,
      when: (c) => (option(c, 'force') === 'true' ? 'warning' : option(c, 'alter') === 'true' ? 'info' : undefined),
    },
    {
      callee: /^(DataSource|createConnection|TypeOrmModule\.forRoot)$/, what: 'TypeORM `synchronize: true`', modules: /^(typeorm|@nestjs\/typeorm)$/,
      when: (c) => (option(c, 'synchronize') === 'true' ? 'info' : undefined),
    },
  ],
  python: [
    { callee: /^db\.create_all$/, what: 'Flask-SQLAlchemy `db.create_all()`', modules: /^flask_sqlalchemy$|^(\w+\.)*(extensions|models|db)$/, path: /^(?!.*(^|\/)(scripts?|bin|tools|migrations)\/)(?!.*(manage|seed|init_db|create_db)\w*\.py$)/ },
    { callee: /^(call_command|management\.call_command)$/, what: 'Django `call_command("migrate")`', when: (c) => (c.args[0]?.value === 'migrate' ? 'info' : undefined), path: /(^|\/)(wsgi|asgi|apps)\.py$/ },
  ],
  go: [{ callee: /\.AutoMigrate$/, what: 'GORM `AutoMigrate`', modules: /^gorm\.io\/gorm$|jinzhu\/gorm/ }],
  csharp: [
    { callee: /\.Database\.(Migrate|MigrateAsync|EnsureCreated|EnsureCreatedAsync)$/, what: 'EF Core `Database.Migrate()` / `EnsureCreated()`', path: /(^|\/)(Program|Startup)\.cs$/ },
    { callee: /\.Database\.EnsureDeleted(Async)?$/, what: 'EF Core `Database.EnsureDeleted()`', path: /(^|\/)(Program|Startup)\.cs$/, when: () => 'warning' },
  ],
  php: [{ callee: /^Artisan(\.|::)call$/, what: "Laravel `Artisan::call('migrate')`", when: (c) => (/^migrate(:fresh|:refresh|:reset)?\b/.test(c.args[0]?.value ?? '') ? (/fresh|refresh|reset/.test(c.args[0]?.value ?? '') ? 'warning' : 'info') : undefined) }],
};
SINKS.typescript = SINKS.tsx = SINKS.javascript;

/** `if (process.env.RUN_MIGRATIONS …)`-style opt-in within the three lines above the call. */
function behindEnvFlag(facts: SyntaxFacts, text: string, offset: number): boolean {
  const skeletonBefore = codeSkeleton(facts, text).slice(0, offset).split('\n').slice(-4).join('\n');
  const textBefore = text.slice(0, offset).split('\n').slice(-4).join('\n');
  return /\b(if|unless|when)\b/.test(skeletonBefore) && /process\.env|getenv|Getenv|os\.environ|ENV\[|GetEnvironmentVariable|env\(/.test(textBefore) && /MIGRAT|SYNC|SCHEMA/i.test(textBefore);
}

const MESSAGE = (what: string) =>
  `${what} changes the database schema every time the app starts, racing between replicas; run schema changes as a one-off admin process (a release-phase migration job) instead (Twelve-Factor XII: Admin processes).`;

function checkCode(context: RuleContext, facts: SyntaxFacts): void {
  const sinks = SINKS[facts.language] ?? [];
  for (const call of facts.calls) {
    const sink = sinks.find((s) => s.callee.test(call.callee));
    if (!sink || (sink.path && !sink.path.test(context.path))) continue;
    const imported = !sink.modules || [...facts.imports.modules].some((m) => sink.modules?.test(m)) || call.callee === 'sequelize.sync';
    if (!imported) continue;
    if (facts.language === 'go' && !/^\s*package\s+main\b/m.test(context.text)) continue;
    const level = sink.when ? sink.when(call) : 'info';
    if (!level) continue;
    const severity: Severity = context.isTest ? 'hint' : behindEnvFlag(facts, context.text, call.start) ? 'hint' : level;
    context.report({ range: call.range, message: MESSAGE(sink.what), severity });
  }
}

/** Spring `spring.jpa.hibernate.ddl-auto` in properties or YAML; `validate`/`none` are fine. */
const DDL_AUTO_PROPERTIES = /^[ \t]*spring\.jpa\.hibernate\.ddl-auto[ \t]*[=:][ \t]*(update|create|create-drop)[ \t]*$/gm;
const DDL_AUTO_YAML = /^[ \t]*ddl-auto[ \t]*:[ \t]*["']?(update|create|create-drop)["']?[ \t]*$/gm;

function checkSpring(context: RuleContext): void {
  if (context.isTest || !/(^|\/)(application|bootstrap)([-.][\w.-]+)?\.(properties|ya?ml)$/.test(context.path)) return;
  const pattern = context.language === 'properties' ? DDL_AUTO_PROPERTIES : DDL_AUTO_YAML;
  if (context.language !== 'properties' && !/\bjpa\s*:/.test(context.text)) return;
  for (const m of context.text.matchAll(pattern)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const range = context.index.range(start, start + m[1].length);
    const fix: EditFix = { kind: 'edit', title: 'Change ddl-auto to validate', edits: [{ range, newText: 'validate' }], fixAll: false, preferred: true };
    context.report({
      range,
      message: MESSAGE(`Hibernate \`ddl-auto=${m[1]}\``),
      severity: m[1] === 'update' ? 'info' : 'warning',
      fixes: [fix],
    });
  }
}

function check(context: RuleContext): void {
  if (isCodeLanguage(context.language) && context.facts) checkCode(context, context.facts);
  else if (context.language === 'properties' || context.language === 'yaml') checkSpring(context);
  else checkStartCommands(context);
}

export const schemaMutationOnStartup: Rule = {
  meta: {
    id: 'admin/schema-mutation-on-startup',
    title: 'Database schema changed when the app starts',
    category: 'admin',
    reference: 'Twelve-Factor XII: Admin processes',
    rationale:
      'Schema changes run by the web process at boot execute once per replica and per restart, concurrently and without review; a destructive variant drops data. Migrations belong in a one-off admin process run once per release.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'csharp', 'php', 'properties', 'yaml', 'compose', 'kubernetes', 'dockerfile'],
    docs: 'docs/rules/admin/schema-mutation-on-startup.md',
    prefilter: /sync\(|synchronize|create_all|call_command|AutoMigrate|Database\.(Migrate|Ensure)|Artisan|ddl-auto|migrat|db\s+upgrade|alembic|ef\s+database|goose/,
    examples,
  },
  check,
};
