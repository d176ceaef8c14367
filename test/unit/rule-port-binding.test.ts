import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/types';
import { findingsOf, fixedIfAny } from './fixHelpers';

const RULE = 'port-binding/hardcoded-listen-port';

const findings = (file: string, code: string): Promise<Finding[]> => findingsOf(RULE, file, code);
/** The text after applying the finding's edit fix, or undefined when it has none. */
const fixed = (file: string, code: string): Promise<string | undefined> => fixedIfAny(RULE, file, code);

describe('port-binding/hardcoded-listen-port fixes', () => {
  it('JS: wraps the literal in a PORT read', async () => {
    assert.equal(await fixed('src/server.ts', 'import express from "express";\nconst app = express();\napp.listen(3000);\n'),
      'import express from "express";\nconst app = express();\napp.listen(Number(process.env.PORT ?? 3000));\n');
  });

  it('JS: rewrites the same-file constant, not the call', async () => {
    assert.equal(await fixed('src/index.js', 'const PORT = 8080;\nconst app = require("express")();\napp.listen(PORT);\n'),
      'const PORT = Number(process.env.PORT ?? 8080);\nconst app = require("express")();\napp.listen(PORT);\n');
  });

  it('JS: keeps the other properties of a Fastify options object', async () => {
    assert.equal(await fixed('src/main.ts', 'import Fastify from "fastify";\nconst f = Fastify();\nawait f.listen({ port: 3000, host: "0.0.0.0" });\n'),
      'import Fastify from "fastify";\nconst f = Fastify();\nawait f.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });\n');
  });

  it('Python: rewrites the keyword value and adds import os after the last import', async () => {
    assert.equal(await fixed('app.py', 'from flask import Flask\napp = Flask(__name__)\napp.run(host="0.0.0.0", port=5000)\n'),
      'from flask import Flask\nimport os\napp = Flask(__name__)\napp.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))\n');
  });

  it('Python: rewrites the port inside an address tuple', async () => {
    assert.equal(await fixed('serve.py', 'import os\nfrom http.server import HTTPServer\nHTTPServer(("", 8000), H).serve_forever()\n'),
      'import os\nfrom http.server import HTTPServer\nHTTPServer(("", int(os.environ.get("PORT", "8000"))), H).serve_forever()\n');
  });

  it('Go: keeps the host, adds cmp and os inside the import block', async () => {
    const code = 'package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe("127.0.0.1:8080", nil))\n}\n';
    assert.equal(await fixed('main.go', code),
      'package main\n\nimport (\n\t"log"\n\t"net/http"\n\t"cmp"\n\t"os"\n)\n\nfunc main() {\n\tlog.Fatal(http.ListenAndServe("127.0.0.1:" + cmp.Or(os.Getenv("PORT"), "8080"), nil))\n}\n');
  });

  it('Go: rewrites the Addr field of an http.Server and adds only the missing import', async () => {
    const code = 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":8080"}\n\tsrv.ListenAndServe()\n}\n';
    assert.equal(await fixed('main.go', code),
      'package main\n\nimport (\n\t"net/http"\n\t"os"\n\t"cmp"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":" + cmp.Or(os.Getenv("PORT"), "8080")}\n\tsrv.ListenAndServe()\n}\n');
  });

  it('Go: offers no fix for a const address (the rewrite is not a constant expression)', async () => {
    const code = 'package main\n\nimport "net/http"\n\nconst addr = ":8080"\n\nfunc main() {\n\thttp.ListenAndServe(addr, nil)\n}\n';
    assert.equal(await fixed('main.go', code), undefined);
  });

  it('Java, C#, Ruby, PHP and Spring: each language reads PORT with the literal as default', async () => {
    assert.equal(await fixed('App.java', 'import io.javalin.Javalin;\nclass App { static void main(String[] a) { Javalin.create().start(7000); } }\n'),
      'import io.javalin.Javalin;\nclass App { static void main(String[] a) { Javalin.create().start(Integer.parseInt(System.getenv().getOrDefault("PORT", "7000"))); } }\n');
    assert.equal(await fixed('Program.cs', 'builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(5000));\n'),
      'builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "5000")));\n');
    assert.equal(await fixed('server.rb', 'require "webrick"\nWEBrick::HTTPServer.new(Port: 8000).start\n'),
      'require "webrick"\nWEBrick::HTTPServer.new(Port: ENV.fetch("PORT", 8000).to_i).start\n');
    assert.equal(await fixed('config/puma.rb', 'port 3000\n'), 'port ENV.fetch("PORT", 3000)\n');
    assert.equal(await fixed('server.php', '<?php\n$s = new Swoole\\Http\\Server("0.0.0.0", 9501);\n'),
      '<?php\n$s = new Swoole\\Http\\Server("0.0.0.0", (int) (getenv(\'PORT\') ?: 9501));\n');
    assert.equal(await fixed('src/main/resources/application.yml', 'server:\n  port: 8081\n'), 'server:\n  port: ${PORT:8081}\n');
  });

  it('C#: no fix for a URL (app.Run() with ASPNETCORE_URLS is the fix, not a rewrite)', async () => {
    assert.equal(await fixed('Program.cs', 'var app = WebApplication.CreateBuilder(args).Build();\napp.Run("http://localhost:5000");\n'), undefined);
  });
});

describe('port-binding/hardcoded-listen-port messages', () => {
  it('mentions loopback only when the host is loopback', async () => {
    const [loop] = await findings('src/a.js', 'const app = require("express")();\napp.listen(3000, "127.0.0.1");\n');
    assert.match(loop.message, /127\.0\.0\.1, which is unreachable from outside a container/);
    const [all] = await findings('src/a.js', 'const app = require("express")();\napp.listen(3000, "0.0.0.0");\n');
    assert.doesNotMatch(all.message, /unreachable/);
  });

  it('skips test code and reads env defaults as compliant', async () => {
    assert.equal((await findings('test/server.test.js', 'const app = require("express")();\napp.listen(3000);\n')).length, 0);
    assert.equal((await findings('main.go', 'package main\nimport ("cmp"; "net/http"; "os")\nfunc main() { http.ListenAndServe(":"+cmp.Or(os.Getenv("PORT"), "8080"), nil) }\n')).length, 0);
  });
});
