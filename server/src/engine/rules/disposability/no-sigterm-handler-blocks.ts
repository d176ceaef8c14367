/**
 * Code blocks found from the code skeleton (comments and string contents
 * blanked): brace-delimited bodies and Python/Ruby indented bodies. Facts carry
 * no scopes, so the disposability and concurrency rules use these to ask
 * "is this call inside main / inside this loop".
 */

/** A half-open offset range `[start, end)`. */
export interface Block {
  start: number;
  end: number;
}

/** The `{ … }` body that opens at or after `from`, braces included; undefined when unbalanced. */
export function braceBlock(skeleton: string, from: number): Block | undefined {
  const open = skeleton.indexOf('{', from);
  if (open < 0) return undefined;
  let depth = 0;
  for (let i = open; i < skeleton.length; i++) {
    const c = skeleton[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { start: open, end: i + 1 };
  }
  return undefined;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)?.[0].length ?? 0;
}

/** The lines indented deeper than the header line that starts at `headerStart` (Python suites, Ruby `do` bodies). */
export function indentedBlock(skeleton: string, headerStart: number): Block {
  const lineStart = skeleton.lastIndexOf('\n', headerStart - 1) + 1;
  const headerEnd = skeleton.indexOf('\n', headerStart);
  const base = indentOf(skeleton.slice(lineStart, headerEnd < 0 ? undefined : headerEnd));
  let end = headerEnd < 0 ? skeleton.length : headerEnd + 1;
  while (end < skeleton.length) {
    const next = skeleton.indexOf('\n', end);
    const line = skeleton.slice(end, next < 0 ? skeleton.length : next).replace(/\r$/, '');
    if (line.trim() !== '' && indentOf(line) <= base) break;
    end = next < 0 ? skeleton.length : next + 1;
  }
  return { start: headerStart, end };
}

/** The body of `func main()` (Go) or `static … void main(` (Java), or undefined. */
export function mainBlock(skeleton: string, pattern: RegExp): Block | undefined {
  const m = pattern.exec(skeleton);
  return m ? braceBlock(skeleton, m.index + m[0].length) : undefined;
}

export function contains(block: Block, offset: number): boolean {
  return offset >= block.start && offset < block.end;
}
