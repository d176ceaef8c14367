import type { RuleMeta, WorkspaceFacts } from '../../types';

/** What the host found: the keys some other file in the workspace mentions. */
const reads = (...names: string[]): WorkspaceFacts => ({ git: 'tracked', referencedNames: new Set(names) });

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: '.env.example', code: 'DATABASE_URL=postgres://localhost/app\nGEO_API_KEY=\nLEGACY_SOAP_ENDPOINT=\n', workspace: reads('GEO_API_KEY') },
    { file: 'services/api/.env.sample', code: '# Mail\nSMTP_HOST=\nSMTP_USER=\nFAX_GATEWAY_TOKEN=\n', workspace: reads('SMTP_HOST', 'SMTP_USER') },
    { file: '.env.template', code: 'export FEATURE_BETA_CHECKOUT=false\n', workspace: reads() },
    { file: 'deploy/.env.dist', code: 'STRIPE_WEBHOOK_SECRET="whsec_changeme"\nOLD_ANALYTICS_ID=\n', workspace: reads('STRIPE_WEBHOOK_SECRET') },
  ],
  valid: [
    { file: '.env.example', code: 'GEO_API_KEY=\nSMTP_HOST=\n', workspace: reads('GEO_API_KEY', 'SMTP_HOST') },
    // Read by libraries, images and platforms rather than by the project's own files.
    { file: '.env.example', code: 'DATABASE_URL=\nAWS_ACCESS_KEY_ID=\nPOSTGRES_PASSWORD=\nSPRING_DATASOURCE_URL=\nNODE_ENV=development\nPORT=3000\n', workspace: reads() },
    // .NET and pydantic bind `Section__Key` to nested settings, never by the variable's name.
    { file: '.env.example', code: 'ConnectionStrings__Default=\nLogging__LogLevel__Default=Information\n', workspace: reads() },
    // Unknown: the host could not read the whole folder, or the file is not a template.
    { file: '.env.example', code: 'GEO_API_KEY=\n' },
    { file: '.env', code: 'GEO_API_KEY=abc\n', workspace: reads() },
    { file: 'test/fixtures/.env.example', code: 'FIXTURE_ONLY=\n', workspace: reads() },
  ],
};
