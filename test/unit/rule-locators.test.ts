import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planMoveToEnv, type EnvFilesState } from '../../server/src/engine/fixes/moveToEnv';
import { applyEdits } from '../../server/src/engine/text';
import type { EditFix, MoveToEnvFix } from '../../server/src/engine/types';
import { analyze } from './helpers';

const STATE: EnvFilesState = {
  env: { label: '.env', text: '' },
  example: { label: '.env.example', text: '' },
  gitignore: { label: '.gitignore', text: '.env\n' },
  envIgnored: true,
  envTracked: false,
};

async function findings(file: string, code: string, rule: string) {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === rule);
}

/** Applies the rule's move-to-env fix and returns the source and `.env` afterwards. */
async function moved(file: string, code: string, rule: string): Promise<{ source: string; env: string }> {
  const [finding] = await findings(file, code, rule);
  assert.ok(finding, `no ${rule} finding`);
  const fix = finding.fixes.find((f): f is MoveToEnvFix => f.kind === 'moveToEnv');
  assert.ok(fix, 'no move fix');
  const plan = planMoveToEnv(fix, STATE)!;
  const source = applyEdits(code, plan.changes.find((c) => c.file === 'source')!.edits);
  return { source, env: applyEdits('', plan.changes.find((c) => c.file === 'env')!.edits) };
}

async function switched(file: string, code: string): Promise<string> {
  const [finding] = await findings(file, code, 'security/cleartext-protocol');
  assert.ok(finding, 'no cleartext finding');
  const fix = finding.fixes.find((f): f is EditFix => f.kind === 'edit');
  assert.ok(fix && !fix.fixAll, 'switch fix must be a suggestion');
  return applyEdits(code, fix.edits);
}

describe('backing/hardcoded-resource-handle', () => {
  it('moves a Python broker URL to its own variable name', async () => {
    const { source, env } = await moved('app/settings.py', 'CELERY_BROKER_URL = "amqp://mq.internal:5672//"\n', 'backing/hardcoded-resource-handle');
    assert.equal(source, 'import os\nCELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]\n');
    assert.match(env, /^CELERY_BROKER_URL=/m);
  });

  it('uses the conventional name for a client argument', async () => {
    const code = 'import { createClient } from "redis";\nconst redis = createClient({ url: "redis://cache.prod.internal:6379" });\n';
    const { source } = await moved('src/cache.ts', code, 'backing/hardcoded-resource-handle');
    assert.equal(source, 'import { createClient } from "redis";\nconst redis = createClient({ url: process.env.REDIS_URL });\n');
  });

  it('replaces a Spring property with a ${NAME} placeholder', async () => {
    const { source } = await moved('src/main/resources/application.properties', 'spring.rabbitmq.host=mq-prod-01.acme.io\n', 'backing/hardcoded-resource-handle');
    assert.equal(source, 'spring.rabbitmq.host=${AMQP_HOST}\n');
  });

  it('uses ERB in Rails YAML', async () => {
    const { source } = await moved('config/database.yml', 'production:\n  host: db.prod.internal\n', 'backing/hardcoded-resource-handle');
    assert.equal(source, 'production:\n  host: <%= ENV.fetch("DATABASE_HOST") %>\n');
  });

  it('never prints credentials and mentions clear text instead of a second finding', async () => {
    const code = 'const amqp = require("amqplib");\nconst conn = await amqp.connect("amqp://app:Sup3rS3cret@mq.acme.io:5672");\n';
    const result = await analyze('src/queue.js', code);
    const ours = result.findings.filter((f) => f.ruleId === 'backing/hardcoded-resource-handle');
    assert.equal(ours.length, 1);
    assert.ok(!ours[0].message.includes('Sup3rS3cret') && !ours[0].message.includes('app:'));
    assert.match(ours[0].message, /amqp:\/\/mq\.acme\.io:5672;.*clear text \(amqp:\/\/\)/);
    assert.deepEqual(result.findings.filter((f) => /hardcoded-endpoint|cleartext|ip-address/.test(f.ruleId)), []);
  });
});

describe('config/hardcoded-ip-address', () => {
  it('moves a named address and stays silent where the endpoint rule reports', async () => {
    const { source } = await moved('cmd/agent/main.go', 'package main\n\nvar statsdIP = "172.16.3.9"\n', 'config/hardcoded-ip-address');
    assert.equal(source, 'package main\n\nimport "os"\n\nvar statsdIP = os.Getenv("STATSD_IP")\n');
    assert.deepEqual(await findings('src/a.ts', 'const apiHost = "10.0.0.5";\n', 'config/hardcoded-ip-address'), []);
    assert.equal((await findings('src/a.ts', 'const apiHost = "10.0.0.5";\n', 'config/hardcoded-endpoint')).length, 1);
  });

  it('rejects malformed IPv6 and reports CIDR allowlists with their own message', async () => {
    assert.deepEqual(await findings('src/a.ts', 'const bad = ["1::2::3", "12345::"];\n', 'config/hardcoded-ip-address'), []);
    const [cidr] = await findings('src/a.ts', 'const trustedProxies = ["10.12.0.0/16"];\n', 'config/hardcoded-ip-address');
    assert.match(cidr.message, /network range 10\.12\.0\.0\/16/);
    assert.equal(cidr.severity, 'info');
  });
});

describe('security/cleartext-protocol', () => {
  it('switches the scheme of an environment default', async () => {
    const code = 'const socketUrl = process.env.SOCKET_URL ?? "ws://realtime.acme.io/socket";\n';
    assert.equal(await switched('src/a.ts', code), 'const socketUrl = process.env.SOCKET_URL ?? "wss://realtime.acme.io/socket";\n');
  });

  it('turns TLS back on in a Kubernetes env value, as a warning', async () => {
    const code = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      env:\n        - name: DATABASE_URL\n          value: "postgres://db.acme.io/app?sslmode=disable"\n';
    const [finding] = await findings('k8s/pod.yaml', code, 'security/cleartext-protocol');
    assert.equal(finding.severity, 'warning');
    assert.equal(await switched('k8s/pod.yaml', code), code.replace('sslmode=disable', 'sslmode=require'));
  });

  it('switches redis:// to rediss:// in a compose list entry', async () => {
    const code = 'services:\n  web:\n    image: acme/web\n    environment:\n      - REDIS_URL=redis://cache.acme.io:6379\n';
    assert.equal(await switched('docker-compose.yml', code), code.replace('redis://', 'rediss://'));
  });
});
