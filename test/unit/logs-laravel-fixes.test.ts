import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, fixed } from './fixHelpers';

const RULE = 'logs/file-appender-in-config';

test('Laravel LOG_CHANNEL=daily in .env.production is fixed to stderr', async () => {
  const code = 'APP_ENV=production\nLOG_CHANNEL=daily # rotate\nLOG_LEVEL=info\n';
  assert.equal(await fixed(RULE, '.env.production', code), 'APP_ENV=production\nLOG_CHANNEL=stderr # rotate\nLOG_LEVEL=info\n');
  const [finding] = await findingsOf(RULE, '.env.production', code);
  assert.equal(finding?.severity, 'warning');
  assert.equal(finding?.fixes.find((f) => f.kind === 'edit' && f.fixAll), undefined);
});

test('Laravel LOG_STACK list keeps its other channels and gets no fix', async () => {
  const findings = await findingsOf(RULE, '.env.production', 'LOG_CHANNEL=stack\nLOG_STACK="single,slack"\n');
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0]?.fixes.filter((f) => f.kind === 'edit'), []);
});

test('Laravel config/logging.php default channel is switched to the stderr channel it defines', async () => {
  const code = "<?php\nreturn [\n    'default' => env('LOG_CHANNEL', 'daily'),\n    'channels' => [\n        'daily' => ['driver' => 'daily'],\n        'stderr' => ['driver' => 'monolog'],\n    ],\n];\n";
  assert.equal(await fixed(RULE, 'config/logging.php', code), code.replace("'LOG_CHANNEL', 'daily'", "'LOG_CHANNEL', 'stderr'"));
});

test('Laravel dev and template env files are not reported', async () => {
  for (const file of ['.env.local', '.env.development', '.env.testing', '.env.example']) {
    assert.deepEqual(await findingsOf(RULE, file, 'LOG_CHANNEL=daily\n'), [], file);
  }
});
