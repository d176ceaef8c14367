/** The part of a stream progress needs; `isTTY` is absent on pipes and files. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** At most this often, so a fast scan does not spend its time redrawing. */
const INTERVAL_MS = 100;

/**
 * A single status line on stderr, rewritten in place with `\r`. Silent unless
 * asked for and stderr is a terminal, so logs and CI output stay clean.
 */
export class Progress {
  private last = 0;
  private shown = false;
  private readonly enabled: boolean;

  constructor(private readonly stream: ProgressStream, requested: boolean, private readonly now: () => number = Date.now) {
    this.enabled = requested && stream.isTTY === true;
  }

  /** `total` is undefined while files are still being listed. */
  update(done: number, total: number | undefined): void {
    if (!this.enabled) return;
    const time = this.now();
    if (time - this.last < INTERVAL_MS && done !== total) return;
    this.last = time;
    const text = total === undefined ? `factorguard: listing files… ${done}` : `factorguard: scanning ${done}/${total} files`;
    this.stream.write(`\r\x1b[K${text}`);
    this.shown = true;
  }

  /** Erases the line, so the report or the next prompt starts on a clean line. */
  finish(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }
}
