import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/text';
import type { Finding } from '../../server/src/engine/types';
import { analyze } from './helpers';

/** The findings of one rule in a file. */
export async function findingsOf(ruleId: string, file: string, code: string): Promise<Finding[]> {
  return (await analyze(file, code)).findings.filter((f) => f.ruleId === ruleId);
}

/** Applies the first edit fix of the only (or `nth`) finding of `ruleId` and returns the text. */
export async function fixed(ruleId: string, file: string, code: string, nth = 0): Promise<string> {
  const findings = await findingsOf(ruleId, file, code);
  const finding = findings[nth];
  assert.ok(finding, `no ${ruleId} finding #${nth} in ${file}`);
  const fix = finding.fixes.find((f) => f.kind === 'edit');
  assert.ok(fix && fix.kind === 'edit', `no edit fix on ${ruleId} in ${file}`);
  return applyEdits(code, fix.edits);
}

/** Asserts the finding has no edit fix. */
export async function assertNoFix(ruleId: string, file: string, code: string): Promise<void> {
  const findings = await findingsOf(ruleId, file, code);
  assert.ok(findings.length > 0, `no ${ruleId} finding in ${file}`);
  assert.deepEqual(findings.flatMap((f) => f.fixes.filter((x) => x.kind === 'edit')), []);
}

/** The text after the first edit fix of the first finding of `ruleId`, or undefined when it has no edit fix. */
export async function fixedIfAny(ruleId: string, file: string, code: string): Promise<string | undefined> {
  const [finding] = await findingsOf(ruleId, file, code);
  assert.ok(finding, `no ${ruleId} finding in ${file}`);
  const fix = finding.fixes.find((f) => f.kind === 'edit');
  return fix && fix.kind === 'edit' ? applyEdits(code, fix.edits) : undefined;
}
