import type { Call, Span, SyntaxFacts } from '../../languages/facts';
import type { RuleContext } from '../rule';
import { codeSkeleton } from '../shared/code';
import { serverStarts } from '../shared/servers';
import { braceBlock, contains, mainBlock } from '../disposability/no-sigterm-handler-blocks';

/** A scheduler started in a file that also runs the web process. */
export interface Scheduled {
  span: Span;
  /** The scheduler, as the message names it. */
  api: string;
}

/** JS scheduler libraries: the module the call must come from, and the calls that register or start jobs. */
const JS_SCHEDULERS: ReadonlyArray<{ module: RegExp; callee: RegExp; api: string }> = [
  { module: /^node-cron$/, callee: /(^|\.)schedule$/, api: 'node-cron' },
  { module: /^cron$/, callee: /(^|\.)CronJob(\.from)?$/, api: 'cron CronJob' },
  { module: /^node-schedule$/, callee: /(^|\.)scheduleJob$/, api: 'node-schedule' },
  { module: /^(agenda|@hokify\/agenda)$/, callee: /^agenda\.start$/, api: 'Agenda' },
  { module: /^croner$/, callee: /^Cron$/, api: 'croner' },
  { module: /^toad-scheduler$/, callee: /\.(addSimpleIntervalJob|addCronJob|addIntervalJob)$/, api: 'toad-scheduler' },
  { module: /^bree$/, callee: /^bree\.start$/, api: 'Bree' },
];
const PY_SCHEDULER = /^(?:\w+\.)*(Background|AsyncIO|Gevent|Tornado|Twisted|Qt)Scheduler\(|^APScheduler\(/;
const PY_WEB_APP = /^((flask|fastapi|quart|sanic|starlette\.applications)\.)?(Flask|FastAPI|Quart|Sanic|Starlette)$/;

function hasModule(facts: SyntaxFacts, module: RegExp): boolean {
  return [...facts.imports.modules].some((m) => module.test(m));
}

function assignedFrom(facts: SyntaxFacts, call: Call, factory: RegExp): boolean {
  const receiver = call.callee.slice(0, call.callee.lastIndexOf('.'));
  return facts.assignments.some((a) => a.target === receiver && factory.test(a.value.text));
}

function javascript(context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  if (serverStarts({ facts, text: context.text, index: context.index }).length === 0) return [];
  const found: Scheduled[] = [];
  for (const scheduler of JS_SCHEDULERS) {
    if (!hasModule(facts, scheduler.module)) continue;
    for (const call of facts.calls) if (scheduler.callee.test(call.callee)) found.push({ span: call.calleeSpan, api: scheduler.api });
  }
  return found;
}

function python(_context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  if (!hasModule(facts, /^(apscheduler|flask_apscheduler)/)) return [];
  const webApp = facts.calls.some((c) => PY_WEB_APP.test(c.callee)) || hasModule(facts, /^django\.apps$/);
  if (!webApp) return [];
  return facts.calls
    .filter((c) => /\.start$/.test(c.callee) && assignedFrom(facts, c, PY_SCHEDULER))
    .map((c) => ({ span: c.calleeSpan, api: 'APScheduler' }));
}

function java(context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  if (!hasModule(facts, /^org\.springframework\.scheduling\.annotation/) || hasModule(facts, /^net\.javacrumbs\.shedlock/)) return [];
  const skeleton = codeSkeleton(facts, context.text);
  if (/@SchedulerLock\b/.test(skeleton)) return [];
  return [...skeleton.matchAll(/@Scheduled\b/g)].map((m) => ({
    span: { start: m.index, end: m.index + m[0].length, range: context.index.range(m.index, m.index + m[0].length) },
    api: 'Spring @Scheduled',
  }));
}

function go(context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  const skeleton = codeSkeleton(facts, context.text);
  const main = mainBlock(skeleton, /\bfunc\s+main\s*\(\s*\)\s*/);
  if (!main || !serverStarts({ facts, text: context.text, index: context.index }).some((s) => contains(main, s.call.start))) return [];
  const goroutines = [...skeleton.slice(main.start, main.end).matchAll(/\bgo\s+func\s*\([^)]*\)\s*/g)]
    .map((m) => braceBlock(skeleton, main.start + m.index + m[0].length))
    .filter((b) => b !== undefined);
  return facts.calls
    .filter((c) => /^time\.(NewTicker|Tick)$/.test(c.callee) && goroutines.some((b) => contains(b, c.start)))
    .map((c) => ({ span: c.calleeSpan, api: `a ${c.callee} loop` }));
}

function ruby(context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  // Initializers and config.ru run in every web process (and every console and rake task).
  if (!/(^|\/)(config\/initializers\/[^/]+\.rb|config\.ru)$/.test(context.path)) return [];
  return facts.calls
    .filter((c) => /^Rufus\.Scheduler\.(new|singleton|start_new)$/.test(c.callee))
    .map((c) => ({ span: c.calleeSpan, api: 'rufus-scheduler' }));
}

function csharp(context: RuleContext, facts: SyntaxFacts): Scheduled[] {
  const skeleton = codeSkeleton(facts, context.text);
  if (!/\bPeriodicTimer\b/.test(skeleton) || !/\bWebApplication\b/.test(skeleton)) return [];
  if (!facts.calls.some((c) => /\.Run(Async)?$/.test(c.callee))) return [];
  return facts.calls
    .filter((c) => /(^|\.)AddHostedService$/.test(c.callee))
    .map((c) => ({ span: c.calleeSpan, api: 'a PeriodicTimer hosted service' }));
}

const DETECTORS: Partial<Record<string, (context: RuleContext, facts: SyntaxFacts) => Scheduled[]>> = {
  javascript,
  typescript: javascript,
  tsx: javascript,
  python,
  java,
  go,
  ruby,
  csharp,
};

/** Schedulers started in the same file as the web server. */
export function detectSchedulers(context: RuleContext): Scheduled[] {
  const facts = context.facts;
  const detector = facts ? DETECTORS[facts.language] : undefined;
  return facts && detector ? detector(context, facts) : [];
}
