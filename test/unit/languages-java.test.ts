import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import { extract, literal } from './factsHelpers';

function facts(code: string): Promise<SyntaxFacts> {
  return extract('java', code);
}


/** Wraps statements in a class and method, as Java needs. */
function inMethod(body: string): string {
  return `class PaymentService {\n  void run() {\n${body}\n  }\n}\n`;
}

describe('Java facts', () => {
  it('names fields, locals and assignments', async () => {
    const f = await facts(`class PaymentClient {
  private static final String PAYMENTS_URL = "https://payments.example.com/v2", REGION = "eu-west-1";
  void init() {
    String callbackUrl = "https://shop.example.com/callback";
    this.endpoint = "https://api.example.com";
  }
}
`);
    assert.deepEqual([literal(f, 'https://payments.example.com/v2').name, literal(f, 'https://payments.example.com/v2').binding], ['PAYMENTS_URL', 'variable']);
    assert.equal(literal(f, 'eu-west-1').name, 'REGION');
    assert.equal(literal(f, 'https://shop.example.com/callback').name, 'callbackUrl');
    const field = literal(f, 'https://api.example.com');
    assert.deepEqual([field.name, field.qualifiedName], ['endpoint', 'this.endpoint']);
  });

  it('names annotation element values', async () => {
    const f = await facts('@FeignClient(name = "payments", url = "https://payments.example.com")\ninterface PaymentsApi {}\n');
    const url = literal(f, 'https://payments.example.com');
    assert.deepEqual([url.name, url.binding], ['url', 'property']);
  });

  it('splits receiver and method into a dotted callee with argument indexes', async () => {
    const f = await facts(inMethod('    Connection c = DriverManager.getConnection("jdbc:postgresql://db.internal/app", "app", secret);'));
    const url = literal(f, 'jdbc:postgresql://db.internal/app');
    assert.deepEqual([url.binding, url.call?.callee, url.argumentIndex], ['argument', 'DriverManager.getConnection', 0]);
    assert.equal(literal(f, 'app').argumentIndex, 1);
    assert.deepEqual(url.call?.args.map((a) => a.kind), ['string', 'string', 'identifier']);
  });

  it('gives log messages their logging call', async () => {
    const f = await facts(inMethod('    logger.info("Payment " + id + " captured");\n    System.out.println("done");'));
    assert.equal(literal(f, 'Payment ').call?.callee, 'logger.info');
    assert.equal(literal(f, 'done').call?.callee, 'System.out.println');
  });

  it('marks constructor calls as new, without generic arguments', async () => {
    const f = await facts(
      inMethod('    FileHandler fh = new FileHandler("/var/log/app.log", true);\n    Handler h = new java.util.logging.FileHandler("app.log");\n    List<String> xs = new ArrayList<>();'),
    );
    const handler = literal(f, '/var/log/app.log').call;
    assert.deepEqual([handler?.callee, handler?.isNew], ['FileHandler', true]);
    assert.equal(literal(f, 'app.log').call?.callee, 'java.util.logging.FileHandler');
    assert.ok(f.calls.some((c) => c.callee === 'ArrayList' && c.isNew));
  });

  it('decodes escapes and text blocks; Java never interpolates', async () => {
    const code = inMethod('    String a = "tab\\there\\n\\u00e9\\101\\s";\n    String sql = """\n        SELECT *\n          FROM orders \\\n        WHERE id = ?\n        """;\n    String b = String.format("%s:%d", host, port);');
    const f = await facts(code);
    assert.equal(literal(f, 'tab\there\néA ').name, 'a');
    assert.equal(literal(f, 'SELECT *\n  FROM orders WHERE id = ?\n').name, 'sql');
    assert.ok(f.strings.every((s) => !s.interpolated));
  });

  it('flags ==, equals() on a literal and switch labels as comparisons', async () => {
    const f = await facts(inMethod('    if ("production".equals(env) || mode == "debug") {}\n    switch (env) { case "staging": break; }'));
    assert.equal(literal(f, 'production').compared, true);
    assert.equal(literal(f, 'debug').compared, true);
    assert.equal(literal(f, 'staging').compared, true);
  });

  it('collects line, block and Javadoc comments', async () => {
    const f = await facts('/** Service. */\nclass A {\n  // TODO\n  /* block */\n}\n');
    assert.deepEqual(f.comments.map((c) => c.text), ['/** Service. */', '// TODO', '/* block */']);
  });

  it('reads imports and inserts after the last one, else after the package', async () => {
    const code = 'package com.example;\n\nimport java.util.logging.FileHandler;\nimport static java.lang.Math.max;\nimport java.sql.*;\n\nclass A {}\n';
    const f = await facts(code);
    assert.ok(f.imports.modules.has('java.util.logging.FileHandler'));
    assert.ok(f.imports.modules.has('java.util.logging'));
    assert.ok(f.imports.modules.has('java.sql'));
    assert.equal(f.imports.names.get('FileHandler'), 'java.util.logging');
    assert.equal(f.imports.names.get('max'), 'java.lang.Math');
    assert.equal(f.imports.insertAt, code.indexOf('import java.sql.*;') + 'import java.sql.*;'.length);
    const bare = await facts('package com.example;\n\nclass A {}\n');
    assert.equal(bare.imports.insertAt, 'package com.example;'.length);
  });
});
