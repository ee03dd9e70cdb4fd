import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { countInputs, listInputs } from "./batch-inputs.js";
import { BatchProgress } from "./batch-progress.js";
import { runInputs } from "./batch-run.js";

const USAGE = `Usage: newsclean batch [options] <folder|glob|file|->...

Extract the article from many inputs and write JSON Lines to standard output: exactly one
record per input, as each finishes (in input order with --ordered).

Inputs:
  folder   its .html, .htm, .xhtml, .txt and .text files, recursively, sorted (hidden ones skipped)
  glob     a quoted pattern such as 'pages/**/*.html'
  file     one file, any extension
  -        JSON Lines on standard input, one {"id": …, "html"|"text"|"input": "…"} per line

Options:
  -j, --jobs <n>       worker threads (default: the number of cores)
      --ordered        write the records in input order
      --[no-]progress  progress bar on stderr (default: on when stderr is a terminal)
      --stats          print inputs, errors, time, rate and peak memory on stderr at the end
  -h, --help           show this help

Records: {"id", "path"?, ...article}, or {"id", "path"?, "error": {"message", "code"}}.
Exit codes: 0 every input succeeded, 1 some record is an error or the run stopped early,
2 bad usage.`;

/** The largest `--jobs` accepted. */
const MAX_JOBS = 256;

/**
 * The streams `newsclean batch` reads and writes.
 *
 * @internal
 */
export interface BatchIo {
  /** Read for the `-` source. */
  readonly stdin: Readable;
  /** Receives the JSON Lines. */
  readonly stdout: Writable;
  /** Receives the progress bar, the summary and messages. */
  readonly stderr: Writable & { readonly isTTY?: boolean };
}

/**
 * Runs `newsclean batch`: parses its arguments, then writes one JSON line per input.
 *
 * @param argv - The arguments after `batch`.
 * @param io - The streams to use (default: the process's).
 * @returns The exit code: 0 when every input succeeded, 1 when some record is an error or the
 *   run stopped early, 2 on bad usage.
 * @internal
 */
export async function runBatch(
  argv: readonly string[],
  io: BatchIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const usageError = (message: string): number => {
    io.stderr.write(`newsclean batch: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals: sources } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const jobs = values.jobs === undefined ? availableParallelism() : parseJobs(values.jobs);
  if (jobs === null) {
    return usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${values.jobs}"`);
  }
  if (sources.length === 0) {
    return usageError("name at least one folder, glob, file, or - for stdin");
  }
  if (sources.filter((source) => source === "-").length > 1) {
    return usageError("standard input (-) can be read only once");
  }

  const started = performance.now();
  const progress =
    (values.progress ?? io.stderr.isTTY === true)
      ? new BatchProgress(io.stderr, await countInputs(sources))
      : null;
  const summary = await runInputs(listInputs(sources, io.stdin), {
    jobs,
    ordered: values.ordered === true,
    stdout: io.stdout,
    stderr: io.stderr,
    progress,
  });
  progress?.stop();

  if (summary.records === 0 && summary.stopped === null) {
    io.stderr.write("newsclean batch: no inputs\n");
  }
  if (values.stats) {
    const seconds = (performance.now() - started) / 1000;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    io.stderr.write(
      `newsclean batch: ${summary.records} records, ${summary.errors} errors, ` +
        `${seconds.toFixed(2)} s, ${(summary.records / seconds).toFixed(1)} records/s, ` +
        `peak RSS ${peakMb.toFixed(0)} MB\n`,
    );
  }
  if (summary.stopped !== null) {
    const { code, message } = summary.stopped as NodeJS.ErrnoException;
    if (code !== "EPIPE") io.stderr.write(`newsclean batch: stopped early: ${message}\n`);
    return 1;
  }
  return summary.errors > 0 ? 1 : 0;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    allowNegative: true,
    strict: true,
    options: {
      jobs: { type: "string", short: "j" },
      ordered: { type: "boolean" },
      progress: { type: "boolean" },
      stats: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function parseJobs(text: string): number | null {
  const jobs = /^\d+$/u.test(text) ? Number(text) : 0;
  return jobs >= 1 && jobs <= MAX_JOBS ? jobs : null;
}
