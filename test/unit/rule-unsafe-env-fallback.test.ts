import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/text';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

const RULE = 'config/unsafe-env-fallback';

async function one(file: string, code: string): Promise<Finding> {
  const findings = (await analyze(file, code)).findings.filter((f) => f.ruleId === RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
  return findings[0];
}

/** Applies the finding's preferred edit fix and returns the new text. */
async function fixed(file: string, code: string): Promise<string> {
  const fix = (await one(file, code)).fixes.find((f) => f.kind === 'edit' && f.preferred);
  assert.ok(fix && fix.kind === 'edit', 'no preferred edit fix');
  return applyEdits(code, fix.edits);
}

describe('config/unsafe-env-fallback', () => {
  it('reports a credential fallback as an error without showing the value', async () => {
    const finding = await one('app/settings.py', 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-123")\n');
    assert.equal(finding.severity, 'error');
    assert.ok(!finding.message.includes('dev-secret-123'));
    assert.match(finding.message, /hardcoded fallback secret key/);
  });

  it('warns about a remote endpoint default and names it', async () => {
    const finding = await one('src/a.ts', 'const u = process.env.PAYMENTS_URL ?? "https://payments.prod.acme.io";\n');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /https:\/\/payments\.prod\.acme\.io/);
    assert.deepEqual(finding.fixes, []);
  });

  it('lowers findings in tests to hints and compose defaults to information', async () => {
    assert.equal((await one('tests/test_app.py', 'import os\nURL = os.getenv("API_URL", "https://api.acme.io")\n')).severity, 'hint');
    const compose = 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}\n';
    assert.equal((await one('docker-compose.yml', compose)).severity, 'info');
  });

  it('Python: makes os.getenv and os.environ.get required, with or without `or`', async () => {
    assert.equal(await fixed('app/a.py', 'import os\nKEY = os.getenv("API_KEY", "abc123def")\n'), 'import os\nKEY = os.environ["API_KEY"]\n');
    assert.equal(
      await fixed('app/a.py', "import os\nURL = os.environ.get('API_URL') or 'https://api.acme.io'\n"),
      "import os\nURL = os.environ['API_URL']\n",
    );
    assert.equal(
      await fixed('app/a.py', 'from os import getenv\nURL = getenv("API_URL", "https://api.acme.io")\n'),
      'from os import getenv\nimport os\nURL = os.environ["API_URL"]\n',
    );
  });

  it('Java: requireNonNull in place of getOrDefault and Optional.orElse', async () => {
    assert.equal(
      await fixed('src/main/java/A.java', 'class A {\n  String p = System.getenv().getOrDefault("DB_PASSWORD", "changeit");\n}\n'),
      'class A {\n  String p = java.util.Objects.requireNonNull(System.getenv("DB_PASSWORD"), "DB_PASSWORD is not set");\n}\n',
    );
    assert.equal(
      await fixed('src/main/java/A.java', 'import java.util.*;\nclass A {\n  String u = Optional.ofNullable(System.getenv("CRM_URL")).orElse("https://crm.acme.com");\n}\n'),
      'import java.util.*;\nclass A {\n  String u = Objects.requireNonNull(System.getenv("CRM_URL"), "CRM_URL is not set");\n}\n',
    );
  });

  it('C#: ?? throw in place of the default', async () => {
    assert.equal(
      await fixed('Services/A.cs', 'var url = Environment.GetEnvironmentVariable("PAYMENTS_URL") ?? "https://payments.acme.io";\n'),
      'var url = Environment.GetEnvironmentVariable("PAYMENTS_URL") ?? throw new InvalidOperationException("PAYMENTS_URL is not set");\n',
    );
  });

  it('Ruby: ENV.fetch without a default', async () => {
    assert.equal(await fixed('config/a.rb', 'host = ENV.fetch("SMTP_HOST", "smtp.acme.com")\n'), 'host = ENV.fetch("SMTP_HOST")\n');
    assert.equal(await fixed('config/a.rb', "pw = ENV['SMTP_PASSWORD'] || 'letmein'\n"), "pw = ENV.fetch('SMTP_PASSWORD')\n");
  });

  it('PHP: ?: throw for getenv, ?? throw for $_ENV and env()', async () => {
    assert.equal(
      await fixed('src/a.php', "<?php\n$h = getenv('DB_HOST') ?: 'db.prod.acme.com';\n"),
      "<?php\n$h = getenv('DB_HOST') ?: throw new \\RuntimeException('DB_HOST is not set');\n",
    );
    assert.equal(
      await fixed('config/services.php', "<?php\nreturn ['url' => env('ERP_URL', 'https://erp.acme.com')];\n"),
      "<?php\nreturn ['url' => env('ERP_URL') ?? throw new \\RuntimeException('ERP_URL is not set')];\n",
    );
  });

  it('compose and Spring placeholders become required', async () => {
    assert.equal(
      await fixed('docker-compose.yml', 'services:\n  api:\n    environment:\n      API_URL: ${API_URL:-https://api.acme.io}\n'),
      'services:\n  api:\n    environment:\n      API_URL: ${API_URL:?API_URL is not set}\n',
    );
    assert.equal(
      await fixed('src/main/resources/application.properties', 'spring.datasource.password=${DB_PASSWORD:changeit}\n'),
      'spring.datasource.password=${DB_PASSWORD}\n',
    );
  });
});
