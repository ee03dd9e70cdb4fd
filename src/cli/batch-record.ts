import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { fromHtml, fromText, parseArticle } from "../index.js";
import type { Article } from "../types.js";
import { errorLine } from "./batch-error.js";
import type { BatchInput, RecordError } from "./batch-task.js";

/**
 * Largest file a batch run reads, in bytes. `parseArticle` keeps at most `maxInputLength`
 * (2,000,000) characters anyway, so a bigger file would only cost memory.
 */
export const MAX_FILE_BYTES: number = 32 * 1024 * 1024;

/**
 * Turns one batch input into its output record, serialized as one JSON line (without the newline).
 *
 * A success is `{"id", "path"?, ...article}`; a failure is `{"id", "path"?, "error": {message,
 * code}}`. This never throws: every failure becomes an error record. It runs in a worker thread,
 * so the main thread only copies finished strings.
 *
 * @param input - A file to read, a raw JSON Lines record, or an input that already failed.
 * @returns The JSON line and whether it is a success (`ok: false` for an error record).
 * @internal
 */
export function recordLine(input: BatchInput): { line: string; ok: boolean } {
  if (input.kind === "failed") return failure(input.id, input.path, input.error);
  if (input.kind === "file") return fileRecord(input.path);
  return jsonLineRecord(input.line, input.text);
}

function fileRecord(path: string): { line: string; ok: boolean } {
  let text: string;
  try {
    text = readLimited(path);
  } catch (error) {
    return failure(path, path, systemError(error));
  }
  return article(path, path, () => parseArticle(text));
}

function jsonLineRecord(line: number, text: string): { line: string; ok: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = `line ${line} is not valid JSON: ${(error as Error).message}`;
    return failure(line, null, { message, code: "invalid-json" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const message = `line ${line} is not a JSON object`;
    return failure(line, null, { message, code: "invalid-record" });
  }
  const { id: given, html, text: plain, input } = value as Record<string, unknown>;
  const id = typeof given === "string" || typeof given === "number" ? given : line;
  if (typeof html === "string") return article(id, null, () => fromHtml(html));
  if (typeof plain === "string") return article(id, null, () => fromText(plain));
  if (typeof input === "string") return article(id, null, () => parseArticle(input));
  const message = `line ${line} has no "html", "text" or "input" string`;
  return failure(id, null, { message, code: "missing-input" });
}

function article(
  id: string | number,
  path: string | null,
  parse: () => Article,
): { line: string; ok: boolean } {
  try {
    const result = parse();
    return {
      line: JSON.stringify(path === null ? { id, ...result } : { id, path, ...result }),
      ok: true,
    };
  } catch (error) {
    return failure(id, path, { message: (error as Error).message, code: "parse-failed" });
  }
}

function failure(
  id: string | number,
  path: string | null,
  error: RecordError,
): { line: string; ok: boolean } {
  return { line: errorLine(id, path, error), ok: false };
}

/** Reads a UTF-8 file, refusing one over {@link MAX_FILE_BYTES} before reading it. */
function readLimited(path: string): string {
  const fd = openSync(path, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) {
      throw Object.assign(new Error(`${path} is ${size} bytes, over the ${MAX_FILE_BYTES} limit`), {
        code: "too-large",
      });
    }
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}

function systemError(error: unknown): RecordError {
  const { message, code } = error as NodeJS.ErrnoException;
  return { message, code: code ?? "read-failed" };
}
