const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * A fixed set of words looked up by a span of a longer string, without cutting the span out:
 * an open-addressing table of the words' hashes, checked by `startsWith` on a hit. The hot loops
 * that count stop words ask for every token of a page, and a slice per token was most of their
 * cost.
 *
 * @internal
 */
export class WordTable {
  /** The distinct words; a word's id is its index here. */
  readonly words: readonly string[];
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly longest: number;

  constructor(words: Iterable<string>) {
    const distinct = [...new Set(words)].filter((w) => w.length > 0);
    this.words = distinct;
    let size = 8;
    while (size < distinct.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    let longest = 0;
    distinct.forEach((word, id) => {
      longest = Math.max(longest, word.length);
      let slot = hashOf(word, 0, word.length) & this.mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    });
    this.longest = longest;
  }

  /** The number of words. */
  get size(): number {
    return this.words.length;
  }

  /** The id of the word equal to `text[start, end)`, or -1. */
  find(text: string, start: number, end: number): number {
    const length = end - start;
    if (length > this.longest || length <= 0) return -1;
    const { slots, mask, words } = this;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] as number;
      if (id < 0) return -1;
      const word = words[id] as string;
      if (word.length === length && text.startsWith(word, start)) return id;
    }
  }

  /** Whether `text[start, end)` is one of the words. */
  has(text: string, start: number, end: number): boolean {
    return this.find(text, start, end) >= 0;
  }
}
