/**
 * The parse floor run as a batch, the comparator of `npm run bench:batch`: the same shape as
 * `newsclean batch` (the main thread reads each file and hands it to a pool of worker threads, at
 * most two tasks per worker; each worker answers with one JSON line that the main thread writes),
 * but a worker only runs linkedom's `parseHTML` and `body.textContent`, the least that any
 * linkedom-based extractor does per page. Its `--jobs 2` ÷ `--jobs 1` ratio, measured in the same
 * run, is how far two workers can scale on the machine at hand.
 *
 * Usage: node scripts/lib/floor-batch.mjs <folder> <jobs>   (writes one line per file)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { parseHTML } from "linkedom";

if (isMainThread) {
  const [dir, jobsText] = process.argv.slice(2);
  const jobs = Number(jobsText);
  if (!dir || !Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write("usage: node scripts/lib/floor-batch.mjs <folder> <jobs>\n");
    process.exit(2);
  }
  const files = readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
  let next = 0;
  let done = 0;
  const workers = [];
  await new Promise((resolve) => {
    if (files.length === 0) resolve();
    for (let w = 0; w < jobs; w += 1) {
      const worker = new Worker(new URL(import.meta.url));
      const feed = () => {
        if (next < files.length) worker.postMessage(readFileSync(files[next++], "utf8"));
      };
      worker.on("message", (line) => {
        process.stdout.write(`${line}\n`);
        done += 1;
        if (done === files.length) resolve();
        else feed();
      });
      workers.push(worker);
      feed();
      feed();
    }
  });
  await Promise.all(workers.map((worker) => worker.terminate()));
} else {
  parentPort?.on("message", (html) => {
    const text = parseHTML(html).document.body?.textContent ?? "";
    parentPort?.postMessage(JSON.stringify({ characters: text.length }));
  });
}
