import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

// Values are assembled from parts, so this file holds no whole secret.
const weak = ['hun', 'ter', '22'].join('');
const token = ['9f2c', '41ab', '77de', '03c5', 'b6e1', '58fa'].join('');

async function secrets(file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId.startsWith('secrets/'));
}

describe('secrets in Helm values files', () => {
  it('reports a short real default for a password or API key, without a move-to-env fix', async () => {
    const found = await secrets('charts/api/values.yaml', `auth:\n  password: ${weak}\n  apiKey: ${weak}x9\n`);
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity, f.range.start.line]), [
      ['secrets/generic-secret', 'warning', 1],
      ['secrets/generic-secret', 'warning', 2],
    ]);
    assert.deepEqual(found.flatMap((f) => f.fixes), []);
    assert.ok(found.every((f) => !f.message.includes(weak)));
  });

  it('keeps stock passwords at information and references, key names and placeholders quiet', async () => {
    const code = `auth:\n  adminPassword: admin\n  password: ""\n  existingSecret: app-db\n  passwordKey: db-password\n  token: changeme\n  apiKey: "{{ .Values.global.apiKey }}"\n  rootPassword: \${ROOT_PASSWORD}\ntls:\n  secret: api-tls\n`;
    assert.deepEqual((await secrets('deploy/helm/values-prod.yaml', code)).map((f) => [f.severity, f.range.start.line]), [['info', 1]]);
  });

  it('applies the deployed-default reading to values files only', async () => {
    const short = ['Zq', '7w', 'Pk'].join('');
    assert.deepEqual(await secrets('config/app.yaml', `auth:\n  password: ${short}\n`), []);
    assert.equal((await secrets('charts/api/values.yaml', `auth:\n  password: ${short}\n`)).length, 1);
  });
});

describe('secrets in Kustomize secretGenerator literals', () => {
  it('reports each real literal under secrets/kubernetes-secret, masked, without a fix', async () => {
    const code = `secretGenerator:\n  - name: api\n    literals: ["API_TOKEN=${token}", 'DB_PASSWORD=${weak}', DB_HOST=db.internal, CLIENT_ID=web]\n`;
    const found = await secrets('overlays/prod/kustomization.yml', code);
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity]), [['secrets/kubernetes-secret', 'error'], ['secrets/kubernetes-secret', 'error']]);
    const line = code.split('\n')[2];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), token);
    assert.equal(line.slice(found[1].range.start.character, found[1].range.end.character), weak);
    assert.match(found[0].message, /Kustomize secretGenerator literal "API_TOKEN": 9f2c…/);
    assert.deepEqual(found.flatMap((f) => f.fixes), []);
  });

  it('reads only kustomization files, and lowers test fixtures', async () => {
    const code = `secretGenerator:\n  - name: api\n    literals:\n      - API_TOKEN=${token}\n`;
    assert.deepEqual((await secrets('docs/generators.yaml', code)).filter((f) => f.ruleId === 'secrets/kubernetes-secret'), []);
    assert.equal((await secrets('test/fixtures/kustomization.yaml', code))[0]?.severity, 'warning');
  });
});
