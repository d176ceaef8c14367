import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import type { LineIndex } from '../text';

const cache = new WeakMap<LineIndex, Dockerfile>();

/** The Dockerfile's syntax tree, parsed once per file text. Its ranges are LSP ranges, like ours. */
export function dockerfileOf(context: { text: string; index: LineIndex }): Dockerfile {
  let parsed = cache.get(context.index);
  if (!parsed) {
    parsed = DockerfileParser.parse(context.text);
    cache.set(context.index, parsed);
  }
  return parsed;
}

/** Instructions of the last build stage: what the final image runs (multi-stage builders do not ship). */
export function finalStageInstructions(dockerfile: Dockerfile): Instruction[] {
  const instructions = dockerfile.getInstructions();
  let start = 0;
  instructions.forEach((instruction, i) => {
    if (instruction.getKeyword() === 'FROM') start = i;
  });
  return instructions.slice(start);
}
