import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../server/src/engine/classify';
import type { SecretHit } from '../../server/src/engine/secrets/hits';
import { scanSecrets } from '../../server/src/engine/secrets/scan';
import { LineIndex } from '../../server/src/engine/text';
import { analyze } from './helpers';
import { B64, noise } from '../../server/src/engine/rules/secrets/structural';

// Keys and tokens are assembled when the test runs, so this file holds none whole.
const DASHES = '-'.repeat(5);

const body = 'MIIE' + noise(1, 252);
const bodyLines = body.match(/.{1,64}/g)!;
function pem(label: string, eol = '\n', endLabel = label): string {
  return [`${DASHES}BEGIN ${label}${DASHES}`, ...bodyLines, `${DASHES}END ${endLabel}${DASHES}`].join(eol);
}
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const signature = noise(2, 43, B64.slice(0, 62) + '-_');
const jwt = `${b64url({ alg: 'RS256', kid: 'k1' })}.${b64url({ sub: 'svc', exp: 1900000000 })}.${signature}`;
const PASSWORD = 'Qv8m' + 'R2pLx9w';

function scan(file: string, text: string, isTest = false): SecretHit[] {
  const language = classify(file, text) ?? 'plaintext';
  return scanSecrets({ path: file, text, language, index: new LineIndex(text), isTest });
}

function of(rule: string, file: string, text: string): SecretHit[] {
  return scan(file, text).filter((h) => h.ruleId === `secrets/${rule}`);
}

function values(rule: string, file: string, text: string): string[] {
  return of(rule, file, text).map((h) => h.value);
}

describe('secrets/private-key', () => {
  it('reports one hit spanning the whole block', () => {
    const text = `# deploy key\n${pem('RSA PRIVATE KEY')}\ntrailer\n`;
    const hits = of('private-key', 'id_rsa.txt', text);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].start, text.indexOf(`${DASHES}BEGIN`));
    assert.equal(hits[0].end, text.indexOf('\ntrailer'));
    assert.equal(hits[0].severity, 'error');
    assert.equal(hits[0].priority, 0);
  });

  it('finds every label and two blocks in one file', () => {
    for (const label of ['PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PGP PRIVATE KEY BLOCK']) {
      assert.equal(of('private-key', 'k.txt', pem(label)).length, 1, label);
    }
    assert.equal(of('private-key', 'k.txt', `${pem('PRIVATE KEY')}\n\n${pem('EC PRIVATE KEY')}\n`).length, 2);
  });

  it('reads keys in string literals with \\n escapes and concatenation', () => {
    const json = `{"type": "service_account", "private_key": "${pem('PRIVATE KEY', '\\n')}\\n"}`;
    const hits = of('private-key', 'sa.json', json);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].boundName, 'private_key');
    const js = `const key =\n${[`${DASHES}BEGIN RSA PRIVATE KEY${DASHES}`, ...bodyLines, `${DASHES}END RSA PRIVATE KEY${DASHES}`].map((l) => `  "${l}\\n"`).join(' +\n')};\n`;
    assert.equal(of('private-key', 'key.js', js).length, 1);
  });

  it('marks passphrase-protected keys', () => {
    const text = pem('RSA PRIVATE KEY').replace('\nMIIE', '\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\nMIIE');
    assert.match(of('private-key', 'k.pem', text)[0]?.qualifier ?? '', /passphrase/);
  });

  it('ignores malformed blocks, public keys and certificates', () => {
    const none = [
      `${DASHES}BEGIN PRIVATE KEY${DASHES}\nanything\n${DASHES}END PRIVATE KEY${DASHES}`,
      `${DASHES}BEGIN OPENSSH PRIVATE KEY${DASHES}${DASHES}END OPENSSH PRIVATE KEY${DASHES}`,
      `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\n${bodyLines.join('\n')}\n`,
      pem('RSA PRIVATE KEY', '\n', 'PRIVATE KEY'),
      `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\nMIIE...\n${DASHES}END RSA PRIVATE KEY${DASHES}`,
      `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\n${'A'.repeat(128)}\n${DASHES}END RSA PRIVATE KEY${DASHES}`,
      pem('PUBLIC KEY'),
      pem('CERTIFICATE'),
      pem('PGP PUBLIC KEY BLOCK'),
    ];
    for (const text of none) assert.deepEqual(of('private-key', 'k.txt', text), [], text.slice(0, 60));
  });

  it('reads PuTTY keys', () => {
    const ppk = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: k\nPublic-Lines: 1\n${noise(3, 64)}\nPrivate-Lines: 2\n${noise(4, 64)}\n${noise(5, 20)}\nPrivate-MAC: ${noise(6, 40, '0123456789abcdef')}\n`;
    const hits = of('private-key', 'k.ppk', ppk);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].start, 0);
    assert.equal(ppk.slice(hits[0].end), '\n');
    assert.deepEqual(of('private-key', 'k.ppk', ppk.replace(/Private-Lines: 2\n[^\n]*\n[^\n]*\n/, 'Private-Lines: 0\n')), []);
  });
});

describe('secrets/jwt', () => {
  it('reports signed and unsigned tokens', () => {
    const hits = of('jwt', 'a.ts', `const t = '${jwt}';\n`);
    assert.equal(hits.length, 1);
    assert.equal(hits[0].value, jwt);
    assert.equal(hits[0].severity, 'warning');
    assert.equal(hits[0].boundName, 't');
    const unsigned = `${b64url({ alg: 'none' })}.${b64url({ sub: 'x' })}.`;
    const u = of('jwt', 'a.txt', `token=${unsigned} rest`);
    assert.deepEqual(u.map((h) => h.value), [unsigned]);
    assert.match(u[0].qualifier ?? '', /unsigned/);
  });

  it('accepts a header without alg when the payload is JSON', () => {
    const token = `${b64url({ kid: 'abc' })}.${b64url({ iss: 'x' })}.${signature}`;
    assert.equal(of('jwt', 'a.txt', token).length, 1);
  });

  it('decodes base64-encoded tokens', () => {
    const encoded = Buffer.from(jwt).toString('base64');
    const hits = of('jwt', 'a.yaml', `token: ${encoded}\n`);
    assert.deepEqual(hits.map((h) => h.value), [encoded]);
  });

  it('ignores shapes that do not decode, prefixed tokens and the jwt.io example', () => {
    assert.deepEqual(of('jwt', 'a.txt', 'eyJxxxxxxxxxxxxxxx.eyJyyyyyyyyyyyyy.abcdefghijklmnopqrst'), []);
    assert.deepEqual(of('jwt', 'a.txt', `tok = xyz_${jwt}`), []);
    const example = ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.');
    assert.deepEqual(of('jwt', 'README.md', example), []);
    assert.deepEqual(of('jwt', 'a.txt', Buffer.from('eyJ-not-a-token-at-all-just-text-here').toString('base64')), []);
  });

  it('lowers the Supabase local-development demo keys to info', () => {
    const demo = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase-demo', role: 'anon' })}.${signature}`;
    assert.equal(of('jwt', '.env', `ANON_KEY=${demo}\n`)[0]?.severity, 'info');
  });

  it('wins over the header rule for a Bearer JWT', () => {
    const hits = scan('req.txt', `Authorization: Bearer ${jwt}\n`);
    assert.deepEqual(hits.map((h) => h.ruleId), ['secrets/jwt']);
  });
});

describe('secrets/credentials-in-url', () => {
  it('reports the password with its exact range', () => {
    const text = `DATABASE_URL = "postgres://app:${PASSWORD}@db.internal:5432/app"\n`;
    const hits = of('credentials-in-url', 'settings.py', text);
    assert.equal(hits.length, 1);
    assert.equal(text.slice(hits[0].start, hits[0].end), PASSWORD);
    assert.equal(hits[0].severity, 'error');
    assert.equal(hits[0].boundName, 'DATABASE_URL');
  });

  it('covers any scheme', () => {
    const urls = [
      `jdbc:mysql://root:${PASSWORD}@mysql:3306/db`,
      `mongodb+srv://app:${PASSWORD}@cluster0.abcde.mongodb.net/db`,
      `rediss://:${PASSWORD}@cache.internal:6380`,
      `amqps://svc:${PASSWORD}@mq.internal/vhost`,
      `ftp://deploy:${PASSWORD}@files.internal/`,
      `https://ci:${PASSWORD}@git.internal/org/repo.git`,
      `postgres://app:${PASSWORD}@[2001:db8::1]:5432/db`,
      `mongodb://app:${PASSWORD}@h1:27017,h2:27017/db?replicaSet=rs0`,
    ];
    for (const url of urls) assert.deepEqual(values('credentials-in-url', 'a.txt', url), [PASSWORD], url);
  });

  it('keeps unencoded @ in a password and percent-encoded passwords', () => {
    assert.deepEqual(values('credentials-in-url', 'a.txt', 'postgres://u:p4ss@word9@db.internal/x'), ['p4ss@word9']);
    assert.deepEqual(values('credentials-in-url', 'a.txt', 'postgres://u:p%40ss%3Aw0rd@db.internal/x'), ['p%40ss%3Aw0rd']);
  });

  it('lowers local and example hosts to warning', () => {
    assert.equal(of('credentials-in-url', 'a.txt', `redis://:${PASSWORD}@localhost:6379`)[0]?.severity, 'warning');
    assert.equal(of('credentials-in-url', 'a.txt', `postgres://a:${PASSWORD}@db.example.com/x`)[0]?.severity, 'warning');
  });

  it('ignores stand-ins, references and URLs without a password', () => {
    const none = [
      'postgres://user:password@localhost/db',
      'postgres://username:password@host/db',
      'amqp://guest:guest@rabbit:5672',
      'mongodb://${MONGO_USER}:${MONGO_PASSWORD}@mongo:27017',
      'postgres://$DB_USER:$DB_PASS@db/x',
      'mysql://root:<password>@db/x',
      'mysql://root:****@db/x',
      'mysql://root:changeme@db/x',
      'redis://:@cache:6379',
      'https://user@example.com/x',
      'git@github.com:org/repo.git',
      'https://localhost:8080@x/y',
      'postgres://{{ .Values.user }}:{{ .Values.password }}@db/x',
    ];
    for (const text of none) assert.deepEqual(of('credentials-in-url', 'a.txt', text), [], text);
  });

  it('leaves .git-credentials to the registry rule', () => {
    const hits = scan('.git-credentials', `https://bob:${PASSWORD}@git.internal\n`);
    assert.deepEqual(hits.map((h) => h.ruleId), ['secrets/registry-credentials']);
  });
});

describe('secrets/connection-string-password', () => {
  it('reads ADO.NET, ODBC and quoted values', () => {
    assert.deepEqual(values('connection-string-password', 'a.json', `{"Db": "Server=sql01;Database=Shop;User Id=shop;Password=${PASSWORD};"}`), [PASSWORD]);
    assert.deepEqual(values('connection-string-password', 'a.cs', `var c = "Data Source=sql01;Initial Catalog=x;Uid=u;Pwd=${PASSWORD}";`), [PASSWORD]);
    assert.deepEqual(values('connection-string-password', 'a.cs', `var c = "Server=sql01;User ID=u;Password='ab;cd9Xz';";`), ['ab;cd9Xz']);
    assert.deepEqual(values('connection-string-password', 'a.txt', 'Driver={ODBC Driver 17};Server=sql01;Uid=sa;Pwd={x;Y9z!q};'), ['x;Y9z!q']);
  });

  it('reads JDBC and URL query passwords', () => {
    assert.deepEqual(values('connection-string-password', 'a.properties', `url=jdbc:postgresql://db.internal/shop?user=shop&password=${PASSWORD}\n`), [PASSWORD]);
    assert.deepEqual(values('connection-string-password', 'a.properties', `url=jdbc:sqlserver://db.internal:1433;databaseName=x;user=sa;password=${PASSWORD};\n`), [PASSWORD]);
  });

  it('lowers local servers to warning', () => {
    assert.equal(of('connection-string-password', 'a.cs', `"Server=(localdb)\\\\MSSQLLocalDB;Database=x;User Id=sa;Password=${PASSWORD};"`)[0]?.severity, 'warning');
    assert.equal(of('connection-string-password', 'a.cs', `"Server=localhost;Database=x;User Id=sa;Password=${PASSWORD};"`)[0]?.severity, 'warning');
  });

  it('needs another connection-string key and a real value', () => {
    const none = [
      `var label = "Password=${PASSWORD};";`,
      'Server=sql01;Database=x;User Id=sa;Password=;',
      'Server=sql01;Database=x;User Id=sa;Password=${DB_PASSWORD};',
      'Server=sql01;Database=x;User Id=sa;Password=%DB_PASSWORD%;',
      'string.Format("Server={0};User Id={1};Password={2};", a, b, c)',
      'Server=sql01;Database=x;User Id=sa;Password=<password>;',
      `DB_PASSWORD=${PASSWORD}`,
      'jdbc:postgresql://db/shop?user=shop&password=${DB_PASSWORD}',
    ];
    for (const text of none) assert.deepEqual(of('connection-string-password', 'a.txt', text), [], text);
  });
});

describe('secrets/registry-credentials', () => {
  it('reads .npmrc and Yarn tokens', () => {
    const npmrc = `//npm.internal/:_authToken=${PASSWORD}\n_auth=${Buffer.from(`ci:${PASSWORD}`).toString('base64')}\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n`;
    assert.equal(of('registry-credentials', '.npmrc', npmrc).length, 2);
    assert.equal(of('registry-credentials', 'Dockerfile', `RUN echo "//npm.internal/:_authToken=${PASSWORD}" > .npmrc\n`).length, 1);
    assert.equal(of('registry-credentials', '.yarnrc.yml', `npmAuthToken: "${PASSWORD}"\n`).length, 1);
  });

  it('reads .pypirc, .netrc, .git-credentials and .pgpass', () => {
    assert.deepEqual(values('registry-credentials', '.pypirc', `[pypi]\nusername = ci\npassword = ${PASSWORD}\n`), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', '.netrc', `machine api.internal\n  login ci\n  password ${PASSWORD}\n`), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', '_netrc', `machine a login b password ${PASSWORD}\n`), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', '.git-credentials', `https://bob:${PASSWORD}@github.com\nhttps://x:\${T}@gitlab.com\n`), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', '.pgpass', `db:5432:app:app:${PASSWORD}\n*:*:*:postgres:postgres\n`), [PASSWORD]);
  });

  it('decodes Docker auth and needs user:password inside', () => {
    const auth = Buffer.from(`ci:${PASSWORD}`).toString('base64');
    assert.deepEqual(values('registry-credentials', 'config.json', `{"auths": {"r.internal": {"auth": "${auth}"}}}`), [auth]);
    assert.deepEqual(of('registry-credentials', 'config.json', `{"auths": {"r": {"auth": "${Buffer.from('no-colon-here').toString('base64')}"}}}`), []);
    assert.deepEqual(of('registry-credentials', 'config.json', `{"auths": {"r": {"auth": "${Buffer.from('user:password').toString('base64')}"}}}`), []);
  });

  it('reads NuGet, Maven, Gradle and Composer credentials', () => {
    const nuget = `<packageSourceCredentials><F><add key="Username" value="ci" /><add key="ClearTextPassword" value="${PASSWORD}" /></F></packageSourceCredentials>`;
    assert.deepEqual(values('registry-credentials', 'NuGet.Config', nuget), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', 'other.xml', `<add key="ClearTextPassword" value="${PASSWORD}" />`), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', 'other.xml', `<add key="Password" value="${PASSWORD}" />`), []);
    assert.deepEqual(values('registry-credentials', 'nuget.config', '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />'), []);
    assert.deepEqual(values('registry-credentials', 'nuget.config', '<add key="ClearTextPassword" value="33f!!lloppa" />'), []);
    const maven = `<settings><servers><server><id>a</id><password>${PASSWORD}</password></server><server><password>{COQLCE6DU6GtcS5P=}</password></server><server><password>\${env.PW}</password></server></servers></settings>`;
    assert.deepEqual(values('registry-credentials', 'settings.xml', maven), [PASSWORD]);
    assert.deepEqual(values('registry-credentials', 'gradle.properties', `org.gradle.jvmargs=-Xmx2g\nossrhPassword=${PASSWORD}\nsigning.keyId=24875D73\n`), [PASSWORD]);
    const composer = `{"http-basic": {"repo.internal": {"username": "me", "password": "${PASSWORD}"}}, "github-oauth": {"github.com": "${noise(7, 40, '0123456789abcdef')}"}}`;
    assert.equal(of('registry-credentials', 'auth.json', composer).length, 2);
  });
});

describe('secrets/kubernetes-secret', () => {
  const secret = (data: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ntype: Opaque\n${data}`;
  const enc = (s: string): string => Buffer.from(s).toString('base64');

  it('reports each data and stringData value, on the value', () => {
    const text = secret(`data:\n  password: ${enc(PASSWORD)}\n  api-key: "${enc('k-' + PASSWORD)}"\nstringData:\n  token: '${PASSWORD}'\n`);
    const hits = of('kubernetes-secret', 'secret.yaml', text);
    assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), [enc(PASSWORD), enc('k-' + PASSWORD), PASSWORD]);
    assert.deepEqual(hits.map((h) => h.boundName), ['password', 'api-key', 'token']);
  });

  it('reads block scalars, lists, JSON and several documents', () => {
    const block = secret(`data:\n  .dockerconfigjson: |\n    ${enc('{"auths":{"r":{"auth":"' + enc('ci:' + PASSWORD) + '"}}}')}\n`);
    assert.equal(of('kubernetes-secret', 'secret.yaml', block).length, 1);
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  stringData:\n    key: ${PASSWORD}\n`;
    assert.equal(of('kubernetes-secret', 'list.yaml', list).length, 1);
    const json = `{"apiVersion":"v1","kind":"Secret","data":{"password":"${enc(PASSWORD)}"}}`;
    assert.equal(of('kubernetes-secret', 'secret.json', json).length, 1);
    const multi = `${secret(`stringData:\n  a: ${PASSWORD}\n`)}---\napiVersion: v1\nkind: ConfigMap\ndata:\n  b: ${PASSWORD}x\n`;
    assert.deepEqual(values('kubernetes-secret', 'all.yaml', multi), [PASSWORD]);
  });

  it('falls back to a line scan for tab indentation and templates', () => {
    assert.deepEqual(values('kubernetes-secret', 'case.txt', `apiVersion: v1\nkind: Secret\ndata:\n\tpassword: ${enc(PASSWORD)}\n\tusername: ${enc('admin')}\n`), [enc(PASSWORD)]);
    const helm = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\ndata:\n  password: {{ .Values.password | b64enc | quote }}\n  other: ${enc(PASSWORD)}\n{{- end }}\n`;
    assert.deepEqual(values('kubernetes-secret', 'templates/secret.yaml', helm), [enc(PASSWORD)]);
    assert.doesNotThrow(() => scan('broken.yaml', 'kind: Secret\ndata:\n  a: [unclosed\n  b: "x\n\t- :\n'));
  });

  it('ignores empty, templated, encrypted, stand-in and public values', () => {
    const none = [
      secret("data:\n  htpasswd: ''\n  csrf: \"\"\n  x:\n"),
      secret('data:\n  password: ${DB_PASSWORD}\nstringData:\n  token: "{{ .Values.token }}"\n'),
      secret(`data:\n  password: ${enc('changeme')}\n  extra: ${enc('bar\n')}\n  pair: ${enc('admin:password')}\n`),
      secret(`data:\n  username: ${enc('billing')}\n  tls.crt: ${enc(`${DASHES}BEGIN CERTIFICATE${DASHES}\nMIIB\n`)}\n`),
      secret('stringData:\n  db-password: ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4B,tag:Kk,type:str]\n'),
      `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: prod/api\n`,
      `apiVersion: v1\nkind: ConfigMap\ndata:\n  password: ${PASSWORD}\n`,
      secret(`stringData:\n  port: "5432"\n  ssl: "true"\n  host: db.internal\n`),
    ];
    for (const text of none) assert.deepEqual(of('kubernetes-secret', 'secret.yaml', text), [], text);
  });
});

describe('secrets/http-credentials', () => {
  it('reads curl -u and wget passwords', () => {
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -u deploy:${PASSWORD} https://x`), [PASSWORD]);
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -s \\\n  --user 'ci:${PASSWORD}' \\\n  https://x`), [PASSWORD]);
    assert.deepEqual(values('http-credentials', 'run.sh', `curl --user kevin:'${PASSWORD}' -X PATCH`), [PASSWORD]);
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -u ":${PASSWORD}" https://x`), [PASSWORD]);
    assert.deepEqual(values('http-credentials', 'run.sh', `wget --user=ci --password=${PASSWORD} https://x`), [PASSWORD]);
  });

  it('reports an API key used as the user name with an empty password', () => {
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -u ${PASSWORD}: https://x`), [PASSWORD]);
    assert.deepEqual(values('http-credentials', 'run.sh', 'curl -u admin: https://x'), []);
  });

  it('ignores variables and stand-ins', () => {
    const none = [
      'curl -u "$USER:$PASS" https://x',
      'curl -u "${user}:${password}" https://x',
      "curl -i -u 'test:test'",
      'curl -u <user:password> https://x',
      'curl --user neo4j:[PASSWORD] http://x',
      'curl -u username:token',
      'curl --user "xxx:yyy"',
      'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
      'curl -u "myusername" http://localhost',
      'git push -u origin:main',
    ];
    for (const text of none) assert.deepEqual(of('http-credentials', 'run.sh', text), [], text);
  });

  it('reads Authorization and API-key headers', () => {
    const hex = noise(8, 32, '0123456789abcdef');
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -H "Authorization: Bearer ${hex}" https://x`), [hex]);
    assert.deepEqual(values('http-credentials', 'run.sh', `curl -H 'X-Api-Key: ${hex}' https://x`), [hex]);
    const basic = Buffer.from(`api:${PASSWORD}`).toString('base64');
    assert.deepEqual(values('http-credentials', 'notes.txt', `Authorization: Basic ${basic}\n`), [basic]);
    assert.deepEqual(values('http-credentials', 'client.py', `headers = {"Authorization": "Token ${hex}"}\n`), [hex]);
    assert.deepEqual(values('http-credentials', 'api.http', `GET https://x/items\nX-Api-Key: ${hex}\n`), [hex]);
  });

  it('ignores placeholders, variables and challenge schemes', () => {
    const none = [
      'curl -H "Authorization: Bearer XXXXXXXXXXXX" https://x',
      'curl -H "Authorization: Bearer <Openverse API token>" https://x',
      'curl -H "Authorization: Token **********" https://x',
      'curl -H "Authorization: Basic ..." https://x',
      'curl -H "Authorization: Bearer $API_KEY" https://x',
      'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://x',
      'curl -H "apikey: $API_KEY" https://x',
      `Authorization: Basic ${Buffer.from('user:password').toString('base64')}`,
      'Authorization: Digest username="Mufasa", response="6629fae49393a05397450978507c4ef1"',
      'headers = {"Authorization": f"Bearer {token}"}',
      'authorization = request.headers.get("Authorization")',
      '{ Authorization: config.auth.bearerTokenForService }',
      `curl -H "X-CSRF-Token: ${noise(9, 32, '0123456789abcdef')}" https://x`,
      "const h = { Authorization: 'Basic ' + btoa(u + ':' + p) };",
    ];
    for (const text of none) assert.deepEqual(of('http-credentials', 'a.txt', text), [], text);
  });
});

describe('structural rules through the engine', () => {
  it('report with the rule id and mask the value', async () => {
    const result = await analyze('deploy.sh', `curl -u deploy:${PASSWORD} https://ci.internal\n`);
    const finding = result.findings.find((f) => f.ruleId === 'secrets/http-credentials');
    assert.ok(finding);
    assert.ok(!finding.message.includes(PASSWORD));
  });

  it('drop one severity level in test files', () => {
    assert.equal(scan('test/fixtures/key.txt', pem('RSA PRIVATE KEY'), true)[0]?.severity, 'warning');
  });

  it('stay fast on large inputs', () => {
    const big = `${'x'.repeat(200)} eyJ${'a'.repeat(5000)}. https://${'a'.repeat(5000)} curl -u ${'b'.repeat(2000)}\n`.repeat(100);
    const started = Date.now();
    scan('big.txt', big);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});
