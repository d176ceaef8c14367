import { readDotenvEntries, type DotenvEntry } from '../../formats/dotenv';
import type { StringLiteral } from '../../languages/facts';
import type { EditFix } from '../../types';
import type { RuleContext } from '../rule';
import { isDeployEnvFile } from '../processes/deploy-scope';
import type { ConfigSink } from './appender-xml';

/** Laravel's built-in channel drivers that write to files under storage/logs. */
const FILE_DRIVERS = new Set(['single', 'daily']);

/** `'default' =>` right before an offset: the value of the config's top-level default channel. */
const DEFAULT_KEY = /['"]default['"]\s*=>\s*$/;

interface Channels {
  drivers: Map<string, string>;
  /** Stack channel → the channels it lists (`'channels' => [...]` or `env('LOG_STACK', 'a,b')`). */
  stacks: Map<string, string[]>;
}

function channelsOf(strings: readonly StringLiteral[]): Channels {
  const drivers = new Map<string, string>();
  const stacks = new Map<string, string[]>();
  for (const s of strings) {
    const [channel, parent] = s.outerKeys ?? [];
    if (parent !== 'channels' || s.outerKeys?.length !== 2 || !channel) continue;
    if (s.name === 'driver') drivers.set(channel, s.value);
    else if (s.name === 'channels') stacks.set(channel, [...(stacks.get(channel) ?? []), s.value]);
  }
  // Laravel 11: `'channels' => explode(',', env('LOG_STACK', 'single'))` in the one `stack` channel.
  const stackDefault = strings.find((s) => s.call?.callee === 'env' && s.argumentIndex === 1 && s.call.args[0]?.value === 'LOG_STACK');
  for (const [channel, driver] of drivers) {
    if (driver === 'stack' && !stacks.has(channel) && stackDefault) stacks.set(channel, stackDefault.value.split(','));
  }
  return { drivers, stacks };
}

/** The literal naming the default channel: `'default' => 'daily'` or `'default' => env('LOG_CHANNEL', 'daily')`. */
function defaultLiteral(context: RuleContext, strings: readonly StringLiteral[]): StringLiteral | undefined {
  return strings.find((s) =>
    s.name === 'default' && !s.outerKeys?.length
      ? true
      : s.call?.callee === 'env' && s.argumentIndex === 1 && s.call.args[0]?.value === 'LOG_CHANNEL' && DEFAULT_KEY.test(context.text.slice(0, s.call.start)),
  );
}

/** Laravel `config/logging.php` whose default channel (or a channel of its default stack) uses a file driver. */
export function detectLaravelConfig(context: RuleContext): ConfigSink[] {
  const facts = context.facts;
  if (!facts || !/(^|\/)config\/logging\.php$/.test(context.path)) return [];
  const literal = defaultLiteral(context, facts.strings);
  if (!literal) return [];
  const { drivers, stacks } = channelsOf(facts.strings);
  const name = literal.value;
  const driver = drivers.get(name);
  let what: string | undefined;
  if (driver && FILE_DRIVERS.has(driver)) what = `Laravel's default log channel '${name}' (driver '${driver}')`;
  else if (driver === 'stack') {
    const member = stacks.get(name)?.map((m) => m.trim()).find((m) => FILE_DRIVERS.has(drivers.get(m) ?? ''));
    if (member) what = `Laravel's default log stack '${name}' (channel '${member}', driver '${drivers.get(member)}')`;
  }
  if (!what) return [];
  // Offer the stock `stderr` channel only when the file defines it, so the fix never names a missing channel.
  const fix: EditFix | undefined = drivers.has('stderr')
    ? { kind: 'edit', title: "Use the 'stderr' log channel", edits: [{ range: context.index.range(literal.start + 1, literal.end - 1), newText: 'stderr' }], fixAll: false, preferred: true }
    : undefined;
  return [{ start: literal.start, end: literal.end, what, fix }];
}

/** Comma-separated channel names of the entry that name a file driver (`single`, `daily`). */
function fileChannels(entry: DotenvEntry): string[] {
  return entry.value.split(',').map((v) => v.trim()).filter((v) => FILE_DRIVERS.has(v));
}

/** `LOG_CHANNEL=daily` / `LOG_STACK=single` in a dotenv file a deploy uses (not templates, not dev/test files). */
export function detectLaravelEnv(context: RuleContext): ConfigSink[] {
  if (!isDeployEnvFile(context.path, context.workspace)) return [];
  const sinks: ConfigSink[] = [];
  for (const entry of readDotenvEntries(context.text)) {
    if (entry.key !== 'LOG_CHANNEL' && entry.key !== 'LOG_STACK') continue;
    const channels = fileChannels(entry);
    if (channels.length === 0) continue;
    // Only a value that is exactly one file channel is replaced; a list (`single,slack`) needs a human.
    const exact = channels.length === 1 && entry.value.trim() === channels[0];
    const fix: EditFix | undefined = exact
      ? { kind: 'edit', title: `Set ${entry.key}=stderr`, edits: [{ range: context.index.range(entry.valueStart, entry.valueEnd), newText: 'stderr' }], fixAll: false, preferred: true }
      : undefined;
    sinks.push({ start: entry.valueStart, end: entry.valueEnd, what: `Laravel \`${entry.key}=${entry.value}\` (file driver '${channels[0]}')`, fix });
  }
  return sinks;
}
