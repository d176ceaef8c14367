import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planMoveToEnv, type EnvFilesState, type FileChange } from '../../server/src/engine/fixes/moveToEnv';
import { deriveEnvName, toEnvName, uniqueEnvName } from '../../server/src/engine/fixes/envName';
import { formatDotenvValue, readDotenv } from '../../server/src/engine/fixes/dotenvText';
import { applyEdits } from '../../server/src/engine/text';
import type { MoveToEnvFix } from '../../server/src/engine/types';
import { analyze } from './helpers';

const FIX: MoveToEnvFix = {
  kind: 'moveToEnv',
  range: { start: { line: 0, character: 23 }, end: { line: 0, character: 52 } },
  value: 'https://payments.acme.io/v2',
  name: 'PAYMENTS_API_URL',
  language: 'typescript',
  secret: false,
  extraEdits: [],
};
const SOURCE = 'const paymentsApiUrl = "https://payments.acme.io/v2";\n';

function state(overrides: Partial<Record<'env' | 'example' | 'gitignore', string | undefined>> & { envIgnored?: boolean; envTracked?: boolean } = {}): EnvFilesState {
  return {
    env: { label: '.env', text: overrides.env },
    example: { label: '.env.example', text: overrides.example },
    gitignore: { label: '.gitignore', text: overrides.gitignore },
    envIgnored: overrides.envIgnored ?? false,
    envTracked: overrides.envTracked ?? false,
  };
}

function result(changes: FileChange[], file: FileChange['file'], before = ''): string | undefined {
  const change = changes.find((c) => c.file === file);
  return change ? applyEdits(before, change.edits) : undefined;
}

describe('Move to environment variable: planning', () => {
  it('replaces the literal, writes .env, documents .env.example and ignores .env', () => {
    const plan = planMoveToEnv(FIX, state({ gitignore: 'node_modules/\n' }))!;
    assert.equal(plan.title, 'Move to environment variable PAYMENTS_API_URL and add .env to .gitignore');
    assert.equal(result(plan.changes, 'source', SOURCE), 'const paymentsApiUrl = process.env.PAYMENTS_API_URL;\n');
    assert.equal(result(plan.changes, 'env'), 'PAYMENTS_API_URL=https://payments.acme.io/v2\n');
    assert.equal(result(plan.changes, 'example'), 'PAYMENTS_API_URL=\n');
    assert.equal(result(plan.changes, 'gitignore', 'node_modules/\n'), 'node_modules/\n.env\n');
    assert.deepEqual(plan.changes.map((c) => [c.file, c.create]), [['source', false], ['env', true], ['gitignore', false], ['example', true]]);
  });

  it('leaves .gitignore alone when .env is already ignored', () => {
    const plan = planMoveToEnv(FIX, state({ gitignore: '.env*\n', envIgnored: true }))!;
    assert.equal(plan.title, 'Move to environment variable PAYMENTS_API_URL');
    assert.equal(plan.changes.find((c) => c.file === 'gitignore'), undefined);
  });

  it('appends after a last line without a newline, keeping CRLF files CRLF', () => {
    const plan = planMoveToEnv(FIX, state({ env: 'A=1\r\nB=2', example: 'A=\r\n', envIgnored: true }))!;
    assert.equal(result(plan.changes, 'env', 'A=1\r\nB=2'), 'A=1\r\nB=2\r\nPAYMENTS_API_URL=https://payments.acme.io/v2\r\n');
    assert.equal(result(plan.changes, 'example', 'A=\r\n'), 'A=\r\nPAYMENTS_API_URL=\r\n');
  });

  it('reuses a variable that already holds the same value', () => {
    const plan = planMoveToEnv(FIX, state({ env: 'PAYMENTS_API_URL=https://payments.acme.io/v2\n', example: 'PAYMENTS_API_URL=\n', envIgnored: true }))!;
    assert.deepEqual(plan.changes.map((c) => c.file), ['source']);
  });

  it('never overwrites a variable with another value: it picks a suffix', () => {
    const env = 'PAYMENTS_API_URL=https://other.acme.io\nPAYMENTS_API_URL_2="https://third.acme.io"\n';
    const plan = planMoveToEnv(FIX, state({ env, envIgnored: true }))!;
    assert.equal(plan.name, 'PAYMENTS_API_URL_3');
    assert.equal(result(plan.changes, 'env', env), `${env}PAYMENTS_API_URL_3=https://payments.acme.io/v2\n`);
  });

  it('treats a non-empty template value as taken too', () => {
    const plan = planMoveToEnv(FIX, state({ example: 'PAYMENTS_API_URL=https://sandbox.acme.io\n', envIgnored: true }))!;
    assert.equal(plan.name, 'PAYMENTS_API_URL_2');
  });

  it('does not write the value into a .env that git tracks, and says so', () => {
    const plan = planMoveToEnv(FIX, state({ env: 'A=1\n', envTracked: true }))!;
    assert.equal(plan.title, 'Move to environment variable PAYMENTS_API_URL (.env is tracked by git: value not written)');
    assert.equal(plan.changes.find((c) => c.file === 'env'), undefined);
    assert.equal(plan.changes.find((c) => c.file === 'gitignore'), undefined);
    assert.match(plan.notes[0], /git rm --cached \.env/);
  });

  it('never writes a value into the template, even for secrets, and asks for rotation of secrets', () => {
    const plan = planMoveToEnv({ ...FIX, secret: true, name: 'API_TOKEN', value: 's3cr3t-t0ken-value' }, state({ envIgnored: true }))!;
    assert.equal(result(plan.changes, 'example'), 'API_TOKEN=\n');
    assert.match(plan.notes.join(' '), /rotate it/);
    assert.ok(!plan.title.includes('s3cr3t'));
  });

  it('uses the language accessor and wraps template substitutions', () => {
    const python = planMoveToEnv({ ...FIX, language: 'python' }, state({ envIgnored: true }))!;
    assert.equal(python.changes[0].edits[0].newText, 'os.environ["PAYMENTS_API_URL"]');
    const template = planMoveToEnv({ ...FIX, templateSubstitution: true }, state({ envIgnored: true }))!;
    assert.equal(template.changes[0].edits[0].newText, '${process.env.PAYMENTS_API_URL}');
  });

  it('labels files in a sub-package by their relative path and ignores by base name', () => {
    const s = state({ envIgnored: false, gitignore: '' });
    s.env.label = 'packages/api/.env';
    const plan = planMoveToEnv(FIX, s)!;
    assert.equal(plan.title, 'Move to environment variable PAYMENTS_API_URL and add packages/api/.env to .gitignore');
    assert.equal(result(plan.changes, 'gitignore'), '.env\n');
  });
});

describe('environment variable names', () => {
  it('converts identifiers to UPPER_SNAKE_CASE', () => {
    assert.equal(toEnvName('paymentsApiUrl'), 'PAYMENTS_API_URL');
    assert.equal(toEnvName('HTTPServerURL'), 'HTTP_SERVER_URL');
    assert.equal(toEnvName('db.password'), 'DB_PASSWORD');
    assert.equal(toEnvName('x-api-key'), 'X_API_KEY');
    assert.equal(toEnvName('base_url'), 'BASE_URL');
    assert.equal(toEnvName('2fa_secret'), '_2FA_SECRET');
  });

  it('uses the host when the identifier is generic or missing', () => {
    assert.equal(deriveEnvName({ identifier: 'url', host: 'payments.staging.acme.io', suffix: 'URL' }), 'PAYMENTS_URL');
    assert.equal(deriveEnvName({ identifier: 'baseURL', host: 'api.acme.io', suffix: 'URL' }), 'ACME_BASE_URL');
    assert.equal(deriveEnvName({ host: 'orders.acme.io', suffix: 'URL' }), 'ORDERS_URL');
    assert.equal(deriveEnvName({ identifier: 'host', host: '10.0.3.3', suffix: 'HOST', callee: 'redis.Redis' }), 'REDIS_HOST');
    assert.equal(deriveEnvName({ host: '10.0.3.3', suffix: 'HOST' }), 'APP_HOST');
    assert.equal(deriveEnvName({ identifier: 'ledgerApiUrl', host: 'x.acme.io', suffix: 'URL' }), 'LEDGER_API_URL');
  });

  it('picks the first free or same-valued name', () => {
    const existing = new Map([['A', '1'], ['A_2', '2']]);
    assert.deepEqual(uniqueEnvName('A', '2', existing), { name: 'A_2', reuse: true });
    assert.deepEqual(uniqueEnvName('A', '3', existing), { name: 'A_3', reuse: false });
    assert.deepEqual(uniqueEnvName('B', '3', existing), { name: 'B', reuse: false });
  });
});

describe('.env text', () => {
  it('reads assignments like dotenv', () => {
    const vars = readDotenv('# c\nexport A=1\nB="two words" # note\nC=\'x y\'\nD=plain # comment\nbad line\n');
    assert.deepEqual([...vars], [['A', '1'], ['B', 'two words'], ['C', 'x y'], ['D', 'plain']]);
  });

  it('quotes values that need it and round-trips them', () => {
    for (const value of ['plain-value_1.2', 'has space', 'a#b', 'quote"d', 'dollar $HOME', 'back\\slash', 'line\nbreak']) {
      const line = `K=${formatDotenvValue(value)}`;
      assert.equal(readDotenv(line).get('K'), value, line);
    }
    assert.equal(formatDotenvValue('https://a.b/c?d=1'), 'https://a.b/c?d=1');
  });
});

describe('fix data from rules', () => {
  it('adds `import os` to Python after the existing imports', async () => {
    const { findings } = await analyze('app/x.py', '"""Doc."""\nimport sys\n\nBASE_URL = "https://api.acme.io"\n');
    const fix = findings[0].fixes[0];
    assert.equal(fix.kind, 'moveToEnv');
    if (fix.kind !== 'moveToEnv') return;
    const plan = planMoveToEnv(fix, state({ envIgnored: true }))!;
    assert.equal(result(plan.changes, 'source', '"""Doc."""\nimport sys\n\nBASE_URL = "https://api.acme.io"\n'), '"""Doc."""\nimport sys\nimport os\n\nBASE_URL = os.environ["ACME_BASE_URL"]\n');
  });

  it('keeps a shebang first when adding the import', async () => {
    const text = '#!/usr/bin/env python3\nAPI_URL = "https://api.acme.io"\n';
    const { findings } = await analyze('app/x.py', text);
    const fix = findings[0].fixes[0];
    if (fix.kind !== 'moveToEnv') return assert.fail('expected moveToEnv');
    const plan = planMoveToEnv(fix, state({ envIgnored: true }))!;
    assert.equal(result(plan.changes, 'source', text), '#!/usr/bin/env python3\nimport os\nAPI_URL = os.environ["ACME_API_URL"]\n');
  });
});
