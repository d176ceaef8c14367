import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';

const FACTOR = 'Twelve-Factor VIII: Concurrency';

/** gunicorn reads `gunicorn.conf.py` (and whatever `-c` names; these are the names people use). */
const GUNICORN_CONFIG = /(^|\/)(gunicorn[\w.-]*\.conf\.py|gunicorn(_|-)?(conf|config|cfg|settings)\.py)$/;
/** puma reads `config/puma.rb` and `config/puma/<env>.rb`. */
const PUMA_CONFIG = /(^|\/)config\/puma(\.rb|\/[\w-]+\.rb)$/;
/** `import daemon` / `from daemon import …`: the python-daemon package. */
const PYTHON_DAEMON_IMPORT = /^\s*(import\s+daemon\b|from\s+daemon(\.\w+)?\s+import\b)/m;

function checkGunicornConfig(context: RuleContext): void {
  for (const assignment of context.facts?.assignments ?? []) {
    if (assignment.target !== 'daemon' || assignment.value.text !== 'True') continue;
    const fix: EditFix = { kind: 'edit', title: 'Set daemon = False', edits: [{ range: assignment.value.range, newText: 'False' }], fixAll: false, preferred: true };
    context.report({
      range: context.index.range(assignment.start, assignment.end),
      message: `gunicorn "daemon = True" detaches the server from the process that started it, so the container or process manager loses it (${FACTOR}). Keep gunicorn in the foreground.`,
      severity: context.isTest ? 'hint' : undefined,
      fixes: [fix],
    });
  }
}

function checkPythonDaemon(context: RuleContext): void {
  if (!PYTHON_DAEMON_IMPORT.test(context.text)) return;
  for (const call of context.facts?.calls ?? []) {
    if (call.callee !== 'daemon.DaemonContext' && call.callee !== 'DaemonContext') continue;
    context.report({
      range: context.index.range(call.calleeSpan.start, call.calleeSpan.end),
      message: `python-daemon's DaemonContext forks the process into the background and detaches it from its terminal and supervisor (${FACTOR}). Run in the foreground and let the process manager supervise it.`,
      severity: context.isTest ? 'hint' : undefined,
    });
  }
}

/** Bare `daemonize` has no arguments, so it is not a call in the facts; read the line. */
const BARE_DAEMONIZE = /^[ \t]*daemonize(?:[ \t]+true)?[ \t]*(?:#.*)?$/gm;

function checkPumaConfig(context: RuleContext): void {
  for (const match of context.text.matchAll(BARE_DAEMONIZE)) {
    const start = match.index! + match[0].indexOf('daemonize');
    context.report({
      range: context.index.range(start, start + 'daemonize'.length),
      message: `puma "daemonize" detaches the server from the process that started it (${FACTOR}); puma 5 removed it. Run puma in the foreground.`,
      severity: context.isTest ? 'hint' : 'info',
    });
  }
  for (const call of context.facts?.calls ?? []) {
    if (call.callee !== 'pidfile' || call.args.length !== 1) continue;
    context.report({
      range: context.index.range(call.start, call.end),
      message: `puma "pidfile" writes a PID file; in a container the runtime tracks the process and a stale file can block the next start (${FACTOR}). Remove it unless a local tool needs it.`,
      severity: context.isTest ? 'hint' : 'info',
    });
  }
}

/** Python and Ruby server configuration that daemonizes. */
export function checkCode(context: RuleContext): void {
  if (context.language === 'python') {
    if (GUNICORN_CONFIG.test(context.path)) checkGunicornConfig(context);
    checkPythonDaemon(context);
  } else if (context.language === 'ruby' && PUMA_CONFIG.test(context.path)) {
    checkPumaConfig(context);
  }
}
