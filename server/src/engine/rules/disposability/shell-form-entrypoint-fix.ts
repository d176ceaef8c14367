import type { ShellCommand, ShellScript } from '../shared/shell';
import { isAssignment, splitShell } from '../shared/shell';

/** Words that start compound commands: `exec` cannot go in front of them. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', '{', '}', '!', 'function', 'select', 'time']);

/** The last command of a script, unless it runs in the background. */
export function lastCommand(script: ShellScript): ShellCommand | undefined {
  return script.commands[script.commands.length - 1];
}

/** The command replaces the shell (`exec node server.js`). */
export function startsWithExec(command: ShellCommand): boolean {
  const first = command.words.find((w) => !isAssignment(w));
  return first?.value === 'exec';
}

/**
 * Offset (in the script's coordinates) where `exec ` can be inserted so the
 * last command replaces the shell, or undefined when that would change its
 * meaning: pipelines, background jobs, compound commands, leading assignments.
 */
export function execInsertionPoint(script: ShellScript): number | undefined {
  if (script.complex) return undefined;
  const last = lastCommand(script);
  if (!last || last.before === '|' || (last.after !== undefined && last.after !== ';' && last.after !== '\n')) return undefined;
  const first = last.words[0];
  if (!first || first.complex || isAssignment(first) || KEYWORDS.has(first.value) || first.value === 'exec') return undefined;
  return first.start;
}

/** `CMD node server.js` → `["node", "server.js"]`, when every word survives without a shell. */
export function execFormText(script: ShellScript): string | undefined {
  if (script.complex || script.commands.length !== 1) return undefined;
  const [command] = script.commands;
  if (!command || command.after !== undefined || command.words.some((w) => w.complex)) return undefined;
  return `[${command.words.map((w) => JSON.stringify(w.value)).join(', ')}]`;
}

/**
 * `CMD npm run migrate && node server.js` → `["sh", "-c", "npm run migrate && exec node server.js"]`.
 * `joined` is the shell-form text with continuation lines already joined.
 */
export function shellWrapText(joined: string): string | undefined {
  const script = splitShell(joined);
  const at = execInsertionPoint(script);
  if (at === undefined) return undefined;
  const withExec = `${joined.slice(0, at)}exec ${joined.slice(at)}`.trim();
  return `["sh", "-c", ${JSON.stringify(withExec)}]`;
}
