import type { Call } from '../languages/facts';

const LOG_METHODS = new Set([
  'log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'critical', 'verbose', 'silly',
  'notice', 'exception', 'success', 'fail', 'logf', 'infof', 'warnf', 'errorf', 'debugf', 'printf', 'println',
]);
const LOG_RECEIVER = /(^|\.)(console|log|logger|logging|_?log(ger)?|LOG(GER)?|Log(ger)?|winston|pino|bunyan|signale|consola|debug|core|warnings|click|typer|rich|app\.logger|current_app\.logger)$/i;
const PRINT_CALLS = new Set(['print', 'println', 'printf', 'puts', 'echo', 'alert', 'confirm', 'prompt', 'debug', 'assert']);
const I18N_CALLS = /^(t|_|__|i18n\.t|i18next\.t|\$t|gettext|ngettext|_l|lazy_gettext|gettext_lazy|intl\.formatMessage|translate|msg)$/;
const TEST_CALLS = /^(describe|it|test|context|suite|specify|xit|fit|xdescribe)(\.(only|skip|each|todo))?$/;
const EXCEPTION_NAME = /(Error|Exception|Warning|Fault|Failure)$/;

/**
 * Calls whose string arguments are messages for people (logs, exceptions,
 * UI text, test names), never configuration.
 */
export function isMessageSink(call: Call): boolean {
  const callee = call.callee;
  const dot = callee.lastIndexOf('.');
  const method = dot >= 0 ? callee.slice(dot + 1) : callee;
  const receiver = dot >= 0 ? callee.slice(0, dot) : '';
  if (LOG_METHODS.has(method) && (receiver === '' ? method === 'log' : LOG_RECEIVER.test(receiver))) return true;
  if (receiver === '' && PRINT_CALLS.has(method)) return true;
  if (I18N_CALLS.test(callee) || TEST_CALLS.test(callee)) return true;
  return EXCEPTION_NAME.test(method) && /^[A-Z]/.test(method);
}
