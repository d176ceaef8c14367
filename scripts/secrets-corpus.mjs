// Development aid: runs the engine over ../shared/corpus/gitleaks-cases.jsonl
// and prints recall and false positives per gitleaks rule. Not the benchmark
// (that is `npm run bench:secrets`); this is the quick loop while writing rules.
//   node scripts/secrets-corpus.mjs [family-or-rule-substring] [--misses] [--fps]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(tmpdir(), `fg-engine-${process.pid}.cjs`);
await build({ entryPoints: [path.join(root, 'server/src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const engineModule = await import(pathToFileURL(out).href);
const { Engine, DEFAULT_SETTINGS } = engineModule.default ?? engineModule;
const engine = new Engine({ wasmDir: path.dirname(fileURLToPath(import.meta.resolve('@vscode/tree-sitter-wasm'))) });

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));
const showMisses = args.includes('--misses');
const showFps = args.includes('--fps');
const corpus = readFileSync(path.resolve(root, '../shared/corpus/gitleaks-cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const FILE_NAMES = { 'pkcs12-file': 'cert.p12', 'nuget-config-password': 'nuget.config', 'kubernetes-secret-yaml': 'secret.yaml', 'hashicorp-tf-password': 'main.tf', 'freemius-secret-key': 'config.php' };
const per = new Map();
let tp = 0, tpHit = 0, fp = 0, fpHit = 0;
for (const [i, c] of corpus.entries()) {
  if (filter && !c.rule.includes(filter) && c.family !== filter) continue;
  const file = FILE_NAMES[c.rule] ?? `case-${String(i).padStart(4, '0')}.txt`;
  const result = await engine.analyze({ path: file, text: c.text, settings: DEFAULT_SETTINGS });
  const secrets = result.findings.filter((f) => f.ruleId.startsWith('secrets/'));
  const hit = secrets.length > 0;
  const row = per.get(c.rule) ?? { tp: 0, tpHit: 0, fp: 0, fpHit: 0 };
  per.set(c.rule, row);
  if (c.kind === 'tp') { tp++; row.tp++; if (hit) { tpHit++; row.tpHit++; } else if (showMisses) console.log(`MISS ${c.rule}: ${JSON.stringify(c.text).slice(0, 200)}`); }
  else { fp++; row.fp++; if (hit) { fpHit++; row.fpHit++; if (showFps) console.log(`FP ${c.rule} [${secrets.map((s) => s.ruleId).join(',')}]: ${JSON.stringify(c.text).slice(0, 200)}`); } }
}
for (const [rule, r] of [...per].sort()) console.log(`${rule.padEnd(48)} recall ${r.tpHit}/${r.tp}  fp ${r.fpHit}/${r.fp}`);
console.log(`\nTOTAL recall ${tpHit}/${tp} (${((100 * tpHit) / Math.max(tp, 1)).toFixed(1)}%)  false positives ${fpHit}/${fp} (${((100 * fpHit) / Math.max(fp, 1)).toFixed(1)}%)`);
