import type { SyntaxFacts } from '../languages/facts';
import type { LineIndex } from '../text';
import type { Language, Severity } from '../types';

/** One secret found in a file, before it becomes a finding. */
export interface SecretHit {
  /** The reporting rule: `secrets/github`, `secrets/private-key`, `secrets/generic-secret`… */
  ruleId: string;
  /** What it is, for the message: "GitHub personal access token". */
  name: string;
  /** UTF-16 offsets of the secret itself in the file text. */
  start: number;
  end: number;
  /** The secret. Never shown unmasked. */
  value: string;
  severity: Severity;
  /** Shown after the masked value: "verified format", "probably a fake or test token". */
  qualifier?: string;
  /**
   * Decides overlaps: of two overlapping hits the lower priority number
   * wins (then the longer one). 0 checksum-verified tokens and key blocks,
   * 1 prefixed provider tokens, 3 keyed provider matches, 5 credentials in
   * URLs and connection strings, 7 structured config (k8s, .npmrc), 9 generic.
   */
  priority: number;
  /** The name the value is bound to, when known (`stripeKey`, `DB_PASSWORD`): names the env variable. */
  boundName?: string;
}

/** What a detector sees of a file. */
export interface ScanInput {
  path: string;
  text: string;
  /** `text.toLowerCase()`, computed once for all keyword checks. */
  lower: string;
  language: Language;
  index: LineIndex;
  facts?: SyntaxFacts;
  isTest: boolean;
}

/** A structural detector (key blocks, JWTs, URLs…): finds hits for one or more rules. */
export interface Detector {
  /** Cheap test on the lower-cased text; false skips the detector. */
  applies(input: ScanInput): boolean;
  detect(input: ScanInput): SecretHit[];
}
