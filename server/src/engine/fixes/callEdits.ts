import type { Argument, Call, Span } from '../languages/facts';
import type { LineIndex } from '../text';
import type { TextEdit } from '../types';

export function replaceSpan(span: Span, newText: string): TextEdit {
  return { range: span.range, newText };
}

/** Removes one argument together with the separator next to it. */
export function removeArgument(call: Call, argument: Argument, index: LineIndex): TextEdit {
  const i = call.args.indexOf(argument);
  const next = call.args[i + 1];
  const previous = call.args[i - 1];
  if (next) return { range: index.range(argument.start, next.start), newText: '' };
  if (previous) return { range: index.range(previous.end, argument.end), newText: '' };
  return { range: argument.range, newText: '' };
}

export function keywordArgument(call: Call, keyword: string): Argument | undefined {
  return call.args.find((a) => a.keyword === keyword);
}
