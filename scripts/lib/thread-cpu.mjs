/**
 * CPU time by thread of a Node process, printed on stderr when it exits (Linux only; elsewhere it
 * does nothing). Preload it to see where a batch run's CPU goes — the worker threads, V8's
 * background threads (the optimizing compiler and the garbage collector's helpers) and the main
 * thread:
 *
 *   node --import ./scripts/lib/thread-cpu.mjs dist/cli.js batch pages/ --jobs 1 > /dev/null
 *
 * Threads are sampled from /proc/self/task every 200 ms, so a thread that ends between two samples
 * shows its CPU up to the last one. Output: `main 1.0 s | threads 2.1 2.1 2.0 2.0 14.9 s` (the
 * other threads in the order the kernel numbered them; in a Node 20 batch run, the four V8
 * platform threads come first, then libuv's, then the workers).
 */
import { readdirSync, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** Clock ticks per second of /proc (USER_HZ, 100 on Linux). */
const TICKS = 100;

if (isMainThread && process.platform === "linux") {
  /** CPU seconds by thread id, the latest sample. */
  const seconds = new Map();
  const sample = () => {
    for (const id of readdirSync("/proc/self/task")) {
      try {
        const stat = readFileSync(`/proc/self/task/${id}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        seconds.set(Number(id), (Number(fields[11]) + Number(fields[12])) / TICKS);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  };
  setInterval(sample, 200).unref();
  process.on("exit", () => {
    sample();
    const others = [...seconds]
      .filter(([id]) => id !== process.pid)
      .sort(([a], [b]) => a - b)
      .map(([, s]) => s.toFixed(1));
    process.stderr.write(
      `main ${(seconds.get(process.pid) ?? 0).toFixed(1)} s | threads ${others.join(" ")} s\n`,
    );
  });
}
