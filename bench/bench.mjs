// `npm run bench`: speed and memory of FactorGuard, each printed as a ratio
// against a peer measured in the same run on the same machine and inputs.
//   1. CLI scan throughput over the JavaScript in node_modules (peer: ESLint)
//   2. diagnostic latency after an edit of a 5,000-line TypeScript file (peer: TypeScript's parser)
//   3. language server peak RSS (peer: an empty vscode-languageserver server)
// A benchmark, never a test: it asserts nothing and is not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { measureLatency } from './latency.mjs';
import { measureMemory } from './memory.mjs';
import { measureThroughput } from './throughput.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const corpus = buildCorpus(root);
console.log(`corpus: ${corpus.files} JavaScript files, ${fmt(corpus.bytes / 1048576)} MB, from node_modules (copied to ${corpus.dir})\n`);

const throughput = await measureThroughput(root, corpus);
console.log('1. CLI scan throughput (median of 3 runs)');
console.log(`   FactorGuard  ${fmt(throughput.factorguard.seconds, 2)} s  ${fmt(throughput.factorguard.filesPerSecond, 0)} files/s  ${fmt(throughput.factorguard.mbPerSecond, 2)} MB/s  (${throughput.factorguard.findings} findings, ${throughput.factorguard.skipped} skipped)`);
console.log(`   ESLint       ${fmt(throughput.eslint.seconds, 2)} s  ${fmt(throughput.eslint.filesPerSecond, 0)} files/s  ${fmt(throughput.eslint.mbPerSecond, 2)} MB/s  (one no-restricted-syntax URL rule)`);
console.log(`   ratio: FactorGuard is ${fmt(throughput.eslint.seconds / throughput.factorguard.seconds, 2)}x ESLint's speed\n`);

const latency = await measureLatency(root);
console.log(`2. Diagnostic latency after an edit of a ${latency.lines}-line TypeScript file (${latency.samples} edits, LSP round trip)`);
console.log(`   FactorGuard  p50 ${fmt(latency.p50)} ms  p95 ${fmt(latency.p95)} ms`);
console.log(`   TypeScript createSourceFile (parse only, in process)  p50 ${fmt(latency.peerP50)} ms  p95 ${fmt(latency.peerP95)} ms`);
console.log(`   ratio: FactorGuard p50 is ${fmt(latency.p50 / latency.peerP50, 2)}x a TypeScript parse\n`);

const memory = await measureMemory(root, corpus);
console.log('3. Language server peak RSS (after the latency run and a workspace scan of the corpus)');
console.log(`   FactorGuard server  ${fmt(memory.factorguardMb)} MB`);
console.log(`   empty vscode-languageserver server  ${fmt(memory.baselineMb)} MB`);
console.log(`   ratio: ${fmt(memory.factorguardMb / memory.baselineMb, 2)}x an empty server`);

const results = { date: new Date().toISOString(), node: process.version, corpus, throughput, latency, memory };
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2));
