import type { Writable } from "node:stream";
import { type ResourceLimits, Worker } from "node:worker_threads";
import { errorLine } from "./batch-error.js";
import type { WorkerSpec } from "./batch-locate-worker.js";
import type { BatchResult, BatchTask } from "./batch-task.js";

/** Tasks one worker holds at once: the one it runs and the next, so it never waits for the main thread. */
const TASKS_PER_WORKER = 2;

/**
 * Old-generation heap limit of a pool worker, in MB. V8 grows a small heap slowly (a growing
 * factor near 1.5 instead of up to 4 for large limits), which keeps the RSS of a long run flat:
 * 10,000 inputs with 2 workers peak at about 275 MB instead of about 385 MB, and the corpus pages
 * run a little faster too (less memory to touch). Every corpus page, and 2 MB of ordinary HTML,
 * fits; an input that needs more (2 MB of one-word paragraphs) is retried once in a worker of its
 * own without this limit (see {@link WorkerPool}).
 */
const WORKER_OLD_SPACE_MB = 128;

/**
 * Settings of a {@link WorkerPool}.
 *
 * @internal
 */
export interface PoolOptions {
  /** Number of worker threads. */
  readonly size: number;
  /** The worker to start (see `locateWorker`). */
  readonly spec: WorkerSpec;
  /** Receives each result, crash records included, in completion order. */
  readonly onResult: (result: BatchResult) => void;
  /** Called once if a worker cannot start (a broken install): the run cannot go on. */
  readonly onFatal: (error: Error) => void;
  /** Where the workers' own console output goes, so that standard output stays JSON Lines. */
  readonly log: Writable;
}

interface Slot {
  readonly worker: Worker;
  readonly tasks: BatchTask[];
  ready: boolean;
  lastError: Error | null;
}

/**
 * A fixed pool of worker threads, each holding at most two tasks. A worker that dies mid-run is
 * replaced, and its queued task goes to the replacement. The task it was running is retried once
 * in a worker of its own without the heap limit if the worker ran out of memory; otherwise (or if
 * the retry fails too) it becomes a `worker-crashed` error record.
 *
 * @internal
 */
export class WorkerPool {
  readonly #options: PoolOptions;
  readonly #slots: Slot[] = [];
  readonly #retries = new Set<Worker>();
  #closing = false;

  /**
   * Starts the workers.
   *
   * @param options - Pool size, worker, and the result and failure callbacks.
   */
  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < options.size; i += 1) this.#slots.push(this.#start());
  }

  /** Whether some worker can take another task now. */
  get hasCapacity(): boolean {
    return this.#slots.some((slot) => slot.tasks.length < TASKS_PER_WORKER);
  }

  /**
   * Hands a task to the least busy worker. Call only when {@link WorkerPool.hasCapacity} is true.
   *
   * @param task - The input and its sequence number.
   */
  submit(task: BatchTask): void {
    let best = this.#slots[0] as Slot;
    for (const slot of this.#slots) if (slot.tasks.length < best.tasks.length) best = slot;
    best.tasks.push(task);
    best.worker.postMessage(task);
  }

  /**
   * Stops every worker.
   *
   * @returns When all have exited.
   */
  async close(): Promise<void> {
    this.#closing = true;
    const workers = [...this.#slots.map((slot) => slot.worker), ...this.#retries];
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #start(): Slot {
    const worker = this.#spawn({ maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB });
    const slot: Slot = { worker, tasks: [], ready: false, lastError: null };
    worker.on("message", (message: BatchResult | "ready") => {
      if (message === "ready") slot.ready = true;
      else this.#finish(slot, message);
    });
    worker.on("error", (error) => {
      slot.lastError = error;
    });
    worker.on("exit", (code) => this.#exited(slot, code));
    return slot;
  }

  #spawn(resourceLimits: ResourceLimits): Worker {
    const { spec, log } = this.#options;
    const worker = new Worker(spec.filename, { ...spec.options, resourceLimits, stdout: true });
    worker.stdout.pipe(log, { end: false });
    return worker;
  }

  /** Runs one task that exhausted a pool worker's heap in a worker without the limit. */
  #retryUnlimited(task: BatchTask): void {
    const worker = this.#spawn({});
    let reason = "";
    let done = false;
    worker.on("message", (message: BatchResult | "ready") => {
      if (message === "ready") return;
      done = true;
      this.#options.onResult(message);
      void worker.terminate();
    });
    worker.on("error", (error) => {
      reason = error.message;
    });
    worker.on("exit", (code) => {
      if (done || this.#closing) return;
      const why = reason || `exit code ${code}`;
      this.#options.onResult(crashRecord(task, `the worker stopped on this input: ${why}`));
    });
    worker.postMessage(task);
    this.#retries.add(worker);
    worker.once("exit", () => this.#retries.delete(worker));
  }

  #finish(slot: Slot, result: BatchResult): void {
    const index = slot.tasks.findIndex((task) => task.seq === result.seq);
    if (index >= 0) slot.tasks.splice(index, 1);
    this.#options.onResult(result);
  }

  #exited(slot: Slot, code: number): void {
    if (this.#closing) return;
    if (!slot.ready) {
      const reason = slot.lastError?.message ?? `exit code ${code}`;
      this.#closing = true;
      this.#options.onFatal(new Error(`cannot start a worker: ${reason}`));
      return;
    }
    const replacement = this.#start();
    this.#slots.splice(this.#slots.indexOf(slot), 1, replacement);
    const [crashed, ...queued] = slot.tasks;
    const outOfMemory =
      (slot.lastError as NodeJS.ErrnoException | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";
    if (crashed !== undefined && outOfMemory) this.#retryUnlimited(crashed);
    else if (crashed !== undefined) {
      const reason = slot.lastError?.message ?? `exit code ${code}`;
      this.#options.onResult(crashRecord(crashed, `the worker stopped on this input: ${reason}`));
    }
    for (const task of queued) {
      replacement.tasks.push(task);
      replacement.worker.postMessage(task);
    }
  }
}

function crashRecord(task: BatchTask, message: string): BatchResult {
  const error = { message, code: "worker-crashed" };
  const line =
    task.kind === "file"
      ? errorLine(task.path, task.path, error)
      : task.kind === "line"
        ? errorLine(task.line, null, error)
        : errorLine(task.id, task.path, error);
  return { seq: task.seq, line, ok: false };
}
