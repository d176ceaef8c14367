import type { RuleMeta, WorkspaceFacts } from '../../types';

const template: WorkspaceFacts = { envTemplate: { label: '.env.example', keys: new Set(['DATABASE_URL', 'REDIS_URL']) } };

export const examples: RuleMeta['examples'] = {
  invalid: [
    { file: 'src/geo.ts', code: 'export const geoKey = process.env.GEO_API_KEY;\n', workspace: template },
    { file: 'app/flags.py', code: 'import os\nFEATURE_X = os.environ.get("FEATURE_X", "off")\n', workspace: template },
    { file: 'cmd/api/main.go', code: 'package main\n\nimport "os"\n\nvar queue = os.Getenv("QUEUE_URL")\n', workspace: template },
    { file: 'src/main/java/com/acme/Mail.java', code: 'class Mail { String host = System.getenv("SMTP_HOST"); }\n', workspace: template },
    { file: 'Services/Mailer.cs', code: 'var host = Environment.GetEnvironmentVariable("SMTP_HOST");\n', workspace: template },
    { file: 'app/services/search.rb', code: 'SEARCH_URL = ENV.fetch("SEARCH_URL")\n', workspace: template },
    { file: 'app/Clients/Erp.php', code: "<?php\n$base = getenv('ERP_URL');\n", workspace: template },
  ],
  valid: [
    { file: 'src/db.ts', code: 'export const db = process.env.DATABASE_URL;\nexport const cache = process.env.REDIS_URL;\n', workspace: template },
    { file: 'src/server.ts', code: 'const port = Number(process.env.PORT ?? 3000);\nconst prod = process.env.NODE_ENV === "production";\n', workspace: template },
    // Without a template, the checklist says so once; no finding per read.
    { file: 'src/geo.ts', code: 'export const geoKey = process.env.GEO_API_KEY;\n' },
    { file: 'src/geo.test.ts', code: 'process.env.GEO_API_KEY = "test";\n', workspace: template },
    { file: 'src/dynamic.ts', code: 'export const read = (name: string) => process.env[name];\n', workspace: template },
  ],
};
