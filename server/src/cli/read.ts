import { constants, promises as fsp } from 'node:fs';
import { describeSkip } from '../engine/limits';
import type { SkipKind } from './report';

export type ReadResult = { kind: 'text'; text: string } | { kind: 'skipped'; skip: SkipKind; reason: string };

// Not fatal: invalid UTF-8 becomes U+FFFD and the engine's binary check decides.
const decoder = new TextDecoder('utf-8', { fatal: false });

export function tooLarge(size: number, limit: number): ReadResult {
  return { kind: 'skipped', skip: 'tooLarge', reason: describeSkip({ kind: 'tooLarge', size, limit }) };
}

function unreadable(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'skipped', skip: 'unreadable', reason: `not analysed: the file could not be read (${detail})` };
}

/** Reads until EOF or `limit` + 1 bytes, starting from the size `fstat` gave, growing if the file grew. */
async function readUpTo(handle: fsp.FileHandle, size: number, limit: number): Promise<Buffer> {
  let buffer = Buffer.alloc(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0 || length + bytesRead > limit) return buffer.subarray(0, length + bytesRead);
    length += bytesRead;
    if (length === buffer.length) {
      const bigger = Buffer.alloc(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
  }
}

/**
 * Reads a file as bytes, never more than `limit` + 1 of them: the size is
 * checked with `fstat` first and the read stops at the limit, so a file that
 * is huge (or grows while being read) never lands in memory whole.
 */
export async function readSource(file: string, limit: number): Promise<ReadResult> {
  let handle: fsp.FileHandle | undefined;
  try {
    // Non-blocking open, so a FIFO that slipped through is refused by the stat below instead of hanging.
    handle = await fsp.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    if (!stat.isFile()) return { kind: 'skipped', skip: 'unreadable', reason: 'not analysed: not a regular file' };
    if (stat.size > limit) return tooLarge(stat.size, limit);
    const bytes = await readUpTo(handle, stat.size, limit);
    if (bytes.length > limit) return tooLarge(bytes.length, limit);
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
