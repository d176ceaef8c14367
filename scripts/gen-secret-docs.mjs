// Writes docs/rules/secrets/<provider>.md for every provider in the table.
// `npm run docs:secrets`; a unit test fails when a page is out of date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(tmpdir(), `fg-docs-entry-${process.pid}.ts`);
writeFileSync(entry, `export { PROVIDERS } from ${JSON.stringify(path.join(root, 'server/src/engine/secrets/providers'))};\nexport { renderProviderDoc } from ${JSON.stringify(path.join(root, 'server/src/engine/secrets/docs'))};\n`);
const out = path.join(tmpdir(), `fg-docs-${process.pid}.cjs`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const mod = await import(pathToFileURL(out).href);
const { PROVIDERS, renderProviderDoc } = mod.default ?? mod;
mkdirSync(path.join(root, 'docs/rules/secrets'), { recursive: true });
for (const spec of PROVIDERS) writeFileSync(path.join(root, `docs/rules/secrets/${spec.id}.md`), renderProviderDoc(spec));
console.log(`wrote ${PROVIDERS.length} provider pages to docs/rules/secrets/`);
