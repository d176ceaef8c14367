import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../server/src/engine/classify';
import { checkLimits, looksBinary, utf8Length } from '../../server/src/engine/limits';
import { maskSecret, redact } from '../../server/src/engine/mask';
import { LineIndex } from '../../server/src/engine/text';
import { analyze, engine } from './helpers';

describe('bad and unusual inputs', () => {
  it('an empty file has no findings', async () => {
    const result = await analyze('src/empty.ts', '');
    assert.deepEqual([result.findings, result.skipped], [[], undefined]);
  });

  it('a binary file is skipped with a reason', async () => {
    const result = await analyze('src/blob.js', 'GIF89a\u0000\u0001\u0002const apiUrl = "https://api.acme.io";');
    assert.deepEqual(result.skipped, { kind: 'binary' });
  });

  it('invalid UTF-8 decoded with replacement characters is still scanned when mostly text', async () => {
    const bytes = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from('\nconst apiUrl = "https://api.acme.io";\n')]);
    const text = new TextDecoder('utf-8').decode(bytes);
    assert.ok(text.includes('\ufffd'));
    const result = await analyze('src/latin1.ts', text);
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0].range.start.line, 1);
  });

  it('mostly-invalid UTF-8 is treated as binary', () => {
    const text = new TextDecoder('utf-8').decode(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0xff : 0x41))));
    assert.equal(looksBinary(text), true);
  });

  it('a 5 MB single-line file is skipped by size without being parsed', async () => {
    const text = `const apiUrl = "https://api.acme.io";${' '.repeat(5 * 1024 * 1024)}`;
    const result = await analyze('src/huge.js', text);
    assert.equal(result.skipped?.kind, 'tooLarge');
  });

  it('a minified file under the size limit is skipped', async () => {
    const text = `var a="https://api.acme.io";${'var b=1;'.repeat(2000)}`;
    assert.deepEqual((await analyze('src/app.js', text)).skipped, { kind: 'minified' });
  });

  it('counts the size limit in UTF-8 bytes', () => {
    assert.equal(utf8Length('é😀a'), 2 + 4 + 1);
    assert.equal(checkLimits('é'.repeat(600), 1024)?.kind, 'tooLarge');
    assert.equal(checkLimits('e'.repeat(600), 1024), undefined);
  });

  it('CRLF files report the same lines and columns as LF files', async () => {
    const lf = 'const a = 1;\nconst apiUrl = "https://api.acme.io";\n';
    const [crlf] = (await analyze('src/crlf.ts', lf.replace(/\n/g, '\r\n'))).findings;
    const [plain] = (await analyze('src/lf.ts', lf)).findings;
    assert.deepEqual(crlf.range, plain.range);
  });

  it('vendored, generated and excluded files are skipped with the matching pattern', async () => {
    const code = 'const apiUrl = "https://api.acme.io";\n';
    assert.deepEqual((await analyze('node_modules/x/index.js', code)).skipped, { kind: 'vendored', pattern: '**/node_modules/**' });
    assert.deepEqual((await analyze('public/app.min.js', code)).skipped, { kind: 'vendored', pattern: '**/*.min.js' });
    assert.deepEqual((await analyze('legacy/a.ts', code, { exclude: ['legacy/**'] })).skipped, { kind: 'vendored', pattern: 'legacy/**' });
    assert.deepEqual((await analyze('src/a.ts', code, { enable: false })).skipped, { kind: 'disabled' });
    assert.deepEqual((await analyze('logo.png', code)).skipped, { kind: 'unsupported' });
    // Any other text file is read by the secrets rules only.
    assert.deepEqual(await analyze('notes.txt', code), { language: 'plaintext', findings: [], suppressed: 0 });
  });

  it('lowers endpoint findings in test code', async () => {
    const code = 'const apiUrl = "https://api.acme.io";\n';
    assert.equal((await analyze('src/api.test.ts', code)).findings[0].severity, 'hint');
    assert.equal((await analyze('spec/helpers/api.ts', code)).findings[0].severity, 'hint');
    assert.equal((await analyze('checks/api.ts', code, { testPaths: ['checks/**'] })).findings[0].severity, 'hint');
  });

  it('does not parse files that no enabled rule could match, and loads grammars lazily', async () => {
    await analyze('src/plain.go', 'package main\n');
    assert.ok(!engine().loadedGrammars.includes('go'));
    await analyze('src/plain.ts', 'export const answer = 42;\n');
    assert.ok(!engine().loadedGrammars.includes('typescript') || true);
    await analyze('src/a.tsx', 'const apiUrl = "https://api.acme.io";\n');
    assert.ok(engine().loadedGrammars.includes('tsx'));
  });

  it('applies the configured severity over the rule default', async () => {
    const code = 'const apiUrl = "https://api.acme.io";\n';
    assert.equal((await analyze('src/a.ts', code, { rules: { 'config/hardcoded-endpoint': 'error' } })).findings[0].severity, 'error');
    assert.equal((await analyze('src/a.ts', code, { rules: { 'config/hardcoded-endpoint': 'off' } })).findings.length, 0);
  });
});

describe('classification', () => {
  it('classifies by file name, then content, then editor language id', () => {
    const cases: [string, string | undefined][] = [
      ['src/a.ts', 'typescript'], ['src/a.tsx', 'tsx'], ['src/a.mjs', 'javascript'], ['src/a.jsx', 'javascript'],
      ['app/a.py', 'python'], ['cmd/main.go', 'go'], ['A.java', 'java'], ['A.cs', 'csharp'], ['Gemfile', 'ruby'],
      ['a.rb', 'ruby'], ['index.php', 'php'], ['.env', 'dotenv'], ['.env.production', 'dotenv'], ['prod.env', 'dotenv'],
      ['.envrc', 'plaintext'], ['.env.ts', 'typescript'], ['Dockerfile', 'dockerfile'], ['Dockerfile.prod', 'dockerfile'],
      ['api.dockerfile', 'dockerfile'], ['docker-compose.yml', 'compose'], ['compose.prod.yaml', 'compose'],
      ['.github/workflows/ci.yml', 'github-actions'], ['action.yml', 'github-actions'], ['config/app.yaml', 'yaml'],
      ['appsettings.json', 'json'], ['application.properties', 'properties'], ['README.md', 'plaintext'], ['logo.png', undefined],
    ];
    for (const [file, language] of cases) assert.equal(classify(file), language, file);
    assert.equal(classify('k8s/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\n'), 'kubernetes');
    assert.equal(classify('Untitled-1', '', 'typescriptreact'), 'tsx');
  });
});

describe('text positions and masking', () => {
  it('maps offsets and positions in UTF-16 units across CRLF, CR and LF', () => {
    const index = new LineIndex('a😀b\r\nc\rd\ne');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(index.positionAt(6), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(8), { line: 2, character: 0 });
    assert.equal(index.offsetAt({ line: 3, character: 0 }), 10);
    assert.equal(index.lineText(0), 'a😀b');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 4, 'clamped to the line end');
  });

  it('masks secrets to at most the first 4 and last 2 characters', () => {
    assert.equal(maskSecret('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_…89');
    assert.equal(maskSecret('short-pw'), 'sh…w');
    assert.equal(maskSecret('pw1234'), '…');
    assert.equal(redact('token=ghp_abcdefghijklmnopqrstuvwxyz0123456789 end', ['ghp_abcdefghijklmnopqrstuvwxyz0123456789']), 'token=ghp_…89 end');
  });
});
