import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { envReadsOf } from '../../server/src/engine/rules/shared/envReads';
import type { CodeLanguage } from '../../server/src/engine/types';
import { extract } from './factsHelpers';

/** Each read as `NAME kind [fallback text]`, plus a check that the spans cover what they claim. */
async function reads(language: CodeLanguage, code: string): Promise<string[]> {
  const facts = await extract(language, code);
  return envReadsOf(facts, code).map((r) => {
    assert.equal(code.slice(r.nameSpan.start, r.nameSpan.end), r.name);
    assert.ok(code.slice(r.span.start, r.span.end).includes(r.name));
    return [r.name, r.kind, r.fallback ? `${r.fallback.kind}:${r.fallback.value ?? r.fallback.text}` : ''].join(' ').trim();
  });
}

describe('envReadsOf', () => {
  it('JavaScript and TypeScript: process.env, import.meta.env, Deno.env.get, with ?? and || defaults', async () => {
    const code = [
      'const a = process.env.API_URL ?? "https://x.acme.io";',
      "const b = process.env['DB_HOST'] || 'db.acme.io';",
      'const c = import.meta.env.VITE_KEY;',
      'const d = Deno.env.get("TOKEN") ?? fallbackToken;',
      'const e = Number(process.env.PORT || 3000);',
      'const f = process.env[name];',
      'process.env.SET_ME = "x";',
      'const g = "x" + process.env.SUFFIX || "y";',
      'if (process.env.hasOwnProperty("Z")) {}',
      'const h = process.env.TIMEOUT! ?? config.timeout;',
      '',
    ].join('\n');
    assert.deepEqual(await reads('typescript', code), [
      'API_URL optional string:https://x.acme.io',
      'DB_HOST optional string:db.acme.io',
      'VITE_KEY optional',
      'TOKEN optional identifier:fallbackToken',
      'PORT optional number:3000',
      'SUFFIX optional',
      'TIMEOUT optional member:config.timeout',
    ]);
  });

  it('Python: os.environ[], os.environ.get, os.getenv, environ.get, getenv and or', async () => {
    const code = [
      'import os',
      'from os import environ, getenv',
      'a = os.environ["A"]',
      'b = os.environ.get("B", "https://x.acme.io")',
      'c = os.getenv("C") or "fallback"',
      'd = environ.get("D")',
      'e = getenv("E", 5)',
      'f = environ["F"]',
      'g = os.environ.get(key)',
      'os.environ["SET"] = "1"',
      'h = os.environ.setdefault("H", "x")',
      '',
    ].join('\n');
    assert.deepEqual(await reads('python', code), [
      'A required',
      'B optional string:https://x.acme.io',
      'C optional string:fallback',
      'D optional',
      'E optional number:5',
      'F required',
      'H optional string:x',
    ]);
  });

  it('Python: a local getenv helper is not os.getenv', async () => {
    assert.deepEqual(await reads('python', 'def getenv(n, d):\n    return d\nx = getenv("X", "y")\n'), []);
  });

  it('Go: os.Getenv, os.LookupEnv, cmp.Or default', async () => {
    const code = 'package main\nimport ("cmp"; "os")\nfunc main() {\n\ta := os.Getenv("A")\n\tb, ok := os.LookupEnv("B")\n\tc := cmp.Or(os.Getenv("C"), "redis:6379")\n\td := os.Getenv(key)\n}\n';
    assert.deepEqual(await reads('go', code), ['A optional', 'B optional', 'C optional string:redis:6379']);
  });

  it('Java: System.getenv, getOrDefault, Optional.orElse, requireNonNull', async () => {
    const code = [
      'class A { void f() {',
      '  String a = System.getenv("A");',
      '  String b = System.getenv().getOrDefault("B", "changeit");',
      '  String c = Optional.ofNullable(System.getenv("C")).orElse("x.acme.io");',
      '  String d = Objects.requireNonNull(System.getenv("D"), "D is not set");',
      '  String e = System.getenv(name);',
      '}}',
      '',
    ].join('\n');
    assert.deepEqual(await reads('java', code), ['A optional', 'B optional string:changeit', 'C optional string:x.acme.io', 'D required']);
  });

  it('C#: GetEnvironmentVariable with ?? default and ?? throw', async () => {
    const code = [
      'var a = Environment.GetEnvironmentVariable("A") ?? "https://x.acme.io";',
      'var b = System.Environment.GetEnvironmentVariable("B") ?? throw new InvalidOperationException("B");',
      'var c = Environment.GetEnvironmentVariable("C");',
      '',
    ].join('\n');
    assert.deepEqual(await reads('csharp', code), ['A optional string:https://x.acme.io', 'B required', 'C optional']);
  });

  it('Ruby: ENV[], ENV.fetch with and without default or block, ||', async () => {
    const code = [
      'a = ENV["A"]',
      'b = ENV.fetch("B", "smtp.acme.com")',
      'c = ENV["C"] || "x"',
      'd = ENV.fetch("D")',
      'e = ENV.fetch("E") { "blk" }',
      'ENV["SET"] = "1"',
      '',
    ].join('\n');
    assert.deepEqual(await reads('ruby', code), ['A optional', 'B optional string:smtp.acme.com', 'C optional string:x', 'D required', 'E optional']);
  });

  it('PHP: getenv with ?:, $_ENV with ??, Laravel env() default, ?: throw', async () => {
    const code = [
      '<?php',
      "$a = getenv('A') ?: 'db.prod.acme.com';",
      "$b = $_ENV['B'] ?? 'x';",
      "$c = env('C', 'd');",
      "$d = getenv('D') ?: throw new RuntimeException('D is not set');",
      "$e = $_SERVER['E'];",
      '',
    ].join('\n');
    assert.deepEqual(await reads('php', code), ['A optional string:db.prod.acme.com', 'B optional string:x', 'C optional string:d', 'D required']);
  });
});
