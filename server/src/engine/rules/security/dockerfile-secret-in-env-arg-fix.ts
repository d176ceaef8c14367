import type { Dockerfile, Instruction } from 'dockerfile-ast';
import type { EditFix, TextEdit } from '../../types';
import type { RuleContext } from '../rule';
import type { Stage } from '../shared/dockerCommands';

/** `$NAME` or `${NAME…}` in an instruction's text. */
export function references(text: string, name: string): boolean {
  return new RegExp(`\\$(\\{${name}\\b|${name}(?![A-Za-z0-9_]))`).test(text);
}

/** The BuildKit secret id for a build argument: `NPM_TOKEN` → `npm_token`. */
export function secretId(name: string): string {
  return name.toLowerCase();
}

/** The `docker build` flag that supplies the secret from the builder's environment. */
export function buildFlag(name: string): string {
  return `--secret id=${secretId(name)},env=${name}`;
}

/**
 * "Use a BuildKit secret mount": every `RUN` of the stage that reads the
 * argument gets `--mount=type=secret,id=<id>,env=<NAME>`, the `ARG` goes, and
 * a `# syntax=docker/dockerfile:1` directive is added when there is none (the
 * `env=` option needs the current frontend). Undefined when another
 * instruction reads the argument (it would lose its value) or no `RUN` does.
 */
export function secretMountFix(context: RuleContext, dockerfile: Dockerfile, stage: Stage, arg: Instruction, name: string): EditFix | undefined {
  const after = stage.instructions.filter((i) => i.getRange().start.line > arg.getRange().start.line);
  // Flags included: `COPY --chown=$USER` and `RUN --mount=…,id=$X` read arguments too.
  const textOf = (i: Instruction): string => context.text.slice(context.index.offsetAt(i.getInstructionRange().end), context.index.offsetAt(i.getRange().end));
  const readers = after.filter((i) => references(textOf(i), name));
  if (readers.length === 0 || readers.some((i) => i.getKeyword() !== 'RUN')) return undefined;
  const edits: TextEdit[] = [];
  if (!dockerfile.getDirectives().some((d) => d.getName().toLowerCase() === 'syntax')) {
    edits.push({ range: context.index.range(0, 0), newText: '# syntax=docker/dockerfile:1\n' });
  }
  const range = arg.getRange();
  const start = context.index.lineStart(range.start.line);
  const end = range.end.line + 1 < context.index.lineCount ? context.index.lineStart(range.end.line + 1) : context.index.lineEnd(range.end.line);
  edits.push({ range: context.index.range(start, end), newText: '' });
  for (const run of readers) {
    const at = context.index.offsetAt(run.getInstructionRange().end);
    edits.push({ range: context.index.range(at, at), newText: ` --mount=type=secret,id=${secretId(name)},env=${name}` });
  }
  return { kind: 'edit', title: `Use a BuildKit secret mount instead (build with: docker build ${buildFlag(name)} .)`, edits, fixAll: false, preferred: true };
}
