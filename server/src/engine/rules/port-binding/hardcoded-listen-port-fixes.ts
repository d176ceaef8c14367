import { pythonImportEdits } from '../../fixes/envAccess';
import type { SyntaxFacts } from '../../languages/facts';
import type { LineIndex } from '../../text';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import type { PortForm } from '../shared/servers';
import type { LiteralPort } from './hardcoded-listen-port-resolve';

/** The expression that reads PORT with the literal as its default, per language; undefined when none is exact. */
type Rewrite = (found: LiteralPort, raw: string) => string | undefined;

const REWRITES: Partial<Record<string, Rewrite>> = {
  javascript: jsRewrite,
  typescript: jsRewrite,
  tsx: jsRewrite,
  python: ({ literal, port }, raw) => (literal.kind === 'number' ? `int(os.environ.get("PORT", "${port}"))` : `os.environ.get("PORT", ${raw})`),
  java: ({ literal, port }) => (literal.kind === 'number' ? `Integer.parseInt(System.getenv().getOrDefault("PORT", "${port}"))` : undefined),
  csharp: ({ literal, port }) => (literal.kind === 'number' ? `int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "${port}")` : undefined),
  ruby: ({ literal, port }) => (literal.kind === 'number' ? `ENV.fetch("PORT", ${port}).to_i` : undefined),
  php: ({ literal, port }) => (literal.kind === 'number' ? `(int) (getenv('PORT') ?: ${port})` : undefined),
};

function jsRewrite({ literal, port }: LiteralPort, raw: string): string {
  return literal.kind === 'number' ? `Number(process.env.PORT ?? ${port})` : `process.env.PORT ?? ${raw}`;
}

/** Go: `":8080"` → `":" + cmp.Or(os.Getenv("PORT"), "8080")`, keeping any host. */
function goRewrite({ literal, port, host }: LiteralPort, raw: string): string | undefined {
  if (!raw.startsWith('"') || literal.value === undefined) return undefined;
  return `"${host ?? ''}:" + cmp.Or(os.Getenv("PORT"), "${port}")`;
}

/** A declaration the rewrite cannot enter: Go and C# `const` need compile-time constants. */
function inConstDeclaration(context: RuleContext, found: LiteralPort): boolean {
  if (!found.constant || (context.language !== 'go' && context.language !== 'csharp')) return false;
  const line = context.index.lineText(found.constant.range.start.line);
  if (/^\s*const\b|\bconst\s/.test(line)) return true;
  if (context.language !== 'go') return false;
  // Inside a `const ( … )` block the line carries no keyword: only `:=` and `var` are known to be variables.
  const between = context.text.slice(found.constant.targetSpan.end, found.constant.value.start);
  return !between.includes(':=') && !/^\s*var\b/.test(line);
}

/** Go imports the rewrite needs, added inside the last `import ( … )` block or as new declarations. */
export function goImportEdits(facts: SyntaxFacts, text: string, index: LineIndex, modules: readonly string[]): TextEdit[] {
  const missing = modules.filter((m) => !facts.imports.modules.has(m));
  if (missing.length === 0) return [];
  const at = facts.imports.insertAt;
  if (at > 0 && text[at - 1] === ')') {
    const closeLine = index.positionAt(at - 1).line;
    const position = { line: closeLine, character: 0 };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = missing.map((m) => `\t"${m}"${eol}`).join('');
    if (index.lineText(closeLine).trim() === ')') return [{ range: { start: position, end: position }, newText: lines }];
  }
  const position = index.positionAt(at);
  return [{ range: { start: position, end: position }, newText: '\n' + missing.map((m) => `\nimport "${m}"`).join('') }];
}

/** "Read the port from PORT" for a literal port; undefined when no rewrite is exact. */
export function readPortFix(context: RuleContext, found: LiteralPort, form: PortForm): EditFix | undefined {
  const facts = context.facts;
  if (!facts || inConstDeclaration(context, found)) return undefined;
  const raw = context.text.slice(found.span.start, found.span.end);
  const rewrite = context.language === 'go' ? (form === 'address' ? goRewrite : undefined) : form === 'port' ? REWRITES[context.language] : undefined;
  const replacement = rewrite?.(found, raw);
  if (replacement === undefined) return undefined;
  const edits: TextEdit[] = [{ range: found.span.range, newText: replacement }];
  if (context.language === 'python' && replacement.includes('os.')) edits.push(...pythonImportEdits(facts, context.index, 'os'));
  if (context.language === 'go') edits.push(...goImportEdits(facts, context.text, context.index, ['cmp', 'os']));
  return { kind: 'edit', title: `Read the port from PORT (default ${found.port})`, edits, fixAll: false, preferred: true };
}
