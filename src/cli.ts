#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { runBatch } from "./cli/batch.js";
import { formatArticle, type OutputFormat } from "./cli/format-output.js";
import { parseArticle } from "./index.js";
import type { Article } from "./types.js";

const USAGE = `Usage: newsclean [options] [FILE...]
       newsclean batch [options] <folder|glob|file|->...   (see newsclean batch --help)

Extract the article from scraped news text or HTML and print it as JSON.
With no FILE, or when FILE is -, read standard input.

Options:
  -f, --format <json|jsonl|text|markdown>
                                  output format (default: json for one input, jsonl for several)
  -h, --help                      show this help
  -v, --version                   show the version

Exit codes: 0 success, 1 a file could not be read, 2 bad usage.`;

const FORMATS: readonly OutputFormat[] = ["json", "jsonl", "text", "markdown"];

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`newsclean: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const format = values.format as OutputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format)) {
    process.stderr.write(
      `newsclean: --format must be one of ${FORMATS.join(", ")}, got "${format}"\n\n${USAGE}\n`,
    );
    return 2;
  }
  const files = positionals.length > 0 ? positionals : ["-"];
  const chosen: OutputFormat = format ?? (files.length > 1 ? "jsonl" : "json");
  let status = 0;
  for (const file of files) {
    let input: string;
    try {
      input = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      process.stderr.write(
        `newsclean: cannot read ${file === "-" ? "standard input" : file}: ${reason}\n`,
      );
      status = 1;
      continue;
    }
    const article: Article = parseArticle(input);
    process.stdout.write(formatArticle(article, chosen, files.length > 1 ? file : null));
  }
  return status;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}

const argv = process.argv.slice(2);
if (argv[0] === "batch") {
  runBatch(argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
} else process.exitCode = main(argv);
