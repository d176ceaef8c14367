import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers';

async function one(file: string, code: string) {
  const findings = (await analyze(file, code)).findings.filter((f) => f.ruleId === 'config/hardcoded-endpoint');
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
  return findings[0];
}

describe('config/hardcoded-endpoint details', () => {
  it('warns by default and names the environment a host belongs to', async () => {
    const finding = await one('src/a.ts', 'const paymentsApiUrl = "https://payments.staging.acme.io/v2";\n');
    assert.equal(finding.severity, 'warning');
    assert.equal(
      finding.message,
      '"paymentsApiUrl" is set to the hardcoded endpoint https://payments.staging.acme.io; read it from the environment instead (Twelve-Factor III: Config). The host names the "staging" environment, so the value must differ per deploy.',
    );
  });

  it('leaves out stable public APIs and rows of host tables, which are the same in every deploy', async () => {
    const own = async (code: string) => (await analyze('src/a.ts', code)).findings.filter((f) => f.ruleId === 'config/hardcoded-endpoint');
    assert.deepEqual(await own('const githubApi = "https://api.github.com/repos";\n'), []);
    assert.deepEqual(await own('const clouds = [{ host: "login.gov.acme.us" }, { host: "login.acme.cn" }, { host: "login.acme.de" }];\n'), []);
    assert.deepEqual(await own('const installUrl = "https://store.acme.io/extension/123";\n'), []);
    const brokers = 'const kafka = new Kafka({ brokers: ["kafka-1.internal:9092", "kafka-2.internal:9092", "kafka-3.internal:9092"] });\n';
    assert.deepEqual((await analyze('src/a.ts', brokers)).findings.map((f) => f.severity), ['warning', 'warning', 'warning']);
  });

  it('never shows credentials of a URL in the message', async () => {
    // An amqp:// locator is backing/hardcoded-resource-handle's finding (one finding per literal); an HTTP one is ours.
    const finding = await one('src/a.ts', 'const webhookUrl = "https://app:Sup3rS3cret@hooks.acme.io:8443/in";\n');
    assert.match(finding.message, /https:\/\/hooks\.acme\.io:8443;/);
    assert.ok(!finding.message.includes('Sup3rS3cret'));
  });

  it('moves only the constant origin of a template literal', async () => {
    const finding = await one('src/a.ts', 'const url = `https://orders.acme.io/orders/${id}`;\n');
    const fix = finding.fixes[0];
    assert.ok(fix.kind === 'moveToEnv' && fix.templateSubstitution);
    assert.deepEqual(fix.kind === 'moveToEnv' && [fix.value, fix.name, fix.range.start.character, fix.range.end.character], ['https://orders.acme.io', 'ORDERS_URL', 13, 35]);
  });

  it('does not treat documentation links as endpoints', async () => {
    const code = [
      'const docsUrl = "https://acme.io/docs/api";',
      'const repoUrl = "https://github.com/acme/app";',
      'const guideUrl = "https://support.acme.io/article#proxy";',
      'const specUrl = "https://acme.io/spec.html";',
      '',
    ].join('\n');
    assert.deepEqual((await analyze('src/a.ts', code)).findings.filter((f) => f.severity === 'warning'), []);
  });
});
