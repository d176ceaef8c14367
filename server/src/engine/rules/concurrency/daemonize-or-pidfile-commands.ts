import type { ShellScript } from '../shared/shell';
import { baseName } from '../shared/shell';

/** A word with its source offsets when they are known exactly (for fixes). */
export interface Word {
  value: string;
  start?: number;
  end?: number;
}

/** A simple command, from a shell script or an exec-form argv. */
export interface Command {
  words: Word[];
  /** Runs in the background (`&`) as the last command of the script. */
  background: boolean;
  /** Offsets of the ` &` to delete, when known. */
  backgroundStart?: number;
  backgroundEnd?: number;
}

export interface Problem {
  start?: number;
  end?: number;
  what: string;
  kind: 'daemon' | 'pidfile' | 'supervisord';
  edits?: { start: number; end: number; newText: string }[];
  fixTitle?: string;
}

interface ProgramFlags {
  programs: RegExp;
  /** Options that detach the process. */
  daemon: readonly string[];
  /** Options that write a PID file (beyond the generic `--pidfile`). */
  pid?: readonly string[];
}

/** Servers and workers that can detach themselves, with the options that make them do it. */
const PROGRAMS: readonly ProgramFlags[] = [
  { programs: /^gunicorn$/, daemon: ['-D', '--daemon'], pid: ['-p', '--pid'] },
  { programs: /^unicorn(_rails)?$/, daemon: ['-D', '--daemonize'] },
  { programs: /^celery$/, daemon: ['--detach'] },
  { programs: /^puma$/, daemon: ['-d', '--daemon'] },
  { programs: /^uwsgi$/, daemon: ['--daemonize', '--daemonize2'] },
  { programs: /^sidekiq$/, daemon: ['-d', '--daemon'], pid: ['-P'] },
  { programs: /^thin$/, daemon: ['-d', '--daemonize'] },
  { programs: /^php-fpm[\d.]*$/, daemon: ['-D', '--daemonize'] },
  { programs: /^(mysqld|mongod)$/, daemon: ['--daemonize', '--fork'] },
];
const PIDFILE_OPTIONS = ['--pidfile', '--pid-file'];

/** Launchers that precede the real program. */
const LAUNCHERS = new Set(['exec', 'sudo', 'env', 'npx', 'bunx', 'gosu', 'su-exec', 'chpst', 'setsid', 'nice']);

/** Commands of a shell script; `pos` maps a script offset to a file offset (undefined when not exact). */
export function commandsOfScript(script: ShellScript, pos: (offset: number) => number | undefined): Command[] {
  return script.commands.map((c, i) => {
    const last = i === script.commands.length - 1;
    const words = c.words.map((w) => ({ value: w.value, start: pos(w.start), end: pos(w.end) }));
    const lastWord = c.words[c.words.length - 1];
    const background = last && c.after === '&';
    return {
      words,
      background,
      backgroundStart: background && lastWord ? pos(lastWord.end) : undefined,
      backgroundEnd: background && c.afterEnd !== undefined ? pos(c.afterEnd) : undefined,
    };
  });
}

function optionValue(words: readonly Word[], names: readonly string[]): { word: Word; value: string | undefined } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.value;
    for (const name of names) {
      if (w === name) return { word: words[i]!, value: words[i + 1]?.value };
      if (name.startsWith('--') && w.startsWith(`${name}=`)) return { word: words[i]!, value: w.slice(name.length + 1) };
    }
  }
  return undefined;
}

function span(a: Word | undefined, b: Word | undefined): { start?: number; end?: number } {
  return { start: a?.start, end: b?.end };
}

/** `nohup … &` and a trailing `&`: the fix drops both. */
function backgrounded(command: Command, words: Word[]): Problem | undefined {
  const nohup = words[0]?.value === 'nohup' ? words[0] : undefined;
  if (!nohup && !command.background) return undefined;
  const edits: Problem['edits'] = [];
  let exact = true;
  if (nohup) {
    const next = words[1];
    if (nohup.start !== undefined && next?.start !== undefined) edits.push({ start: nohup.start, end: next.start, newText: '' });
    else exact = false;
  }
  if (command.background) {
    if (command.backgroundStart !== undefined && command.backgroundEnd !== undefined) edits.push({ start: command.backgroundStart, end: command.backgroundEnd, newText: '' });
    else exact = false;
  }
  const what = nohup && command.background ? 'nohup … &' : nohup ? 'nohup' : 'a trailing "&"';
  const title = nohup && command.background ? 'Remove nohup and the trailing "&"' : nohup ? 'Remove nohup' : 'Remove the trailing "&"';
  return { ...span(words[0], words[words.length - 1]), what, kind: 'daemon', edits: exact ? edits : undefined, fixTitle: title };
}

/** The process-manager and init-script forms: `pm2 start`, `forever start`, `service nginx start`. */
function managed(words: Word[], program: string): Problem | undefined {
  const sub = words[1]?.value;
  if (program === 'pm2' && sub === 'start' && !words.some((w) => w.value === '--no-daemon')) {
    const [pm2, start] = words;
    const exact = pm2?.start !== undefined && start?.end !== undefined;
    return { ...span(pm2, start), what: 'pm2 start', kind: 'daemon', fixTitle: 'Use pm2-runtime (foreground)', edits: exact ? [{ start: pm2.start!, end: start.end!, newText: 'pm2-runtime' }] : undefined };
  }
  if (program === 'forever' && sub === 'start') return { ...span(words[0], words[1]), what: 'forever start', kind: 'daemon' };
  if ((program === 'service' && /^(start|restart)$/.test(words[2]?.value ?? '')) || (/^\/etc\/init\.d\//.test(words[0]!.value) && /^(start|restart)$/.test(sub ?? ''))) {
    return { ...span(words[0], words[program === 'service' ? 2 : 1]), what: `${words.slice(0, program === 'service' ? 3 : 2).map((w) => w.value).join(' ')}`, kind: 'daemon' };
  }
  if (program === 'supervisord' && !words.some((w) => /^(-n|--nodaemon)$/.test(w.value))) return { ...span(words[0], words[0]), what: 'supervisord', kind: 'supervisord' };
  if (program === 'celery' && sub === 'multi') return { ...span(words[0], words[2]), what: 'celery multi', kind: 'daemon' };
  return undefined;
}

function flagged(words: Word[], program: string): Problem | undefined {
  const entry = PROGRAMS.find((p) => p.programs.test(program));
  const daemon = entry && optionValue(words, entry.daemon);
  if (daemon) return { ...span(daemon.word, daemon.word), what: `${program} ${daemon.word.value}`, kind: 'daemon' };
  if (program === 'redis-server') {
    const d = optionValue(words, ['--daemonize']);
    if (d?.value === 'yes') return { ...span(d.word, words[words.indexOf(d.word) + 1]), what: 'redis-server --daemonize yes', kind: 'daemon' };
  }
  const pid = optionValue(words, [...PIDFILE_OPTIONS, ...(entry?.pid ?? [])]);
  if (pid && pid.value !== undefined && pid.value !== '' && pid.value !== '/dev/null') return { ...span(pid.word, pid.word), what: `${program} ${pid.word.value.replace(/=.*/, '')}`, kind: 'pidfile' };
  return undefined;
}

/** What in this command daemonizes the main process or writes a PID file. */
export function problemOf(command: Command): Problem | undefined {
  const background = backgrounded(command, command.words);
  if (background) return background;
  let words = command.words;
  while (words.length > 1 && (LAUNCHERS.has(baseName(words[0]!.value)) || /^[A-Za-z_]\w*=/.test(words[0]!.value))) words = words.slice(1);
  const first = words[0];
  if (!first) return undefined;
  const program = baseName(first.value);
  return managed(words, program) ?? flagged(words, program);
}
