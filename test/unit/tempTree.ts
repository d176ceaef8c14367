import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

const roots: string[] = [];
let registered = false;

/** A temporary folder with `relative path → content`, removed after the test file (permissions restored first). */
export function tempTree(prefix: string, files: Record<string, string | Buffer>): string {
  if (!registered) {
    registered = true;
    after(() => {
      for (const root of roots) {
        chmodSync(root, 0o755);
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}
