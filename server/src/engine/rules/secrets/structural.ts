import { CONNECTION_STRING_RULE_ID } from '../../secrets/detectors/connectionString';
import { CREDENTIALS_IN_URL_RULE_ID } from '../../secrets/detectors/credentialsInUrl';
import { HTTP_CREDENTIALS_RULE_ID } from '../../secrets/detectors/httpCredentials';
import { JWT_RULE_ID } from '../../secrets/detectors/jwt';
import { KUBERNETES_SECRET_RULE_ID } from '../../secrets/detectors/kubernetesSecret';
import { PRIVATE_KEY_RULE_ID } from '../../secrets/detectors/privateKey';
import { REGISTRY_CREDENTIALS_RULE_ID } from '../../secrets/detectors/registryCredentials';
import type { Rule } from '../rule';
import { secretRule } from './secretRule';

// Example secrets are generated or assembled from parts when the module
// loads, so this file holds no whole key, token or password.

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Deterministic random-looking base64 text (also for the tests). */
export function noise(seed: number, length: number, alphabet = B64): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[(x >>> 16) % alphabet.length];
  }
  return out;
}

const DASHES = '-'.repeat(5);
const lines = (body: string, width = 64): string[] => body.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
const pem = (label: string, body: string, eol = '\n'): string =>
  [`${DASHES}BEGIN ${label}${DASHES}`, ...lines(body), `${DASHES}END ${label}${DASHES}`].join(eol) + eol;
const keyBody = 'MIIE' + noise(7, 444);
const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url');
const jwt = [b64url({ alg: 'HS256', typ: 'JWT' }), b64url({ sub: 'svc-billing', iat: 1718000000 }), noise(11, 43, B64.slice(0, 62) + '-_')].join('.');
const password = 'Qv8m' + 'R2pL' + 'x9w!';
const hex = noise(3, 32, '0123456789abcdef');
const uuid = [noise(5, 8, '0123456789abcdef'), noise(6, 4, '0123456789abcdef'), '4' + noise(8, 3, '0123456789abcdef'), 'a' + noise(9, 3, '0123456789abcdef'), noise(10, 12, '0123456789abcdef')].join('-');
const base64 = (s: string): string => Buffer.from(s).toString('base64');

export const privateKey = secretRule({
  id: PRIVATE_KEY_RULE_ID,
  title: 'Private key',
  rationale:
    'A private key in the repository lets anyone with read access impersonate the server, user or service it belongs to, and it stays in the history after deletion. Load keys from a secret store or a mounted file outside the repository, and replace the committed key.',
  prefilter: /PRIVATE KEY|PuTTY-User-Key-File/,
  examples: {
    invalid: [
      { file: 'id_rsa.txt', code: pem('RSA PRIVATE KEY', keyBody) },
      {
        file: 'service-account.json',
        code: `{\n  "type": "service_account",\n  "client_email": "ci@project.iam.gserviceaccount.com",\n  "private_key": "${pem('PRIVATE KEY', keyBody, '\\n')}"\n}\n`,
      },
      {
        file: 'deploy.ppk',
        code: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${lines(noise(21, 68)).join('\n')}\nPrivate-Lines: 1\n${noise(22, 44)}\nPrivate-MAC: ${noise(23, 64, '0123456789abcdef')}\n`,
      },
    ],
    valid: [
      { file: 'server.pem', code: pem('CERTIFICATE', 'MIID' + noise(31, 300)) + pem('PUBLIC KEY', 'MIIB' + noise(32, 200)) },
      { file: 'README.md', code: `Paste your key:\n\n${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\n...\n${DASHES}END RSA PRIVATE KEY${DASHES}\n` },
      { file: 'keys.ts', code: `export const isPkcs8 = (pem: string) => pem.startsWith('${DASHES}BEGIN PRIVATE KEY${DASHES}');\n` },
    ],
  },
});

export const jsonWebToken = secretRule({
  id: JWT_RULE_ID,
  title: 'JSON Web Token',
  rationale:
    'A JSON Web Token is a bearer credential: whoever holds it acts as its subject until it expires, and many are issued without an expiry. Tokens belong in the environment or are fetched at run time, never in the repository.',
  defaultSeverity: 'warning',
  prefilter: /eyJ|ZXlK/,
  examples: {
    invalid: [
      { file: 'client.ts', code: `const serviceToken = '${jwt}';\n` },
      { file: 'request.txt', code: `GET /v1/invoices HTTP/1.1\nAuthorization: Bearer ${jwt}\n` },
      { file: 'config.yaml', code: `auth:\n  token: ${base64(jwt)}\n` },
    ],
    valid: [
      { file: 'client.ts', code: "const serviceToken = process.env.SERVICE_TOKEN;\nconst looksLikeJwt = (s: string) => s.startsWith('eyJ');\n" },
      // Shaped like a JWT, but the segments do not decode to JSON.
      { file: 'notes.txt', code: `id: eyJxxxxxxxxxxxxxxx.eyJyyyyyyyyyyyyy.${noise(41, 20, 'abcdefghijklmnopqrstuvwxyz')}\n` },
      {
        file: 'docs.md',
        code: `The jwt.io example: ${['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'].join('.')}\n`,
      },
    ],
  },
});

export const credentialsInUrl = secretRule({
  id: CREDENTIALS_IN_URL_RULE_ID,
  title: 'Password in a URL',
  rationale:
    'A URL with `user:password@` carries the password wherever the URL goes: logs, error messages, process lists and the repository. Keep the URL without credentials in config and take the password from the environment.',
  prefilter: /:\/\/[^\s/]*@/,
  examples: {
    invalid: [
      { file: 'settings.py', code: `DATABASE_URL = "postgres://billing:${password}@db.internal:5432/billing"\n` },
      { file: '.env', code: `REDIS_URL=rediss://:${hex}@cache.prod.internal:6380/0\n` },
      { file: 'application.properties', code: `spring.datasource.url=jdbc:mysql://app:${password}@mysql.internal:3306/shop\n` },
    ],
    valid: [
      {
        file: 'README.md',
        code: 'Set `DATABASE_URL=postgres://user:password@localhost:5432/app`, or\n`mongodb://${MONGO_USER}:${MONGO_PASSWORD}@mongo:27017/app`.\n',
      },
      { file: 'deps.txt', code: 'https://github.com/org/repo.git\ngit@github.com:org/repo.git\nhttps://user@example.com/path\n' },
      { file: 'docker-compose.yml', code: 'services:\n  app:\n    environment:\n      CACHE_URL: redis://:@cache:6379/0\n' },
    ],
  },
});

export const connectionStringPassword = secretRule({
  id: CONNECTION_STRING_RULE_ID,
  title: 'Password in a connection string',
  rationale:
    'A connection string with `Password=` puts the database password into the repository and into every environment that shares the file. Keep the connection string without the password, or the whole string, in the environment or a secret store.',
  prefilter: /password|passwd|pwd/i,
  examples: {
    invalid: [
      {
        file: 'appsettings.json',
        code: `{\n  "ConnectionStrings": {\n    "Default": "Server=sql.prod.internal;Database=Shop;User Id=shop;Password=${password};"\n  }\n}\n`,
      },
      { file: 'Db.java', code: `class Db {\n  String url = "jdbc:postgresql://db.internal:5432/shop?user=shop&password=${hex}";\n}\n` },
      { file: 'Program.cs', code: `var conn = new SqlConnection("Data Source=sql01;Initial Catalog=Orders;Uid=orders;Pwd=${password}");\n` },
    ],
    valid: [
      { file: 'appsettings.json', code: '{ "ConnectionStrings": { "Default": "Server=sql01;Database=Shop;Integrated Security=true;" } }\n' },
      { file: 'Program.cs', code: 'var conn = string.Format("Server={0};User Id={1};Password={2};", host, user, secret);\nvar label = "Password=";\n' },
      { file: 'Db.java', code: 'String url = "jdbc:postgresql://db/shop?user=shop&password=" + System.getenv("DB_PASSWORD");\n' },
    ],
  },
});

export const registryCredentials = secretRule({
  id: REGISTRY_CREDENTIALS_RULE_ID,
  title: 'Package registry or tool credentials',
  rationale:
    'Credential files such as `.npmrc`, `.pypirc`, `.netrc`, Docker `config.json`, `nuget.config` and Maven `settings.xml` grant publish or pull rights to package registries. Commit them with environment references only (`${NPM_TOKEN}`, `%NUGET_PASSWORD%`, `${env.MAVEN_PASSWORD}`) and rotate any token that was committed.',
  prefilter: /pass|pwd|token|auth|key|secret|machine|oauth|bearer|:\/\/[^\s/]*:[^\s/]*@|^[^:\n]*:[^:\n]*:[^:\n]*:[^:\n]*:/im,
  examples: {
    invalid: [
      { file: '.npmrc', code: `registry=https://npm.internal.example/\n//npm.internal.example/:_authToken=${uuid}\n` },
      {
        file: 'nuget.config',
        code: `<configuration>\n  <packageSourceCredentials>\n    <Internal>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${password}" />\n    </Internal>\n  </packageSourceCredentials>\n</configuration>\n`,
      },
      { file: '.pypirc', code: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.internal/\nusername = ci\npassword = ${password}\n` },
      { file: 'config.json', code: `{\n  "auths": {\n    "registry.internal:5000": { "auth": "${base64(`ci-bot:${password}`)}" }\n  }\n}\n` },
      { file: 'settings.xml', code: `<settings>\n  <servers>\n    <server>\n      <id>internal</id>\n      <username>ci</username>\n      <password>${password}</password>\n    </server>\n  </servers>\n</settings>\n` },
    ],
    valid: [
      { file: '.npmrc', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      {
        file: 'settings.xml',
        code: '<settings>\n  <servers>\n    <server>\n      <id>a</id>\n      <password>{COQLCE6DU6GtcS5P=}</password>\n    </server>\n    <server>\n      <id>b</id>\n      <password>${env.MAVEN_PASSWORD}</password>\n    </server>\n  </servers>\n</settings>\n',
      },
      { file: 'nuget.config', code: '<packageSourceCredentials>\n  <Internal>\n    <add key="ClearTextPassword" value="%NUGET_PASSWORD%" />\n  </Internal>\n</packageSourceCredentials>\n' },
    ],
  },
});

export const kubernetesSecret = secretRule({
  id: KUBERNETES_SECRET_RULE_ID,
  title: 'Kubernetes Secret with values',
  rationale:
    'The `data` of a Kubernetes Secret is only base64-encoded, not encrypted: a committed Secret manifest is a committed password. Create Secrets from a secret manager (External Secrets, Sealed Secrets, SOPS) or at deploy time, and keep only templates in the repository.',
  prefilter: /kind["']?\s*:\s*["']?secret|secretGenerator/i,
  examples: {
    invalid: [
      {
        file: 'secret.yaml',
        code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\ntype: Opaque\ndata:\n  username: ${base64('billing')}\n  password: ${base64(password)}\n`,
      },
      { file: 'manifest.txt', code: `apiVersion: v1\nkind: Secret\nmetadata:\n\tname: api\nstringData:\n\tapi-key: "${hex}"\n` },
      {
        file: 'deploy/overlays/prod/kustomization.yaml',
        code: `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nsecretGenerator:\n  - name: billing\n    literals:\n      - DB_USER=billing\n      - DB_PASSWORD=${password}\n      - "API_TOKEN=${hex}"\n`,
      },
    ],
    valid: [
      {
        file: 'templates/secret.yaml',
        code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  password: {{ .Values.password | b64enc }}\n  token: ""\n',
      },
      {
        file: 'external-secret.yaml',
        code: 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  target:\n    name: api\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: prod/api\n',
      },
      { file: 'secret.yaml', code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\ndata:\n  password: ${base64('changeme')}\n` },
      {
        file: 'deploy/base/kustomization.yaml',
        code: 'secretGenerator:\n  - name: billing\n    envs:\n      - secrets.env\n  - name: api\n    literals:\n      - API_HOST=api.internal\n      - API_TOKEN=${API_TOKEN}\n      - DB_PASSWORD=changeme\n      - EMPTY=\n',
      },
      { file: 'docs/kustomize.md', code: `Use literals for local tests only:\n\n    secretGenerator:\n      - name: api\n        literals: ["API_TOKEN=${hex}"]\n`.replace(hex, '<token>') },
    ],
  },
});

export const httpCredentials = secretRule({
  id: HTTP_CREDENTIALS_RULE_ID,
  title: 'Credentials in a command line or HTTP header',
  rationale:
    'A `curl -u user:password` or an `Authorization` header written into a script, a README or a request file hands the credential to everyone who reads it, and to the shell history of everyone who runs it. Read it from an environment variable (`-u "$API_USER:$API_PASSWORD"`, `-H "Authorization: Bearer $TOKEN"`).',
  defaultSeverity: 'warning',
  prefilter: /curl|wget|authorization|bearer|key|token|secret|pass/i,
  examples: {
    invalid: [
      { file: 'deploy.sh', code: `curl -fsS -u deploy:${password} \\\n  https://ci.internal/api/deploy\n` },
      { file: 'README.md', code: `\`\`\`\ncurl -H "X-Api-Key: ${uuid}" https://api.internal/v1/items\n\`\`\`\n` },
      { file: 'client.py', code: `headers = {"Authorization": "Token ${hex}"}\n` },
    ],
    valid: [
      { file: 'deploy.sh', code: 'curl -fsS -u "$DEPLOY_USER:$DEPLOY_PASSWORD" https://ci.internal/api/deploy\ncurl -u user:password https://example.com\n' },
      { file: 'README.md', code: 'curl -H "Authorization: Bearer $TOKEN" https://api.internal\ncurl -H "Authorization: Bearer <your token>" https://api.internal\n' },
      { file: 'client.py', code: 'headers = {"Authorization": f"Bearer {token}"}\n' },
      { file: 'ntlm.js', code: "const options = { headers: { 'Connection': 'keep-alive', 'Authorization': type1msg } };\n" },
    ],
  },
});

/** Key blocks, JWTs, credentials in URLs, connection strings and credential files. */
export const STRUCTURAL_RULES: readonly Rule[] = [
  privateKey,
  jsonWebToken,
  credentialsInUrl,
  connectionStringPassword,
  registryCredentials,
  kubernetesSecret,
  httpCredentials,
];
