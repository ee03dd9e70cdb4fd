import type { BatchInput } from "./batch-task.js";

/**
 * Longest JSON line read from standard input, in UTF-16 code units. `parseArticle` keeps at most
 * 2,000,000 characters of a page, so a longer record would only cost memory; the rest of such a
 * line is skipped as it streams in, and its record is a `too-large` error.
 */
export const MAX_LINE_LENGTH: number = 32 * 1024 * 1024;

/**
 * Splits a byte stream of JSON Lines into inputs, one per non-blank line, without parsing them
 * (the workers do). Lines are numbered from 1, blank lines included; `\r\n` endings are accepted.
 * A line over {@link MAX_LINE_LENGTH} becomes a `failed` input and is never held whole.
 *
 * @param stream - UTF-8 JSON Lines (standard input).
 * @returns One `line` (or `failed`) input per non-blank line, in order.
 * @internal
 */
export async function* readJsonLines(
  stream: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<BatchInput> {
  const decoder = new TextDecoder("utf-8");
  let parts: string[] = [];
  let length = 0;
  let oversized = false;
  let line = 0;
  const finish = (): BatchInput | null => {
    line += 1;
    const text = parts.join("");
    const skipped = oversized;
    parts = [];
    length = 0;
    oversized = false;
    if (skipped) {
      const message = `line ${line} is longer than ${MAX_LINE_LENGTH} characters`;
      return { kind: "failed", id: line, path: null, error: { message, code: "too-large" } };
    }
    const trimmed = text.endsWith("\r") ? text.slice(0, -1) : text;
    return trimmed.trim() === "" ? null : { kind: "line", line, text: trimmed };
  };
  const take = (piece: string): void => {
    if (oversized) return;
    length += piece.length;
    if (length > MAX_LINE_LENGTH) {
      oversized = true;
      parts = [];
    } else if (piece !== "") parts.push(piece);
  };
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      take(text.slice(start, end));
      start = end + 1;
      const input = finish();
      if (input !== null) yield input;
    }
    take(text.slice(start));
  }
  take(decoder.decode());
  if (length > 0 || oversized) {
    const input = finish();
    if (input !== null) yield input;
  }
}
