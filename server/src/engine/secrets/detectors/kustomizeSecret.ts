import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Detector, ScanInput, SecretHit } from '../hits';
import { isStandInValue, KUBERNETES_SECRET_RULE_ID, NOT_SECRET_KEYS } from './kubernetesSecret';

/** Kustomize's file names (`kustomize build` reads the first it finds). */
export const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

/** Last words of env-style keys that name where or who, not a credential (`DB_HOST`, `API_URL`, `CLIENT_ID`). */
const NOT_SECRET_TAIL = /^(?:user|username|login|email|host|hostname|port|database|db|dbname|name|namespace|region|url|uri|endpoint|id|env|environment|mode|level|enabled)$/i;

function namesNoSecret(key: string): boolean {
  return NOT_SECRET_KEYS.test(key) || NOT_SECRET_TAIL.test(key.split(/[_.-]/).pop() ?? key);
}

/** One `KEY=value` literal, with the offsets of its value in the file. */
interface Literal {
  key: string;
  start: number;
  end: number;
}

/** `secretGenerator[].literals[]` of a kustomization, each split at its first `=`. */
function literalsOf(text: string): Literal[] {
  const doc = parseDocument(text, { uniqueKeys: false, strict: false });
  const generators = isMap(doc.contents) ? doc.contents.get('secretGenerator', true) : undefined;
  const out: Literal[] = [];
  for (const generator of isSeq(generators) ? generators.items : []) {
    const literals = isMap(generator) ? generator.get('literals', true) : undefined;
    for (const item of isSeq(literals) ? literals.items : []) {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.range) continue;
      const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE';
      const source = text.slice(item.range[0] + (quoted ? 1 : 0), item.range[1] - (quoted ? 1 : 0));
      // Escapes would shift offsets: such literals are left alone rather than misplaced.
      if (source !== item.value) continue;
      const eq = item.value.indexOf('=');
      if (eq <= 0) continue;
      const start = item.range[0] + (quoted ? 1 : 0) + eq + 1;
      out.push({ key: item.value.slice(0, eq).trim(), start, end: start + item.value.length - eq - 1 });
    }
  }
  return out;
}

/**
 * Kustomize `secretGenerator` literals (`literals: ["API_TOKEN=…"]`): each becomes a value of a
 * generated Secret, so a real value there is a committed secret, as in a Secret manifest.
 */
export const kustomizeSecretDetector: Detector = {
  applies: (input) => KUSTOMIZATION_FILE.test(input.path) && input.lower.includes('secretgenerator') && input.lower.includes('literals'),
  detect(input: ScanInput): SecretHit[] {
    const out: SecretHit[] = [];
    let literals: Literal[];
    try {
      literals = literalsOf(input.text);
    } catch {
      return out;
    }
    for (const literal of literals) {
      const value = input.text.slice(literal.start, literal.end);
      if (namesNoSecret(literal.key) || isStandInValue(value, false)) continue;
      out.push({
        ruleId: KUBERNETES_SECRET_RULE_ID,
        name: `Kustomize secretGenerator literal "${literal.key}"`,
        start: literal.start,
        end: literal.end,
        value,
        severity: 'error',
        priority: 7,
        boundName: literal.key,
      });
    }
    return out;
  },
};
