import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Where the tree-sitter grammars are: `grammars/` next to the bundle in
 * `dist/`, or the npm package when running unbundled (tests, `out/`).
 */
export function resolveWasmDir(bundleDir: string = __dirname): string {
  const bundled = path.join(bundleDir, 'grammars');
  if (existsSync(path.join(bundled, 'tree-sitter.wasm'))) return bundled;
  return path.dirname(require.resolve('@vscode/tree-sitter-wasm'));
}
