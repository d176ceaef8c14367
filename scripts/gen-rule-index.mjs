// Writes docs/rules/README.md from the rule registry: `npm run docs:rules`.
// A unit test fails when the page is out of date.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(tmpdir(), `fg-rule-index-entry-${process.pid}.ts`);
writeFileSync(entry, `export { allRuleMetas } from ${JSON.stringify(path.join(root, 'server/src/engine/registry'))};\nexport { renderRuleIndex } from ${JSON.stringify(path.join(root, 'server/src/engine/ruleIndex'))};\n`);
const out = path.join(tmpdir(), `fg-rule-index-${process.pid}.cjs`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', external: ['@vscode/tree-sitter-wasm'] });
const mod = await import(pathToFileURL(out).href);
const { allRuleMetas, renderRuleIndex } = mod.default ?? mod;
writeFileSync(path.join(root, 'docs/rules/README.md'), renderRuleIndex(allRuleMetas()));
console.log(`wrote docs/rules/README.md (${allRuleMetas().length} rules)`);
