import { goImportEdits } from '../../fixes/envAccess';
import { removeArgument, replaceSpan } from '../../fixes/callEdits';
import type { Call, StringLiteral, SyntaxFacts } from '../../languages/facts';
import type { TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { enclosingCall, importsModule, isStandardStream, stdoutEdit, type Detection } from './file-handler-shared';

/** Logger sinks that take an `io.Writer`, keyed by callee, with the module that must be imported. */
const WRITER_SINKS: ReadonlyArray<{ callee: string; module: RegExp }> = [
  { callee: 'log.SetOutput', module: /^log$/ },
  { callee: 'log.New', module: /^log$/ },
  { callee: 'logrus.SetOutput', module: /sirupsen\/logrus$/ },
  { callee: 'slog.NewJSONHandler', module: /^log\/slog$|x\/exp\/slog$/ },
  { callee: 'slog.NewTextHandler', module: /^log\/slog$|x\/exp\/slog$/ },
  { callee: 'zapcore.AddSync', module: /zap\/zapcore$/ },
  { callee: 'zerolog.New', module: /rs\/zerolog$/ },
];

const OPENERS = new Set(['os.OpenFile', 'os.Create']);

/** An `os.OpenFile`/`os.Create` call and the variable its file is assigned to. */
export interface GoFileOpen {
  call: Call;
  variable?: string;
}

/** File opens in a Go file, with the variable each is bound to (`f, err := os.OpenFile(…)`). */
export function goFileOpens(context: RuleContext, facts: SyntaxFacts): GoFileOpen[] {
  if (!facts.imports.modules.has('os')) return [];
  const skeleton = codeSkeleton(facts, context.text);
  return facts.calls
    .filter((call) => OPENERS.has(call.callee))
    .map((call) => {
      const before = skeleton.slice(skeleton.lastIndexOf('\n', call.start - 1) + 1, call.start);
      const bound = /(?:^|[\s(;{])(?:var\s+)?([A-Za-z_]\w*)\s*(?:,\s*[A-Za-z_]\w*\s*)?:?=\s*$/.exec(before);
      return { call, variable: bound?.[1] };
    });
}

/** Logger sink calls that receive one of these files, mapped to the open they use. */
export function goLoggedFiles(facts: SyntaxFacts, opens: GoFileOpen[]): Map<Call, GoFileOpen> {
  const found = new Map<Call, GoFileOpen>();
  for (const call of facts.calls) {
    const sink = WRITER_SINKS.find((s) => s.callee === call.callee);
    if (!sink || !importsModule(facts, sink.module)) continue;
    const writer = call.args[0];
    const open = opens.find((o) => o.variable !== undefined && writer !== undefined && new RegExp(`(^|[^\\w.])${o.variable}\\b`).test(writer.text));
    const path = open?.call.args[0];
    if (open && !(path?.value !== undefined && isStandardStream(path.value))) found.set(call, open);
  }
  return found;
}

function lumberjackFix(context: RuleContext, facts: SyntaxFacts, call: Call): TextEdit[] | undefined {
  // The literal must be a direct argument (log.SetOutput(&lumberjack.Logger{…})): a named logger may be closed later.
  if (!enclosingCall(facts, call)) return undefined;
  const skeleton = codeSkeleton(facts, context.text);
  if ((skeleton.match(/\blumberjack\./g) ?? []).length !== 1) return undefined;
  const importLiteral = facts.strings.find((s) => /natefinch\/lumberjack/.test(s.value) && !s.call && s.binding === 'other');
  if (!importLiteral) return undefined;
  const line = importLiteral.range.start.line;
  const lineText = context.index.lineText(line);
  // Only a line that holds nothing but the import spec can go; `import "x"` on its own line goes whole.
  if (!/^\s*(import\s+)?(\w+\s+)?"[^"]+"\s*$/.test(lineText)) return undefined;
  const start = context.index.lineStart(line);
  const end = context.index.lineStart(line + 1);
  const ampersand = context.text[call.start - 1] === '&' ? call.start - 1 : call.start;
  return [
    { range: context.index.range(ampersand, call.end), newText: 'os.Stdout' },
    { range: context.index.range(start, end > start ? end : context.index.lineEnd(line)), newText: '' },
    ...goImportEdits(facts, context.index),
  ];
}

function lumberjack(context: RuleContext, facts: SyntaxFacts, call: Call): Detection | undefined {
  if (call.callee !== 'lumberjack.Logger' || !importsModule(facts, /natefinch\/lumberjack/)) return undefined;
  const edits = lumberjackFix(context, facts, call);
  return { call, api: 'lumberjack.Logger', fix: edits ? stdoutEdit(edits, true) : undefined };
}

function zapPath(context: RuleContext, facts: SyntaxFacts, literal: StringLiteral): Detection | undefined {
  if (literal.name !== 'OutputPaths' && literal.name !== 'ErrorOutputPaths') return undefined;
  if (isStandardStream(literal.value) || !importsModule(facts, /^go\.uber\.org\/zap$/)) return undefined;
  const list = facts.calls.find((c) => c.callee === '[]string' && c.start < literal.start && literal.end <= c.end);
  const stream = literal.name === 'OutputPaths' ? 'stdout' : 'stderr';
  const element = list?.args.find((a) => a.start === literal.start);
  let edits: TextEdit[] = [replaceSpan(literal, `"${stream}"`)];
  // A list that already writes to a standard stream loses the file instead of gaining a duplicate stream.
  if (list && element && list.args.some((a) => a.value !== undefined && isStandardStream(a.value))) edits = [removeArgument(list, element, context.index)];
  return { span: literal, api: `zap ${literal.name}`, fix: stdoutEdit(edits, true) };
}

/** Go: lumberjack, zap output paths, and files from `os.OpenFile`/`os.Create` given to a logger. */
export function detectGo(context: RuleContext, facts: SyntaxFacts): Detection[] {
  const found: Detection[] = [];
  for (const call of facts.calls) {
    const detection = lumberjack(context, facts, call);
    if (detection) found.push(detection);
  }
  for (const literal of facts.strings) {
    const detection = zapPath(context, facts, literal);
    if (detection) found.push(detection);
  }
  for (const [call, open] of goLoggedFiles(facts, goFileOpens(context, facts))) {
    found.push({ call, api: `${call.callee}(<file from ${open.call.callee}>)` });
  }
  return found;
}
