/** `clientSecret` → `client secret`, `DB_PASS` → `db pass`, `x-api-key` → `x api key`. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** Trailing words that describe a secret's encoding, not what the name holds. */
const NEUTRAL_TAIL = new Set(['value', 'val', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'enc', 'encoded', 'plain', 'plaintext', 'text', 'literal', 'bytes', 'const', 'default']);

/** Words that qualify `key` as a secret key (`api key`, `signing key`), where `key` alone is any dictionary key. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'crypto', 'master', 'client',
  'auth', 'app', 'application', 'service', 'license', 'licence', 'subscription', 'account', 'shared', 'hmac', 'jwt',
  'session', 'cookie', 'webhook', 'consumer', 'admin', 'root', 'write', 'deploy', 'bearer', 'storage', 'server', 'secure',
  'aes', 'cipher', 'rsa', 'ssh', 'gpg', 'pgp', 'personal', 'integration', 'ingest', 'ingestion', 'management', 'mgmt', 'token',
]);

/** Single-word heads: `password`, `secret`, `token`, and fused forms (`apikey`, `secretkey`). */
const HEAD = /^(?:password|passwd|passwort|pwd|pass|passphrase|passcode|secret|token|apikey|apikeys|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|authkey|clientsecret|credential|credentials|creds|pat|sas|bearer|auth)$/;
const FUSED = /(?:password|passwd|pwd|passphrase|secret|token|apikey|accesskey|secretkey|privatekey|signingkey|encryptionkey|masterkey|authkey|credentials?)$/;

/** Modifiers that make a secret-sounding name hold something else: `public_key`, `hashed_password`, `password_env`. */
const NOT_A_VALUE = new Set([
  'public', 'publishable', 'pub', 'hashed', 'placeholder', 'hint', 'label', 'env', 'var', 'variable', 'regex', 'regexp',
  'pattern', 'dummy', 'fake', 'mock', 'example', 'sample', 'lookup', 'ref', 'reference', 'csrf', 'xsrf', 'nonce', 'vault',
]);

/**
 * Whether a name holds a secret value: its head word (the last one, after
 * encoding words) is `password`, `secret`, `token`, `credentials`, or a
 * qualified `key` (`api_key`, `signing_key`). `author`, `tokenizer`,
 * `passwordField`, `token_url` and `public_key` are not.
 */
export function isSecretName(name: string | undefined): boolean {
  if (!name) return false;
  const tokens = nameTokens(name);
  while (tokens.length > 1 && NEUTRAL_TAIL.has(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length === 0 || tokens.some((t) => NOT_A_VALUE.has(t))) return false;
  const head = tokens[tokens.length - 1]!;
  if (head === 'key' || head === 'keys') return tokens.length > 1 && KEY_QUALIFIERS.has(tokens[tokens.length - 2]!);
  // Short words only with a qualifier: `db_pass`, `github_pat`, `_auth`.
  if (head === 'pass' || head === 'pat' || head === 'sas' || head === 'auth') return tokens.length > 1 || name.startsWith('_');
  return HEAD.test(head) || (head.length > 6 && FUSED.test(head) && !/^(?:by|com|sur|tres)pass/.test(head));
}

/** Names whose value is a password (lower entropy is still a secret). */
export function isPasswordName(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.some((t) => /^(?:password|passwd|passwort|pwd|pass|passphrase|passcode)$/.test(t) || /password$|passwd$/.test(t));
}
