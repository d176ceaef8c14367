import type { Detector, ScanInput, SecretHit } from '../hits';
import { baseName, decodeBase64, isPrintable, isStandIn, isStandInPair, lineAt } from './common';

export const REGISTRY_CREDENTIALS_RULE_ID = 'secrets/registry-credentials';

type Hits = SecretHit[];

function push(out: Hits, input: ScanInput, start: number, end: number, name: string, boundName?: string): void {
  const value = input.text.slice(start, end);
  if (end <= start || isStandIn(value)) return;
  const around = lineAt(input.text, start, 300);
  const line = input.text.slice(around.start, around.end);
  const local = /\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])[:/]/i.test(line);
  const hit: SecretHit = {
    ruleId: REGISTRY_CREDENTIALS_RULE_ID,
    name,
    start,
    end,
    value,
    severity: local ? 'warning' : 'error',
    priority: 7,
    boundName,
  };
  if (local) hit.qualifier = 'local registry';
  out.push(hit);
}

/** Every match of a `d`-flag regex, with the offsets of its group `group`. */
function* groups(text: string, regex: RegExp, group: number): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const span = m.indices?.[group];
    if (span) yield { m, start: span[0], end: span[1] };
  }
}

/** Strips one pair of surrounding quotes from [start, end). */
function unquote(text: string, start: number, end: number): [number, number] {
  const c = text[start];
  if (end - start >= 2 && (c === '"' || c === "'") && text[end - 1] === c) return [start + 1, end - 1];
  return [start, end];
}

// npm: `//registry.npmjs.org/:_authToken=…`, `_auth=…` (base64 user:pass), `_password=…` (base64).
const NPMRC_LINE = /^[ \t]*(?:\/\/[^\s=]*:)?(_authToken|_auth|_password)[ \t]*=[ \t]*(\S.*?)[ \t]*$/gdim;
const NPM_SCOPED = /\/\/[^\s=:"'`]+\/:(_authToken|_auth|_password)[ \t]*=[ \t]*([^\s"'`]+)/gdi;
// Yarn Berry `.yarnrc.yml`.
const YARN_BERRY = /^[ \t]*(npmAuthToken|npmAuthIdent|npmPassword)[ \t]*:[ \t]*(\S.*?)[ \t]*$/gdm;

function npm(input: ScanInput, name: string, out: Hits): void {
  const npmrc = name === '.npmrc' || name === 'npmrc' || name === '.yarnrc';
  if (npmrc) {
    for (const g of groups(input.text, NPMRC_LINE, 2)) {
      const [s, e] = unquote(input.text, g.start, g.end);
      push(out, input, s, e, `npm registry ${g.m[1]}`, 'NPM_TOKEN');
    }
  } else if (input.lower.includes('/:_auth') || input.lower.includes('/:_password')) {
    for (const g of groups(input.text, NPM_SCOPED, 2)) push(out, input, g.start, g.end, `npm registry ${g.m[1]}`, 'NPM_TOKEN');
  }
  if (input.lower.includes('npmauth') || input.lower.includes('npmpassword')) {
    for (const g of groups(input.text, YARN_BERRY, 2)) {
      const [s, e] = unquote(input.text, g.start, g.end);
      push(out, input, s, e, `Yarn registry ${g.m[1]}`, 'YARN_NPM_AUTH_TOKEN');
    }
  }
}

// `.pypirc`, `.my.cnf` and similar INI files: `password = …`.
const INI_PASSWORD = /^[ \t]*(password)[ \t]*[=:][ \t]*(\S.*?)[ \t]*$/gdim;

function iniPassword(input: ScanInput, what: string, out: Hits): void {
  for (const g of groups(input.text, INI_PASSWORD, 2)) {
    const [s, e] = unquote(input.text, g.start, g.end);
    push(out, input, s, e, `${what} password`, 'PASSWORD');
  }
}

// `.netrc`: `machine host login user password secret`, on one line or several.
const NETRC_PASSWORD = /(?<![\w-])password[ \t]+(\S+)/gdi;
const NETRC_INLINE = /(?<![\w-])machine[ \t]+\S+[ \t]+login[ \t]+\S+[ \t]+password[ \t]+([^\s"'`]+)/gdi;

function netrc(input: ScanInput, name: string, out: Hits): void {
  const file = name === '.netrc' || name === '_netrc' || name === 'netrc';
  if (file) {
    for (const g of groups(input.text, NETRC_PASSWORD, 1)) push(out, input, g.start, g.end, '.netrc password', 'NETRC_PASSWORD');
  } else if (input.lower.includes('machine') && input.lower.includes('login')) {
    for (const g of groups(input.text, NETRC_INLINE, 1)) push(out, input, g.start, g.end, '.netrc password', 'NETRC_PASSWORD');
  }
}

// `.git-credentials`: `https://user:token@github.com`, one per line.
const GIT_CREDENTIAL = /^[ \t]*[A-Za-z][\w+.-]*:\/\/([^:@\s/]*):([^@\s/]+)@\S+/gdm;

function gitCredentials(input: ScanInput, out: Hits): void {
  for (const g of groups(input.text, GIT_CREDENTIAL, 2)) {
    if (isStandInPair(g.m[1], g.m[2])) continue;
    push(out, input, g.start, g.end, 'Git credential-store token', 'GIT_TOKEN');
  }
}

// Docker `config.json` / `.dockercfg`: `"auth": "base64(user:password)"`, identity tokens.
const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/=]{8,})"/gd;
const DOCKER_TOKEN = /"(identitytoken|registrytoken)"\s*:\s*"([^"\\]{8,})"/gdi;

function docker(input: ScanInput, name: string, out: Hits): void {
  const file = name === 'config.json' || name === '.dockercfg' || name.endsWith('.dockerconfigjson') || name === 'auth.json';
  if (!file && !input.text.includes('"auths"')) return;
  for (const g of groups(input.text, DOCKER_AUTH, 1)) {
    const decoded = decodeBase64(g.m[1]);
    if (!decoded || !isPrintable(decoded)) continue;
    const colon = decoded.indexOf(':');
    if (colon < 0 || isStandInPair(decoded.slice(0, colon), decoded.slice(colon + 1))) continue;
    push(out, input, g.start, g.end, 'Docker registry auth (base64 user:password)', 'DOCKER_AUTH');
  }
  for (const g of groups(input.text, DOCKER_TOKEN, 2)) push(out, input, g.start, g.end, `Docker registry ${g.m[1]}`, 'DOCKER_TOKEN');
}

// NuGet: `<add key="ClearTextPassword" value="…" />` in `<packageSourceCredentials>`.
const NUGET = /<add\s+key\s*=\s*"((?:ClearText)?Password)"\s+value\s*=\s*"([^"]*)"/gdi;
/** The sample passwords of Microsoft's nuget.config reference page. */
const NUGET_DOC_SAMPLES = new Set(['33f!!lloppa', 'hal+9ooo_da!sY']);
/** Windows DPAPI blobs: `Password` (not `ClearTextPassword`) is encrypted for one user on one machine. */
const DPAPI = /^AQAAANCMnd8BFdERjHoAwE\/Cl\+s/;

function nuget(input: ScanInput, name: string, out: Hits): void {
  const file = name === 'nuget.config' || input.lower.includes('<packagesourcecredentials');
  for (const g of groups(input.text, NUGET, 2)) {
    const clear = /^cleartext/i.test(g.m[1]);
    if (!clear && !file) continue;
    const value = g.m[2];
    if (value.length < 4 || NUGET_DOC_SAMPLES.has(value) || (!clear && DPAPI.test(value))) continue;
    push(out, input, g.start, g.end, 'NuGet feed password', 'NUGET_PASSWORD');
  }
}

// Maven `settings.xml`: `<server><password>…</password>` (`{…}` is encrypted, `${env.X}` a reference).
const MAVEN = /<(password|passphrase)>\s*([^<]*?)\s*<\/\1>/gd;

function maven(input: ScanInput, name: string, out: Hits): void {
  const file = /^settings.*\.xml$/.test(name) || input.lower.includes('<servers>');
  if (!file || !input.lower.includes('<server>')) return;
  for (const g of groups(input.text, MAVEN, 2)) {
    if (/^\{[\s\S]*\}$/.test(g.m[2])) continue;
    push(out, input, g.start, g.end, `Maven server ${g.m[1]}`, 'MAVEN_PASSWORD');
  }
}

// `gradle.properties`: `ossrhPassword=…`, `signing.password=…`, `githubToken=…`.
const GRADLE = /^[ \t]*([\w.-]*(?:password|passwd|token|apikey|api_key|secretkey|secret))[ \t]*[=:][ \t]*(\S.*?)[ \t]*$/gdim;

function gradle(input: ScanInput, out: Hits): void {
  for (const g of groups(input.text, GRADLE, 2)) push(out, input, g.start, g.end, `Gradle property ${g.m[1]}`, g.m[1]);
}

// Composer `auth.json` / `composer.json` `config`: http-basic passwords and OAuth tokens per host.
const COMPOSER_SECTIONS = /"(http-basic|github-oauth|gitlab-oauth|gitlab-token|bearer|bitbucket-oauth)"\s*:\s*\{/g;
const JSON_PAIR = /"([^"\\]+)"\s*:\s*"((?:[^"\\]|\\.)*)"/gd;

/** Offset just after the `}` closing the object that opens at `open`. */
function objectEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

function composer(input: ScanInput, out: Hits): void {
  COMPOSER_SECTIONS.lastIndex = 0;
  for (let m = COMPOSER_SECTIONS.exec(input.text); m; m = COMPOSER_SECTIONS.exec(input.text)) {
    const section = m[1];
    const open = m.index + m[0].length - 1;
    const close = objectEnd(input.text, open);
    const body = input.text.slice(open, close);
    for (const g of groups(body, JSON_PAIR, 2)) {
      const key = g.m[1].toLowerCase();
      // Token sections map a host (`github.com`) to its token, or hold `{ "username", "token" }`.
      const secret =
        section === 'http-basic' ? key === 'password' : section === 'bitbucket-oauth' ? key === 'consumer-secret' : key === 'token' || key.includes('.');
      if (secret) push(out, input, open + g.start, open + g.end, `Composer ${section} ${section === 'http-basic' ? 'password' : 'token'}`, 'COMPOSER_AUTH');
    }
    COMPOSER_SECTIONS.lastIndex = close;
  }
}

// Cargo `credentials.toml`: `token = "…"` under `[registry]` / `[registries.x]`.
const CARGO = /^[ \t]*token[ \t]*=[ \t]*"([^"]+)"/gdm;
// RubyGems `~/.gem/credentials`: `:rubygems_api_key: …` (prefixed keys are the provider rules' own).
const RUBYGEMS = /^[ \t]*:?(rubygems_api_key|[\w]+_api_key):[ \t]*(\S+)/gdm;
// PostgreSQL `.pgpass`: `host:port:database:user:password`.
const PGPASS = /^[ \t]*(?!#)(?:[^:\r\n\\]|\\.)*:(?:[^:\r\n\\]|\\.)*:(?:[^:\r\n\\]|\\.)*:((?:[^:\r\n\\]|\\.)*):(\S.*?)[ \t]*$/gdm;

/** Files whose every line may be a credential, whatever their words. */
const CREDENTIAL_FILES = new Set(['.git-credentials', 'git-credentials', '.pgpass', 'pgpass.conf']);

/** Credential files of package registries and tools: `.npmrc`, `.pypirc`, `.netrc`, Docker, NuGet, Maven, Gradle, Composer… */
export const registryCredentialsDetector: Detector = {
  applies: (input) =>
    CREDENTIAL_FILES.has(baseName(input.path).toLowerCase()) || /_auth|_password|npmauth|password|passphrase|"auth"|token|api_key|machine/.test(input.lower),
  detect(input) {
    const out: Hits = [];
    const name = baseName(input.path).toLowerCase();
    const { lower } = input;
    if (lower.includes('_auth') || lower.includes('_password') || lower.includes('npmauth') || lower.includes('npmpassword')) npm(input, name, out);
    if (name === '.pypirc' || name === 'pypirc') iniPassword(input, 'PyPI', out);
    if (name === '.my.cnf' || name === 'my.cnf' || name === '.mylogin.cnf') iniPassword(input, 'MySQL option file', out);
    if (lower.includes('password')) netrc(input, name, out);
    if (name === '.git-credentials' || name === 'git-credentials') gitCredentials(input, out);
    if (lower.includes('"auth"') || lower.includes('token"')) docker(input, name, out);
    if (lower.includes('password')) nuget(input, name, out);
    if (lower.includes('<password>') || lower.includes('<passphrase>')) maven(input, name, out);
    if (name === 'gradle.properties') gradle(input, out);
    // Composer's `auth.json` (or `config` of composer.json); `"bearer"` alone is too common (OpenAPI) to go by.
    if ((name === 'auth.json' || name === 'composer.json' || /"(?:http-basic|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth)"/.test(lower)) && /"(?:http-basic|github-oauth|gitlab-oauth|gitlab-token|bearer|bitbucket-oauth)"/.test(lower)) {
      composer(input, out);
    }
    if (name === 'credentials.toml' || (name === 'credentials' && /(?:^|\/)\.cargo\//.test(input.path.replace(/\\/g, '/')))) {
      for (const g of groups(input.text, CARGO, 1)) push(out, input, g.start, g.end, 'Cargo registry token', 'CARGO_REGISTRY_TOKEN');
    }
    if (name === 'credentials' && /(?:^|\/)\.gem\//.test(input.path.replace(/\\/g, '/'))) {
      for (const g of groups(input.text, RUBYGEMS, 2)) push(out, input, g.start, g.end, 'RubyGems API key', 'GEM_HOST_API_KEY');
    }
    if (name === '.pgpass' || name === 'pgpass.conf') {
      for (const g of groups(input.text, PGPASS, 2)) {
        if (!isStandInPair(g.m[1], g.m[2])) push(out, input, g.start, g.end, 'PostgreSQL .pgpass password', 'PGPASSWORD');
      }
    }
    return out;
  },
};
