import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSuppression } from '../../server/src/engine/suppressions';
import { ignoreFileEdit, ignoreNextLineEdit } from '../../server/src/engine/fixes/suppress';
import { applyEdits } from '../../server/src/engine/text';
import { analyze } from './helpers';

const ENDPOINT = 'const apiUrl = "https://api.acme.io";';

function comment(text: string, line = 0) {
  return { start: 0, end: text.length, range: { start: { line, character: 0 }, end: { line, character: text.length } }, text };
}

describe('suppression comments', () => {
  it('parses rule, expiry and reason', () => {
    const s = parseSuppression(comment('// factorguard-ignore-next-line config/hardcoded-endpoint until 2026-12-31 -- public API'));
    assert.deepEqual(
      { scope: s?.scope, rules: s?.rules, until: s?.until, reason: s?.reason, target: s?.targetLine, problem: s?.problem },
      { scope: 'next-line', rules: ['config/hardcoded-endpoint'], until: '2026-12-31', reason: 'public API', target: 1, problem: undefined },
    );
  });

  it('reports malformed directives and bad dates', () => {
    assert.match(parseSuppression(comment('# factorguard-ignore config/x because reasons'))!.problem!, /expected/);
    assert.match(parseSuppression(comment('# factorguard-ignore config/x until 2026-02-30 -- r'))!.problem!, /not a date/);
    assert.equal(parseSuppression(comment('// nothing to see')), undefined);
  });

  it('suppresses the next line, keeps other rules and other lines', async () => {
    const text = `// factorguard-ignore-next-line config/hardcoded-endpoint -- stable public API\n${ENDPOINT}\n${ENDPOINT}\n`;
    const result = await analyze('src/a.ts', text);
    assert.equal(result.suppressed, 1);
    assert.deepEqual(result.findings.map((f) => f.range.start.line), [2]);
  });

  it('suppresses on the same line, by category wildcard, and for the whole file', async () => {
    assert.equal((await analyze('src/a.ts', `${ENDPOINT} // factorguard-ignore config/* -- demo\n`)).findings.length, 0);
    const file = `# factorguard-ignore-file config/hardcoded-endpoint -- fixtures\nA_URL = "https://a.acme.io"\nB_URL = "https://b.acme.io"\n`;
    const result = await analyze('app/a.py', file);
    assert.deepEqual([result.findings.length, result.suppressed], [0, 2]);
  });

  it('does not suppress other rules', async () => {
    const text = `// factorguard-ignore-next-line logs/file-handler-in-code -- other rule\n${ENDPOINT}\n`;
    assert.equal((await analyze('src/a.ts', text)).findings.length, 1);
  });

  it('stops suppressing after the expiry date and says so', async () => {
    const text = `// factorguard-ignore-next-line config/hardcoded-endpoint until 2026-06-14 -- until the migration\n${ENDPOINT}\n`;
    const [finding] = (await analyze('src/a.ts', text)).findings;
    assert.match(finding.message, /\(the suppression expired on 2026-06-14\)$/);
    assert.equal(finding.related?.[0].range.start.line, 0);
    const stillValid = `// factorguard-ignore-next-line config/hardcoded-endpoint until 2026-06-15 -- last day counts\n${ENDPOINT}\n`;
    assert.equal((await analyze('src/a.ts', stillValid)).findings.length, 0);
  });

  it('explains a malformed suppression on the finding it failed to hide', async () => {
    const text = `// factorguard-ignore-next-line config/hardcoded-endpoint until tomorrow -- soon\n${ENDPOINT}\n`;
    const [finding] = (await analyze('src/a.ts', text)).findings;
    assert.match(finding.message, /suppression comment is malformed: "tomorrow" is not a date/);
  });

  it('a block comment suppresses the line after its end', async () => {
    const text = `/* factorguard-ignore-next-line config/hardcoded-endpoint\n   -- the reason may continue here */\n${ENDPOINT}\n`;
    const result = await analyze('src/a.ts', text);
    assert.deepEqual([result.findings.length, result.suppressed], [0, 1]);
    const ok = `/* factorguard-ignore-next-line config/hardcoded-endpoint -- one line */\n${ENDPOINT}\n`;
    assert.equal((await analyze('src/a.ts', ok)).suppressed, 1);
  });
});

describe('suppression quick-fix edits', () => {
  it('inserts an indented next-line comment in the language syntax', () => {
    const ts = 'function f() {\n    const apiUrl = "https://api.acme.io";\n}\n';
    assert.equal(
      applyEdits(ts, [ignoreNextLineEdit(ts, 'typescript', 1, 'config/hardcoded-endpoint')!]),
      'function f() {\n    // factorguard-ignore-next-line config/hardcoded-endpoint -- reason\n    const apiUrl = "https://api.acme.io";\n}\n',
    );
    const py = 'if x:\r\n\tURL = "https://a.acme.io"\r\n';
    assert.equal(applyEdits(py, [ignoreNextLineEdit(py, 'python', 1, 'r/x')!]), 'if x:\r\n\t# factorguard-ignore-next-line r/x -- reason\r\n\tURL = "https://a.acme.io"\r\n');
  });

  it('puts the file comment after a shebang or <?php, and gives JSON none', () => {
    const py = '#!/usr/bin/env python3\nimport os\n';
    assert.equal(applyEdits(py, [ignoreFileEdit(py, 'python', 'r/x')!]), '#!/usr/bin/env python3\n# factorguard-ignore-file r/x -- reason\nimport os\n');
    const php = '<?php\n$a = 1;\n';
    assert.equal(applyEdits(php, [ignoreFileEdit(php, 'php', 'r/x')!]), '<?php\n// factorguard-ignore-file r/x -- reason\n$a = 1;\n');
    assert.equal(ignoreFileEdit('{}', 'json', 'r/x'), undefined);
  });
});
