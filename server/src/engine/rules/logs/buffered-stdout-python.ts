import type { Argument, Call, SyntaxFacts } from '../../languages/facts';
import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';

/** The binary layer under a standard stream: `sys.stdout.buffer`, `sys.stderr.detach()`, `sys.__stdout__.buffer`. */
const STREAM_BUFFER = /^sys\.(?:__)?(stdout|stderr)(?:__)?\.(?:buffer|detach\(\))$/;
const FALSY = /^(False|0|None)$/;

function isTextIOWrapper(facts: SyntaxFacts, call: Call): boolean {
  return call.callee === 'io.TextIOWrapper' || (call.callee === 'TextIOWrapper' && facts.imports.names.get('TextIOWrapper') === 'io');
}

/** The author flushes that stream, or prints with `flush=True`: buffering is handled by hand. */
function flushesByHand(facts: SyntaxFacts, stream: string): boolean {
  return facts.calls.some((c) => c.callee === `sys.${stream}.flush` || c.args.some((a) => a.keyword === 'flush' && a.text === 'True'));
}

function lineBufferingFix(context: RuleContext, call: Call, explicit: Argument | undefined): EditFix | undefined {
  const last = call.args[call.args.length - 1];
  const edit = explicit
    ? { range: context.index.range(explicit.start, explicit.end), newText: 'line_buffering=True' }
    : last && { range: context.index.range(last.end, last.end), newText: ', line_buffering=True' };
  return edit ? { kind: 'edit', title: 'Pass line_buffering=True', edits: [edit], fixAll: true, preferred: true } : undefined;
}

/** `sys.stdout = io.TextIOWrapper(sys.stdout.buffer, …)` without line buffering or write-through. */
export function checkPython(context: RuleContext): void {
  const facts = context.facts;
  if (!facts || context.isTest || !context.text.includes('TextIOWrapper')) return;
  for (const assignment of facts.assignments) {
    const target = /^sys\.(stdout|stderr)$/.exec(assignment.target);
    if (!target || assignment.value.kind !== 'call') continue;
    const call = facts.calls.find((c) => c.start === assignment.value.start && isTextIOWrapper(facts, c));
    const positional = call?.args.filter((a) => !a.keyword) ?? [];
    const source = STREAM_BUFFER.exec(positional[0]?.text.replace(/\s+/g, '') ?? '');
    // More than four positional arguments reach line_buffering itself; `**options` may hold it.
    if (!call || !source || positional.length > 4 || call.args.some((a) => a.text.startsWith('*'))) continue;
    const lineBuffering = call.args.find((a) => a.keyword === 'line_buffering');
    const writeThrough = call.args.find((a) => a.keyword === 'write_through');
    if ((lineBuffering && !FALSY.test(lineBuffering.text)) || (writeThrough && !FALSY.test(writeThrough.text))) continue;
    if (flushesByHand(facts, target[1])) continue;
    const fix = lineBufferingFix(context, call, lineBuffering);
    context.report({
      range: call.calleeSpan.range,
      message: `sys.${target[1]} is replaced by a TextIOWrapper without line_buffering, so output waits in its buffer even under PYTHONUNBUFFERED or python -u and is lost if the process dies. Pass \`line_buffering=True\`, or keep the stream and call \`sys.${target[1]}.reconfigure(encoding=…)\` (Twelve-Factor XI: Logs).`,
      fixes: fix ? [fix] : [],
    });
  }
}
