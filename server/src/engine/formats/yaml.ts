import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { LineIndex } from '../text';
import type { Range } from '../types';

/** A YAML stream parsed once per file text, shared by every rule that reads it. */
export interface YamlFile {
  documents: Document.Parsed[];
  index: LineIndex;
}

/** One `key: value` entry with its path from the document root (`services.web.environment`). */
export interface YamlEntry {
  /** Keys and sequence indexes from the root; indexes are strings (`["jobs", "build", "steps", "0"]`). */
  path: string[];
  key: string;
  pair: Pair<YamlNode, YamlNode | null>;
  value: YamlNode | null;
}

const cache = new WeakMap<LineIndex, YamlFile>();

/**
 * The parsed documents of a YAML file. Broken YAML still yields whatever the
 * parser recovered; rules read what is there and never throw on errors.
 */
export function yamlOf(context: { text: string; index: LineIndex }): YamlFile {
  let file = cache.get(context.index);
  if (!file) {
    file = { documents: parseAllDocuments(context.text, { keepSourceTokens: false, uniqueKeys: false }) as Document.Parsed[], index: context.index };
    if (!Array.isArray(file.documents)) file.documents = [];
    cache.set(context.index, file);
  }
  return file;
}

/** Range of a node's source (the value only, without a trailing comment). */
export function rangeOf(file: YamlFile, node: YamlNode | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? file.index.range(r[0], r[1]) : undefined;
}

/** The scalar's string form (`true`, `8080` and `"x"` all come back as text), else undefined. */
export function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return typeof node.value === 'object' ? undefined : String(node.value);
}

/** A map's entry by key, or undefined. */
export function child(node: YamlNode | null | undefined, key: string): YamlNode | null | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => scalarText(p.key as YamlNode) === key);
  return pair ? (pair.value as YamlNode | null) : undefined;
}

/** Follows a path of map keys. */
export function at(node: YamlNode | null | undefined, ...path: string[]): YamlNode | null | undefined {
  let current = node;
  for (const key of path) current = child(current, key);
  return current;
}

/** Every entry of every map in a node, depth first, with its path. */
export function* entries(node: YamlNode | null | undefined, path: string[] = []): Generator<YamlEntry> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = scalarText(pair.key as YamlNode);
      if (key === undefined) continue;
      const value = pair.value as YamlNode | null;
      yield { path: [...path, key], key, pair: pair as Pair<YamlNode, YamlNode | null>, value };
      yield* entries(value, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* entries(node.items[i] as YamlNode, [...path, String(i)]);
  }
}

/** The root node of each document that parsed to a map. */
export function roots(file: YamlFile): YamlNode[] {
  return file.documents.map((d) => d.contents as YamlNode | null).filter((n): n is YamlNode => isMap(n));
}
