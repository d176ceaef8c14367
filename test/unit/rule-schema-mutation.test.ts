import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/text';
import { analyze } from './helpers';

const RULE = 'admin/schema-mutation-on-startup';

describe('admin/schema-mutation-on-startup', () => {
  it('changes Spring ddl-auto to validate, in properties and YAML', async () => {
    for (const [file, code, expected] of [
      ['src/main/resources/application.properties', 'spring.jpa.hibernate.ddl-auto=update\n', 'spring.jpa.hibernate.ddl-auto=validate\n'],
      ['src/main/resources/application.yml', 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: create\n', 'spring:\n  jpa:\n    hibernate:\n      ddl-auto: validate\n'],
    ]) {
      const [finding] = (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE);
      const fix = finding?.fixes[0];
      assert.ok(fix?.kind === 'edit');
      assert.equal(applyEdits(code, fix.edits), expected);
    }
  });

  it('warns for destructive variants and hints behind an opt-in env flag', async () => {
    const severities = async (file: string, code: string) => (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE).map((f) => f.severity);
    assert.deepEqual(await severities('src/db.ts', 'await sequelize.sync({ force: true });\n'), ['warning']);
    assert.deepEqual(await severities('src/db.ts', 'if (process.env.RUN_MIGRATIONS === "true") {\n  await sequelize.sync({ alter: true });\n}\n'), ['hint']);
  });
});
