import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EnvReferenceIndex, mentionedNames } from '../../server/src/workspace/envReferences';
import { WorkspaceFactsProvider } from '../../server/src/workspace/facts';
import { engine, settings } from './helpers';
import { tempTree } from './tempTree';

function tree(files: Record<string, string | Buffer>): string {
  return tempTree('fg-envref-', files);
}

const KEYS = ['API_URL', 'SMTP_HOST', 'SPRING_MAIL_HOST', 'GEO_KEY', 'PORT', 'UNUSED_THING'];

describe('mentionedNames', () => {
  it('reads identifiers, shell and compose references, strings and relaxed-binding compounds', () => {
    const text = 'const a = process.env.API_URL;\nhost: ${SMTP_HOST:-localhost}\nspring.mail.host=x\nos.getenv("GEO_KEY")\n$PORT\n';
    const names = mentionedNames(text);
    for (const key of ['API_URL', 'SMTP_HOST', 'SPRING_MAIL_HOST', 'GEO_KEY', 'PORT', 'PROCESS_ENV_API_URL']) assert.ok(names.has(key), key);
    assert.ok(!names.has('CONST'), 'plain lower-case words are not variable names outside Python');
  });

  it('binds snake_case and, in Python, plain words case-insensitively', () => {
    assert.ok(mentionedNames('geo_key: str = ""').has('GEO_KEY'));
    assert.ok(!mentionedNames('port: int = 8000').has('PORT'));
    assert.ok(mentionedNames('port: int = 8000', true).has('PORT'));
  });
});

describe('EnvReferenceIndex', () => {
  it('finds the keys files below the folder mention, skipping prose, env files, ignored and binary files', async () => {
    const root = tree({
      '.gitignore': 'build/\n',
      '.env.example': KEYS.map((k) => `${k}=`).join('\n'),
      '.env': 'UNUSED_THING=1\n',
      'README.md': 'Set UNUSED_THING and GEO_KEY.\n',
      'src/app.ts': 'export const api = process.env.API_URL;\n',
      'docker-compose.yml': 'services:\n  web:\n    environment:\n      - SMTP_HOST\n',
      'src/main/resources/application.properties': 'spring.mail.host=${MAIL}\n',
      'build/out.js': 'process.env.GEO_KEY',
      'node_modules/lib/index.js': 'process.env.GEO_KEY',
      'img.bin': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('GEO_KEY')]),
      'app/settings.py': 'class Settings(BaseSettings):\n    port: int = 8000\n',
    });
    const index = new EnvReferenceIndex();
    const found = await index.referenced(root, root, KEYS);
    assert.deepEqual([...(found ?? [])].sort(), ['API_URL', 'PORT', 'SMTP_HOST', 'SPRING_MAIL_HOST']);
  });

  it('keeps the answer current one changed file at a time', async () => {
    const root = tree({ '.env.example': 'GEO_KEY=\n', 'src/a.ts': 'export {};\n' });
    const index = new EnvReferenceIndex();
    assert.deepEqual([...((await index.referenced(root, root, ['GEO_KEY'])) ?? [])], []);
    const file = path.join(root, 'src/geo.ts');
    writeFileSync(file, 'export const k = process.env.GEO_KEY;\n');
    assert.equal(await index.fileChanged(file, root, false), true);
    assert.deepEqual([...((await index.referenced(root, root, ['GEO_KEY'])) ?? [])], ['GEO_KEY']);
    // Saving the same mentions again changes nothing.
    assert.equal(await index.fileChanged(file, root, false), false);
    unlinkSync(file);
    assert.equal(await index.fileChanged(file, root, true), true);
    assert.deepEqual([...((await index.referenced(root, root, ['GEO_KEY'])) ?? [])], []);
    // Outside the folder, nothing is read.
    assert.equal(await index.fileChanged(path.join(path.dirname(root), 'elsewhere.ts'), root, false), false);
  });

  it('concludes nothing from a folder it could not read to the end', async () => {
    const root = tree({ '.env.example': 'GEO_KEY=\n', 'a.ts': 'export {};\n', 'b.ts': 'export {};\n', 'c.ts': 'process.env.GEO_KEY;\n' });
    assert.equal(await new EnvReferenceIndex().referenced(path.join(root, 'missing'), root, ['GEO_KEY']), undefined);
    assert.equal(await new EnvReferenceIndex({ files: 2, bytes: 1e9 }).referenced(root, root, ['GEO_KEY']), undefined);
    assert.equal(await new EnvReferenceIndex({ files: 100, bytes: 20 }).referenced(root, root, ['GEO_KEY']), undefined);
    assert.deepEqual([...((await new EnvReferenceIndex({ files: 100, bytes: 1e9 }).referenced(root, root, ['GEO_KEY'])) ?? [])], ['GEO_KEY']);
  });
});

describe('config/unread-env-var through the workspace facts', () => {
  it('reports the template keys nothing reads, and only those', async () => {
    const root = tree({
      '.env.example': 'API_URL=\nLEGACY_FAX_TOKEN=\nDATABASE_URL=\n',
      'src/app.ts': 'export const api = process.env.API_URL;\n',
    });
    const facts = new WorkspaceFactsProvider(async () => undefined);
    const file = path.join(root, '.env.example');
    const text = 'API_URL=\nLEGACY_FAX_TOKEN=\nDATABASE_URL=\n';
    const workspace = await facts.factsFor(file, root, 'dotenv', text);
    const result = await engine().analyze({ path: '.env.example', text, settings: settings(), workspace });
    const unread = result.findings.filter((f) => f.ruleId === 'config/unread-env-var');
    assert.deepEqual(unread.map((f) => f.range.start.line), [1]);
    assert.match(unread[0].message, /LEGACY_FAX_TOKEN is listed in \.env\.example, but no file in the workspace reads it/);
    const fix = unread[0].fixes[0];
    assert.equal(fix.kind, 'edit');
    assert.equal(fix.title, 'Remove LEGACY_FAX_TOKEN from .env.example');
  });
});
