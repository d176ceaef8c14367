import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import { extract, literal } from './factsHelpers';

function facts(code: string): Promise<SyntaxFacts> {
  return extract('php', code);
}


describe('PHP facts', () => {
  it('names variables, constants, properties, parameter defaults and member assignments', async () => {
    const f = await facts(`<?php
const API_URL = 'https://api.example.com';
$callbackUrl = "https://shop.example.com/callback";
class PaymentGateway {
    const REGION = 'eu-west-1';
    private string $host = 'db.internal';
    public function __construct(private string $dsn = 'mysql:host=db.internal') {}
    public function connect($timeout = '30') { $this->endpoint = 'https://payments.example.com'; }
}
`);
    assert.deepEqual([literal(f, 'https://api.example.com').name, literal(f, 'https://api.example.com').binding], ['API_URL', 'variable']);
    const callback = literal(f, 'https://shop.example.com/callback');
    assert.deepEqual([callback.name, callback.qualifiedName], ['callbackUrl', '$callbackUrl']);
    assert.equal(literal(f, 'eu-west-1').name, 'REGION');
    assert.equal(literal(f, 'db.internal').name, 'host');
    assert.deepEqual([literal(f, 'mysql:host=db.internal').name, literal(f, 'mysql:host=db.internal').binding], ['dsn', 'default']);
    assert.deepEqual([literal(f, '30').name, literal(f, '30').binding], ['timeout', 'default']);
    assert.deepEqual([literal(f, 'https://payments.example.com').name, literal(f, 'https://payments.example.com').qualifiedName], ['endpoint', '$this.endpoint']);
  });

  it('names array keys and keeps the constructor call', async () => {
    const f = await facts("<?php\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://api.example.com', 'timeout' => 2]);\n$hosts = ['a.internal', 'b.internal'];\n");
    const base = literal(f, 'https://api.example.com');
    assert.deepEqual([base.name, base.binding, base.call?.callee, base.call?.isNew, base.argumentIndex], ['base_uri', 'property', 'GuzzleHttp.Client', true, 0]);
    assert.deepEqual(base.call?.args[0].properties?.map((p) => p.key), ['base_uri', 'timeout']);
    assert.equal(literal(f, 'base_uri').binding, 'other');
    assert.deepEqual([literal(f, 'a.internal').name, literal(f, 'a.internal').binding], ['hosts', 'variable']);
  });

  it('names PHP 8 named arguments', async () => {
    const f = await facts("<?php\n$pdo = new PDO(dsn: 'pgsql:host=db.internal', username: $user);\n");
    const dsn = literal(f, 'pgsql:host=db.internal');
    assert.deepEqual([dsn.name, dsn.binding, dsn.call?.callee, dsn.argumentIndex], ['dsn', 'keyword', 'PDO', 0]);
    assert.deepEqual(dsn.call?.args.map((a) => a.keyword), ['dsn', 'username']);
  });

  it('gives positional arguments their call and index', async () => {
    const f = await facts('<?php\ncurl_setopt($ch, CURLOPT_URL, "https://status.example.com");\n$v = \\getenv("API_KEY");\n');
    const url = literal(f, 'https://status.example.com');
    assert.deepEqual([url.binding, url.call?.callee, url.argumentIndex], ['argument', 'curl_setopt', 2]);
    assert.deepEqual(url.call?.args.map((a) => a.kind), ['identifier', 'identifier', 'string']);
    assert.equal(literal(f, 'API_KEY').call?.callee, 'getenv');
  });

  it('dots ->, :: and namespaces in callees, keeping $ on variables', async () => {
    const f = await facts(`<?php
$log->pushHandler(new StreamHandler('/var/log/app.log', Logger::WARNING));
$this->logger->info("Order placed");
Log::info('cache cleared');
$client?->send('ping');
`);
    const handler = literal(f, '/var/log/app.log').call;
    assert.deepEqual([handler?.callee, handler?.isNew], ['StreamHandler', true]);
    assert.ok(f.calls.some((c) => c.callee === '$log.pushHandler' && !c.isNew));
    assert.equal(literal(f, 'Order placed').call?.callee, '$this.logger.info');
    assert.equal(literal(f, 'cache cleared').call?.callee, 'Log.info');
    assert.equal(literal(f, 'ping').call?.callee, '$client.send');
  });

  it('decodes double quotes, keeps single quotes raw, and flags interpolation', async () => {
    const f = await facts(`<?php
$a = "tab\\there\\n\\x41\\u{e9}\\$x \\q";
$b = 'it\\'s \\n raw';
$url = "https://$host/api";
$dsn = "mysql:host={$config['host']}";
`);
    assert.deepEqual([literal(f, 'tab\there\nAé$x \\q').name, literal(f, 'tab\there\nAé$x \\q').interpolated], ['a', false]);
    assert.equal(literal(f, "it's \\n raw").name, 'b');
    assert.deepEqual([literal(f, 'https:///api').interpolated, literal(f, 'https:///api').name], [true, 'url']);
    assert.equal(literal(f, 'mysql:host=').interpolated, true);
  });

  it('reads heredocs and nowdocs without their closing indentation', async () => {
    const f = await facts("<?php\n$sql = <<<SQL\n    SELECT * FROM $table\n      WHERE id = 1\n    SQL;\n$raw = <<<'TXT'\n  line \\n one\n  TXT;\n");
    const sql = literal(f, 'SELECT * FROM \n  WHERE id = 1');
    assert.deepEqual([sql.name, sql.interpolated], ['sql', true]);
    assert.deepEqual([literal(f, 'line \\n one').name, literal(f, 'line \\n one').interpolated], ['raw', false]);
  });

  it('flags comparisons, case and match arms; records ?? fallbacks', async () => {
    const f = await facts(`<?php
if ($env == "production" || $env === 'staging') {}
switch ($env) { case 'local': break; }
$level = match ($env) { 'dev' => 1, default => 2 };
$url = getenv('API_URL') ?? 'http://localhost:8080';
`);
    for (const value of ['production', 'staging', 'local', 'dev']) assert.equal(literal(f, value).compared, true, value);
    const fallback = literal(f, 'http://localhost:8080');
    assert.deepEqual([fallback.fallbackOf, fallback.name], ["getenv('API_URL')", 'url']);
  });

  it('collects //, # and block comments', async () => {
    const f = await facts('<?php\n// one\n# two\n/** three */\n#[Attribute]\nclass A {}\n');
    assert.deepEqual(f.comments.map((c) => c.text), ['// one', '# two', '/** three */']);
  });

  it('reads use declarations and inserts after the last one', async () => {
    const code = '<?php\ndeclare(strict_types=1);\nnamespace App;\n\nuse Monolog\\Logger;\nuse Monolog\\Handler\\{StreamHandler, RotatingFileHandler as Rotating};\n\nclass A {}\n';
    const f = await facts(code);
    assert.ok(f.imports.modules.has('Monolog\\Logger'));
    assert.ok(f.imports.modules.has('Monolog\\Handler\\StreamHandler'));
    assert.equal(f.imports.names.get('Logger'), 'Monolog');
    assert.equal(f.imports.names.get('Rotating'), 'Monolog\\Handler');
    assert.equal(f.imports.insertAt, code.indexOf('\n\nclass'));
  });

  it('inserts after namespace, declare or <?php when there is no use', async () => {
    const withNamespace = '<?php\ndeclare(strict_types=1);\nnamespace App\\Http;\n\nclass A {}\n';
    assert.equal((await facts(withNamespace)).imports.insertAt, withNamespace.indexOf('\n\nclass'));
    assert.equal((await facts('<?php\n\n$x = 1;\n')).imports.insertAt, '<?php'.length);
  });
});
