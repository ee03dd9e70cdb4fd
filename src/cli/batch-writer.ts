import type { Writable } from "node:stream";

/**
 * Writes the batch's JSON lines to a stream, either as they come or, when `ordered`, in input
 * order through a reorder buffer (which holds only finished lines whose predecessors are still
 * running, so it is bounded by the number of inputs in flight). It tracks the stream's
 * backpressure: while {@link RecordWriter.blocked} is true, the caller should start no new input.
 *
 * @internal
 */
export class RecordWriter {
  readonly #stream: Writable;
  readonly #ordered: boolean;
  readonly #waiting = new Map<number, string>();
  #next = 0;
  #blocked = false;
  #error: Error | null = null;
  readonly #onChange: () => void;

  /**
   * @param stream - Where the lines go (standard output).
   * @param ordered - Whether to write the lines in input order.
   * @param onChange - Called when the stream drains or fails, so the caller can go on.
   */
  constructor(stream: Writable, ordered: boolean, onChange: () => void) {
    this.#stream = stream;
    this.#ordered = ordered;
    this.#onChange = onChange;
    stream.on("error", (error: Error) => {
      this.#error ??= error;
      onChange();
    });
  }

  /** Whether the stream asked us to wait for it to drain. */
  get blocked(): boolean {
    return this.#blocked;
  }

  /** The stream's error (a closed pipe, say), if it failed. */
  get error(): Error | null {
    return this.#error;
  }

  /**
   * Takes the finished line of input number `seq`.
   *
   * @param seq - The input's position in the input order.
   * @param line - Its JSON line, without the newline.
   * @returns How many lines were written by this call (0 while an earlier input is still running
   *   in ordered mode; several when this line releases buffered ones).
   */
  put(seq: number, line: string): number {
    if (!this.#ordered) {
      this.#write(line);
      return 1;
    }
    this.#waiting.set(seq, line);
    let written = 0;
    for (let ready = this.#waiting.get(this.#next); ready !== undefined; ) {
      this.#waiting.delete(this.#next);
      this.#write(ready);
      this.#next += 1;
      written += 1;
      ready = this.#waiting.get(this.#next);
    }
    return written;
  }

  #write(line: string): void {
    if (this.#error !== null) return;
    if (!this.#stream.write(`${line}\n`) && !this.#blocked) {
      this.#blocked = true;
      this.#stream.once("drain", () => {
        this.#blocked = false;
        this.#onChange();
      });
    }
  }
}
