import assert from 'node:assert/strict';
import { extractFacts, materialize } from '../../server/src/engine/languages/extract';
import type { StringLiteral, SyntaxFacts } from '../../server/src/engine/languages/facts';
import { specFor } from '../../server/src/engine/languages/specs';
import { TreeSitterHost } from '../../server/src/engine/languages/treeSitter';
import { LineIndex } from '../../server/src/engine/text';
import type { CodeLanguage } from '../../server/src/engine/types';
import { WASM_DIR } from './helpers';

const host = new TreeSitterHost(WASM_DIR);

/** Parses `code` and returns its facts as plain objects that outlive the tree. */
export function extract(language: CodeLanguage, code: string): Promise<SyntaxFacts> {
  return host.withTree(language, code, (parsed) => materialize(extractFacts(language, specFor(language), parsed, code, new LineIndex(code))));
}

/** The literal with this value; fails with the list of values when there is none. */
export function literal(facts: SyntaxFacts, value: string): StringLiteral {
  const found = facts.strings.find((s) => s.value === value);
  assert.ok(found, `no literal ${JSON.stringify(value)} among ${JSON.stringify(facts.strings.map((s) => s.value))}`);
  return found;
}
