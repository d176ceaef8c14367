import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import type { CodeLanguage } from '../../server/src/engine/types';
import { extract } from './factsHelpers';

function assignments(facts: SyntaxFacts): string[] {
  return facts.assignments.map((a) => `${a.target} = ${a.value.kind}:${a.value.text}`);
}

const CASES: [CodeLanguage, string, string[]][] = [
  ['python', 'DEBUG = True\napp.config["DEBUG"] = True\na, b = 1, 2\n', ['DEBUG = identifier:True', 'app.config["DEBUG"] = identifier:True']],
  ['javascript', 'const port = 3000;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\n', ['port = number:3000', 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = string:"0"']],
  ['typescript', 'class A { port = 3000 }\n', ['port = number:3000']],
  ['go', 'package main\nfunc main() {\n\tmode := "debug"\n\tx, y := 1, 2\n}\n', ['mode = string:"debug"']],
  ['java', 'class A { static final int PORT = 8080; void f() { c.debug = true; } }\n', ['PORT = number:8080', 'c.debug = identifier:true']],
  ['csharp', 'int port = 5000;\noptions.Debug = true;\n', ['port = number:5000', 'options.Debug = identifier:true']],
  ['ruby', 'http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n', ['http.verify_mode = member:OpenSSL.SSL.VERIFY_NONE']],
  ['php', '<?php\n$config["debug"] = true;\n', ['$config["debug"] = identifier:true']],
];

describe('assignment facts', () => {
  for (const [language, code, expected] of CASES) {
    it(`${language}: one-to-one assignments and initialised declarations`, async () => {
      assert.deepEqual(assignments(await extract(language, code)), expected);
    });
  }

  it('Go: a struct literal is a call whose named fields are keyword arguments', async () => {
    const facts = await extract('go', 'package main\nvar c = &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}\n');
    const call = facts.calls.find((c) => c.callee === 'tls.Config');
    assert.deepEqual(call?.args.map((a) => [a.keyword, a.kind, a.text]), [
      ['InsecureSkipVerify', 'identifier', 'true'],
      ['MinVersion', 'member', 'tls.VersionTLS12'],
    ]);
  });

  it('C#: object initializer entries are keyword arguments of the constructor call', async () => {
    const facts = await extract('csharp', 'var h = new HttpClientHandler(x) { CheckCertificateRevocationList = false };\n');
    const call = facts.calls.find((c) => c.callee === 'HttpClientHandler');
    assert.deepEqual(call?.args.map((a) => [a.keyword, a.kind, a.text]), [
      [undefined, 'identifier', 'x'],
      ['CheckCertificateRevocationList', 'identifier', 'false'],
    ]);
  });
});
