import assert from 'node:assert/strict';
import { classify } from '../../server/src/engine/classify';
import { maskSecret } from '../../server/src/engine/mask';
import { RULES } from '../../server/src/engine/registry';
import { scanSecrets } from '../../server/src/engine/secrets/scan';
import { LineIndex } from '../../server/src/engine/text';
import type { Example } from '../../server/src/engine/types';

/** Every invalid example of every secrets rule, with the raw secrets the scanner finds in it. */
export function secretSamples(): { example: Example; values: string[] }[] {
  const out: { example: Example; values: string[] }[] = [];
  for (const rule of RULES) {
    if (rule.meta.category !== 'secrets') continue;
    for (const example of rule.meta.examples.invalid) {
      const language = classify(example.file, example.code) ?? 'plaintext';
      const hits = scanSecrets({ path: example.file, text: example.code, language, index: new LineIndex(example.code), isTest: false });
      // Values shorter than 8 characters are fully masked and too short to search for without false alarms.
      out.push({ example, values: hits.map((h) => h.value).filter((v) => v.length >= 8) });
    }
  }
  return out;
}

/** Fails when `output` holds any of `values` in full; the message shows only the masked form. */
export function assertNoSecret(output: string, values: readonly string[], where: string): void {
  for (const value of values) assert.ok(!output.includes(value), `${where} shows a secret in full: ${maskSecret(value)}`);
}
