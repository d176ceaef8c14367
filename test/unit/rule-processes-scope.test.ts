import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeployEnvFile, isDevOnlyPath } from '../../server/src/engine/rules/processes/deploy-scope';

describe('processes deploy scope', () => {
  it('knows developer-only files', () => {
    for (const path of [
      'config/environments/development.rb', 'config/environments/test.rb', 'mysite/settings/dev.py', 'mysite/settings/local_alice.py',
      'src/main/resources/application-dev.yml', 'src/main/resources/application-local.properties', 'appsettings.Development.json',
      '.env.development', '.env.local', '.env.production.local', 'docker-compose.override.yml', 'config.local.js',
    ]) {
      assert.equal(isDevOnlyPath(path), true, path);
    }
    for (const path of ['config/environments/production.rb', 'mysite/settings/production.py', 'mysite/settings.py', 'src/main/resources/application.yml', '.env.production', '.env', 'src/devices.py']) {
      assert.equal(isDevOnlyPath(path), false, path);
    }
  });

  it('treats named deploy env files and tracked .env as deploy configuration', () => {
    assert.equal(isDeployEnvFile('.env.production', {}), true);
    assert.equal(isDeployEnvFile('deploy/.env.staging', {}), true);
    assert.equal(isDeployEnvFile('.env', { git: 'tracked' }), true);
    assert.equal(isDeployEnvFile('.env', { git: 'ignored' }), false);
    assert.equal(isDeployEnvFile('.env', {}), false);
    for (const path of ['.env.example', '.env.production.example', '.env.local', '.env.testing', '.env.development', '.env.docker']) {
      assert.equal(isDeployEnvFile(path, { git: 'tracked' }), false, path);
    }
  });
});
