import type { WorkerOptions } from "node:worker_threads";

/**
 * Where the batch worker's code is and how to start it.
 *
 * @internal
 */
export interface WorkerSpec {
  /** The worker's module, or its bootstrap code when `options.eval` is set. */
  readonly filename: string | URL;
  /** Options for `new Worker`. */
  readonly options: WorkerOptions;
}

/**
 * Finds the batch worker next to the running code: `cli-batch-worker.js` beside the built
 * `dist/cli.js`, or `batch-worker.ts` beside this file when run from source with tsx, where the
 * worker registers tsx itself (a worker's `--import tsx` does not apply to its entry module).
 *
 * @param moduleUrl - The URL of the module that holds this code (default: this module).
 * @returns The worker's file (or bootstrap code) and its start options.
 * @internal
 */
export function locateWorker(moduleUrl: string = import.meta.url): WorkerSpec {
  if (!moduleUrl.endsWith(".ts")) {
    return { filename: new URL("./cli-batch-worker.js", moduleUrl), options: {} };
  }
  const worker = JSON.stringify(new URL("./batch-worker.ts", moduleUrl).href);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return {
    filename: `import(${tsx}).then(({ register }) => { register(); return import(${worker}); });`,
    options: { eval: true, execArgv: [] },
  };
}
