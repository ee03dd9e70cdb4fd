import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, toMarkdown } from "../../src/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const SEED = "fixtures/text/en-seed-hindustan-times/input.txt";
const CLEAN = "fixtures/text/en-no-boilerplate/input.txt";

/** Runs the CLI from source (tsx), as `newsclean ...args`. */
function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: ROOT,
    input: input ?? "",
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("newsclean CLI", () => {
  it("prints the same pretty JSON as parseArticle for one file", () => {
    const run = cli([SEED]);
    expect(run.status).toBe(0);
    const expected = parseArticle(readFileSync(`${ROOT}${SEED}`, "utf8"));
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it("prints Markdown with --format markdown, the same as toMarkdown", () => {
    const run = cli(["--format", "markdown", SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(toMarkdown(parseArticle(readFileSync(`${ROOT}${SEED}`, "utf8"))));
    expect(run.stdout.startsWith("# Vladimir Putin signs pact")).toBe(true);
  });

  it("prints one JSON line per file, each with its path, for several files", () => {
    const run = cli([SEED, CLEAN]);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual([SEED, CLEAN]);
    expect(lines[0].title).toMatch(/^Vladimir Putin signs pact/u);
  });

  it("reads standard input when no file is given", () => {
    const run = cli(
      ["--format", "jsonl"],
      "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n",
    );
    expect(JSON.parse(run.stdout).title).toBe("Storm closes harbour");
  });

  it("prints readable text with --format text", () => {
    const run = cli(["-f", "text", CLEAN]);
    expect(run.stdout.split("\n")[0]).toBe(
      "Cyclists complete charity ride from Thornbury to the coast",
    );
    expect(run.stdout).toContain("Forty cyclists have completed");
  });

  it("names an unreadable file on stderr, exits 1 and still processes the others", () => {
    const run = cli(["missing.txt", CLEAN]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("newsclean: cannot read missing.txt: ENOENT\n");
    expect(JSON.parse(run.stdout).path).toBe(CLEAN);
  });

  it("exits 2 with the usage on an unknown flag", () => {
    const run = cli(["--colour"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: newsclean");
  });

  it("exits 2 on an unknown format", () => {
    const run = cli(["--format", "yaml", CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of json, jsonl, text, markdown, got "yaml"/u);
  });

  it("prints help and the package version", () => {
    expect(cli(["--help"]).stdout).toMatch(/^Usage: newsclean/u);
    const version = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).version;
    expect(cli(["--version"]).stdout).toBe(`${version}\n`);
  });
});
