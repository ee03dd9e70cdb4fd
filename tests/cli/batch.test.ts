import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const FERRY_HTML =
  "<html><head><title>Ferry to the islands</title></head><body><h1>Ferry to the islands</h1>" +
  "<p>A new ferry service links the islands from Monday, the operator said.</p></body></html>";
const TMP = mkdtempSync(join(os.tmpdir(), "newsclean-batch-test-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs `newsclean batch ...args` from source (tsx), with `input` on standard input. */
function batch(args: string[], input = "") {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "batch", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  const records = run.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, records };
}

/** The fixture inputs of one kind, in name order. */
function fixtureInputs(kind: "text" | "html"): string[] {
  const file = kind === "text" ? "input.txt" : "input.html";
  return readdirSync(join(ROOT, "fixtures", kind))
    .sort()
    .map((name) => `fixtures/${kind}/${name}/${file}`);
}

/** The article of a record: everything but its id and path. */
function articleOf(record: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, path: _path, ...article } = record;
  return article;
}

// Each test starts node, tsx and worker threads: seconds each on a busy two-core machine.
describe("newsclean batch", { timeout: 30_000 }, () => {
  it("writes one record per fixture of a folder, each equal to parseArticle of its file", () => {
    const run = batch(["fixtures", "--jobs", "2"]);
    expect(run.status).toBe(0);
    const expected = [...fixtureInputs("html"), ...fixtureInputs("text")];
    expect(run.records).toHaveLength(expected.length);
    expect(run.records.map((record) => record.id).sort()).toEqual([...expected].sort());
    for (const record of run.records) {
      expect(record.path).toBe(record.id);
      const input = readFileSync(join(ROOT, record.path as string), "utf8");
      expect(articleOf(record)).toEqual(JSON.parse(JSON.stringify(parseArticle(input))));
    }
  });

  it("keeps the sorted input order with --ordered", () => {
    const run = batch(["fixtures/text", "--jobs", "2", "--ordered"]);
    expect(run.records.map((record) => record.id)).toEqual(fixtureInputs("text"));
  });

  it("reads the files a quoted glob matches, in path order", () => {
    const run = batch(["fixtures/html/*/input.html", "--ordered", "--jobs", "1"]);
    expect(run.status).toBe(0);
    expect(run.records.map((record) => record.id)).toEqual(fixtureInputs("html"));
  });

  it("turns JSON Lines on standard input into one record per non-blank line, errors included", () => {
    const lines = [
      JSON.stringify({
        id: "storm",
        text: "Storm closes harbour\n\nThe harbour closed on Monday.",
      }),
      JSON.stringify({
        id: 42,
        html: FERRY_HTML,
      }),
      "{not json",
      "",
      JSON.stringify({ id: "empty" }),
      JSON.stringify(["an", "array"]),
      JSON.stringify({ input: "No id here\n\nThe line number stands in for it." }),
    ];
    const run = batch(["-", "--ordered", "--jobs", "2"], `${lines.join("\r\n")}\n`);
    expect(run.status).toBe(1);
    expect(run.records.map((record) => record.id)).toEqual(["storm", 42, 3, "empty", 6, 7]);
    expect(run.records.map((record) => (record.error as { code?: string })?.code)).toEqual([
      undefined,
      undefined,
      "invalid-json",
      "missing-input",
      "invalid-record",
      undefined,
    ]);
    expect(run.records[0]?.title).toBe("Storm closes harbour");
    expect(run.records[1]?.title).toBe("Ferry to the islands");
  });

  it("writes an error record for a file it cannot read and still processes the others", () => {
    const dir = join(TMP, "broken");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "a-good.txt"),
      "Storm closes harbour\n\nThe harbour closed on Monday.\n",
    );
    symlinkSync(join(dir, "missing.txt"), join(dir, "b-broken.txt"));
    writeFileSync(join(dir, ".hidden.txt"), "skipped");
    writeFileSync(join(dir, "notes.md"), "skipped");
    const run = batch([dir, "--ordered", "--jobs", "1"]);
    expect(run.status).toBe(1);
    expect(run.records).toHaveLength(2);
    expect(run.records[0]?.title).toBe("Storm closes harbour");
    expect(run.records[1]).toMatchObject({
      id: join(dir, "b-broken.txt"),
      path: join(dir, "b-broken.txt"),
      error: { code: "ENOENT" },
    });
  });

  it.each([["0"], ["abc"], ["1.5"]])("exits 2 naming --jobs when it is %s", (jobs) => {
    const run = batch(["fixtures", "--jobs", jobs]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--jobs must be a whole number from 1 to 256, got "${jobs}"`);
    expect(run.stdout).toBe("");
  });

  it("exits 2 without an input", () => {
    const run = batch([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^newsclean batch: name at least one folder/u);
  });

  it("writes nothing on stderr when it is not a terminal, and a bar with --progress", () => {
    expect(batch(["fixtures/html", "--jobs", "1"]).stderr).toBe("");
    const run = batch(["fixtures/html", "--jobs", "1", "--progress"]);
    expect(run.stderr).toMatch(/8\/8 \| [\d.]+\/s \| ETA/u);
    expect(run.records).toHaveLength(8);
  });

  it("prints its own help", () => {
    const run = batch(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: newsclean batch/u);
  });
});
