import type { Block } from "../model.js";

const LINE = /[^\n]+/gu;

/**
 * Splits decoded text into blocks: one block per non-blank line, trimmed, with its offsets.
 *
 * Full-page scrapes put each block element on its own line, so a line is the unit the classifier
 * labels. Offsets point at the trimmed text inside the decoded input.
 *
 * @internal
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(LINE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + lead;
    blocks.push({
      index: blocks.length,
      text: trimmed,
      start,
      end: start + trimmed.length,
    });
  }
  return blocks;
}
