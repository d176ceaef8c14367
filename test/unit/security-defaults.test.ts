import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/text';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

async function findings(ruleId: string, file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies the finding's first fix (one finding expected) and returns the new text. */
async function fixed(ruleId: string, file: string, code: string, title?: string): Promise<string> {
  const found = await findings(ruleId, file, code);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  const fix = found[0].fixes.find((f) => f.kind === 'edit' && (title === undefined || f.title === title));
  assert.ok(fix && fix.kind === 'edit', `no fix in ${JSON.stringify(found[0].fixes)}`);
  assert.equal(fix.fixAll, false);
  return applyEdits(code, fix.edits);
}

const TLS = 'security/tls-verification-disabled';

describe('security/tls-verification-disabled fixes', () => {
  const cases: [string, string, string][] = [
    ['app/c.py', 'import requests\nr = requests.get(url, timeout=5, verify=False)\n', 'import requests\nr = requests.get(url, timeout=5)\n'],
    ['app/c.py', 'import requests\ns = requests.Session()\ns.verify = False\n', 'import requests\ns = requests.Session()\ns.verify = True\n'],
    ['app/c.py', 'import ssl\nctx.verify_mode = ssl.CERT_NONE\n', 'import ssl\nctx.verify_mode = ssl.CERT_REQUIRED\n'],
    ['app/c.py', 'import ssl\ns = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)\n', 'import ssl\ns = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED)\n'],
    ['src/a.ts', 'const a = new https.Agent({ keepAlive: true, rejectUnauthorized: false });\n', 'const a = new https.Agent({ keepAlive: true });\n'],
    ['src/a.js', 'const p = new Pool({ ssl: { rejectUnauthorized: false } });\n', 'const p = new Pool({ ssl: {} });\n'],
    ['src/a.js', 'const c = new MongoClient(u, { tlsAllowInvalidCertificates: true, tls: true });\n', 'const c = new MongoClient(u, { tls: true });\n'],
    ['x/c.go', 'package x\n\nvar c = &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}\n', 'package x\n\nvar c = &tls.Config{MinVersion: tls.VersionTLS12}\n'],
    ['x/c.go', 'package x\n\nfunc f() {\n\tcfg.InsecureSkipVerify = true\n}\n', 'package x\n\nfunc f() {\n\tcfg.InsecureSkipVerify = false\n}\n'],
    ['lib/c.rb', 'http.verify_mode = OpenSSL::SSL::VERIFY_NONE\n', 'http.verify_mode = OpenSSL::SSL::VERIFY_PEER\n'],
    ['lib/c.rb', 'Excon.get(url, ssl_verify_peer: false)\n', 'Excon.get(url, ssl_verify_peer: true)\n'],
    ['lib/c.rb', 'Net::HTTP.start(h, p, use_ssl: true, verify_mode: :none)\n', 'Net::HTTP.start(h, p, use_ssl: true, verify_mode: :peer)\n'],
    ['src/C.php', '<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);\n', '<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);\n'],
    ['src/C.php', "<?php\ncurl_setopt_array($ch, [CURLOPT_SSL_VERIFYPEER => false]);\n", "<?php\ncurl_setopt_array($ch, [CURLOPT_SSL_VERIFYPEER => true]);\n"],
    ['Dockerfile', 'FROM debian\nRUN curl -k https://x.io/i.sh | sh\n', 'FROM debian\nRUN curl https://x.io/i.sh | sh\n'],
    ['Dockerfile', 'FROM debian\nRUN curl -fsSLk https://x.io/i.sh | sh\n', 'FROM debian\nRUN curl -fsSL https://x.io/i.sh | sh\n'],
    ['Dockerfile', 'FROM alpine\nRUN apk add --allow-untrusted /tmp/x.apk\n', 'FROM alpine\nRUN apk add /tmp/x.apk\n'],
    ['Dockerfile', 'FROM node\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nCMD ["node", "."]\n', 'FROM node\nCMD ["node", "."]\n'],
    ['Dockerfile', 'FROM node\nENV PORT=3000 NODE_TLS_REJECT_UNAUTHORIZED=0\n', 'FROM node\nENV PORT=3000\n'],
    ['.env.production', 'A=1\nNODE_TLS_REJECT_UNAUTHORIZED=0\nB=2\n', 'A=1\nB=2\n'],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: ${code.split('\n').find((l) => /verify|VERIFY|Unauthorized|UNAUTHORIZED|Insecure|curl|apk|tls/i.test(l))}`, async () => {
      assert.equal(await fixed(TLS, file, code), expected);
    });
  }
});

describe('security/tls-verification-disabled Go verification callbacks', () => {
  const config = (verifier: string) => `package x\n\nvar c = &tls.Config{\n\tInsecureSkipVerify: true,\n\t${verifier}\n}\n`;

  it('keeps the error, and names the callback, when VerifyPeerCertificate or VerifyConnection just returns nil', async () => {
    for (const verifier of [
      'VerifyPeerCertificate: func(raw [][]byte, chains [][]*x509.Certificate) error { return nil },',
      'VerifyConnection: func(cs tls.ConnectionState) error {\n\t\treturn nil\n\t},',
    ]) {
      const [finding, ...rest] = await findings(TLS, 'x/c.go', config(verifier));
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'error');
      assert.match(finding.message, /(VerifyPeerCertificate|VerifyConnection) that returns nil/);
      assert.equal(finding.fixes.length, 1);
    }
  });

  it('is information without a fix when the config verifies in its own callback (pinning)', async () => {
    for (const verifier of ['VerifyPeerCertificate: pinner.Verify,', 'VerifyConnection: func(cs tls.ConnectionState) error {\n\t\treturn checkPin(cs.PeerCertificates)\n\t},']) {
      const [finding] = await findings(TLS, 'x/c.go', config(verifier));
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /own verification callback/);
      assert.deepEqual(finding.fixes, []);
    }
  });

  it('says nothing about a callback without InsecureSkipVerify: the standard check still runs first', async () => {
    assert.deepEqual(await findings(TLS, 'x/c.go', 'package x\n\nvar c = &tls.Config{VerifyPeerCertificate: func(r [][]byte, v [][]*x509.Certificate) error { return nil }}\n'), []);
    assert.equal((await findings(TLS, 'x/c.go', config('VerifyPeerCertificate: nil,')))[0].severity, 'error');
  });
});

describe('security/tls-verification-disabled severity', () => {
  it('is an error in application code and a warning in tests, for loopback targets and behind env opt-ins', async () => {
    assert.equal((await findings(TLS, 'app/c.py', 'import requests\nrequests.get(url, verify=False)\n'))[0].severity, 'error');
    assert.equal((await findings(TLS, 'tests/test_c.py', 'import requests\nrequests.get(url, verify=False)\n'))[0].severity, 'warning');
    assert.equal((await findings(TLS, 'app/c.py', 'import requests\nrequests.get("https://localhost:8443/health", verify=False)\n'))[0].severity, 'warning');
    const gated = 'const opts = {};\nif (process.env.ALLOW_SELF_SIGNED === "1") {\n  opts.agent = new https.Agent({ rejectUnauthorized: false });\n}\n';
    const [finding] = await findings(TLS, 'src/a.ts', gated);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /no production deploy turns it on/);
    // A library option named for the opt-in (`ignoreSslError`) is the caller's explicit choice too.
    const option = 'if (usingSsl && this._ignoreSslError) {\n  agent.options = Object.assign(agent.options || {}, { rejectUnauthorized: false });\n}\n';
    assert.equal((await findings(TLS, 'lib/HttpClient.js', option))[0].severity, 'warning');
  });

  it('names package-signature switches as such', async () => {
    const [finding] = await findings(TLS, 'Dockerfile', 'FROM fedora\nRUN dnf install -y --nogpgcheck tool\n');
    assert.match(finding.message, /without checking their signatures/);
  });
});

const DEBUG = 'security/debug-mode-enabled';

describe('security/debug-mode-enabled fixes', () => {
  const cases: [string, string, string][] = [
    [
      'app/main.py',
      'from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n',
      'from flask import Flask\nimport os\napp = Flask(__name__)\napp.run(debug=os.environ.get("FLASK_DEBUG") == "1")\n',
    ],
    ['app/main.py', 'import os\nimport flask\napp.debug = True\n', 'import os\nimport flask\napp.debug = os.environ.get("FLASK_DEBUG") == "1"\n'],
    [
      'shop/settings.py',
      'import os\nINSTALLED_APPS = []\nDEBUG = True\n',
      'import os\nINSTALLED_APPS = []\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
    ],
    [
      'Api/Program.cs',
      'var app = WebApplication.CreateBuilder(args).Build();\napp.UseDeveloperExceptionPage();\n',
      'var app = WebApplication.CreateBuilder(args).Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n}\n',
    ],
    ['.env.production', 'APP_DEBUG=true\n', 'APP_DEBUG=false\n'],
    ['.env.staging', 'FLASK_DEBUG=1 # temporary\n', 'FLASK_DEBUG=0 # temporary\n'],
    ['Dockerfile', 'FROM python:3.12\nENV FLASK_DEBUG=1\nCMD ["flask", "run"]\n', 'FROM python:3.12\nCMD ["flask", "run"]\n'],
    ['config/environments/production.rb', 'config.consider_all_requests_local = true\n', 'config.consider_all_requests_local = false\n'],
    ['src/main/resources/application.properties', 'debug = true\n', 'debug = false\n'],
    ['web.config', '<configuration><system.web><customErrors mode="Off"/></system.web></configuration>\n', '<configuration><system.web><customErrors mode="RemoteOnly"/></system.web></configuration>\n'],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: ${code.trim().split('\n').pop()}`, async () => {
      assert.equal(await fixed(DEBUG, file, code), expected);
    });
  }

  it('offers no guard fix when the statement shares its line', async () => {
    const [finding] = await findings(DEBUG, 'Api/Program.cs', 'var app = WebApplication.CreateBuilder(args).Build();\napp.UseDeveloperExceptionPage(); app.Run();\n');
    assert.deepEqual(finding.fixes, []);
  });
});

describe('security/debug-mode-enabled severity', () => {
  it('follows the file: production error, shared warning, development information, tests hint', async () => {
    const code = 'INSTALLED_APPS = []\nDEBUG = True\n';
    assert.equal((await findings(DEBUG, 'shop/settings/production.py', code))[0].severity, 'error');
    assert.equal((await findings(DEBUG, 'shop/settings/base.py', code))[0].severity, 'warning');
    assert.equal((await findings(DEBUG, 'shop/settings/dev.py', code))[0].severity, 'info');
    assert.equal((await findings(DEBUG, 'docker-compose.override.yml', 'services:\n  web:\n    environment:\n      FLASK_DEBUG: "1"\n'))[0].severity, 'info');
    assert.equal((await findings(DEBUG, 'Dockerfile', 'FROM node:20 AS dev\nENV NODE_ENV=development\n'))[0].severity, 'info');
    assert.equal((await findings(DEBUG, 'tests/test_app.py', 'import flask\napp.run(debug=True)\n'))[0].severity, 'hint');
  });

  it('does not report code inside a development guard, in any of the usual forms', async () => {
    const guarded = [
      ['src/a.js', 'const eh = require("errorhandler");\nif (process.env.NODE_ENV !== "production") app.use(eh());\n'],
      ['src/a.js', 'const eh = require("errorhandler");\nif ("development" === process.env.NODE_ENV) {\n  app.use(eh());\n}\n'],
      ['Api/Startup.cs', 'class S {\n    void Configure(IApplicationBuilder app, IWebHostEnvironment env)\n    {\n        if (env.IsDevelopment())\n        {\n            app.UseDeveloperExceptionPage();\n        }\n    }\n}\n'],
    ];
    for (const [file, code] of guarded) assert.deepEqual(await findings(DEBUG, file, code), [], code);
  });

  it('still reports the else branch of a development guard', async () => {
    const code = 'if (app.Environment.IsDevelopment())\n{\n    app.UseHsts();\n}\nelse\n{\n    app.UseDeveloperExceptionPage();\n}\n';
    assert.equal((await findings(DEBUG, 'Api/Program.cs', code)).length, 1);
  });
});

const CORS = 'security/cors-wildcard';

describe('security/cors-wildcard fixes', () => {
  const cases: [string, string, string][] = [
    ['src/a.ts', 'import cors from "cors";\napp.use(cors({ origin: "*" }));\n', 'import cors from "cors";\napp.use(cors({ origin: process.env.CORS_ALLOWED_ORIGINS?.split(",") ?? [] }));\n'],
    [
      'app/main.py',
      'app.add_middleware(CORSMiddleware, allow_origins=["*"])\n',
      'import os\napp.add_middleware(CORSMiddleware, allow_origins=os.environ.get("CORS_ALLOWED_ORIGINS", "").split(","))\n',
    ],
    ['shop/settings.py', 'import os\nCORS_ORIGIN_ALLOW_ALL = True\n', 'import os\nCORS_ALLOWED_ORIGINS = os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")\n'],
    ['config/initializers/cors.rb', 'use Rack::Cors do\n  allow do\n    origins "*"\n  end\nend\n', 'use Rack::Cors do\n  allow do\n    origins ENV.fetch("CORS_ALLOWED_ORIGINS", "").split(",")\n  end\nend\n'],
    ['config/cors.php', "<?php\nreturn ['allowed_origins' => ['*']];\n", "<?php\nreturn ['allowed_origins' => explode(',', env('CORS_ALLOWED_ORIGINS', ''))];\n"],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: ${code.split('\n').find((l) => l.includes('*') || l.includes('ALLOW'))}`, async () => {
      assert.equal(await fixed(CORS, file, code), expected);
    });
  }
});

describe('security/cors-wildcard severity', () => {
  it('is a warning alone, an error with credentials or a reflected origin, information under a dev guard', async () => {
    assert.equal((await findings(CORS, 'src/a.js', 'const cors = require("cors");\napp.use(cors());\n'))[0].severity, 'warning');
    assert.equal((await findings(CORS, 'src/a.js', 'const cors = require("cors");\napp.use(cors({ origin: "*", credentials: true }));\n'))[0].severity, 'error');
    assert.equal((await findings(CORS, 'Api/Program.cs', 'p.AllowAnyOrigin().AllowCredentials();\n'))[0].severity, 'error');
    const guarded = 'const cors = require("cors");\nif (process.env.NODE_ENV !== "production") {\n  app.use(cors());\n}\n';
    assert.equal((await findings(CORS, 'src/a.js', guarded))[0].severity, 'info');
    assert.equal((await findings(CORS, 'test/api.test.js', 'const cors = require("cors");\napp.use(cors());\n'))[0].severity, 'hint');
  });

  it('needs the library: a cors() or CORS() of your own is not reported', async () => {
    assert.deepEqual(await findings(CORS, 'src/a.js', 'const cors = require("./cors");\napp.use(cors());\n'), []);
    assert.deepEqual(await findings(CORS, 'app/a.py', 'from .cors import CORS\nCORS(app)\n'), []);
  });
});
