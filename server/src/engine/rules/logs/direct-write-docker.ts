import type { Instruction } from 'dockerfile-ast';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { dockerfileOf, finalStageInstructions } from '../../formats/dockerfile';
import { at, child, rangeOf, roots, scalarText, yamlOf } from '../../formats/yaml';
import type { EditFix, Range } from '../../types';
import type { RuleContext } from '../rule';

/** One container-side log file plumbing finding. */
export interface PlumbingFinding {
  range: Range;
  message: string;
  fix?: EditFix;
}

/** `>> /var/log/app.log 2>&1`, `> logs/out.txt`, `&>> file`: a redirection of output to a file (not /dev/…). */
const REDIRECT = /(\s*)(?:[12]?>>?|&>>?)\s*(?!&)(?!\/dev\/)([^\s;&|"'\]]+)(\s+2>&1)?/g;
const LOGROTATE = /\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\b[^;&|]*?\b(?:install|add)\b[^;&|]*?\blogrotate\b/;

/** A directory that holds logs: a `log`/`logs` segment (`/var/log/app`, `/app/logs`). */
export function isLogDirectory(path: string): boolean {
  return /(^|[/\\])logs?([/\\]|$)/i.test(path.trim());
}

/** `ln -sf /dev/stdout /var/log/app.log`: files that are the container's stdout/stderr under another name. */
const STREAM_LINK = /\bln\s+(?:-\w+\s+)*(?:\/dev\/(?:stdout|stderr)|\/proc\/(?:self|1)\/fd\/[12])\s+([^\s;&|"']+)/g;

function streamLinks(dockerfile: ReturnType<typeof dockerfileOf>): Set<string> {
  const links = new Set<string>();
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() !== 'RUN') continue;
    for (const m of (instruction.getRawArgumentsContent() ?? '').matchAll(STREAM_LINK)) links.add(m[1]);
  }
  return links;
}

function redirections(context: RuleContext, keyword: string, start: number, end: number, links: Set<string>): PlumbingFinding[] {
  const text = context.text.slice(start, end);
  const found: PlumbingFinding[] = [];
  for (const m of text.matchAll(REDIRECT)) {
    // A file path (`/var/log/app.log`, `out.txt`), not an expression such as `print(1 > 0)`;
    // a file linked to /dev/stdout is the stream itself.
    if (!/^[\w.~${}/-]+$/.test(m[2]) || !/[./]/.test(m[2]) || links.has(m[2])) continue;
    const from = start + (m.index ?? 0);
    const to = from + m[0].length;
    const fix: EditFix = { kind: 'edit', title: 'Remove the redirection to a file', edits: [{ range: context.index.range(from, to), newText: '' }], fixAll: false, preferred: true };
    found.push({
      range: context.index.range(from + m[1].length, to),
      message: `${keyword} redirects the main process's output to the file ${m[2]}. Let it write to stdout/stderr and let the container runtime collect the stream (Twelve-Factor XI: Logs).`,
      fix,
    });
  }
  return found;
}

/** Dockerfile: CMD/ENTRYPOINT output redirected to a file, logrotate installed, a VOLUME for logs. */
export function detectDockerfile(context: RuleContext): PlumbingFinding[] {
  const found: PlumbingFinding[] = [];
  const dockerfile = dockerfileOf(context);
  const links = streamLinks(dockerfile);
  for (const instruction of finalStageInstructions(dockerfile)) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArgumentsRange();
    if (!args) continue;
    const start = context.index.offsetAt(args.start);
    const end = context.index.offsetAt(args.end);
    if (keyword === 'CMD' || keyword === 'ENTRYPOINT') found.push(...redirections(context, keyword, start, end, links));
    if (keyword === 'VOLUME') {
      for (const arg of instruction.getArguments()) {
        const path = arg.getValue().replace(/^\[|[",\]]/g, '');
        if (isLogDirectory(path)) found.push({ range: arg.getRange(), message: `VOLUME ${path} keeps log files in the container. Write logs to stdout/stderr instead of a log directory (Twelve-Factor XI: Logs).` });
      }
    }
  }
  for (const instruction of dockerfile.getInstructions()) {
    const args = instruction.getArgumentsRange();
    if ((instruction.getKeyword() === 'COPY' || instruction.getKeyword() === 'ADD') && args) found.push(...logrotateCopies(instruction));
    if (instruction.getKeyword() !== 'RUN' || !args) continue;
    const start = context.index.offsetAt(args.start);
    const m = LOGROTATE.exec(context.text.slice(start, context.index.offsetAt(args.end)));
    if (!m) continue;
    const wordEnd = start + (m.index ?? 0) + m[0].length;
    found.push({
      range: context.index.range(wordEnd - 'logrotate'.length, wordEnd),
      message: 'The image installs logrotate, so the app manages log files inside the container. Write logs to stdout and let the platform rotate and store them (Twelve-Factor XI: Logs).',
    });
  }
  return found;
}

/** `COPY logrotate.conf /etc/logrotate.d/app`: a rotation config shipped in the image. */
function logrotateCopies(instruction: Instruction): PlumbingFinding[] {
  const paths = instruction.getArguments().filter((a) => !a.getValue().startsWith('--'));
  const hit = paths.find((a) => /(^|\/)etc\/logrotate\.d(\/|$)|(^|\/)logrotate[\w.-]*$/i.test(a.getValue().replace(/^\[|[",\]]/g, '')));
  if (!hit) return [];
  return [
    {
      range: hit.getRange(),
      message: `${instruction.getKeyword()} ships a logrotate configuration, so the app rotates log files inside the container. Write logs to stdout and let the platform rotate and store them (Twelve-Factor XI: Logs).`,
    },
  ];
}

function volumeTarget(node: YamlNode): string | undefined {
  if (isMap(node)) return scalarText(child(node, 'target'));
  const text = scalarText(node);
  if (text === undefined) return undefined;
  const parts = text.split(':');
  // `./logs:/app/logs:rw`, `C:\logs:/logs`: the container path is the segment after the source.
  return parts.length >= 2 ? (/^[A-Za-z]$/.test(parts[0]) && parts.length > 2 ? parts[2] : parts[1]) : undefined;
}

/** Compose: a service volume mounted at a logs path. */
export function detectCompose(context: RuleContext): PlumbingFinding[] {
  const file = yamlOf(context);
  const found: PlumbingFinding[] = [];
  for (const root of roots(file)) {
    const services = at(root, 'services');
    if (!isMap(services)) continue;
    for (const pair of services.items) {
      const volumes = isMap(pair.value) ? child(pair.value as YamlNode, 'volumes') : undefined;
      if (!isSeq(volumes)) continue;
      for (const item of volumes.items as YamlNode[]) {
        const target = volumeTarget(item);
        const range = rangeOf(file, isScalar(item) ? item : child(item, 'target'));
        if (target && range && isLogDirectory(target)) {
          found.push({ range, message: `The service mounts a volume at ${target} to keep log files. Write logs to stdout/stderr; the runtime's logging driver collects them (Twelve-Factor XI: Logs).` });
        }
      }
    }
  }
  return found;
}
