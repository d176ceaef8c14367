import type { Rule, RuleContext } from '../rule';
import { detectSchedulers } from './in-process-scheduler-detect';
import { examples } from './in-process-scheduler.examples';

function check(context: RuleContext): void {
  if (context.isTest) return;
  for (const found of detectSchedulers(context)) {
    context.report({
      range: found.span.range,
      message: `${found.api} runs scheduled jobs inside the web process, so every replica runs them and scaling out duplicates the work. Run schedules as their own process type: a Procfile clock: process, a Kubernetes CronJob or Celery beat (Twelve-Factor VIII: Concurrency).`,
    });
  }
}

export const inProcessScheduler: Rule = {
  meta: {
    id: 'concurrency/in-process-scheduler',
    title: 'Scheduler inside the web process',
    category: 'concurrency',
    reference: 'Twelve-Factor VIII: Concurrency',
    rationale:
      'Twelve-factor apps scale out by running more processes of each type. A scheduler started inside the web process multiplies with it: two web replicas send every reminder twice, and scaling the web tier changes how often jobs run.',
    defaultSeverity: 'info',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'go', 'ruby', 'csharp'],
    docs: 'docs/rules/concurrency/in-process-scheduler.md',
    prefilter: /cron|schedule|Scheduler|agenda|Agenda|bree|NewTicker|time\.Tick|PeriodicTimer|@Scheduled/i,
    examples,
  },
  check,
};
