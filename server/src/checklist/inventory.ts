import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { readSmallTextFile, walkFiles } from '../workspace/files';

/** Past this many files the walk stops; detectors then say their answer may be incomplete. */
export const MAX_INVENTORY_FILES = 50_000;
/** Files the detectors read are config, docs and code: anything larger is not read. */
const MAX_READ_BYTES = 1024 * 1024;

/**
 * The workspace's files, listed once with the scan's own walker (`.gitignore`,
 * vendored folders and the exclude globs apply), and read on demand with a
 * cache, for the checklist's detectors.
 */
export class Inventory {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly lower: string[];

  private constructor(
    readonly root: string,
    /** Workspace-relative paths with `/` separators, in walk order. */
    readonly files: readonly string[],
    /** The walk stopped at MAX_INVENTORY_FILES. */
    readonly truncated: boolean,
  ) {
    this.lower = files.map((f) => f.toLowerCase());
  }

  static async of(root: string, exclude: readonly string[] = [], signal?: AbortSignal): Promise<Inventory> {
    const files: string[] = [];
    let truncated = false;
    for await (const abs of walkFiles(root, { exclude, signal, onError: () => undefined })) {
      if (files.length >= MAX_INVENTORY_FILES) {
        truncated = true;
        break;
      }
      files.push(path.relative(root, abs).split(path.sep).join('/'));
    }
    return new Inventory(root, files, truncated);
  }

  /** For tests and callers that already know the files. */
  static fromList(root: string, files: readonly string[]): Inventory {
    return new Inventory(root, files, false);
  }

  /** Paths whose lower-cased form matches `pattern`. */
  find(pattern: RegExp): string[] {
    const found: string[] = [];
    for (let i = 0; i < this.files.length; i++) if (pattern.test(this.lower[i])) found.push(this.files[i]);
    return found;
  }

  has(pattern: RegExp): boolean {
    return this.lower.some((f) => pattern.test(f));
  }

  /** Whether a file exists, even one the walk leaves out (lock files, generated files). */
  async exists(rel: string): Promise<boolean> {
    if (this.files.includes(rel)) return true;
    return fsp.stat(path.join(this.root, ...rel.split('/'))).then((s) => s.isFile(), () => false);
  }

  /** A file's text, or undefined when it is missing, unreadable, binary or larger than 1 MB. */
  read(rel: string): Promise<string | undefined> {
    let text = this.texts.get(rel);
    if (!text) {
      text = readSmallTextFile(path.join(this.root, ...rel.split('/')), MAX_READ_BYTES);
      this.texts.set(rel, text);
    }
    return text;
  }
}
