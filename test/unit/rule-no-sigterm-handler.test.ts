import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/types';
import { findingsOf, fixedIfAny } from './fixHelpers';

const RULE = 'disposability/no-sigterm-handler';

const findings = (file: string, code: string): Promise<Finding[]> => findingsOf(RULE, file, code);
/** The text after applying the finding's edit fix, or undefined when it has none. */
const fixed = (file: string, code: string): Promise<string | undefined> => fixedIfAny(RULE, file, code);

describe('disposability/no-sigterm-handler fixes', () => {
  it('Node: inserts the handler after a bound listen statement, with its indentation and semicolons', async () => {
    const code = 'import express from "express";\nconst app = express();\nasync function main() {\n    const server = app.listen(3000);\n}\n';
    assert.equal(await fixed('src/server.ts', code),
      'import express from "express";\nconst app = express();\nasync function main() {\n    const server = app.listen(3000);\n' +
      '    const shutdown = () => {\n        server.close(() => process.exit(0));\n' +
      '        setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10000)).unref();\n    };\n' +
      '    process.on("SIGTERM", shutdown);\n    process.on("SIGINT", shutdown);\n}\n');
  });

  it('Node: binds an unbound listen call, keeps CRLF, no semicolons and single quotes', async () => {
    const code = "const http = require('http')\r\nhttp.createServer(handler).listen(8080, () => {\r\n  console.log('up')\r\n})\r\n";
    assert.equal(await fixed('src/index.js', code),
      "const http = require('http')\r\nconst server = http.createServer(handler).listen(8080, () => {\r\n  console.log('up')\r\n})\r\n" +
      'const shutdown = () => {\r\n  server.close(() => process.exit(0))\r\n' +
      '  setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10000)).unref()\r\n}\r\n' +
      "process.on('SIGTERM', shutdown)\r\nprocess.on('SIGINT', shutdown)\r\n");
  });

  it('Node: picks free names when server and shutdown are taken', async () => {
    const code = 'const express = require("express");\nconst server = "x"; function shutdown() {}\nconst app = express();\napp.listen(3000);\n';
    const out = await fixed('src/index.js', code);
    assert.match(out!, /const httpServer = app\.listen\(3000\);\nconst gracefulShutdown = \(\) => \{\n  httpServer\.close/);
  });

  it('Node: no fix where the listen result is not the server (Fastify, NestJS) or the statement is an expression', async () => {
    assert.equal(await fixed('src/main.ts', 'import Fastify from "fastify";\nconst f = Fastify();\nawait f.listen({ port: 3000 });\n'), undefined);
    assert.equal(await fixed('src/main.js', 'const app = require("express")();\nmodule.exports = app.listen(3000);\n'), undefined);
  });

  it('Go: serves in a goroutine, stops on SIGTERM, drains with Shutdown and adds the imports', async () => {
    const code = 'package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":8080"}\n\tlog.Fatal(srv.ListenAndServe())\n}\n';
    assert.equal(await fixed('main.go', code),
      'package main\n\nimport (\n\t"log"\n\t"net/http"\n\t"context"\n\t"errors"\n\t"os"\n\t"os/signal"\n\t"syscall"\n\t"time"\n)\n\nfunc main() {\n\tsrv := &http.Server{Addr: ":8080"}\n' +
      '\tctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)\n\tdefer stop()\n\tgo func() {\n' +
      '\t\tif err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {\n\t\t\tlog.Fatal(err)\n\t\t}\n\t}()\n\t<-ctx.Done()\n' +
      '\tshutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\n\tdefer cancel()\n' +
      '\tif err := srv.Shutdown(shutdownCtx); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}\n');
  });

  it('Go: no fix for http.ListenAndServe without a server object', async () => {
    assert.equal(await fixed('main.go', 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n'), undefined);
  });
});

describe('disposability/no-sigterm-handler scope', () => {
  it('reports once per file', async () => {
    const code = 'const express = require("express");\nconst a = express();\nconst b = express();\na.listen(3000);\nb.listen(3001);\n';
    assert.equal((await findings('src/index.js', code)).length, 1);
  });

  it('treats a SIGTERM string anywhere (a signal list) as handled', async () => {
    const code = 'const app = require("express")();\nconst server = app.listen(3000);\nfor (const s of ["SIGINT", "SIGTERM"]) process.on(s, () => server.close());\n';
    assert.equal((await findings('src/index.js', code)).length, 0);
  });
});
