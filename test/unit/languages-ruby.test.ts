import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import { extract, literal } from './factsHelpers';

function facts(code: string): Promise<SyntaxFacts> {
  return extract('ruby', code);
}


describe('Ruby facts', () => {
  it('names constants, locals, instance variables and attribute writers', async () => {
    const f = await facts(`API_URL = "https://api.example.com/v1"
callback_url = "https://shop.example.com/callback"
@endpoint = "https://payments.example.com"
config.x = "y"
ENV["REDIS_URL"] = "redis://cache.internal:6379"
`);
    assert.deepEqual([literal(f, 'https://api.example.com/v1').name, literal(f, 'https://api.example.com/v1').binding], ['API_URL', 'variable']);
    assert.equal(literal(f, 'https://shop.example.com/callback').name, 'callback_url');
    const ivar = literal(f, 'https://payments.example.com');
    assert.deepEqual([ivar.name, ivar.qualifiedName], ['endpoint', '@endpoint']);
    assert.deepEqual([literal(f, 'y').name, literal(f, 'y').qualifiedName], ['x', 'config.x']);
    assert.equal(literal(f, 'redis://cache.internal:6379').name, 'REDIS_URL');
  });

  it('names keyword-style hash arguments and keeps the call', async () => {
    const f = await facts('conn = Faraday.new(url: "https://api.example.com", headers: { "Accept" => "application/json" })\n');
    const url = literal(f, 'https://api.example.com');
    assert.deepEqual([url.name, url.call?.callee, url.call?.isNew, url.argumentIndex], ['url', 'Faraday.new', false, 0]);
    assert.equal(url.call?.args[0].keyword, 'url');
    const accept = literal(f, 'application/json');
    assert.deepEqual([accept.name, accept.binding, accept.call?.callee, accept.argumentIndex], ['Accept', 'property', 'Faraday.new', 1]);
  });

  it('names hash entries with symbol, string and rocket keys', async () => {
    const f = await facts('SETTINGS = { url: "https://a.example.com", "host" => "b.internal", :port => "5432" }\n');
    assert.equal(literal(f, 'https://a.example.com').name, 'url');
    assert.equal(literal(f, 'b.internal').name, 'host');
    assert.equal(literal(f, '5432').name, 'port');
  });

  it('gives positional arguments their call; Logger.new is a plain method call', async () => {
    const f = await facts('logger = Logger.new("log/production.log")\nbody = Net::HTTP.get(URI("https://status.example.com"))\nputs "done"\n');
    const log = literal(f, 'log/production.log');
    assert.deepEqual([log.binding, log.call?.callee, log.call?.isNew, log.argumentIndex], ['argument', 'Logger.new', false, 0]);
    assert.equal(literal(f, 'https://status.example.com').call?.callee, 'URI');
    assert.ok(f.calls.some((c) => c.callee === 'Net.HTTP.get'));
    assert.equal(literal(f, 'done').call?.callee, 'puts');
  });

  it('gives log messages their logger call', async () => {
    const f = await facts('Rails.logger.info("Payment captured")\nlogger.warn "retrying"\n');
    assert.equal(literal(f, 'Payment captured').call?.callee, 'Rails.logger.info');
    assert.equal(literal(f, 'retrying').call?.callee, 'logger.warn');
  });

  it('decodes double-quoted escapes; single quotes keep all but \\\' and \\\\', async () => {
    const f = await facts('a = "tab\\there\\n\\u00e9\\x41\\e"\nb = \'it\\\'s \\n raw\'\nc = %q(per\\)cent)\nd = "part" \'s\'\n');
    assert.equal(literal(f, 'tab\there\néA\x1b').name, 'a');
    assert.equal(literal(f, "it's \\n raw").name, 'b');
    assert.equal(literal(f, 'per)cent').name, 'c');
    assert.equal(literal(f, 'parts').name, 'd');
  });

  it('flags interpolation; symbols are not strings', async () => {
    const f = await facts('url = "https://#{host}/v1"\nstatus = :active\nopts = { mode: :strict }\nname = :"quoted"\n');
    const url = literal(f, 'https:///v1');
    assert.deepEqual([url.interpolated, url.name], [true, 'url']);
    assert.equal(f.strings.length, 1);
  });

  it('flags comparisons and when clauses; records || fallbacks and defaults', async () => {
    const f = await facts(`if Rails.env == "production" then end
case env
when "staging" then 1
end
redis_url = ENV["REDIS_URL"] || "redis://localhost:6379"
def connect(host = "localhost", port: "5432"); end
`);
    assert.equal(literal(f, 'production').compared, true);
    assert.equal(literal(f, 'staging').compared, true);
    assert.deepEqual([literal(f, 'redis://localhost:6379').fallbackOf, literal(f, 'redis://localhost:6379').name], ['ENV["REDIS_URL"]', 'redis_url']);
    assert.deepEqual([literal(f, 'localhost').name, literal(f, 'localhost').binding], ['host', 'default']);
    assert.deepEqual([literal(f, '5432').name, literal(f, '5432').binding], ['port', 'default']);
  });

  it('collects comments', async () => {
    const f = await facts('# Payments client\nx = 1 # trailing\n=begin\nblock\n=end\n');
    assert.deepEqual(f.comments.map((c) => c.text), ['# Payments client', '# trailing', '=begin\nblock\n=end']);
  });

  it('reads requires and inserts after the last one, else after magic comments', async () => {
    const code = '# frozen_string_literal: true\nrequire "net/http"\nrequire_relative "lib/client"\n\nclass A; end\n';
    const f = await facts(code);
    assert.deepEqual([...f.imports.modules], ['net/http', 'lib/client']);
    assert.equal(f.imports.insertAt, code.indexOf('\n\nclass'));
    const bare = '#!/usr/bin/env ruby\n# frozen_string_literal: true\n# Does things.\nputs 1\n';
    assert.equal((await facts(bare)).imports.insertAt, bare.indexOf('\n# Does'));
    assert.equal((await facts('puts 1\n')).imports.insertAt, 0);
  });
});
