import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import { extract, literal } from './factsHelpers';

function facts(code: string): Promise<SyntaxFacts> {
  return extract('csharp', code);
}


function inMethod(body: string): string {
  return `class OrderService\n{\n    void Run()\n    {\n${body}\n    }\n}\n`;
}

describe('C# facts', () => {
  it('names constants, properties, locals, assignments and parameter defaults', async () => {
    const f = await facts(`class PaymentsClient
{
    private const string PaymentsUrl = "https://payments.example.com";
    public string BaseUrl { get; set; } = "https://api.example.com";
    void Connect(string region = "eu-west-1")
    {
        var callbackUrl = "https://shop.example.com/callback";
        this.host = "db.internal";
    }
}
`);
    assert.deepEqual([literal(f, 'https://payments.example.com').name, literal(f, 'https://payments.example.com').binding], ['PaymentsUrl', 'variable']);
    assert.equal(literal(f, 'https://api.example.com').name, 'BaseUrl');
    assert.equal(literal(f, 'https://shop.example.com/callback').name, 'callbackUrl');
    assert.deepEqual([literal(f, 'db.internal').name, literal(f, 'db.internal').qualifiedName], ['host', 'this.host']);
    assert.deepEqual([literal(f, 'eu-west-1').name, literal(f, 'eu-west-1').binding], ['region', 'default']);
  });

  it('names named arguments and keeps their call', async () => {
    const f = await facts(inMethod('        var client = new HttpClient(handler, disposeHandler: true);\n        var uri = new Uri(uriString: "https://api.example.com/v1");'));
    const uri = literal(f, 'https://api.example.com/v1');
    assert.deepEqual([uri.name, uri.binding, uri.call?.callee, uri.call?.isNew, uri.argumentIndex], ['uriString', 'keyword', 'Uri', true, 0]);
    assert.equal(uri.call?.args[0].keyword, 'uriString');
  });

  it('names object and anonymous-object initializer members', async () => {
    const f = await facts(
      inMethod('        var factory = new ConnectionFactory { HostName = "rabbit.internal", Port = 5672 };\n        await client.PostAsJsonAsync("orders", new { callbackUrl = "https://shop.example.com/cb" });'),
    );
    assert.equal(literal(f, 'rabbit.internal').name, 'HostName');
    const cb = literal(f, 'https://shop.example.com/cb');
    assert.deepEqual([cb.name, cb.binding, cb.call?.callee, cb.argumentIndex], ['callbackUrl', 'property', 'client.PostAsJsonAsync', 1]);
  });

  it('gives positional and logging arguments their call; new is a constructor call', async () => {
    const f = await facts(
      inMethod(
        '        using var conn = new SqlConnection("Server=db.internal;Database=orders");\n        var key = Environment.GetEnvironmentVariable("API_KEY");\n        Console.WriteLine("Started");\n        _logger.LogInformation("Order {Id} placed", id);\n        var cfg = JsonSerializer.Deserialize<Config>("{}");',
      ),
    );
    const conn = literal(f, 'Server=db.internal;Database=orders').call;
    assert.deepEqual([conn?.callee, conn?.isNew], ['SqlConnection', true]);
    assert.deepEqual([literal(f, 'API_KEY').call?.callee, literal(f, 'API_KEY').argumentIndex], ['Environment.GetEnvironmentVariable', 0]);
    assert.equal(literal(f, 'Started').call?.callee, 'Console.WriteLine');
    assert.equal(literal(f, 'Order {Id} placed').call?.callee, '_logger.LogInformation');
    assert.equal(literal(f, '{}').call?.callee, 'JsonSerializer.Deserialize');
  });

  it('decodes regular strings, not verbatim or raw ones', async () => {
    const code = inMethod('        var a = "tab\\there\\n\\x41\\u00e9";\n        var path = @"C:\\logs\\""app"".log";\n        var json = """\n            {"url": "x"}\n              indented\n            """;');
    const f = await facts(code);
    assert.equal(literal(f, 'tab\there\nAé').name, 'a');
    assert.equal(literal(f, 'C:\\logs\\"app".log').name, 'path');
    assert.equal(literal(f, '{"url": "x"}\n  indented').name, 'json');
  });

  it('flags interpolated strings and keeps their static parts', async () => {
    const f = await facts(inMethod('        var url = $"https://{host}/api/{{v1}}";\n        var plain = "https://static.example.com";'));
    const url = literal(f, 'https:///api/{v1}');
    assert.deepEqual([url.interpolated, url.name], [true, 'url']);
    assert.equal(literal(f, 'https://static.example.com').interpolated, false);
  });

  it('flags comparisons, case labels and is-patterns; records ?? fallbacks', async () => {
    const f = await facts(
      inMethod('        if (env == "Production") {}\n        switch (env) { case "Staging": break; }\n        var dev = env is "Development";\n        var url = Environment.GetEnvironmentVariable("API_URL") ?? "http://localhost:5000";'),
    );
    assert.equal(literal(f, 'Production').compared, true);
    assert.equal(literal(f, 'Staging').compared, true);
    assert.equal(literal(f, 'Development').compared, true);
    const fallback = literal(f, 'http://localhost:5000');
    assert.deepEqual([fallback.fallbackOf, fallback.name], ['Environment.GetEnvironmentVariable("API_URL")', 'url']);
  });

  it('collects comments, XML doc comments included', async () => {
    const f = await facts('/// <summary>Orders.</summary>\nclass A\n{\n    // TODO\n    /* block */\n}\n');
    assert.deepEqual(f.comments.map((c) => c.text), ['/// <summary>Orders.</summary>', '// TODO', '/* block */']);
  });

  it('reads usings and inserts after the last top-level one, else at the top', async () => {
    const code = 'using System;\nusing static System.Math;\nusing Log = Serilog.Log;\n\nnamespace Shop;\n\nclass A {}\n';
    const f = await facts(code);
    assert.deepEqual([...f.imports.modules], ['System', 'System.Math', 'Serilog.Log', 'Serilog']);
    assert.equal(f.imports.names.get('Log'), 'Serilog');
    assert.equal(f.imports.names.get('Math'), 'System');
    assert.equal(f.imports.insertAt, code.indexOf('\n\nnamespace'));
    assert.equal((await facts('namespace Shop;\nclass A {}\n')).imports.insertAt, 0);
  });
});
