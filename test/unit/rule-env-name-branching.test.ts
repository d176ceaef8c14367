import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers';

async function severities(file: string, code: string): Promise<string[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === 'config/env-name-branching').map((f) => f.severity);
}

describe('config/env-name-branching', () => {
  it('warns when the branch sets configuration, informs otherwise', async () => {
    assert.deepEqual(await severities('src/a.ts', 'const u = process.env.NODE_ENV === "production" ? "https://api.acme.io" : "http://localhost:4000";\n'), ['warning']);
    assert.deepEqual(await severities('Startup.cs', 'if (env.IsStaging())\n{\n    services.AddHostedService<ReportMailer>();\n}\n'), ['info']);
  });

  it('ignores the NODE_ENV library idiom without configuration values', async () => {
    const code = "if (process.env.NODE_ENV !== 'production') {\n  validateProps(props);\n  checkKeys(children);\n}\n";
    assert.deepEqual(await severities('lib/react-ish.js', code), []);
  });

  it('never shows a credential set in the branch', async () => {
    const code = 'import os\nif os.getenv("ENV") == "production":\n    DB_PASSWORD = "Sup3rS3cret"\n';
    const [finding] = (await analyze('app/settings.py', code)).findings.filter((f) => f.ruleId === 'config/env-name-branching');
    assert.ok(finding && !finding.message.includes('Sup3rS3cret'));
    assert.equal(finding.severity, 'warning');
  });

  it('lowers to a hint in tests', async () => {
    assert.deepEqual(await severities('test/config.test.ts', 'const u = process.env.NODE_ENV === "production" ? "https://api.acme.io" : "x";\n'), ['hint']);
  });
});
