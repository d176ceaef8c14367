import type { SyntaxFacts } from '../../languages/facts';
import type { CodeLanguage } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { examples } from './file-handler-in-code.examples';
import { detectCSharp } from './file-handler-csharp';
import { detectGo } from './file-handler-go';
import { detectJava } from './file-handler-java';
import { detectJavaScript } from './file-handler-js';
import { detectPhp } from './file-handler-php';
import { detectPython } from './file-handler-python';
import { detectRuby } from './file-handler-ruby';
import type { Detection } from './file-handler-shared';

type Detector = (context: RuleContext, facts: SyntaxFacts) => Detection[];

/** One detector per language; each anchors on its logging libraries' file sinks. */
const DETECTORS: Partial<Record<CodeLanguage, Detector>> = {
  javascript: (_, facts) => detectJavaScript(facts),
  typescript: (_, facts) => detectJavaScript(facts),
  tsx: (_, facts) => detectJavaScript(facts),
  python: detectPython,
  go: detectGo,
  java: detectJava,
  csharp: detectCSharp,
  ruby: detectRuby,
  php: detectPhp,
};

/** Every file-logging configuration in a code file. */
export function detectFileLogging(context: RuleContext): Detection[] {
  const facts = context.facts;
  const detector = facts ? DETECTORS[facts.language as CodeLanguage] : undefined;
  return facts && detector ? detector(context, facts) : [];
}

function check(context: RuleContext): void {
  for (const detection of detectFileLogging(context)) {
    const span = detection.span ?? detection.call?.calleeSpan;
    if (!span) continue;
    context.report({
      range: span.range,
      message: `${detection.api} writes logs to a file. Write the event stream to stdout and let the platform collect it (Twelve-Factor XI: Logs).`,
      severity: context.isTest ? 'hint' : undefined,
      fixes: detection.fix ? [detection.fix] : [],
    });
  }
}

export const fileHandlerInCode: Rule = {
  meta: {
    id: 'logs/file-handler-in-code',
    title: 'Logs written to a file',
    category: 'logs',
    reference: 'Twelve-Factor XI: Logs',
    rationale:
      'A twelve-factor process never manages log files: files fill disks, vanish with containers and are invisible to the platform. Writing the event stream to stdout lets the runtime route, store and search it.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'go', 'java', 'csharp', 'ruby', 'php'],
    docs: 'docs/rules/logs/file-handler-in-code.md',
    prefilter:
      /FileHandler|basicConfig|logger\.add|transports|DailyRotateFile|createWriteStream|destination|pino\/file|createLogger|configure|lumberjack|OutputPaths|SetOutput|slog\.New|zerolog|FileAppender|newAppender|WriteTo|FileTarget|AddFile|Logger\.new|error_log|StreamHandler|OpenFile|os\.Create/,
    examples,
  },
  check,
};
