import { entries, rangeOf, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import type { CorsHit } from './cors-wildcard-code';
import { editFix, keyedValues, lastSegment } from './defaults-facts';

const ACAO = /^access-control-allow-origin$/i;
/** The request's own Origin header, echoed back. */
const REQUEST_ORIGIN = /headers?\s*(\.\s*origin\b|\[\s*['"]origin['"]\s*\])|\b(header|get|getHeader|Get)\s*\(\s*['"]origin['"]\s*\)|Headers\s*\[\s*"Origin"\s*\]|HTTP_ORIGIN/i;
/** An allow-list check just before the header is set. */
const VALIDATED = /\bif\b.*(includes|indexOf|\bhas\(|\btest\(|match|in_array|Contains|contains|allowed|whitelist|allowlist)/i;
const HEADER_CALL = /^(setHeader|header|set|append|add|Add|Set|Append|AddHeader|addHeader|TryAdd|setHeaders|withHeader)$/;

function validatedNearby(context: RuleContext, offset: number): boolean {
  const line = context.index.positionAt(offset).line;
  for (let n = line; n >= Math.max(0, line - 4); n--) if (VALIDATED.test(context.index.lineText(n))) return true;
  return false;
}

/** `Access-Control-Allow-Origin: *` or an echoed Origin, set as a header in code, in any language. */
export function headerHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  const hits: CorsHit[] = [];
  const credentials = /Access-Control-Allow-Credentials['"]?\s*[,:]\s*['"]?\s*true/i.test(context.text);
  for (const call of facts.calls) {
    if (!HEADER_CALL.test(lastSegment(call.callee))) continue;
    const [name, value] = call.args;
    // PHP: header("Access-Control-Allow-Origin: *") is one argument.
    const single = /^access-control-allow-origin:\s*(.*)$/i.exec(name?.value ?? '');
    const phpReflect = facts.language === 'php' && /^["']access-control-allow-origin:\s*["']\s*\./i.test(name?.text ?? '') && REQUEST_ORIGIN.test(name?.text ?? '');
    if (single?.[1].trim() === '*' || (name?.value !== undefined && ACAO.test(name.value) && value?.value === '*')) {
      hits.push({ start: call.start, range: call.range, api: 'Access-Control-Allow-Origin: *', credentials });
    } else if (phpReflect || (name?.value !== undefined && ACAO.test(name.value) && value && REQUEST_ORIGIN.test(value.text))) {
      if (!validatedNearby(context, call.start)) hits.push({ start: call.start, range: call.range, api: 'Access-Control-Allow-Origin set to the request Origin', reflected: true, credentials });
    }
  }
  for (const entry of keyedValues(facts)) {
    if (ACAO.test(entry.key) && entry.value.value === '*' && entry.property) {
      hits.push({ start: entry.property.start, range: entry.property.range, api: 'Access-Control-Allow-Origin: *', credentials });
    }
  }
  return hits;
}

/** Laravel `config/cors.php`: `'allowed_origins' => ['*']`. */
export function laravelHits(context: RuleContext, facts: SyntaxFacts): CorsHit[] {
  if (facts.language !== 'php' || !/(^|\/)config\/cors\.php$/.test(context.path)) return [];
  const credentials = /['"]supports_credentials['"]\s*=>\s*true/.test(context.text);
  const hits: CorsHit[] = [];
  for (const literal of facts.strings) {
    if (literal.name !== 'allowed_origins' || literal.value !== '*') continue;
    const bracketed = context.text[literal.start - 1] === '[' && context.text[literal.end] === ']';
    const range = context.index.range(literal.start - 1, literal.end + 1);
    const fixes = bracketed ? [editFix('Allow only the origins in CORS_ALLOWED_ORIGINS', [{ range, newText: "explode(',', env('CORS_ALLOWED_ORIGINS', ''))" }])] : [];
    hits.push({ start: literal.start, range: literal.range, api: "'allowed_origins' => ['*']", credentials, fixes });
  }
  return hits;
}

/** ingress-nginx `nginx.ingress.kubernetes.io/cors-allow-origin: "*"` (credentials default to true there). */
export function ingressHits(context: RuleContext): CorsHit[] {
  const file = yamlOf(context);
  const hits: CorsHit[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      if (!/\/cors-allow-origin$/.test(entry.key) || scalarText(entry.value)?.trim() !== '*') continue;
      const range = rangeOf(file, entry.value);
      const credentials = [...entries(root)].some((e) => /\/cors-allow-credentials$/.test(e.key) && scalarText(e.value) === 'true');
      if (range) hits.push({ start: context.index.offsetAt(range.start), range, api: 'ingress cors-allow-origin "*"', credentials });
    }
  }
  return hits;
}
