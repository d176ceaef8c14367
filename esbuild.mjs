// Bundles the client, the server and the CLI into dist/, and copies the
// tree-sitter grammars they load at run time into dist/grammars/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Only the grammars the engine has adapters for are shipped. */
const GRAMMARS = [
  'tree-sitter.wasm',
  'tree-sitter-javascript.wasm',
  'tree-sitter-typescript.wasm',
  'tree-sitter-tsx.wasm',
  'tree-sitter-python.wasm',
  'tree-sitter-go.wasm',
  'tree-sitter-java.wasm',
  'tree-sitter-c-sharp.wasm',
  'tree-sitter-ruby.wasm',
  'tree-sitter-php.wasm',
];

function copyGrammars() {
  const from = dirname(require.resolve('@vscode/tree-sitter-wasm'));
  const to = join('dist', 'grammars');
  mkdirSync(to, { recursive: true });
  for (const file of GRAMMARS) copyFileSync(join(from, file), join(to, file));
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: production ? 'none' : 'inline',
  // resolveWasmDir falls back to require.resolve only when unbundled (tests); bundles use dist/grammars.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

rmSync('dist', { recursive: true, force: true });
copyGrammars();
if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
