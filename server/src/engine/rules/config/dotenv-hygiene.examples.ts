import type { RuleMeta } from '../../types';

// Values are assembled at run time so the repository holds no secret-shaped line.
const password = ['k7', 'Vq', '2x', 'Lp', '9Z', 'w3'].join('');

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: '.env', code: `DATABASE_URL=postgres://localhost:5432/app\nDB_PASSWORD=${password}\n`, workspace: { git: 'tracked' } },
    { file: '.env', code: 'PORT=3000\nLOG_LEVEL=debug\n', workspace: { git: 'untracked' } },
    { file: 'services/api/.env.local', code: `STRIPE_SECRET_KEY=${password}\n`, workspace: { git: 'untracked' } },
    { file: '.env.production', code: `API_URL=https://api.acme.io\nSESSION_SECRET=${password}\n`, workspace: { git: 'tracked' } },
  ],
  valid: [
    { file: '.env', code: `DB_PASSWORD=${password}\n`, workspace: { git: 'ignored' } },
    { file: '.env.example', code: 'DB_PASSWORD=\nPORT=3000\n', workspace: { git: 'tracked' } },
    // Vite and Next.js commit mode files with public settings on purpose.
    { file: '.env.production', code: 'VITE_API_URL=https://api.acme.io\nVITE_FEATURE_FLAGS=search,checkout\n', workspace: { git: 'tracked' } },
    // Outside a git repository nothing can be said.
    { file: '.env', code: `DB_PASSWORD=${password}\n` },
    { file: '.env.development', code: 'DB_PASSWORD=${VAULT_DB_PASSWORD}\nAPI_TOKEN=<your token>\nPORT=3000\n', workspace: { git: 'tracked' } },
  ],
};
