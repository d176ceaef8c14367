import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxFacts } from '../../server/src/engine/languages/facts';
import { extract, literal } from './factsHelpers';

function facts(code: string): Promise<SyntaxFacts> {
  return extract('go', code);
}


describe('Go facts', () => {
  it('names literals bound by :=, var, const and field assignment', async () => {
    const f = await facts(`package main

const BaseURL = "https://api.example.com/v1"

var webhookURL string = "https://hooks.example.com/in"

func main() {
	paymentsURL := "https://payments.example.com"
	cfg.Host = "db.internal"
}
`);
    assert.deepEqual([literal(f, 'https://api.example.com/v1').name, literal(f, 'https://api.example.com/v1').binding], ['BaseURL', 'variable']);
    assert.equal(literal(f, 'https://hooks.example.com/in').name, 'webhookURL');
    assert.equal(literal(f, 'https://payments.example.com').name, 'paymentsURL');
    const field = literal(f, 'db.internal');
    assert.deepEqual([field.name, field.qualifiedName, field.binding], ['Host', 'cfg.Host', 'variable']);
  });

  it('names keyed composite-literal fields and keeps the enclosing call', async () => {
    const f = await facts(`package main

func connect() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: "cache.internal:6379", Password: ""})
}
`);
    const addr = literal(f, 'cache.internal:6379');
    assert.deepEqual([addr.name, addr.binding, addr.call?.callee, addr.argumentIndex], ['Addr', 'property', 'redis.NewClient', 0]);
  });

  it('names map literal entries by their key', async () => {
    const f = await facts(`package main

var endpoints = map[string]string{"billing": "https://billing.example.com"}
`);
    assert.equal(literal(f, 'https://billing.example.com').name, 'billing');
    assert.equal(literal(f, 'billing').binding, 'other');
  });

  it('gives positional arguments their call and index', async () => {
    const f = await facts(`package main

func main() {
	resp, err := http.Get("https://status.example.com/health")
	dsn := os.Getenv("DATABASE_URL")
	log.Printf("listening on %s", addr)
}
`);
    const get = literal(f, 'https://status.example.com/health');
    assert.deepEqual([get.binding, get.call?.callee, get.argumentIndex, get.call?.isNew], ['argument', 'http.Get', 0, false]);
    assert.equal(literal(f, 'DATABASE_URL').call?.callee, 'os.Getenv');
    assert.equal(literal(f, 'listening on %s').call?.callee, 'log.Printf');
    assert.deepEqual(f.calls.find((c) => c.callee === 'log.Printf')?.args.map((a) => a.kind), ['string', 'identifier']);
  });

  it('decodes interpreted strings but not raw strings, and never reports interpolation', async () => {
    const f = await facts('package main\n\nvar a = "tab\\there\\n\\u00e9\\x41\\101"\nvar b = `C:\\raw\\n`\nvar c = fmt.Sprintf("%s/%d", host, port)\n');
    assert.equal(literal(f, 'tab\there\néAA').name, 'a');
    assert.equal(literal(f, 'C:\\raw\\n').name, 'b');
    assert.ok(f.strings.every((s) => !s.interpolated));
  });

  it('flags comparisons and switch cases', async () => {
    const f = await facts(`package main

func mode(env string) {
	if env == "production" {
	}
	switch env {
	case "staging":
	}
}
`);
    assert.deepEqual([literal(f, 'production').compared, literal(f, 'production').binding], [true, 'comparison']);
    assert.equal(literal(f, 'staging').compared, true);
  });

  it('collects line and block comments', async () => {
    const f = await facts('// Package main serves payments.\npackage main\n\n/* TODO: move to config */\nvar x = 1\n');
    assert.deepEqual(f.comments.map((c) => c.text), ['// Package main serves payments.', '/* TODO: move to config */']);
  });

  it('reads imports with their local names and inserts after the last import', async () => {
    const code = `package main

import (
	"fmt"
	log "github.com/sirupsen/logrus"
	"github.com/redis/go-redis/v9"
	_ "github.com/lib/pq"
)
import "os"

func main() {}
`;
    const f = await facts(code);
    assert.deepEqual([...f.imports.modules], ['fmt', 'github.com/sirupsen/logrus', 'github.com/redis/go-redis/v9', 'github.com/lib/pq', 'os']);
    assert.equal(f.imports.names.get('log'), 'github.com/sirupsen/logrus');
    assert.equal(f.imports.names.get('redis'), 'github.com/redis/go-redis/v9');
    assert.equal(f.imports.names.has('_'), false);
    assert.equal(f.imports.insertAt, code.indexOf('import "os"') + 'import "os"'.length);
  });

  it('inserts after the package clause when there are no imports', async () => {
    const code = 'package server\n\nfunc main() {}\n';
    const f = await facts(code);
    assert.equal(f.imports.insertAt, 'package server'.length);
  });
});
