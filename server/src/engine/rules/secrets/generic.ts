import { GENERIC_PREFILTER, GENERIC_RULE_ID } from '../../secrets/generic/detector';
import { secretRule } from './secretRule';

// Example values are assembled from parts, so this file holds no whole secret.
const token = 'q8Zt' + '3Lw9Vb' + 'X2mKp7' + 'Rf4Hs1';
const password = 'Tr0ub4' + 'dor&3x';
// Short and guessable, but real: fine for the generic rule's entropy bar in code, not in a deployment file.
const weakPassword = ['hun', 'ter', '22'].join('');

export const genericSecret = secretRule({
  id: GENERIC_RULE_ID,
  title: 'Hardcoded secret in a secret-named value',
  rationale:
    'A password, token or key assigned in code or config travels with every clone, fork and backup of the repository. Twelve-Factor keeps credentials in the environment, so the same build runs everywhere with different secrets.',
  defaultSeverity: 'warning',
  prefilter: GENERIC_PREFILTER,
  examples: {
    invalid: [
      // Deployment files: a weak real password is still the service's password.
      { file: 'docker-compose.yml', code: `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "${weakPassword}"\n` },
      { file: 'k8s/api.yaml', code: `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: DB_PASSWORD\n              value: ${weakPassword}\n` },
      { file: 'settings.py', code: `DB_PASSWORD = "${password}"\n` },
      { file: 'client.ts', code: `const client = new Client({ clientSecret: '${token}' });\n` },
      { file: 'Main.java', code: `class Main { String apiKey = "${token}"; }\n` },
      { file: 'main.go', code: `package main\n\nvar signingKey = "${token}"\n` },
      { file: 'config.yml', code: `database:\n  password: "${password}"\n` },
      { file: 'app.properties', code: `spring.datasource.password=${password}\n` },
      { file: 'Dockerfile', code: `FROM node:20\nENV API_TOKEN=${token}\n` },
      { file: 'main.tf', code: `resource "db" "x" {\n  administrator_login_password = "${password}"\n}\n` },
      { file: 'appsettings.json', code: `{ "Jwt": { "SigningKey": "${token}" } }\n` },
      // Helm defaults are installed as is: a short real password there is still the service's password.
      { file: 'charts/billing/values.yaml', code: `postgresql:\n  auth:\n    username: billing\n    password: "${weakPassword}"\n    existingSecret: ""\n` },
      { file: 'deploy/chart/values-prod.yaml', code: `api:\n  apiKey: ${weakPassword}x9\n` },
    ],
    valid: [
      { file: 'docker-compose.yml', code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n' },
      { file: 'settings.py', code: 'DB_PASSWORD = os.environ["DB_PASSWORD"]\n' },
      { file: 'form.ts', code: "const passwordField = 'password';\nconst tokenizer = 'wordpiece-tokenizer-v2';\nconst author = 'Ada Lovelace 1815';\n" },
      { file: 'config.yml', code: 'database:\n  password: ${DB_PASSWORD}\n  token: "{{ .Values.token }}"\n' },
      { file: 'main.tf', code: 'administrator_login_password = var.db_password\n' },
      { file: 'rules.php', code: "<?php\n$rules = ['password' => 'required|min:8'];\n" },
      { file: 'i18n.json', code: '{ "password": "Enter your password", "token_expired": "Your session token expired" }\n' },
      { file: '.env.example', code: `API_TOKEN=${token}\n` },
      { file: 'keys.ts', code: "const publicKey = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE';\nconst tokenType = 'Bearer';\n" },
      { file: 'constants.ts', code: 'export const GrantType = { JWT_BEARER: "urn:ietf:params:oauth:grant-type:jwt-bearer" };\n' },
      { file: 'aliases.js', code: 'const aliases = { checkbox: "[type=checkbox]", password: "[type=password]" };\n' },
      { file: 'gcp.js', code: 'const GCP_SERVICE_ACCOUNT_P12_PASSWORD = "notasecret";\n' },
      {
        file: 'charts/billing/values.yaml',
        code: 'postgresql:\n  auth:\n    password: ""\n    existingSecret: billing-db\n    secretKeys:\n      userPasswordKey: db-password\n  apiKey: changeme\n  token: "{{ .Values.global.token }}"\n  rootPassword: ${ROOT_PASSWORD}\n  tls:\n    secret: billing-tls\n',
      },
      // Names of session and storage slots, not their contents.
      { file: 'auth.py', code: "SESSION_KEY = '_auth_user_id'\nINTERNAL_RESET_SESSION_TOKEN = '_password_reset_token'\n" },
      { file: 'FlashBag.php', code: "<?php\nclass FlashBag { public function __construct(string $storageKey = '_symfony_flashes') {} }\n" },
      { file: 'fetch.go', code: 'package http\n\nconst jsFetchCreds = "js.fetch:credentials"\n' },
      // The command-line option, with the real value read from the connection config.
      { file: 'DbCommand.php', code: "<?php\n$args = ['password' => '--password='.$connection['password']];\n" },
    ],
  },
});
