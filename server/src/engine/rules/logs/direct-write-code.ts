import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage } from '../../types';
import type { RuleContext } from '../rule';
import { goFileOpens, goLoggedFiles } from './file-handler-go';
import { isLogFilePath } from './file-handler-shared';

/** One way of appending to a file: the callee, where the path is, and how the call says "append". */
interface AppendSink {
  callee: RegExp;
  isNew?: boolean;
  /** The call appends (mode `"a"`, `FILE_APPEND`, `append: true`); absent when the API always appends. */
  appends?: (call: Call, facts: SyntaxFacts) => boolean;
  api: string;
}

const modeArg = (index: number, keyword?: string) => (call: Call) => {
  const mode = (keyword && call.args.find((a) => a.keyword === keyword)) || call.args.filter((a) => !a.keyword)[index];
  return mode?.value !== undefined && /^a[bt+]*$/.test(mode.value);
};
const argText = (pattern: RegExp, from = 1) => (call: Call) => call.args.slice(from).some((a) => pattern.test(a.text));

/** Per-language append sinks. JS `createWriteStream` is `logs/file-handler-in-code`'s (it already reports log paths). */
const SINKS: Partial<Record<CodeLanguage, readonly AppendSink[]>> = {
  javascript: [
    {
      callee: /^((fs|fsp|fs\.promises|promises|fse)\.)?appendFile(Sync)?$/,
      // A bare appendFile must be the one imported from fs.
      appends: (call, facts) => call.callee.includes('.') || /^(node:)?fs(\/promises)?$|^fs-extra$/.test(facts.imports.names.get(call.callee) ?? ''),
      api: 'fs.appendFile',
    },
  ],
  python: [{ callee: /^(io\.)?open$/, appends: modeArg(1, 'mode'), api: 'open(…, "a")' }],
  go: [{ callee: /^os\.OpenFile$/, appends: argText(/O_APPEND/), api: 'os.OpenFile(…, os.O_APPEND…)' }],
  java: [
    { callee: /^(java\.nio\.file\.)?Files\.(write|writeString|newBufferedWriter|newOutputStream)$/, appends: argText(/\bAPPEND\b/), api: 'Files.write(…, APPEND)' },
    { callee: /^(java\.io\.)?(FileWriter|FileOutputStream)$/, isNew: true, appends: (c) => c.args[1]?.text === 'true', api: 'new FileWriter(…, true)' },
  ],
  csharp: [
    { callee: /^(System\.IO\.)?File\.(AppendAllText|AppendAllLines|AppendText|AppendAllTextAsync|AppendAllLinesAsync)$/, api: 'File.AppendAllText' },
    { callee: /^(System\.IO\.)?StreamWriter$/, isNew: true, appends: (c) => c.args.some((a, i) => a.text === 'true' && (i === 1 || a.keyword === 'append')), api: 'new StreamWriter(…, append: true)' },
  ],
  ruby: [
    { callee: /^File\.(open|new)$/, appends: modeArg(1, 'mode'), api: 'File.open(…, "a")' },
    { callee: /^File\.write$/, appends: modeArg(99, 'mode'), api: 'File.write(…, mode: "a")' },
  ],
  php: [
    { callee: /^file_put_contents$/, appends: argText(/\bFILE_APPEND\b/, 2), api: 'file_put_contents(…, FILE_APPEND)' },
    { callee: /^fopen$/, appends: modeArg(1), api: "fopen(…, 'a')" },
  ],
};
SINKS.typescript = SINKS.javascript;
SINKS.tsx = SINKS.javascript;

/** The static text of the path argument: its value, or the string literals inside it (`__DIR__ . '/logs/a.log'`). */
function pathTexts(facts: SyntaxFacts, arg: Argument | undefined): string[] {
  if (!arg) return [];
  if (arg.value !== undefined) return [arg.value];
  return facts.strings.filter((s) => s.start >= arg.start && s.end <= arg.end).map((s) => s.value);
}

/** One code append to a log file. */
export interface DirectWrite {
  call: Call;
  api: string;
}

/** Appends to log-file paths in a code file, leaving out Go files that a logger already uses. */
export function detectDirectWrites(context: RuleContext, facts: SyntaxFacts): DirectWrite[] {
  const sinks = SINKS[facts.language as CodeLanguage] ?? [];
  const logged = facts.language === 'go' ? new Set([...goLoggedFiles(facts, goFileOpens(context, facts)).values()].map((o) => o.call)) : new Set<Call>();
  const found: DirectWrite[] = [];
  for (const call of facts.calls) {
    const sink = sinks.find((s) => s.callee.test(call.callee) && (s.isNew === undefined || s.isNew === call.isNew));
    if (!sink || logged.has(call) || (sink.appends && !sink.appends(call, facts))) continue;
    const paths = pathTexts(facts, call.args.find((a) => !a.keyword));
    if (paths.some((p) => isLogFilePath(p)) || (paths.length > 1 && isLogFilePath(paths.join('/')))) found.push({ call, api: sink.api });
  }
  return found;
}
