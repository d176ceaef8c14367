import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

const RULE = 'security/cors-wildcard';

async function findings(file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE);
}

const NELMIO = `nelmio_cors:
    defaults:
        allow_credentials: true
    paths:
        '^/api/':
            allow_origin: ['*']
        '^/public/':
            allow_origin: '*'
            allow_credentials: false
        '^/regex/':
            origin_regex: true
            allow_origin: ['^.*$']
        '^/plain/':
            allow_origin: ['.*']
            allow_credentials: false
`;

describe('security/cors-wildcard in config files', () => {
  it('reads Nelmio blocks: paths inherit allow_credentials from defaults, and a match-all regex counts only with origin_regex', async () => {
    const found = await findings('config/packages/nelmio_cors.yaml', NELMIO);
    const lines = NELMIO.split('\n');
    assert.deepEqual(
      found.map((f) => [lines[f.range.start.line].trim(), f.severity]),
      [
        ["allow_origin: ['*']", 'error'],
        ["allow_origin: '*'", 'warning'],
        ["allow_origin: ['^.*$']", 'error'],
      ],
    );
    assert.match(found[0].message, /echoes any Origin back/);
  });

  it('reads Spring properties lists and stays quiet on other CORS keys and on placeholders', async () => {
    const code = 'management.endpoints.web.cors.allowed-origins=https://app.acme.io, *\nmanagement.endpoints.web.cors.allowed-headers=*\nspring.cloud.gateway.globalcors.cors-configurations.[/**].allowed-origins=${ORIGINS}\n';
    const found = await findings('src/main/resources/application.properties', code);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 0);
    assert.equal(found[0].severity, 'warning');
  });

  it('needs a CORS section: AllowedHosts and an unrelated origins key stay quiet', async () => {
    assert.deepEqual(await findings('src/Api/appsettings.json', '{ "AllowedHosts": "*", "Search": { "Origins": ["*"] } }\n'), []);
  });

  it('lowers development-only files to information', async () => {
    const [finding] = await findings('src/Api/appsettings.Development.json', '{ "Cors": { "AllowedOrigins": "*" } }\n');
    assert.equal(finding.severity, 'info');
  });
});
