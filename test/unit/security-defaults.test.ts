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

describe('security/tls-verification-disabled severity', () => {
  it('is an error in application code and a warning in tests, for loopback targets and behind env opt-ins', async () => {
    assert.equal((await findings(TLS, 'app/c.py', 'import requests\nrequests.get(url, verify=False)\n'))[0].severity, 'error');
    assert.equal((await findings(TLS, 'tests/test_c.py', 'import requests\nrequests.get(url, verify=False)\n'))[0].severity, 'warning');
    assert.equal((await findings(TLS, 'app/c.py', 'import requests\nrequests.get("https://localhost:8443/health", verify=False)\n'))[0].severity, 'warning');
    const gated = 'const opts = {};\nif (process.env.ALLOW_SELF_SIGNED === "1") {\n  opts.agent = new https.Agent({ rejectUnauthorized: false });\n}\n';
    const [finding] = await findings(TLS, 'src/a.ts', gated);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /no production deploy sets it/);
  });

  it('names package-signature switches as such', async () => {
    const [finding] = await findings(TLS, 'Dockerfile', 'FROM fedora\nRUN dnf install -y --nogpgcheck tool\n');
    assert.match(finding.message, /without checking their signatures/);
  });
});
