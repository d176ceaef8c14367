import type { Dockerfile, From, Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule';
import { splitShell, type ShellScript } from './shell';

/** A JSON string of an exec-form instruction, with source offsets. */
export interface JsonWord {
  value: string;
  /** Offsets of the string token, quotes included. */
  start: number;
  end: number;
  /** Source offset of each decoded character (and of the closing quote at `value.length`). */
  map: number[];
}

/** An instruction's arguments: exec form (`argv`) or shell form (`script`), with source offsets. */
export interface CommandArgs {
  instruction: Instruction;
  start: number;
  end: number;
  raw: string;
  /** Exec form: the JSON strings; `undefined` for shell form. */
  argv?: JsonWord[];
  /** Exec form that parsed only after joining continuation lines: values without offsets. */
  argvOnly?: string[];
  /** Shell form: the script, split, offsets relative to the file. */
  script?: ShellScript;
}

/** The instruction's argument text and offsets (after flags such as `RUN --mount=…`). */
export function commandArgs(context: Pick<RuleContext, 'text' | 'index'>, instruction: Instruction, escape = '\\'): CommandArgs | undefined {
  const range = instruction.getArgumentsRange();
  if (!range) return undefined;
  const start = context.index.offsetAt(range.start);
  const end = context.index.offsetAt(range.end);
  const raw = context.text.slice(start, end);
  const base: CommandArgs = { instruction, start, end, raw };
  if (raw.trimStart().startsWith('[')) {
    const argv = scanJsonArray(raw, start, escape);
    if (argv) return { ...base, argv };
    const joined = joinContinuations(raw, escape);
    try {
      const parsed: unknown = JSON.parse(joined);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return { ...base, argvOnly: parsed as string[] };
    } catch {
      // Not JSON: Docker runs it in shell form, and so do we.
    }
  }
  const script = splitShell(raw, escape);
  return { ...base, script: offsetScript(script, start) };
}

/** The argv values of exec form, whichever way it parsed. */
export function argvValues(args: CommandArgs): string[] | undefined {
  return args.argv?.map((w) => w.value) ?? args.argvOnly;
}

function offsetScript(script: ShellScript, base: number): ShellScript {
  for (const command of script.commands) {
    for (const word of command.words) {
      word.start += base;
      word.end += base;
    }
    if (command.afterStart !== undefined) command.afterStart += base;
    if (command.afterEnd !== undefined) command.afterEnd += base;
  }
  return script;
}

/** Docker removes an escape before a line break, and the break with it. */
export function joinContinuations(raw: string, escape = '\\'): string {
  const e = escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return raw.replace(new RegExp(`${e}[ \\t]*\\r?\\n`, 'g'), '');
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Scans `["a", "b"]` keeping each string's offsets; undefined when it is not a JSON array of strings. */
function scanJsonArray(raw: string, base: number, escape: string): JsonWord[] | undefined {
  const words: JsonWord[] = [];
  let i = skipSpace(raw, raw.indexOf('[') + 1, escape);
  if (raw[i] === ']') return skipSpace(raw, i + 1, escape) === raw.length ? words : undefined;
  for (;;) {
    if (raw[i] !== '"') return undefined;
    const word = scanJsonString(raw, i, base);
    if (!word) return undefined;
    words.push(word);
    i = skipSpace(raw, word.end - base, escape);
    if (raw[i] === ']') return skipSpace(raw, i + 1, escape) === raw.length ? words : undefined;
    if (raw[i] !== ',') return undefined;
    i = skipSpace(raw, i + 1, escape);
  }
}

function skipSpace(raw: string, i: number, escape: string): number {
  for (;;) {
    if (/[ \t\r\n]/.test(raw[i] ?? '')) i++;
    else if (raw[i] === escape && /^\r?\n/.test(raw.slice(i + 1, i + 3))) i += raw[i + 1] === '\r' ? 3 : 2;
    else return i;
  }
}

function scanJsonString(raw: string, open: number, base: number): JsonWord | undefined {
  let value = '';
  const map: number[] = [];
  let i = open + 1;
  while (i < raw.length && raw[i] !== '"') {
    const c = raw[i]!;
    if (c === '\n') return undefined;
    map.push(base + i);
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const next = raw[i + 1] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      value += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (JSON_ESCAPES[next] !== undefined) {
      value += JSON_ESCAPES[next];
      i += 2;
    } else {
      return undefined;
    }
  }
  if (i >= raw.length) return undefined;
  map.push(base + i);
  return { value, start: base + open, end: base + i + 1, map };
}

/** One build stage: its `FROM` and its instructions. */
export interface Stage {
  from: From;
  name?: string;
  instructions: Instruction[];
  /** The stage is the final image or one it is built `FROM` (its layers ship). */
  ships: boolean;
  /** Named like a test stage (`test`, `tests`, `ci`, `lint`). */
  test: boolean;
}

/** The build stages in order, each marked with whether its layers end up in the final image. */
export function stagesOf(dockerfile: Dockerfile): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const name = from.getBuildStage()?.toLowerCase() ?? undefined;
      stages.push({ from, name, instructions: [instruction], ships: false, test: /^(test|tests|testing|ci|lint|check)$/.test(name ?? '') });
    } else if (stages.length > 0) {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  // Walk the FROM chain back from the last stage: `FROM base AS app` ships `base` too.
  let current: Stage | undefined = stages[stages.length - 1];
  const seen = new Set<Stage>();
  while (current && !seen.has(current)) {
    seen.add(current);
    current.ships = true;
    const image: string | undefined = current.from.getImageName()?.toLowerCase();
    current = stages.find((s): boolean => s.name !== undefined && s.name === image && !seen.has(s));
  }
  return stages;
}

/** The final image's effective `ENTRYPOINT` and `CMD` (the last of each in the last stage). */
export function imageCommand(dockerfile: Dockerfile): { entrypoint?: Instruction; cmd?: Instruction } {
  const stages = stagesOf(dockerfile);
  const final = stages[stages.length - 1];
  if (!final) return {};
  let entrypoint: Instruction | undefined;
  let cmd: Instruction | undefined;
  for (const instruction of final.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'ENTRYPOINT') entrypoint = instruction;
    else if (keyword === 'CMD') cmd = instruction;
  }
  return { entrypoint, cmd };
}

/** Windows images run `cmd.exe`/PowerShell, where none of the POSIX shell advice applies. */
export function isWindowsImage(dockerfile: Dockerfile): boolean {
  if (dockerfile.getInstructions().some((i) => i.getKeyword() === 'SHELL' && /powershell|pwsh|cmd(\.exe)?\b/i.test(i.getArgumentsContent() ?? ''))) return true;
  return dockerfile.getFROMs().some((f) => /windows|nanoserver|servercore/i.test(f.getImage() ?? ''));
}

/** The Dockerfile's escape character (`# escape=\``). */
export function escapeOf(dockerfile: Dockerfile): string {
  return dockerfile.getEscapeCharacter();
}
