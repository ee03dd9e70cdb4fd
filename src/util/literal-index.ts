/**
 * An Aho–Corasick automaton over a fixed set of strings, compiled to a table-driven DFA over the
 * strings' own alphabet: one pass over a text, one table read per code unit, reports every string
 * that occurs in it however many there are. It works on UTF-16 code units, which is exact for
 * string containment. Built once per rule set.
 *
 * @internal
 */
export class LiteralIndex {
  /** Alphabet index of each code unit (0: a unit that occurs in no string). */
  private readonly alphabet = new Uint16Array(65536);
  private readonly width: number;
  /** `delta[state * width + letter]`: the next state, failure links already followed. */
  private readonly delta: Uint32Array;
  /** Ids reported at each state (its own strings and those along its failure chain). */
  private readonly out: ReadonlyArray<readonly number[]>;

  /** @param strings the strings to find; a string's id is its index. Empty strings are ignored. */
  constructor(strings: readonly string[]) {
    let letters = 0;
    for (const s of strings)
      for (let i = 0; i < s.length; i++) {
        const unit = s.charCodeAt(i);
        if (this.alphabet[unit] === 0) this.alphabet[unit] = ++letters;
      }
    this.width = letters + 1;
    // The trie: sparse children first, then the dense table once the state count is known.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    strings.forEach((s, id) => {
      if (s.length === 0) return;
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const letter = this.alphabet[s.charCodeAt(i)] as number;
        const map = children[state] as Map<number, number>;
        let to = map.get(letter);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          own.push([]);
          map.set(letter, to);
        }
        state = to;
      }
      (own[state] as number[]).push(id);
    });
    const size = children.length * this.width;
    this.delta = new Uint32Array(size);
    this.out = this.link(children, own);
  }

  /**
   * Breadth-first: a state's failure target is shallower, so its row and outputs are complete
   * when the state is reached; missing transitions copy the failure target's row.
   */
  private link(children: ReadonlyArray<Map<number, number>>, own: number[][]): number[][] {
    const { delta, width } = this;
    const fail = new Uint32Array(children.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const f = fail[state] as number;
      if (state !== 0) {
        (own[state] as number[]).push(...(own[f] as number[]));
        delta.set(delta.subarray(f * width, f * width + width), state * width);
      }
      for (const [letter, child] of children[state] as Map<number, number>) {
        fail[child] = state === 0 ? 0 : (delta[f * width + letter] as number);
        delta[state * width + letter] = child;
        queue.push(child);
      }
    }
    return own;
  }

  /** Calls `hit` with the id of every string found in `text` (an id may be reported repeatedly). */
  scan(text: string, hit: (id: number) => void): void {
    const { alphabet, delta, width, out } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + (alphabet[text.charCodeAt(i)] as number)] as number;
      const found = out[state] as readonly number[];
      for (let k = 0; k < found.length; k++) hit(found[k] as number);
    }
  }
}
