/**
 * Measures `newsclean batch` (issue #5) on the built CLI (run `npm run build` first):
 *
 * 1. Speed-up: the corpus's HTML pages, each twice (600 files), copied to a temporary folder (never
 *    into the repository: the corpus is for research use only), run with `--jobs 1` and `--jobs 2`,
 *    alternating, `--runs` times each; prints the median rates and their ratio. Each run also shows
 *    the cores it used and the cores other processes kept busy meanwhile (from /proc/stat): on a
 *    shared two-core machine a busy neighbour halves the `--jobs 2` rate, so the ratio is printed
 *    again over the undisturbed runs alone. In the same rounds, the comparator: the parse floor
 *    run as a batch of the same shape (`scripts/lib/floor-batch.mjs`: worker threads that only
 *    parse with linkedom and take `body.textContent`), whose ratio is what two workers can gain on
 *    this machine for the least work a linkedom-based extractor does (skipped with `--no-floor`).
 * 2. Memory: `--inputs` (default 10,000) JSON Lines generated on the fly from the fixtures, streamed
 *    into `newsclean batch - --jobs 2`; prints the peak RSS of the process (its own `--stats`, and
 *    `/usr/bin/time -v` when present).
 *
 * Both check that the output has exactly one line per input. The corpus part is skipped with a
 * message when the corpus is absent. Usage: npm run bench:batch [-- --runs 3] [-- --inputs 10000]
 * [-- --no-floor]
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { copyFile, readdir } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    inputs: { type: "string", default: "10000" },
    "no-floor": { type: "boolean", default: false },
    corpus: { type: "string", default: process.env.NEWSCLEAN_CORPUS ?? "../shared/corpus" },
  },
});
const CLI = "dist/cli.js";
/** The comparator: the parse floor as a batch of the same shape. */
const FLOOR = "scripts/lib/floor-batch.mjs";
if (!existsSync(CLI) || !existsSync("dist/cli-batch-worker.js")) {
  console.error("bench:batch: dist/ is missing or stale; run `npm run build` first.");
  process.exit(1);
}
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
/** Background load (cores) under which a run counts as undisturbed. */
const QUIET_CORES = 0.15;
/** Clock ticks per second of /proc (USER_HZ, 100 on Linux). */
const TICKS = 100;

await measureSpeedup(values.corpus as string, Number(values.runs));
await measureMemory(Number(values.inputs));

async function measureSpeedup(corpus: string, runs: number): Promise<void> {
  if (!existsSync(join(corpus, "manifest.jsonl"))) {
    console.log(
      `speed-up: corpus not found at ${corpus}; skipped (set NEWSCLEAN_CORPUS or --corpus).`,
    );
    return;
  }
  const dir = mkdtempSync(join(os.tmpdir(), "newsclean-batch-"));
  try {
    const docs = readFileSync(join(corpus, "manifest.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; path: string });
    for (const { id, path } of docs) {
      for (const copy of ["a", "b"]) {
        await copyFile(join(corpus, path, "raw.html"), join(dir, `${id}-${copy}.html`));
      }
    }
    const files = (await readdir(dir)).length;
    console.log(
      `speed-up: ${files} HTML files (${docs.length} corpus pages, each twice), ${runs} rounds of ` +
        "--jobs 1 then --jobs 2; `cpu` is the cores the run used, `other` the cores busy with " +
        "other processes meanwhile (from /proc/stat)",
    );
    const programs: Program[] = values["no-floor"] ? ["newsclean"] : ["newsclean", "floor"];
    const all: Record<Program, Record<1 | 2, Run[]>> = {
      newsclean: { 1: [], 2: [] },
      floor: { 1: [], 2: [] },
    };
    for (let round = 0; round < runs; round += 1) {
      for (const program of programs) {
        for (const jobs of [1, 2] as const) {
          const run = timeFolder(program, dir, jobs);
          if (run.lines !== files) {
            throw new Error(
              `${program} --jobs ${jobs}: ${run.lines} output lines for ${files} files`,
            );
          }
          all[program][jobs].push(run);
          console.log(
            `  ${program.padEnd(9)} --jobs ${jobs}: ${run.seconds.toFixed(2)} s, ` +
              `${(files / run.seconds).toFixed(1)} files/s, ${run.lines} lines, ` +
              `${run.errors} error records, cpu ${run.cores.toFixed(2)}, ` +
              `other ${Number.isNaN(run.other) ? "?" : run.other.toFixed(2)}`,
          );
        }
      }
    }
    const quiet = (run: Run): boolean => run.other < QUIET_CORES;
    const ratios: number[] = [];
    for (const program of programs) {
      const { 1: one, 2: two } = all[program];
      ratios.push(report(program, "all runs", files, one, two));
      if (one.some(quiet) && two.some(quiet)) {
        report(
          program,
          `runs with other < ${QUIET_CORES}`,
          files,
          one.filter(quiet),
          two.filter(quiet),
        );
      }
    }
    const [own, floor] = ratios as [number, number | undefined];
    if (floor !== undefined) {
      console.log(
        `speed-up: newsclean ${own.toFixed(2)}x against the parse floor's ${floor.toFixed(2)}x ` +
          "in the same rounds (all runs)",
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Run {
  readonly seconds: number;
  readonly lines: number;
  readonly errors: number;
  /** Cores the run used on average (its CPU time over its wall time). */
  readonly cores: number;
  /** Cores other processes kept busy meanwhile (NaN without /proc). */
  readonly other: number;
}

/** What a speed-up run starts: `newsclean batch`, or the parse-floor comparator. */
type Program = "newsclean" | "floor";

/** Prints the median rates of one program and their ratio; returns the ratio. */
/**
 * Prints the median rates of one program and their ratio, and the ceiling that the CPU figures
 * put on that ratio; returns the ratio.
 *
 * The ceiling: `--jobs 2` cannot take less wall time than its CPU time spread over all the cores,
 * so ratio = wall₁ ÷ wall₂ ≤ wall₁ × cores ÷ cpu₂. When `--jobs 2` does at least the CPU work of
 * `--jobs 1` (each worker compiles the code for itself, so it does more), cpu₂ ≥ cpu₁ and the
 * ratio is at most cores ÷ (the cores `--jobs 1` keeps busy).
 */
function report(program: Program, label: string, files: number, one: Run[], two: Run[]): number {
  const rate1 = median(one.map((run) => files / run.seconds));
  const rate2 = median(two.map((run) => files / run.seconds));
  const cores = os.availableParallelism();
  const cpu1 = median(one.map((run) => run.cores * run.seconds));
  const cpu2 = median(two.map((run) => run.cores * run.seconds));
  const busy1 = median(one.map((run) => run.cores));
  console.log(
    `speed-up, ${program} (${label}): median --jobs 1 ${rate1.toFixed(1)} files/s (${one.length} runs), ` +
      `--jobs 2 ${rate2.toFixed(1)} files/s (${two.length} runs), ratio ${(rate2 / rate1).toFixed(2)}x ` +
      `(cores: ${cores}); CPU time --jobs 1 ${cpu1.toFixed(1)} s, --jobs 2 ${cpu2.toFixed(1)} s; ` +
      `--jobs 1 keeps ${busy1.toFixed(2)} cores busy, so the ratio is at most ` +
      `${cores} ÷ ${busy1.toFixed(2)} = ${(cores / busy1).toFixed(2)}x while --jobs 2 needs ` +
      "no less CPU",
  );
  return rate2 / rate1;
}

function timeFolder(program: Program, dir: string, jobs: number): Run {
  const outFile = `${dir}.out.jsonl`;
  try {
    const out = openSync(outFile, "w");
    const machine = busyTicks();
    const child = childTicks();
    const started = performance.now();
    const args =
      program === "newsclean"
        ? [CLI, "batch", dir, "--jobs", String(jobs), "--no-progress"]
        : [FLOOR, dir, String(jobs)];
    const run = spawnSync(process.execPath, args, { stdio: ["ignore", out, "inherit"] });
    const seconds = (performance.now() - started) / 1000;
    const used = (childTicks() - child) / TICKS;
    const other = (busyTicks() - machine) / TICKS - used;
    closeSync(out);
    if (run.status !== 0 && run.status !== 1) throw new Error(`batch exited ${run.status}`);
    const lines = readFileSync(outFile, "utf8").split("\n").slice(0, -1);
    const errors = lines.filter((line) => (JSON.parse(line) as { error?: unknown }).error).length;
    return { seconds, lines: lines.length, errors, cores: used / seconds, other: other / seconds };
  } finally {
    rmSync(outFile, { force: true });
  }
}

/** Busy ticks of the whole machine so far (user, nice, system, irq, softirq), or NaN. */
function busyTicks(): number {
  if (!existsSync("/proc/stat")) return Number.NaN;
  const [, user, nice, system, , , irq, softirq] =
    readFileSync("/proc/stat", "utf8").split("\n", 1)[0]?.split(/\s+/u).map(Number) ?? [];
  return (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0);
}

/** CPU ticks of this process's finished children so far (cutime + cstime), or NaN. */
function childTicks(): number {
  if (!existsSync("/proc/self/stat")) return Number.NaN;
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat
    .slice(stat.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  return (fields[13] ?? 0) + (fields[14] ?? 0);
}

async function measureMemory(count: number): Promise<void> {
  const fixtures = await loadFixtures();
  const args = [CLI, "batch", "-", "--jobs", "2", "--no-progress", "--stats"];
  const child =
    TIME === null
      ? spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] })
      : spawn(TIME, ["-v", process.execPath, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let lines = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines += 1;
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const fixture = fixtures[i % fixtures.length] as { kind: "text" | "html"; body: string };
    const line = `${JSON.stringify({ id: `input-${i}`, [fixture.kind]: fixture.body })}\n`;
    if (!child.stdin.write(line))
      await new Promise((resolve) => child.stdin.once("drain", resolve));
  }
  child.stdin.end();
  const status = await exited;
  const seconds = (performance.now() - started) / 1000;
  const own = /peak RSS (\d+) MB/u.exec(stderr)?.[1];
  const time = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr)?.[1];
  console.log(
    `memory: ${count} JSON Lines inputs from ${fixtures.length} fixtures, --jobs 2: exit ${status}, ` +
      `${lines} output lines, ${seconds.toFixed(1)} s`,
  );
  console.log(
    `memory: peak RSS ${own ?? "?"} MB (--stats)` +
      (time === undefined ? "" : `, ${(Number(time) / 1024).toFixed(0)} MB (/usr/bin/time -v)`),
  );
  if (lines !== count) throw new Error(`${lines} output lines for ${count} inputs`);
}

async function loadFixtures(): Promise<{ kind: "text" | "html"; body: string }[]> {
  const fixtures: { kind: "text" | "html"; body: string }[] = [];
  for (const kind of ["text", "html"] as const) {
    for (const name of (await readdir(join("fixtures", kind))).sort()) {
      const file = join("fixtures", kind, name, kind === "text" ? "input.txt" : "input.html");
      if (existsSync(file)) fixtures.push({ kind, body: readFileSync(file, "utf8") });
    }
  }
  return fixtures;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
