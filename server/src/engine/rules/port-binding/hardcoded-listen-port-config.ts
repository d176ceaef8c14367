import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import { isScalar } from 'yaml';
import { dockerfileOf, finalStageInstructions } from '../../formats/dockerfile';
import { entries, rangeOf, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { Range } from '../../types';
import type { RuleContext } from '../rule';
import { isLoopbackHost } from './hardcoded-listen-port-resolve';

const FACTOR = 'Twelve-Factor VII: Port binding';
/** Spring Boot application config; profile files for local development and tests are left alone. */
const SPRING_CONFIG = /(^|\/)(application|bootstrap)(-[\w.-]+)?\.(properties|ya?ml)$/;
const LOCAL_PROFILE = /-(dev|develop|development|local|test|tests?|it)\.(properties|ya?ml)$/i;

function reportSpring(context: RuleContext, range: Range, port: string): void {
  context.report({
    range,
    severity: 'info',
    message: `server.port is fixed at ${port}. Spring Boot already lets SERVER_PORT override it; write \${PORT:${port}} so the platform's PORT binds the service too (${FACTOR}).`,
    fixes: [{ kind: 'edit', title: `Read the port from PORT (default ${port})`, edits: [{ range, newText: `\${PORT:${port}}` }], fixAll: false, preferred: true }],
  });
}

/** `server.port=8080` in application*.properties. */
function springProperties(context: RuleContext): void {
  const re = /^[ \t]*server\.port[ \t]*[=:][ \t]*(\d{1,5})[ \t]*$/gm;
  for (let m = re.exec(context.text); m; m = re.exec(context.text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    reportSpring(context, context.index.range(start, start + m[1].length), m[1]);
  }
}

/** `server: { port: 8080 }` (or the flat key `server.port`) in application*.yml. */
function springYaml(context: RuleContext): void {
  const file = yamlOf(context);
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      if (entry.path.join('.') !== 'server.port' || !isScalar(entry.value)) continue;
      const port = scalarText(entry.value);
      const range = rangeOf(file, entry.value);
      if (port && range && /^\d{1,5}$/.test(port)) reportSpring(context, range, port);
    }
  }
}

/** An instruction's words: the JSON strings of the exec form, else the shell form's arguments. */
function words(instruction: Instruction): { value: string; range: Range }[] {
  const json = 'getJSONStrings' in instruction ? (instruction as JSONInstruction).getJSONStrings() : [];
  if (json.length > 0) return json.map((s) => ({ value: s.getJSONValue(), range: s.getRange() }));
  return instruction.getArguments().map((a) => ({ value: a.getValue(), range: a.getRange() }));
}

/** `php -S localhost:8000` as the image's command: PHP's development server on a fixed port. */
function phpBuiltinServer(context: RuleContext): void {
  for (const instruction of finalStageInstructions(dockerfileOf(context))) {
    if (!['CMD', 'ENTRYPOINT'].includes(instruction.getKeyword())) continue;
    const args = words(instruction);
    for (let i = 1; i + 1 < args.length; i++) {
      const m = /^(\[[^\]]*\]|[^:\s$]*):(\d{1,5})$/.exec(args[i + 1].value);
      if (args[i].value !== '-S' || !m || !/(^|\/)php[\d.]*$/.test(args[i - 1].value)) continue;
      const loopback = isLoopbackHost(m[1]) ? ` It binds ${m[1]}, which is unreachable from outside the container.` : '';
      context.report({
        range: args[i + 1].range,
        message: `php -S serves on the fixed port ${m[2]}; bind the port from PORT (for example through a small entrypoint script), or run php-fpm behind a web server (${FACTOR}).${loopback}`,
      });
    }
  }
}

/** Puma's `port 3000` in config/puma.rb (the Rails template reads ENV.fetch("PORT") instead). */
function pumaPort(context: RuleContext): void {
  for (const call of context.facts?.calls ?? []) {
    const arg = call.args[0];
    if (call.callee !== 'port' || call.args.length !== 1 || arg.kind !== 'number' || !/^\d{1,5}$/.test(arg.text) || arg.text === '0') continue;
    context.report({
      range: arg.range,
      message: `Puma binds the fixed port ${arg.text}; read it from PORT with the literal as the default (${FACTOR}).`,
      fixes: [{ kind: 'edit', title: `Read the port from PORT (default ${arg.text})`, edits: [{ range: arg.range, newText: `ENV.fetch("PORT", ${arg.text})` }], fixAll: false, preferred: true }],
    });
  }
}

/** Port literals in files that are not code: Spring config, Dockerfiles, Puma's config. */
export function checkConfigFile(context: RuleContext): boolean {
  const path = context.path;
  if (context.language === 'dockerfile') phpBuiltinServer(context);
  else if (context.language === 'properties' && SPRING_CONFIG.test(path) && !LOCAL_PROFILE.test(path)) springProperties(context);
  else if (context.language === 'yaml' && SPRING_CONFIG.test(path) && !LOCAL_PROFILE.test(path)) springYaml(context);
  else if (context.language === 'ruby' && /(^|\/)config\/puma(\/[\w-]+)?\.rb$/.test(path)) pumaPort(context);
  else return false;
  return true;
}
