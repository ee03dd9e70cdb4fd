import { SingleBar } from "cli-progress";

/** Inputs over which cli-progress averages the ETA (its default, 10, jumps about). */
const ETA_WINDOW = 200;

/**
 * The progress bar of `newsclean batch` on standard error, drawn by cli-progress: a bar, the
 * count, the rate and the ETA when the number of inputs is known, else the count, the rate and
 * the elapsed time.
 *
 * @internal
 */
export class BatchProgress {
  readonly #bar: SingleBar;
  readonly #started: number = performance.now();

  /**
   * Draws the bar at 0.
   *
   * @param stream - Where to draw it (standard error).
   * @param total - The number of inputs, or `null` when it is unknown (standard input).
   */
  constructor(stream: NodeJS.WritableStream, total: number | null) {
    this.#bar = new SingleBar({
      stream,
      format:
        total === null
          ? "{value} done | {rate}/s | {duration_formatted}"
          : "{bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}",
      etaBuffer: ETA_WINDOW,
      hideCursor: true,
      // Drawn only when asked for, so draw even if the stream is not a terminal.
      noTTYOutput: true,
    });
    this.#bar.start(total ?? 0, 0, { rate: "0.0" });
    process.once("SIGINT", this.#interrupted);
    process.once("SIGTERM", this.#interrupted);
  }

  /**
   * Moves the bar.
   *
   * @param done - Inputs whose record has been written.
   */
  update(done: number): void {
    const seconds = (performance.now() - this.#started) / 1000;
    this.#bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : "0.0" });
  }

  /** Draws the final state and gives the terminal back its cursor. */
  stop(): void {
    process.off("SIGINT", this.#interrupted);
    process.off("SIGTERM", this.#interrupted);
    this.#bar.stop();
  }

  /** On Ctrl-C, restores the terminal, then lets the signal end the process as it would have. */
  readonly #interrupted = (signal: NodeJS.Signals): void => {
    this.stop();
    process.kill(process.pid, signal);
  };
}
