// One check per supported language, through the real vscode API: a finding
// appears when a file of that language is opened, and its quick fix applies.
// Each case writes its own file at run time, so cases do not depend on each
// other or on the fixture workspace.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeDiagnostics, findingsIn, workspacePath } from './helpers';
import { waitFor } from './waitFor';

const FINDINGS_MS = 60_000;

interface Case {
  language: string;
  file: string;
  text: string;
  rule: string;
  /** Title of the quick fix to apply (a prefix is enough). */
  fix: string;
  /** What the document holds after the fix. */
  after: RegExp;
}

const CASES: Case[] = [
  {
    language: 'Python', file: 'lang/inventory_client.py', rule: 'security/tls-verification-disabled', fix: 'Re-enable certificate verification',
    text: 'import requests\n\nresp = requests.get("https://inventory.acme.io/items", verify=False)\n',
    after: /requests\.get\("https:\/\/inventory\.acme\.io\/items"\)\n/,
  },
  {
    language: 'JavaScript', file: 'lang/server.js', rule: 'port-binding/hardcoded-listen-port', fix: 'Read the port from PORT (default 3000)',
    text: 'const express = require("express");\nconst app = express();\napp.listen(3000);\n',
    after: /app\.listen\(Number\(process\.env\.PORT \?\? 3000\)\);/,
  },
  {
    language: 'Go', file: 'lang/supplier.go', rule: 'security/tls-verification-disabled', fix: 'Re-enable certificate verification',
    text: 'package main\n\nimport (\n\t"crypto/tls"\n\t"net/http"\n)\n\nvar client = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}\n',
    after: /TLSClientConfig: &tls\.Config\{\}\}\}/,
  },
  {
    language: 'Java', file: 'lang/src/main/java/com/acme/Audit.java', rule: 'logs/file-handler-in-code', fix: 'Use ConsoleHandler',
    text: 'package com.acme;\n\nimport java.util.logging.FileHandler;\nimport java.util.logging.Logger;\n\nclass Audit {\n  static void setup(Logger logger) throws Exception {\n    logger.addHandler(new FileHandler("audit.log"));\n  }\n}\n',
    after: /logger\.addHandler\(new java\.util\.logging\.ConsoleHandler\(\)\);/,
  },
  {
    language: 'C#', file: 'lang/Notifications/Program.cs', rule: 'logs/file-handler-in-code', fix: 'Use stdout instead',
    text: 'using Serilog;\n\nLog.Logger = new LoggerConfiguration()\n    .WriteTo.File("logs/app.log")\n    .CreateLogger();\n',
    after: /\.WriteTo\.Console\(\)\n/,
  },
  {
    language: 'Ruby', file: 'lang/app/services/shipping.rb', rule: 'security/tls-verification-disabled', fix: 'Re-enable certificate verification',
    text: 'require "net/http"\n\nhttp = Net::HTTP.new("shipping.acme.io", 443)\nhttp.use_ssl = true\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n',
    after: /http\.verify_mode = OpenSSL::SSL::VERIFY_PEER/,
  },
  {
    language: 'PHP', file: 'lang/app/Logging.php', rule: 'logs/file-handler-in-code', fix: 'Use stdout instead',
    text: "<?php\nuse Monolog\\Logger;\nuse Monolog\\Handler\\StreamHandler;\n\n$log = new Logger('app');\n$log->pushHandler(new StreamHandler(__DIR__ . '/../storage/logs/app.log'));\n",
    after: /new StreamHandler\('php:\/\/stdout'\)/,
  },
  {
    language: 'Dockerfile', file: 'lang/Dockerfile', rule: 'disposability/shell-form-entrypoint', fix: 'Convert CMD to exec form',
    text: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD node server.js\n',
    after: /CMD \["node", "server\.js"\]/,
  },
  {
    language: 'GitHub Actions', file: '.github/workflows/greet.yml', rule: 'security/gha-script-injection', fix: 'Pass ${{ github.event.issue.title }} through the step',
    text: 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "Thanks for ${{ github.event.issue.title }}"\n',
    after: /run: echo "Thanks for \$ISSUE_TITLE"\n\s+env:\n\s+ISSUE_TITLE: \$\{\{ github\.event\.issue\.title \}\}/,
  },
  {
    language: '.env', file: 'lang/.env.production', rule: 'security/debug-mode-enabled', fix: 'Set APP_DEBUG=false',
    text: 'APP_DEBUG=true\n',
    after: /^APP_DEBUG=false\n$/,
  },
  {
    language: 'properties', file: 'lang/src/main/resources/application.properties', rule: 'admin/schema-mutation-on-startup', fix: 'Change ddl-auto to validate',
    text: 'spring.jpa.hibernate.ddl-auto=update\n',
    after: /^spring\.jpa\.hibernate\.ddl-auto=validate\n$/,
  },
  {
    language: 'XML', file: 'lang/src/main/resources/logback.xml', rule: 'logs/file-appender-in-config', fix: 'Use ConsoleAppender instead',
    text: '<configuration>\n  <appender name="FILE" class="ch.qos.logback.core.FileAppender">\n    <file>app.log</file>\n    <encoder><pattern>%msg%n</pattern></encoder>\n  </appender>\n</configuration>\n',
    after: /class="ch\.qos\.logback\.core\.ConsoleAppender"/,
  },
];

function isCodeAction(item: vscode.CodeAction | vscode.Command): item is vscode.CodeAction {
  return typeof item.command !== 'string';
}

async function fixAt(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  return waitFor(
    async () => {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 50);
      return actions.filter(isCodeAction).find((a) => a.title.startsWith(title) && a.edit !== undefined);
    },
    `a "${title}" code action`,
    FINDINGS_MS,
  );
}

suite('FactorGuard in every language', () => {
  for (const c of CASES) {
    test(`${c.language}: ${c.rule} is reported and "${c.fix}" applies`, async () => {
      const file = workspacePath(c.file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, c.text);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document);
      const [finding] = await waitFor(
        () => { const f = findingsIn(file, c.rule); return f.length > 0 && f; },
        `a ${c.rule} diagnostic in ${c.file}`,
        FINDINGS_MS,
      ).catch((error: Error) => { throw new Error(`${error.message}; VS Code holds: ${describeDiagnostics(file)}`); });
      const action = await fixAt(document.uri, finding.range, c.fix);
      assert.ok(await vscode.workspace.applyEdit(action.edit!), `VS Code refused the edit of "${action.title}"`);
      assert.match(document.getText(), c.after, `after "${action.title}", ${c.file} is:\n${document.getText()}`);
      assert.ok(await document.save(), `saving ${c.file} failed`);
      await waitFor(() => findingsIn(file, c.rule).length < 1 || findingsIn(file, c.rule).every((f) => !f.range.isEqual(finding.range)), `the ${c.rule} finding to go away`, FINDINGS_MS);
    });
  }
});
