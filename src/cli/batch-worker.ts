/**
 * Worker thread of `newsclean batch`: receives {@link BatchTask}s, answers each with a
 * {@link BatchResult}, one at a time in the order received. It first posts `"ready"` once its
 * modules are loaded, so the pool can tell a worker that cannot start from an input that crashed
 * one.
 *
 * @internal
 * @module
 */
import { parentPort } from "node:worker_threads";
import { recordLine } from "./batch-record.js";
import type { BatchResult, BatchTask } from "./batch-task.js";

if (parentPort === null) throw new Error("batch-worker must run in a worker thread");
const port = parentPort;

port.on("message", (task: BatchTask) => {
  const result: BatchResult = { seq: task.seq, ...recordLine(task) };
  port.postMessage(result);
});
port.postMessage("ready");
