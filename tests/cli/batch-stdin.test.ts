import { describe, expect, it } from "vitest";
import { MAX_LINE_LENGTH, readJsonLines } from "../../src/cli/batch-stdin.js";
import type { BatchInput } from "../../src/cli/batch-task.js";

/** Feeds the chunks to readJsonLines as bytes and collects its inputs. */
async function inputsOf(chunks: readonly string[]): Promise<BatchInput[]> {
  async function* bytes() {
    for (const chunk of chunks) yield new TextEncoder().encode(chunk);
  }
  const inputs: BatchInput[] = [];
  for await (const input of readJsonLines(bytes())) inputs.push(input);
  return inputs;
}

describe("readJsonLines", () => {
  it("yields one input per non-blank line, numbered from 1 with blank lines counted", async () => {
    expect(await inputsOf(['{"a":1}\n\n  \n{"b":2}\n'])).toEqual([
      { kind: "line", line: 1, text: '{"a":1}' },
      { kind: "line", line: 4, text: '{"b":2}' },
    ]);
  });

  it("joins lines and multi-byte characters split across chunks, and drops \\r", async () => {
    const bytes = new TextEncoder().encode('{"t":"Κύριε"}\r\n{"t":"二"}');
    const chunks = [...bytes].map((byte) => String.fromCharCode(byte));
    async function* oneByteAtATime() {
      for (const byte of bytes) yield Uint8Array.of(byte);
    }
    const inputs: BatchInput[] = [];
    for await (const input of readJsonLines(oneByteAtATime())) inputs.push(input);
    expect(chunks).toHaveLength(bytes.length);
    expect(inputs).toEqual([
      { kind: "line", line: 1, text: '{"t":"Κύριε"}' },
      { kind: "line", line: 2, text: '{"t":"二"}' },
    ]);
  });

  it("turns a line over the length limit into a too-large failure and goes on", async () => {
    const long = "x".repeat(MAX_LINE_LENGTH / 4);
    const inputs = await inputsOf([long, long, long, long, "y\n", '{"ok":true}\n']);
    expect(inputs).toEqual([
      {
        kind: "failed",
        id: 1,
        path: null,
        error: {
          message: `line 1 is longer than ${MAX_LINE_LENGTH} characters`,
          code: "too-large",
        },
      },
      { kind: "line", line: 2, text: '{"ok":true}' },
    ]);
  });
});
