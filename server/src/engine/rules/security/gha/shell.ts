/**
 * Just enough POSIX shell lexing for `run:` scripts: the quoting in effect at an
 * offset, and the script split into pipelines of simple commands.
 */
export type ShellMode = 'plain' | 'single' | 'double' | 'heredoc' | 'literal-heredoc' | 'comment';

/** A simple command of a pipeline, with its source offsets in the script. */
export interface Stage {
  start: number;
  end: number;
  text: string;
  /** Body of a here-document the command reads, if any. */
  body?: { start: number; end: number; text: string };
}

interface Heredoc {
  delimiter: string;
  literal: boolean;
}

type Frame = 'plain' | 'single' | 'double' | 'comment' | 'sub';

const HEREDOC = /^<<-?[ \t]*(['"]?)([\w.-]+)\1/;

interface Visitor {
  /** Called at every offset of plain top-level text. */
  top?(i: number, c: string): void;
  /** Called at every offset with the quoting in effect; returns true to stop. */
  mode?(i: number, mode: ShellMode): boolean;
  heredocBody?(start: number, end: number, resume: number): void;
}

/** Walks a script once, tracking quotes, comments, `$( )` and here-documents. */
function scan(script: string, visitor: Visitor): void {
  const stack: Frame[] = ['plain'];
  const pending: Heredoc[] = [];
  let i = 0;
  while (i < script.length) {
    const top = stack[stack.length - 1];
    if (visitor.mode?.(i, top === 'sub' ? 'plain' : top)) return;
    const c = script[i];
    if (top === 'single') {
      if (c === "'") stack.pop();
    } else if (top === 'comment') {
      if (c === '\n') {
        stack.pop();
        continue;
      }
    } else if (top === 'double') {
      if (c === '\\') i++;
      else if (c === '"') stack.pop();
      else if (script.startsWith('$(', i)) (stack.push('sub'), i++);
    } else {
      if (c === '\\') i++;
      else if (c === "'") stack.push('single');
      else if (c === '"') stack.push('double');
      else if (c === '#' && (i === 0 || /[\s;|&(]/.test(script[i - 1]))) stack.push('comment');
      else if (c === '(') stack.push('sub');
      else if (c === ')' && top === 'sub') stack.pop();
      else if (c === '<' && script.startsWith('<<', i) && !script.startsWith('<<<', i)) {
        const m = HEREDOC.exec(script.slice(i));
        if (m) pending.push({ delimiter: m[2], literal: m[1] !== '' });
      } else if (c === '\n' && pending.length > 0) {
        visitor.top?.(i, c);
        i = bodies(script, i + 1, pending.splice(0), visitor);
        continue;
      }
      if (stack.length === 1 && top === 'plain') visitor.top?.(i, c);
    }
    i++;
  }
}

/** Skips here-document bodies starting at a line start; returns the offset after the last delimiter line. */
function bodies(script: string, from: number, docs: Heredoc[], visitor: Visitor): number {
  let i = from;
  for (const doc of docs) {
    const start = i;
    while (i < script.length) {
      let end = script.indexOf('\n', i);
      if (end < 0) end = script.length;
      if (script.slice(i, end).trim() === doc.delimiter) {
        visitor.heredocBody?.(start, i, end + 1);
        i = end + 1;
        break;
      }
      for (let k = i; k < end; k++) if (visitor.mode?.(k, doc.literal ? 'literal-heredoc' : 'heredoc')) return script.length;
      i = end + 1;
      if (i >= script.length) visitor.heredocBody?.(start, script.length, script.length);
    }
  }
  return i;
}

/** The quoting in effect at an offset of a script. */
export function shellModeAt(script: string, offset: number): ShellMode {
  let found: ShellMode = 'plain';
  scan(script, {
    mode(i, mode) {
      if (i < offset) return false;
      found = mode;
      return true;
    },
  });
  return found;
}

/** The script's pipelines, each a list of simple commands (`a | b && c` → [[a, b], [c]]). */
export function pipelines(script: string): Stage[][] {
  const result: Stage[][] = [];
  let current: Stage[] = [];
  let start = 0;
  const close = (end: number) => {
    const text = script.slice(start, end);
    if (text.trim() !== '') current.push({ start, end, text });
  };
  const endPipeline = () => {
    if (current.length) result.push(current);
    current = [];
  };
  let skip = 0;
  scan(script, {
    top(i, c) {
      if (i < skip) return;
      const two = script.slice(i, i + 2);
      if (two === '&&' || two === '||') (close(i), endPipeline(), (start = i + 2), (skip = i + 2));
      else if (c === '|' && script[i - 1] !== '>') (close(i), (start = i + (two === '|&' ? 2 : 1)), (skip = start));
      else if (c === ';' || (c === '&' && !/[>&<]/.test(script[i - 1] ?? '') && script[i + 1] !== '>') || (c === '\n' && script[i - 1] !== '\\')) {
        close(i), endPipeline(), (start = i + 1);
      }
    },
    heredocBody(bodyStart, bodyEnd, resume) {
      const opener = [...current, ...result.flat()].reverse().find((s) => /<<-?[ \t]*['"]?[\w.-]/.test(s.text) && !s.body);
      if (opener) opener.body = { start: bodyStart, end: bodyEnd, text: script.slice(bodyStart, bodyEnd) };
      start = resume;
    },
  });
  close(script.length);
  endPipeline();
  return result;
}
