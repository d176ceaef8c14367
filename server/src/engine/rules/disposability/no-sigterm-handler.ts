import type { FixData } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { detect, type Detection } from './no-sigterm-handler-detect';
import { examples } from './no-sigterm-handler.examples';
import { goShutdownFix, nodeShutdownFix } from './no-sigterm-handler-fixes';

const FACTOR = 'Twelve-Factor IX: Disposability';

function message(context: RuleContext, detection: Detection): string {
  switch (context.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return `${detection.what} starts a server but nothing handles SIGTERM: on a deploy or scale-down, Node exits at once and drops in-flight requests. Close the server on SIGTERM and exit when it has drained (${FACTOR}).`;
    case 'go':
      return `${detection.what} serves from main without signal.NotifyContext and Shutdown: on SIGTERM the process dies with requests in flight. Stop on SIGTERM and call Shutdown to drain (${FACTOR}).`;
    case 'java':
      return `${detection.what} starts a server in main without Runtime.addShutdownHook, so SIGTERM stops it mid-request. Stop the server from a shutdown hook (${FACTOR}).`;
    default:
      if (detection.kind === 'server') {
        return `${detection.what} serves until the process is killed: nothing in this file handles SIGTERM, so requests in flight are cut off. Shut the server down from a SIGTERM handler (${FACTOR}).`;
      }
      return `${detection.what} runs until it is killed: nothing in this file handles SIGTERM, so a job taken from the queue can be lost mid-way. Trap SIGTERM, finish or return the current job, then exit (${FACTOR}).`;
  }
}

function fixesFor(context: RuleContext, detection: Detection): FixData[] {
  if (!detection.start) return [];
  const fix = context.language === 'go' ? goShutdownFix(context, detection.start) : nodeShutdownFix(context, detection.start);
  return fix ? [fix] : [];
}

function check(context: RuleContext): void {
  // Test servers are torn down by the test runner.
  if (context.isTest) return;
  const detection = detect(context);
  if (!detection) return;
  context.report({ range: detection.span.range, message: message(context, detection), severity: detection.severity, fixes: fixesFor(context, detection) });
}

export const noSigtermHandler: Rule = {
  meta: {
    id: 'disposability/no-sigterm-handler',
    title: 'Server or worker without graceful shutdown',
    category: 'disposability',
    reference: 'Twelve-Factor IX: Disposability',
    rationale:
      'Platforms stop processes with SIGTERM on every deploy, scale-down and node drain. A process that ignores it is killed with requests in flight or a job half done; one that handles it stops listening, finishes its work and exits cleanly.',
    defaultSeverity: 'warning',
    languages: ['javascript', 'typescript', 'tsx', 'go', 'python', 'java', 'csharp', 'ruby', 'php'],
    docs: 'docs/rules/disposability/no-sigterm-handler.md',
    prefilter: /\.listen\s*\(|ListenAndServe|HttpServer|ServerSocket|\.Start\(|\.Run\(|\.Listen\(|while\s*\(?\s*(True|true|TRUE|1)\b|loop\s+do|for\s*\(\s*;\s*;/,
    examples,
  },
  check,
};
