import type { SyntaxFacts } from '../../languages/facts';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import type { ServerStart } from '../shared/servers';
import { goImportEdits } from '../port-binding/hardcoded-listen-port-fixes';

const TITLE = 'Insert graceful shutdown on SIGTERM';

/** The first name of `candidates` that the file's code never mentions. */
function freeName(skeleton: string, candidates: readonly string[]): string | undefined {
  return candidates.find((name) => !new RegExp(`\\b${name}\\b`).test(skeleton));
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** One indentation step as the file writes it (tab, or the smallest run of leading spaces). */
function indentUnit(text: string): string {
  if (/^\t/m.test(text)) return '\t';
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1].length);
  return ' '.repeat(widths.length > 0 ? Math.min(...widths) : 2);
}

interface Statement {
  /** Offset just after the statement (and its `;`). */
  end: number;
  indent: string;
  /** Name the server is bound to, or undefined when the fix must bind it. */
  bound?: string;
  semicolon: boolean;
}

/** The statement holding the listen call, when it is `const x = <call>;` or `<call>;` alone on its lines. */
function nodeStatement(context: RuleContext, facts: SyntaxFacts, start: ServerStart): Statement | undefined {
  const { call } = start;
  const lineText = context.index.lineText(call.range.start.line);
  const before = lineText.slice(0, call.range.start.character);
  const after = /^[ \t]*(;?)[ \t]*(?=\r?\n|$)/.exec(context.text.slice(call.end));
  if (!after) return undefined;
  const indent = /^[ \t]*/.exec(lineText)![0];
  const statement = { end: call.end + after[0].length, indent, semicolon: after[1] === ';' };
  const assignment = facts.assignments.find((a) => a.value.start === call.start && a.value.end === call.end);
  if (assignment) {
    const declared = /^[ \t]*(const|let|var)\s+[A-Za-z_$][\w$]*\s*(:\s*[\w.<>]+\s*)?=\s*$/.test(before);
    return declared && /^[A-Za-z_$][\w$]*$/.test(assignment.target) ? { ...statement, bound: assignment.target } : undefined;
  }
  return before.trim() === '' ? statement : undefined;
}

/** Node: bind the server if needed and insert the catalog's shutdown handler after the listen statement. */
export function nodeShutdownFix(context: RuleContext, start: ServerStart): EditFix | undefined {
  const facts = context.facts;
  if (!facts || !start.framework || !['express', 'koa', 'node-http'].includes(start.framework)) return undefined;
  const statement = nodeStatement(context, facts, start);
  if (!statement) return undefined;
  const skeleton = codeSkeleton(facts, context.text);
  const server = statement.bound ?? freeName(skeleton, ['server', 'httpServer']);
  const shutdown = freeName(skeleton, ['shutdown', 'gracefulShutdown']);
  if (!server || !shutdown) return undefined;
  const q = context.text.slice(facts.strings[0]?.start ?? 0, (facts.strings[0]?.start ?? 0) + 1) === "'" ? "'" : '"';
  const s = statement.semicolon ? ';' : '';
  const [eol, i, u] = [eolOf(context.text), statement.indent, indentUnit(context.text)];
  const lines = [
    `const ${shutdown} = () => {`,
    `${u}${server}.close(() => process.exit(0))${s}`,
    `${u}setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10000)).unref()${s}`,
    `}${s}`,
    `process.on(${q}SIGTERM${q}, ${shutdown})${s}`,
    `process.on(${q}SIGINT${q}, ${shutdown})${s}`,
  ];
  const at = context.index.positionAt(statement.end);
  const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: lines.map((line) => eol + i + line).join('') }];
  if (!statement.bound) edits.unshift({ range: { start: start.call.range.start, end: start.call.range.start }, newText: `const ${server} = ` });
  return { kind: 'edit', title: TITLE, edits, fixAll: false, preferred: true };
}

const GO_IMPORTS = ['context', 'errors', 'log', 'net/http', 'os', 'os/signal', 'syscall', 'time'];

/** Go: `log.Fatal(srv.ListenAndServe())` on an `http.Server` → serve in a goroutine, stop on SIGTERM, drain with Shutdown. */
export function goShutdownFix(context: RuleContext, start: ServerStart): EditFix | undefined {
  const facts = context.facts;
  const m = /^\w+\.ListenAndServe$/.test(start.call.callee) ? /^([ \t]*)(?:log\.Fatal(?:ln)?\((\w+)\.ListenAndServe\(\)\)|(\w+)\.ListenAndServe\(\))[ \t]*$/.exec(context.index.lineText(start.call.range.start.line)) : null;
  if (!facts || !m) return undefined;
  const srv = m[2] ?? m[3];
  const isServer = facts.assignments.some((a) => a.target === srv && /^&?http\.Server\s*\{/.test(a.value.text));
  const skeleton = codeSkeleton(facts, context.text);
  if (!isServer || freeName(skeleton, ['ctx']) === undefined || /\b(stop|cancel|shutdownCtx)\b/.test(skeleton)) return undefined;
  const [eol, i, u] = [eolOf(context.text), m[1], '\t'];
  const body = [
    'ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)',
    'defer stop()',
    'go func() {',
    `${u}if err := ${srv}.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {`,
    `${u}${u}log.Fatal(err)`,
    `${u}}`,
    '}()',
    '<-ctx.Done()',
    'shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)',
    'defer cancel()',
    `if err := ${srv}.Shutdown(shutdownCtx); err != nil {`,
    `${u}log.Fatal(err)`,
    '}',
  ].map((line) => i + line).join(eol);
  const line = start.call.range.start.line;
  const range = { start: { line, character: 0 }, end: { line, character: context.index.lineText(line).length } };
  const edits: TextEdit[] = [{ range, newText: body }, ...goImportEdits(facts, context.text, context.index, GO_IMPORTS)];
  return { kind: 'edit', title: TITLE, edits, fixAll: false, preferred: true };
}
