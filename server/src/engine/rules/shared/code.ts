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
    const chars = text.split('');
    const blank = (start: number, end: number) => {
      for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    };
    for (const comment of facts.comments) blank(comment.start, comment.end);
    for (const literal of facts.strings) blank(literal.start + 1, literal.end - 1);
    skeleton = chars.join('');
    skeletons.set(facts, skeleton);
  }
  return skeleton;
}
