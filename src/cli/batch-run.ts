import type { Writable } from "node:stream";
import { locateWorker } from "./batch-locate-worker.js";
import { WorkerPool } from "./batch-pool.js";
import type { BatchProgress } from "./batch-progress.js";
import type { BatchInput } from "./batch-task.js";
import { RecordWriter } from "./batch-writer.js";

/**
 * Inputs started but not yet written, per job. Each worker holds two; the rest is slack for the
 * `--ordered` reorder buffer. This bounds memory whatever the number of inputs.
 */
const WINDOW_PER_JOB = 4;

/**
 * Settings of {@link runInputs}.
 *
 * @internal
 */
export interface RunOptions {
  /** Number of worker threads. */
  readonly jobs: number;
  /** Whether records are written in input order. */
  readonly ordered: boolean;
  /** Where the records go. */
  readonly stdout: Writable;
  /** Where the workers' console output goes. */
  readonly stderr: Writable;
  /** The progress bar to move, if any. */
  readonly progress: BatchProgress | null;
}

/**
 * What a batch run did.
 *
 * @internal
 */
export interface RunSummary {
  /** Records written. */
  readonly records: number;
  /** Error records among them. */
  readonly errors: number;
  /** Why the run stopped early (a worker could not start, standard output failed), or `null`. */
  readonly stopped: Error | null;
}

/**
 * Runs every input through a pool of worker threads and writes one JSON line per input.
 *
 * Inputs are pulled from the iterator only while fewer than `4 × jobs` are in flight, no worker
 * is full and standard output is not asking to wait, so reading (a folder walk, standard input)
 * pauses with the output and memory stays flat however many inputs there are.
 *
 * @param inputs - The inputs, in order (see `listInputs`).
 * @param options - Jobs, order, streams and progress bar.
 * @returns The number of records and error records, and why the run stopped early if it did.
 * @internal
 */
export async function runInputs(
  inputs: AsyncIterable<BatchInput>,
  options: RunOptions,
): Promise<RunSummary> {
  const { jobs, progress } = options;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const changed = (): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
    });
  let started = 0;
  let written = 0;
  let errors = 0;
  let fatal: Error | null = null;
  const writer = new RecordWriter(options.stdout, options.ordered, notify);
  const pool = new WorkerPool({
    size: jobs,
    spec: locateWorker(),
    log: options.stderr,
    onResult: (result) => {
      if (!result.ok) errors += 1;
      written += writer.put(result.seq, result.line);
      progress?.update(written);
      notify();
    },
    onFatal: (error) => {
      fatal = error;
      notify();
    },
  });
  const stopped = (): Error | null => fatal ?? writer.error;
  const busy = (): boolean =>
    writer.blocked || !pool.hasCapacity || started - written >= jobs * WINDOW_PER_JOB;
  try {
    for await (const input of inputs) {
      while (stopped() === null && busy()) await changed();
      if (stopped() !== null) break;
      pool.submit({ ...input, seq: started });
      started += 1;
    }
    while (stopped() === null && written < started) await changed();
  } finally {
    await pool.close();
  }
  return { records: written, errors, stopped: stopped() };
}
