import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editBetween, TreeSitterHost } from '../../server/src/engine/languages/treeSitter';
import type { CodeLanguage } from '../../server/src/engine/types';
import { engine, settings, WASM_DIR } from './helpers';

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SOURCES: [CodeLanguage, string][] = [
  ['typescript', 'import express from "express";\nconst app = express();\n// café ☕ and 𝒳 to test UTF-16\nconst url = "https://payments.acme.io/v2";\napp.listen(3000, () => console.log(`up ${url}`));\nexport function f(a: number): string {\n  return a > 1 ? "x" : \'y\';\n}\n'],
  ['python', 'import os\n\nDB = os.environ.get("DATABASE_URL", "postgres://db.acme.io/app")\n\ndef handler(event):\n    """Docstring with ünïcode."""\n    return {"status": 200}\n'],
  ['go', 'package main\n\nimport "net/http"\n\nfunc main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n'],
];

const SNIPPETS = ['x', '\n', '"', '"a.b"', ' // c\n', '{', '}', '(', ')', 'é', '𝒳', 'const q = 1;\n', ''];

describe('incremental parsing', () => {
  it('computes one edit between two texts, in UTF-16 code units', () => {
    assert.deepEqual(editBetween('ab\ncd', 'ab\ncXd'), {
      startIndex: 4,
      oldEndIndex: 4,
      newEndIndex: 5,
      startPosition: { row: 1, column: 1 },
      oldEndPosition: { row: 1, column: 1 },
      newEndPosition: { row: 1, column: 2 },
    });
    assert.deepEqual(editBetween('same', 'same').startIndex, 4);
  });

  it('gives the same tree as a full parse after random edits', async () => {
    const incremental = new TreeSitterHost(WASM_DIR);
    const full = new TreeSitterHost(WASM_DIR);
    for (const [language, source] of SOURCES) {
      const next = random(language.length * 7919);
      // Large enough to be kept (small files are simply parsed again).
      let text = source.repeat(Math.ceil(21_000 / source.length));
      const sexp = (t: string, host: TreeSitterHost, retain?: string) => host.withTree(language, t, (p) => p.tree.rootNode.toString(), retain);
      await sexp(text, incremental, language);
      assert.deepEqual(incremental.retainedKeys, [language]);
      for (let round = 0; round < 40; round++) {
        const at = Math.floor(next() * (text.length + 1));
        // Never split a surrogate pair: editors do not either.
        const start = at > 0 && /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at - 1 : at;
        const removed = Math.min(text.length - start, Math.floor(next() * 4));
        const end = /[\uDC00-\uDFFF]/.test(text[start + removed] ?? '') ? start + removed + 1 : start + removed;
        text = text.slice(0, start) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(end);
        assert.equal(await sexp(text, incremental, language), await sexp(text, full), `${language}, round ${round}: ${JSON.stringify(text)}`);
      }
      incremental.forget(language);
    }
    assert.deepEqual(incremental.retainedKeys, []);
  });

  it('keeps only large files, and four at most', async () => {
    const host = new TreeSitterHost(WASM_DIR);
    await host.withTree('python', 'x = 1\n', () => undefined, 'small.py');
    assert.deepEqual(host.retainedKeys, []);
    const big = 'x = 1\n'.repeat(5000);
    for (const key of ['a', 'b', 'c', 'd', 'e']) await host.withTree('python', big, () => undefined, key);
    assert.deepEqual(host.retainedKeys, ['b', 'c', 'd', 'e']);
    for (const key of host.retainedKeys) host.forget(key);
  });

  it('gives the same findings whether the tree is kept or not', async () => {
    const path = 'src/incremental-check.ts';
    let text = SOURCES[0][1].repeat(80);
    for (const edit of ['\nconst api = "https://api.acme.io";\n', '\nserver.listen(8080);\n', '']) {
      text += edit;
      const kept = await engine().analyze({ path, text, settings: settings(), retainTree: true });
      const fresh = await engine().analyze({ path: 'src/other.ts', text, settings: settings() });
      assert.deepEqual(kept.findings.map((f) => [f.ruleId, f.range]), fresh.findings.map((f) => [f.ruleId, f.range]));
    }
    engine().forgetTree(path);
  });
});
