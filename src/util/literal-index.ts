/** Alphabet entry of a code unit not classified yet. */
const UNKNOWN = 0xffff;
/** Alphabet entry of a high surrogate: its code point is folded as a whole. */
const ASTRAL = 0xfffe;
/** Bit of a transition whose target state reports strings. */
const REPORTS = 0x80000000;
const STATE = 0x7fffffff;

/**
 * An Aho–Corasick automaton over a fixed set of strings, compiled to a table-driven DFA over the
 * strings' own alphabet: one pass over a text, one table read per code unit, reports every string
 * that occurs in it however many there are. It works on UTF-16 code units, which is exact for
 * string containment. Built once per rule set.
 *
 * With a `fold` function (the strings already folded by it), the text is folded on the fly: each
 * code unit is mapped to the letter of its folding the first time it is seen, and a surrogate pair
 * is folded as one code point, so the scan finds the strings in `fold(text)` without building that
 * string. A unit whose folding is longer than one unit matches no letter (as in the simple case
 * folding of `/iu` regexes: `İ` is not `i`).
 *
 * @internal
 */
export class LiteralIndex {
  /** Alphabet index of each code unit (0: a unit that occurs in no string). */
  private readonly alphabet = new Uint16Array(65536);
  /** Letters of the strings' own units, before folding (the alphabet is filled from it). */
  private readonly letters = new Map<number, number>();
  private readonly width: number;
  /**
   * `delta[row + letter]`: the next state's row (its number times `width`), failure links already
   * followed, with the {@link REPORTS} bit when that state reports strings.
   */
  private readonly delta: Uint32Array;
  /** Ids reported at each state (its own strings and those along its failure chain). */
  private readonly out: ReadonlyArray<readonly number[]>;
  private readonly fold: ((text: string) => string) | null;

  /**
   * @param strings the strings to find; a string's id is its index. Empty strings are ignored.
   * @param fold a folding (such as case folding) applied to the text as it is scanned; the
   *   strings must be given folded already.
   */
  constructor(strings: readonly string[], fold?: (text: string) => string) {
    this.fold = fold ?? null;
    for (const s of strings)
      for (let i = 0; i < s.length; i++) {
        const unit = s.charCodeAt(i);
        if (!this.letters.has(unit)) this.letters.set(unit, this.letters.size + 1);
      }
    if (this.letters.size >= ASTRAL)
      throw new RangeError("LiteralIndex: too many distinct code units");
    this.width = this.letters.size + 1;
    if (this.fold) this.alphabet.fill(UNKNOWN);
    for (const [unit, letter] of this.letters) this.alphabet[unit] = letter;
    if (this.fold) this.alphabet.fill(ASTRAL, 0xd800, 0xdc00);
    // The trie: sparse children first, then the dense table once the state count is known.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    strings.forEach((s, id) => {
      if (s.length === 0) return;
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const letter = this.letters.get(s.charCodeAt(i)) as number;
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
    this.delta = new Uint32Array(children.length * this.width);
    this.out = this.link(children, own);
    // Rows instead of state numbers (no multiplication in the scan), and the reporting bit.
    const { delta, width } = this;
    for (let k = 0; k < delta.length; k++) {
      const to = delta[k] as number;
      delta[k] = (to * width + ((own[to] as number[]).length > 0 ? REPORTS : 0)) >>> 0;
    }
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
    const { alphabet } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let letter = alphabet[unit] as number;
      if (letter >= ASTRAL) {
        if (letter === UNKNOWN) letter = this.learn(unit);
        if (letter === ASTRAL) {
          // A surrogate pair folds as one code point, into one or more units.
          const point = text.slice(i, i + 2);
          const folded = this.foldUnits(point);
          if (point.length > 1) i++;
          for (let k = 0; k < folded.length; k++) row = this.step(row, folded[k] as number, hit);
          continue;
        }
      }
      row = this.step(row, letter, hit);
    }
  }

  private step(row: number, letter: number, hit: (id: number) => void): number {
    const next = this.delta[row + letter] as number;
    const to = next & STATE;
    if (next !== to) {
      const found = this.out[to / this.width] as readonly number[];
      for (let k = 0; k < found.length; k++) hit(found[k] as number);
    }
    return to;
  }

  /** The letter of a unit seen for the first time (folding only). */
  private learn(unit: number): number {
    const folded = (this.fold as (text: string) => string)(String.fromCharCode(unit));
    const letter = folded.length === 1 ? (this.letters.get(folded.charCodeAt(0)) ?? 0) : 0;
    this.alphabet[unit] = letter;
    return letter;
  }

  /**
   * The letters of the folding of a code point given as a string (a pair or a lone surrogate).
   * Only a folding index marks surrogates {@link ASTRAL}, so `fold` is set here.
   */
  private foldUnits(point: string): number[] {
    const folded = (this.fold as (text: string) => string)(point);
    const out: number[] = [];
    for (let k = 0; k < folded.length; k++) out.push(this.letters.get(folded.charCodeAt(k)) ?? 0);
    return out;
  }
}
