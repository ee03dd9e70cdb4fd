import { type Dirent, promises as fs } from "node:fs";
import { extname, isAbsolute, join } from "node:path";
import type { Readable } from "node:stream";
import { glob, isDynamicPattern } from "tinyglobby";
import { readJsonLines } from "./batch-stdin.js";
import type { BatchInput } from "./batch-task.js";

/** File extensions a folder walk picks up (compared in lower case). Globs and named files take any. */
const EXTENSIONS: ReadonlySet<string> = new Set([".html", ".htm", ".xhtml", ".txt", ".text"]);

/**
 * Lists the inputs of a batch run, one source after the other, without reading any file:
 *
 * - `-`: JSON Lines from `stdin`, one input per non-blank line;
 * - a folder: its `.html`, `.htm`, `.xhtml`, `.txt` and `.text` files, recursively, sorted by
 *   name folder by folder, skipping hidden files and folders and not following linked folders;
 * - a glob (when no file of that name exists): the matching files, sorted the same way;
 * - anything else: one file (if it cannot be read, its record says why).
 *
 * Folders are walked lazily, so a run over many files holds one folder listing at a time (a glob
 * holds its list of matches).
 *
 * @param sources - The command-line arguments naming the inputs.
 * @param stdin - The stream read for `-`.
 * @returns The inputs, in order.
 * @internal
 */
export async function* listInputs(
  sources: readonly string[],
  stdin: Readable,
): AsyncGenerator<BatchInput> {
  for (const source of sources) {
    if (source === "-") yield* readJsonLines(stdin);
    else yield* listFiles(source);
  }
}

/**
 * Counts the inputs {@link listInputs} would list, for the progress bar: a cheap walk of the
 * folders and globs, or `null` when standard input is among the sources (its length is unknown).
 *
 * @param sources - The command-line arguments naming the inputs.
 * @returns The number of inputs, or `null`.
 * @internal
 */
export async function countInputs(sources: readonly string[]): Promise<number | null> {
  if (sources.includes("-")) return null;
  let count = 0;
  for (const source of sources) for await (const _ of listFiles(source)) count += 1;
  return count;
}

async function* listFiles(source: string): AsyncGenerator<BatchInput> {
  const stats = await fs.stat(source).catch(() => null);
  if (stats?.isDirectory()) yield* walk(source);
  else if (stats === null && isDynamicPattern(source)) {
    const matches = await glob(source, { onlyFiles: true, absolute: isAbsolute(source) });
    for (const path of matches.sort(comparePaths)) yield { kind: "file", path };
  } else yield { kind: "file", path: source };
}

async function* walk(folder: string): AsyncGenerator<BatchInput> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    yield {
      kind: "failed",
      id: folder,
      path: folder,
      error: { message, code: code ?? "read-failed" },
    };
    return;
  }
  const visible = entries.filter((entry) => !entry.name.startsWith("."));
  visible.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of visible) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (
      (entry.isFile() || entry.isSymbolicLink()) &&
      EXTENSIONS.has(extname(entry.name).toLowerCase())
    ) {
      yield { kind: "file", path };
    }
  }
}

/** Orders paths as a sorted walk visits them: by code unit, with `/` before every other character. */
function comparePaths(a: string, b: string): number {
  const left = a.replaceAll("/", "\u0000");
  const right = b.replaceAll("/", "\u0000");
  return left < right ? -1 : left > right ? 1 : 0;
}
