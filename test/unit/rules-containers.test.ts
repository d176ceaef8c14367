import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitShell } from '../../server/src/engine/rules/shared/shell';
import { applyEdits } from '../../server/src/engine/text';
import type { EditFix, Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

async function findings(file: string, code: string, ruleId: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies the first (preferred) edit fix of the rule's only finding. */
async function fixed(file: string, code: string, ruleId: string): Promise<{ text: string; fix: EditFix }> {
  const own = await findings(file, code, ruleId);
  assert.equal(own.length, 1, `expected one ${ruleId} finding, got ${JSON.stringify(own.map((f) => f.message))}`);
  const fix = own[0]!.fixes.find((f): f is EditFix => f.kind === 'edit');
  assert.ok(fix, `no edit fix for ${ruleId}`);
  return { text: applyEdits(code, fix.edits), fix };
}

describe('shared shell splitter', () => {
  it('splits on operators, keeps quotes, offsets and continuations', () => {
    const text = 'a "b c" && d \'e\' | f; g &\nh \\\n  i 2>&1';
    const script = splitShell(text);
    assert.deepEqual(script.commands.map((c) => c.words.map((w) => w.value)), [['a', 'b c'], ['d', 'e'], ['f'], ['g'], ['h', 'i', '2>&1']]);
    assert.deepEqual(script.commands.map((c) => c.after), ['&&', '|', ';', '&', undefined]);
    const bc = script.commands[0]!.words[1]!;
    assert.equal(text.slice(bc.start, bc.end), '"b c"');
    assert.equal(script.commands[4]!.words[2]!.complex, true);
  });
  it('marks expansions and subshells', () => {
    assert.equal(splitShell('java $JAVA_OPTS -jar app.jar').commands[0]!.words[1]!.complex, true);
    assert.equal(splitShell("echo '$HOME'").commands[0]!.words[1]!.complex, false);
    assert.equal(splitShell('(cd x && make)').complex, true);
  });
});

describe('disposability/shell-form-entrypoint fixes', () => {
  const id = 'disposability/shell-form-entrypoint';
  it('converts simple shell form to a JSON array (fix-all safe)', async () => {
    const { text, fix } = await fixed('Dockerfile', 'FROM node:20\nCMD node dist/server.js --port 8080\n', id);
    assert.equal(text, 'FROM node:20\nCMD ["node", "dist/server.js", "--port", "8080"]\n');
    assert.equal(fix.fixAll, true);
  });
  it('keeps quoted words and escapes quotes and backslashes as JSON', async () => {
    const { text } = await fixed('Dockerfile', `FROM python:3.12\nCMD python -c "print('a\\\\b')" 'say "hi"'\n`, id);
    const json = text.split('\n')[1]!.slice('CMD '.length);
    assert.deepEqual(JSON.parse(json), ['python', '-c', "print('a\\b')", 'say "hi"']);
  });
  it('joins continuation lines', async () => {
    const { text } = await fixed('Dockerfile', 'FROM node:20\nENTRYPOINT node server.js \\\n  --port 80\n', id);
    assert.equal(text, 'FROM node:20\nENTRYPOINT ["node", "server.js", "--port", "80"]\n');
  });
  it('is not fix-all safe when a CMD feeds an ENTRYPOINT', async () => {
    const { fix } = await fixed('Dockerfile', 'FROM node:20\nENTRYPOINT ["./docker-entrypoint.sh"]\nCMD node server.js\n', id);
    assert.equal(fix.fixAll, false);
  });
  it('wraps expansions and lists in sh -c with the last command exec\'d', async () => {
    const { text, fix } = await fixed('Dockerfile', 'FROM ruby:3.3\nCMD bin/rails db:migrate && bin/rails server -p "$PORT"\n', id);
    assert.equal(text, 'FROM ruby:3.3\nCMD ["sh", "-c", "bin/rails db:migrate && exec bin/rails server -p \\"$PORT\\""]\n');
    assert.deepEqual(JSON.parse(text.split('\n')[1]!.slice(4)), ['sh', '-c', 'bin/rails db:migrate && exec bin/rails server -p "$PORT"']);
    assert.equal(fix.fixAll, false);
  });
  it('offers no rewrite for pipelines', async () => {
    const own = await findings('Dockerfile', 'FROM node:20\nCMD node server.js | tee /proc/1/fd/1\n', id);
    assert.equal(own.length, 1);
    assert.deepEqual(own[0]!.fixes, []);
  });
  it('prefixes exec in an exec-form sh -c wrapper, with JSON escapes before it', async () => {
    const code = 'FROM alpine\nCMD ["sh", "-c", "echo \\"start\\" && java $JAVA_OPTS -jar /app.jar"]\n';
    const { text } = await fixed('Dockerfile', code, id);
    assert.equal(text, 'FROM alpine\nCMD ["sh", "-c", "echo \\"start\\" && exec java $JAVA_OPTS -jar /app.jar"]\n');
  });
  it('prefixes exec in compose and Kubernetes scripts', async () => {
    const compose = 'services:\n  web:\n    command: sh -c "python manage.py migrate && gunicorn app.wsgi"\n';
    assert.equal((await fixed('docker-compose.yml', compose, id)).text, 'services:\n  web:\n    command: sh -c "python manage.py migrate && exec gunicorn app.wsgi"\n');
    const k8s = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      command: ["/bin/sh", "-c"]\n      args: ["node server.js"]\n';
    assert.match((await fixed('k8s/pod.yaml', k8s, id)).text, /args: \["exec node server\.js"\]/);
  });
});

describe('admin/migration-in-image-build', () => {
  const id = 'admin/migration-in-image-build';
  it('anchors on the migration command and warns in the shipped stage', async () => {
    const code = 'FROM python:3.12\nRUN pip install -r req.txt && python manage.py migrate --noinput\n';
    const [finding] = await findings('Dockerfile', code, id);
    assert.equal(finding?.severity, 'warning');
    assert.deepEqual(finding?.range, { start: { line: 1, character: 30 }, end: { line: 1, character: 64 } });
  });
  it('lowers builder and test stages to a hint', async () => {
    const code = 'FROM node:20 AS test\nRUN npx prisma migrate deploy && npm test\nFROM node:20 AS build\nRUN npx knex migrate:latest\nFROM node:20\nCOPY --from=build /app /app\n';
    assert.deepEqual((await findings('Dockerfile', code, id)).map((f) => f.severity), ['hint', 'hint']);
  });
});

describe('security/dockerfile-secret-in-env-arg', () => {
  const id = 'security/dockerfile-secret-in-env-arg';
  it('rewrites the consuming RUN to a secret mount, drops the ARG and adds the syntax line', async () => {
    const code = 'FROM node:20-alpine\nARG NPM_TOKEN\nCOPY package.json ./\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n';
    const { text, fix } = await fixed('Dockerfile', code, id);
    assert.equal(
      text,
      '# syntax=docker/dockerfile:1\nFROM node:20-alpine\nCOPY package.json ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
    );
    assert.match(fix.title, /docker build --secret id=npm_token,env=NPM_TOKEN/);
    assert.equal(fix.fixAll, false);
  });
  it('keeps an existing syntax directive and existing RUN flags', async () => {
    const code = '# syntax=docker/dockerfile:1.7\nFROM python:3.12\nARG PIP_INDEX_TOKEN=\nRUN --mount=type=cache,target=/root/.cache pip install --index-url "https://__token__:$PIP_INDEX_TOKEN@pypi.acme.io/simple" acme-core';
    const { text } = await fixed('Dockerfile', code, id);
    assert.equal(text, '# syntax=docker/dockerfile:1.7\nFROM python:3.12\nRUN --mount=type=secret,id=pip_index_token,env=PIP_INDEX_TOKEN --mount=type=cache,target=/root/.cache pip install --index-url "https://__token__:$PIP_INDEX_TOKEN@pypi.acme.io/simple" acme-core');
  });
  it('offers no rewrite when ENV reads the argument, and reports the ENV', async () => {
    const code = 'FROM python:3.12\nARG DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD\n';
    const own = await findings('Dockerfile', code, id);
    assert.equal(own.length, 2);
    assert.deepEqual(own.flatMap((f) => f.fixes), []);
  });
  it('lowers ARG findings in builder stages to information and never prints values', async () => {
    const code = 'FROM node:20 AS deps\nARG NPM_TOKEN\nRUN npm ci\nFROM node:20-slim\nARG API_TOKEN=s3cr3tValue9\nCOPY --from=deps /app /app\n';
    const own = await findings('Dockerfile', code, id);
    assert.deepEqual(own.map((f) => f.severity), ['info']);
    assert.ok(!own.some((f) => f.message.includes('s3cr3tValue9')));
  });
});

describe('concurrency/daemonize-or-pidfile fixes', () => {
  const id = 'concurrency/daemonize-or-pidfile';
  it('drops nohup and the trailing & in shell form', async () => {
    const { text } = await fixed('Dockerfile', 'FROM node:20\nCMD nohup node server.js > /dev/null 2>&1 &\n', id);
    assert.equal(text, 'FROM node:20\nCMD node server.js > /dev/null 2>&1\n');
  });
  it('rewrites pm2 start to pm2-runtime in exec form, Dockerfile and compose', async () => {
    const { text } = await fixed('Dockerfile', 'FROM node:20\nCMD ["pm2", "start", "ecosystem.config.js"]\n', id);
    assert.equal(text, 'FROM node:20\nCMD ["pm2-runtime", "ecosystem.config.js"]\n');
    const compose = 'services:\n  web:\n    command:\n      - pm2\n      - start\n      - app.js\n';
    assert.equal((await fixed('docker-compose.yml', compose, id)).text, 'services:\n  web:\n    command:\n      - pm2-runtime\n      - app.js\n');
  });
  it('drops nohup inside an sh -c wrapper', async () => {
    const { text } = await fixed('Dockerfile', 'FROM node:20\nCMD ["sh", "-c", "nohup node server.js &"]\n', id);
    assert.equal(text, 'FROM node:20\nCMD ["sh", "-c", "node server.js"]\n');
  });
  it('sets daemon = False in gunicorn.conf.py', async () => {
    const { text } = await fixed('gunicorn.conf.py', 'workers = 2\ndaemon = True\n', id);
    assert.equal(text, 'workers = 2\ndaemon = False\n');
  });
  it('reports supervisord as information, and not when the Dockerfile sets nodaemon', async () => {
    assert.deepEqual((await findings('Dockerfile', 'FROM python:3.12\nCMD ["/usr/bin/supervisord", "-c", "/etc/supervisord.conf"]\n', id)).map((f) => f.severity), ['info']);
    const configured = 'FROM python:3.12\nRUN printf "[supervisord]\\nnodaemon=true\\n" > /etc/supervisord.conf\nCMD ["/usr/bin/supervisord"]\n';
    assert.equal((await findings('Dockerfile', configured, id)).length, 0);
  });
});
