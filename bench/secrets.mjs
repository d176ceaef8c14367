// `npm run bench:secrets`: accuracy and speed of FactorGuard's secret
// detection, each printed as a ratio against secretlint (recommended preset)
// measured in the same run on the same machine and inputs.
//   1. recall and false positives on the labelled gitleaks corpus (FactorGuard)
//   2. the same for secretlint, plus recall on the token types its preset covers
//   3. CLI scan speed over a JS/TS tree copied from node_modules
// A benchmark, never a test: it asserts nothing and is not part of `npm test`.
// Results, with the per-family and per-rule misses and FPs (sample indices),
// go to bench/results/secrets-latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { measureAccuracy } from './secrets-accuracy.mjs';
import { measureSpeed } from './secrets-speed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const int = (n) => n.toLocaleString('en-US');
const pct = (x) => `${fmt(100 * x)}%`;
const ratio = (a, b) => (b === 0 ? 'n/a (secretlint is 0)' : `${fmt(a / b, 2)}x`);

const accuracy = await measureAccuracy(root);
const { corpus, factorguard: fg, secretlint: sl } = accuracy;
const named = Object.entries(corpus.fileNames).map(([rule, name]) => `${rule} → ${name}`).join(', ');
console.log(`corpus: ${int(corpus.samples)} labelled samples (${int(corpus.tp)} tp, ${int(corpus.fp)} fp) from ${path.relative(root, corpus.file)}`);
console.log(`        each scanned as case-NNNN.txt, except ${named}`);
console.log(`        ${corpus.fpAlsoTp.length} of the fp samples are word for word a tp sample too (of a sibling rule, or told apart only by a path)\n`);

console.log('1. FactorGuard on the corpus (engine in process; a sample counts when it gets a secrets/* finding)');
console.log(`   recall           ${int(fg.found)} of ${int(fg.tp)} tp  ${pct(fg.recall)}`);
console.log(`   false positives  ${int(fg.flagged)} of ${int(fg.fp)} fp  ${pct(fg.fpRate)}  (${fg.flaggedAlsoTp} of them on fp samples that are also tp samples)`);
console.log(`   false positives on the ${int(fg.fp - corpus.fpAlsoTp.length)} fp samples that are not word for word a tp sample too  ${int(fg.flagged - fg.flaggedAlsoTp)}  ${pct((fg.flagged - fg.flaggedAlsoTp) / (fg.fp - corpus.fpAlsoTp.length))}`);
console.log(`   recall on the ${int(fg.covered.tp)} tp of the types secretlint's preset covers  ${int(fg.covered.found)}  ${pct(fg.covered.recall)}`);
console.log(`   time in process  ${fmt(fg.seconds * 1000, 0)} ms for ${int(corpus.samples)} samples`);
const check = fg.cliCheck;
console.log(`   dist/cli.js on the same samples written to disk: agrees on ${int(check.agree)} of ${int(corpus.samples)}${check.disagreements.length ? `  (differs on samples ${check.disagreements.slice(0, 10).join(', ')}${check.disagreements.length > 10 ? ', ...' : ''})` : ''}`);
if (fg.ruleErrors.length || fg.crashes.length) console.log(`   warning: ${fg.ruleErrors.length} rule errors and ${fg.crashes.length} engine crashes (listed in the results file)`);
console.log('');

console.log(`2. secretlint ${sl.version}, @secretlint/secretlint-rule-preset-recommend (in process; a sample counts when it gets any message)`);
console.log(`   recall           ${int(sl.found)} of ${int(sl.tp)} tp  ${pct(sl.recall)}`);
console.log(`   false positives  ${int(sl.flagged)} of ${int(sl.fp)} fp  ${pct(sl.fpRate)}  (${sl.flaggedAlsoTp} of them on fp samples that are also tp samples)`);
console.log(`   false positives on the ${int(sl.fp - corpus.fpAlsoTp.length)} fp samples that are not word for word a tp sample too  ${int(sl.flagged - sl.flaggedAlsoTp)}  ${pct((sl.flagged - sl.flaggedAlsoTp) / (sl.fp - corpus.fpAlsoTp.length))}`);
console.log(`   recall on the ${int(sl.covered.tp)} tp of the types its preset covers (${sl.coveredRules} gitleaks rules, bench/secrets-coverage.mjs)  ${int(sl.covered.found)}  ${pct(sl.covered.recall)}`);
console.log(`   time in process  ${fmt(sl.seconds * 1000, 0)} ms for ${int(corpus.samples)} samples`);
console.log(`   ratio: FactorGuard's recall is ${ratio(fg.recall, sl.recall)} secretlint's on all tp, ${ratio(fg.covered.recall, sl.covered.recall)} on the types secretlint covers`);
console.log(`   ratio: FactorGuard's false positives are ${ratio(fg.flagged, sl.flagged)} secretlint's\n`);

console.log('   per family: tp misses and fp flagged, FactorGuard (FG) and secretlint (SL)');
const w = Math.max(...accuracy.families.map((f) => f.family.length), 'family'.length);
const col = (v, n = 7) => String(v).padStart(n);
console.log(`   ${'family'.padEnd(w)} ${col('tp', 5)} ${col('FG miss')} ${col('SL miss')} ${col('fp', 5)} ${col('FG FP')} ${col('SL FP')}`);
for (const f of accuracy.families) {
  console.log(`   ${f.family.padEnd(w)} ${col(f.tp, 5)} ${col(f.factorguard.misses.length)} ${col(f.secretlint.misses.length)} ${col(f.fp, 5)} ${col(f.factorguard.fps.length)} ${col(f.secretlint.fps.length)}`);
}
console.log(`   ${'total'.padEnd(w)} ${col(fg.tp, 5)} ${col(fg.tp - fg.found)} ${col(sl.tp - sl.found)} ${col(fg.fp, 5)} ${col(fg.flagged)} ${col(sl.flagged)}\n`);

const tree = buildCorpus(root, { folder: 'factorguard-bench-secrets-tree', pattern: /\.(c|m)?(js|ts)x?$/ });
console.log(`tree: ${int(tree.files)} JavaScript and TypeScript files (.js .cjs .mjs .jsx .ts .d.ts .tsx...), ${fmt(tree.bytes / 1048576)} MB, from node_modules (copied to ${tree.dir})\n`);
const speed = measureSpeed(root, tree);
const a = speed.factorguard;
const b = speed.secretlint;
console.log(`3. CLI scan speed over the tree (median of ${speed.runs} runs)`);
console.log(`   FactorGuard  ${fmt(a.seconds, 2)} s  ${fmt(a.mbPerSecond, 2)} MB/s  ${fmt(a.filesPerSecond, 0)} files/s  (all rules; ${int(a.findings)} findings, ${int(a.secretFindings)} secrets/*; ${int(a.filesScanned)} files scanned, ${int(a.filesSkipped)} skipped)`);
console.log(`   secretlint   ${fmt(b.seconds, 2)} s  ${fmt(b.mbPerSecond, 2)} MB/s  ${fmt(b.filesPerSecond, 0)} files/s  (recommended preset; ${int(b.messages)} messages in ${int(b.filesWithMessages)} files)`);
console.log(`   ratio: FactorGuard is ${fmt(a.mbPerSecond / b.mbPerSecond, 2)}x secretlint's speed`);

const results = { date: new Date().toISOString(), node: process.version, accuracy, tree, speed };
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/secrets-latest.json'), JSON.stringify(results, null, 2));
console.log('\nresults: bench/results/secrets-latest.json');
