import type { Rule, RuleContext } from '../rule';
import { detectLaravelConfig, detectLaravelEnv } from './appender-laravel';
import { detectJson, detectProperties, detectYaml } from './appender-other';
import { detectXml, type ConfigSink } from './appender-xml';
import { examples } from './file-appender-in-config.examples';

const DETECTORS: Record<string, (context: RuleContext) => ConfigSink[]> = {
  xml: detectXml,
  properties: detectProperties,
  yaml: detectYaml,
  json: detectJson,
  php: detectLaravelConfig,
  dotenv: detectLaravelEnv,
};

function check(context: RuleContext): void {
  const detect = DETECTORS[context.language];
  if (!detect) return;
  for (const sink of detect(context)) {
    context.report({
      range: context.index.range(sink.start, sink.end),
      message: `${sink.what} writes logs to a file. Log to the console (stdout) and let the platform collect the stream (Twelve-Factor XI: Logs).`,
      // Logging configs under src/test/resources and other test folders only shape test output.
      severity: context.isTest || /(^|\/)src\/test\//.test(context.path) ? 'hint' : undefined,
      fixes: sink.fix ? [sink.fix] : [],
    });
  }
}

export const fileAppenderInConfig: Rule = {
  meta: {
    id: 'logs/file-appender-in-config',
    title: 'Log file configured in a logging config file',
    category: 'logs',
    reference: 'Twelve-Factor XI: Logs',
    rationale:
      'A logging configuration that routes events to files makes the app manage log storage: files fill disks, disappear with containers and are invisible to the platform. A console appender hands the stream to the runtime.',
    defaultSeverity: 'warning',
    languages: ['xml', 'properties', 'yaml', 'json', 'php', 'dotenv'],
    docs: 'docs/rules/logs/file-appender-in-config.md',
    prefilter: /FileAppender|<(File|RollingFile|RollingRandomAccessFile|RandomAccessFile|MemoryMappedFile)\b|type\s*[=:]\s*["']?\w*File|logging\.(file|path)|\bfile:|\bpath:|"(File|RollingFile)"|File\w*Handler|file-appender\.xml|LOG_CHANNEL|LOG_STACK|'channels'/i,
    examples,
  },
  check,
};
