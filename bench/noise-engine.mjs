// The few engine pieces the noise bench needs, bundled from server/src with
// esbuild (as bench/secrets-accuracy.mjs does) so the bench reads the same
// rule metadata and vendored globs as the CLI it measures, not a copy of them.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = `
export { isTestPath, vendoredPattern } from './server/src/engine/guards/paths';
export { allRuleMetas } from './server/src/engine/registry';
export { redactLikelySecrets } from './server/src/engine/mask';
`;

/** { vendoredPattern(path), isTestPath(path), rules: Map id → { id, category, defaultSeverity, docs }, redactLikelySecrets(text) } */
export async function loadEngineParts(root) {
  const out = path.join(os.tmpdir(), `fg-noise-engine-${process.pid}.cjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'noise-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'error',
  });
  try {
    const mod = await import(pathToFileURL(out).href);
    const parts = mod.default ?? mod;
    const rules = new Map(parts.allRuleMetas().map((m) => [m.id, { id: m.id, category: m.category, defaultSeverity: m.defaultSeverity, docs: m.docs }]));
    return { vendoredPattern: parts.vendoredPattern, isTestPath: parts.isTestPath, redactLikelySecrets: parts.redactLikelySecrets, rules };
  } finally {
    rmSync(out, { force: true });
  }
}
