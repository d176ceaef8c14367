import type { SyntaxFacts } from '../../languages/facts';

const skeletons = new WeakMap<SyntaxFacts, string>();

/**
 * The file's code with comments and the contents of string literals blanked
 * (same length, line breaks kept, quotes kept), so a pattern over it matches
 * only real code: `verify=False` in a docstring or a comment is gone.
 */
export function codeSkeleton(facts: SyntaxFacts, text: string): string {
  let skeleton = skeletons.get(facts);
  if (skeleton === undefined) {
    const ranges: [number, number][] = [];
    for (const comment of facts.comments) ranges.push([comment.start, comment.end]);
    for (const literal of facts.strings) if (literal.end - literal.start > 2) ranges.push([literal.start + 1, literal.end - 1]);
    ranges.sort((a, b) => a[0] - b[0]);
    // Slices of the text and blanked runs, joined once: no per-character strings on large files.
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      const blanked = text.slice(from, end);
      parts.push(text.slice(at, from), /[\r\n]/.test(blanked) ? blanked.replace(/[^\r\n]/g, ' ') : ' '.repeat(blanked.length));
      at = end;
    }
    parts.push(text.slice(at));
    skeleton = parts.join('');
    skeletons.set(facts, skeleton);
  }
  return skeleton;
}

/** No brace block closes between `from` and `to`: both sit in the same body (or `to` in a block nested in it). */
export function sameBraceBlock(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return false;
  }
  return true;
}
