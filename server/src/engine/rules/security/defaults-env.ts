import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Env, From, Property } from 'dockerfile-ast';
import { dockerfileOf } from '../../formats/dockerfile';
import { entries, rangeOf, roots, scalarText, yamlOf, type YamlFile } from '../../formats/yaml';
import type { Range, TextEdit } from '../../types';
import type { RuleContext } from '../rule';

/** One environment variable a config file sets for the application. */
export interface EnvSetting {
  name: string;
  value: string;
  /** The whole `NAME=value` (or the YAML value) to highlight. */
  range: Range;
  valueRange: Range;
  /** Deletes the setting (a whole line or instruction where that is what it is), when exact. */
  removal?: TextEdit;
  /** Dockerfile: the setting is in the last stage; the build stage's name, if any. */
  finalStage?: boolean;
  stage?: string;
}

const DOTENV_LINE = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)(\s*=\s*)(.*?)\s*$/;

function unquote(raw: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(raw);
  return quoted ? quoted[2] : raw.replace(/\s+#.*$/, '');
}

function wholeLine(context: RuleContext, line: number): TextEdit {
  const start = context.index.lineStart(line);
  const next = context.index.lineStart(line + 1);
  return { range: context.index.range(start, next), newText: '' };
}

function dotenvSettings(context: RuleContext): EnvSetting[] {
  const found: EnvSetting[] = [];
  for (let line = 0; line < context.index.lineCount; line++) {
    const match = DOTENV_LINE.exec(context.index.lineText(line));
    if (!match) continue;
    const lineStart = context.index.lineStart(line);
    const nameStart = lineStart + match[1].length;
    const valueStart = nameStart + match[2].length + match[3].length;
    // An unquoted value ends where its inline comment starts.
    const raw = /^(['"]).*\1/.exec(match[4])?.[0] ?? match[4].replace(/\s+#.*$/, '');
    const valueEnd = valueStart + raw.length;
    found.push({
      name: match[2],
      value: unquote(raw),
      range: context.index.range(nameStart, valueEnd),
      valueRange: context.index.range(valueStart, valueEnd),
      removal: wholeLine(context, line),
    });
  }
  return found;
}

function dockerRemoval(env: Env, property: Property): TextEdit {
  const properties = env.getProperties();
  if (properties.length === 1) {
    const { start, end } = env.getRange();
    return { range: { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, newText: '' };
  }
  const i = properties.indexOf(property);
  const next = properties[i + 1];
  const end = next ? next.getRange().start : property.getRange().end;
  const start = next ? property.getRange().start : properties[i - 1].getRange().end;
  return { range: { start, end }, newText: '' };
}

function dockerfileSettings(context: RuleContext): EnvSetting[] {
  const found: EnvSetting[] = [];
  const instructions = dockerfileOf(context).getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
  let stage: string | undefined;
  instructions.forEach((instruction, i) => {
    if (instruction.getKeyword() === 'FROM') stage = (instruction as From).getBuildStage() ?? undefined;
    if (instruction.getKeyword() !== 'ENV') return;
    const env = instruction as Env;
    for (const property of env.getProperties()) {
      const valueRange = property.getValueRange();
      if (!valueRange) continue;
      found.push({
        name: property.getName(),
        value: property.getValue() ?? '',
        range: property.getRange(),
        valueRange,
        removal: dockerRemoval(env, property),
        finalStage: i > lastFrom,
        stage,
      });
    }
  });
  return found;
}

function yamlSetting(file: YamlFile, name: string, node: YamlNode | null, whole: YamlNode | null): EnvSetting | undefined {
  const value = scalarText(node);
  const range = rangeOf(file, whole ?? node);
  const valueRange = rangeOf(file, node);
  return value !== undefined && range && valueRange ? { name, value, range, valueRange } : undefined;
}

/** `environment:` of a compose service (map or `KEY=value` list), `env:` of a container or a workflow. */
function yamlEnvBlock(file: YamlFile, block: YamlNode | null): EnvSetting[] {
  const found: (EnvSetting | undefined)[] = [];
  if (isMap(block)) {
    for (const pair of block.items) {
      const name = scalarText(pair.key as YamlNode);
      if (name !== undefined) found.push(yamlSetting(file, name, pair.value as YamlNode | null, null));
    }
  } else if (isSeq(block)) {
    for (const item of block.items as YamlNode[]) {
      if (isScalar(item)) {
        const [name, ...rest] = String(item.value).split('=');
        const range = rangeOf(file, item);
        if (range && rest.length > 0) found.push({ name, value: rest.join('='), range, valueRange: range });
      } else if (isMap(item)) {
        const name = scalarText(item.get('name', true) as YamlNode | null);
        const value = item.get('value', true) as YamlNode | null;
        if (name !== undefined && value) found.push(yamlSetting(file, name, value, null));
      }
    }
  }
  return found.filter((s): s is EnvSetting => s !== undefined);
}

const YAML_ENV_KEY: Partial<Record<string, RegExp>> = {
  compose: /^services\.[^.]+\.environment$/,
  kubernetes: /(^|\.)(containers|initContainers)\.\d+\.env$/,
  'github-actions': /(^|\.)env$/,
};

/** Every environment variable a .env, Dockerfile, compose file, Kubernetes manifest or workflow sets. */
export function envSettings(context: RuleContext): EnvSetting[] {
  if (context.language === 'dotenv') return dotenvSettings(context);
  if (context.language === 'dockerfile') return dockerfileSettings(context);
  const pattern = YAML_ENV_KEY[context.language];
  if (!pattern) return [];
  const file = yamlOf(context);
  const found: EnvSetting[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      if (pattern.test(entry.path.join('.'))) found.push(...yamlEnvBlock(file, entry.value));
    }
  }
  return found;
}

/** A shell script embedded in a config file: a Dockerfile `RUN` or a workflow step's `run:`. */
export interface Script {
  /** Offset of `text` in the file. */
  start: number;
  text: string;
}

/** Shell scripts of a Dockerfile (every stage) or a GitHub Actions workflow. */
export function shellScripts(context: RuleContext): Script[] {
  if (context.language === 'dockerfile') {
    return dockerfileOf(context)
      .getInstructions()
      .filter((i) => i.getKeyword() === 'RUN')
      .map((i) => {
        const range = i.getArgumentsRange() ?? i.getRange();
        const start = context.index.offsetAt(range.start);
        return { start, text: context.text.slice(start, context.index.offsetAt(range.end)) };
      });
  }
  if (context.language !== 'github-actions') return [];
  const file = yamlOf(context);
  const found: Script[] = [];
  for (const root of roots(file)) {
    for (const entry of entries(root)) {
      const range = entry.value?.range;
      if (entry.key === 'run' && isScalar(entry.value) && range) found.push({ start: range[0], text: context.text.slice(range[0], range[1]) });
    }
  }
  return found;
}
