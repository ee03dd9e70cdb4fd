/**
 * Literal prefilters for rule patterns, in the manner of RE2's and codesearch's prefilters: from a
 * pattern's source, find a small set of strings such that every match of the pattern contains at
 * least one of them. A block whose text contains none of them cannot match, so the rule need not
 * run on it. The analysis is conservative: anything it does not understand adds no requirement, and
 * a pattern with no usable requirement is simply always run.
 *
 * Strings are compared after {@link foldCase}, so the sets also hold for case-insensitive patterns.
 */

/** Largest set of alternative strings tracked for one part of a pattern. */
const MAX_SET = 64;
/** Largest character class expanded into its members. */
const MAX_CLASS = 8;

interface Info {
  /** Every string the part can match, when that set is small and known; else null. */
  readonly exact: readonly string[] | null;
  /** Strings one of which every match contains; null when nothing is required. */
  readonly required: readonly string[] | null;
}

const ANY: Info = { exact: null, required: null };
const EMPTY: Info = { exact: [""], required: null };

/**
 * Folds case the way the screening compares text: lower case, with the few characters that
 * case-insensitive regexes fold differently from `toLowerCase` mapped to their fold.
 *
 * @internal
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return FOLD_EXTRA.test(lower) ? lower.replace(FOLD_EXTRA_ALL, (ch) => FOLD_MAP[ch] ?? ch) : lower;
}
// Final sigma, long s, micro sign and Greek prosgegrammeni: folded, not lowered, by `/iu`.
const FOLD_MAP: Readonly<Record<string, string>> = {
  "\u03c2": "\u03c3",
  "\u017f": "s",
  "\u00b5": "\u03bc",
  "\u1fbe": "\u03b9",
};
const FOLD_EXTRA = /[\u03c2\u017f\u00b5\u1fbe]/u;
const FOLD_EXTRA_ALL = /[\u03c2\u017f\u00b5\u1fbe]/gu;

/**
 * The required strings of a pattern (case-folded), or `null` when none can be derived.
 *
 * @internal
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  const parser = new Parser(pattern.source);
  let info: Info;
  try {
    info = parser.alternation();
    if (parser.pos !== pattern.source.length) return null;
  } catch {
    return null;
  }
  const best = pick([info.required, nonEmpty(info.exact)]);
  return best === null ? null : minimal([...new Set(best.map(foldCase))]);
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : union(branches);
  }

  /**
   * A concatenation. Consecutive known parts build a run of exact strings; an unknown part (or a
   * run grown too large) closes the run, which then competes to be the requirement.
   */
  private sequence(): Info {
    let run: readonly string[] = [""];
    let broken = false;
    const candidates: Array<readonly string[] | null> = [];
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") {
      const part = this.quantified(this.atom());
      candidates.push(part.required);
      if (part.exact !== null && run.length * part.exact.length <= MAX_SET) {
        run = cross(run, part.exact);
        continue;
      }
      candidates.push(nonEmpty(run));
      broken = true;
      run = part.exact ?? [""];
    }
    candidates.push(nonEmpty(run));
    return { exact: broken ? null : run, required: pick(candidates) };
  }

  private atom(): Info {
    const ch = this.src[this.pos] as string;
    if (ch === "(") return this.group();
    if (ch === "[") return this.charClass();
    this.pos++;
    if (ch === "^" || ch === "$") return EMPTY;
    if (ch === ".") return ANY;
    if (ch === "\\") return this.escape();
    return literal(ch + this.surrogateTail(ch));
  }

  private surrogateTail(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) return this.src[this.pos++] ?? "";
    return "";
  }

  private group(): Info {
    this.pos++;
    let zeroWidth = false;
    if (this.src[this.pos] === "?") {
      const next = this.src[this.pos + 1];
      if (next === ":") this.pos += 2;
      else if (next === "=" || next === "!") {
        this.pos += 2;
        zeroWidth = true;
      } else if (next === "<") {
        const after = this.src[this.pos + 2];
        if (after === "=" || after === "!") {
          this.pos += 3;
          zeroWidth = true;
        } else {
          const close = this.src.indexOf(">", this.pos);
          if (close < 0) throw new SyntaxError("unterminated group name");
          this.pos = close + 1;
        }
      } else throw new SyntaxError("unknown group");
    }
    const inner = this.alternation();
    if (this.src[this.pos] !== ")") throw new SyntaxError("unterminated group");
    this.pos++;
    return zeroWidth ? EMPTY : inner;
  }

  private escape(): Info {
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new SyntaxError("trailing backslash");
    if (ch === "b" || ch === "B") return EMPTY;
    if (ch === "p" || ch === "P") {
      this.skipBraces();
      return ANY;
    }
    if (ch === "u" || ch === "x" || ch === "c" || ch === "k" || /[1-9]/u.test(ch)) {
      // Code-point escapes and back-references: not worth decoding; they match something unknown.
      if (this.src[this.pos] === "{" || this.src[this.pos] === "<") this.skipBraces();
      else if (ch === "u") this.pos += 4;
      else if (ch === "x") this.pos += 2;
      else if (ch === "c") this.pos += 1;
      return ANY;
    }
    if ("dDsSwWnrtfv0".includes(ch)) return ANY;
    return literal(ch);
  }

  private skipBraces(): void {
    const open = this.src[this.pos];
    const close = this.src.indexOf(open === "<" ? ">" : "}", this.pos);
    if (close < 0) throw new SyntaxError("unterminated escape");
    this.pos = close + 1;
  }

  private charClass(): Info {
    this.pos++;
    const negated = this.src[this.pos] === "^";
    if (negated) this.pos++;
    const members: string[] = [];
    let known = !negated;
    while (this.pos < this.src.length && this.src[this.pos] !== "]") {
      let ch = this.src[this.pos++] as string;
      if (ch === "\\") {
        const esc = this.src[this.pos++] ?? "";
        if (esc === "p" || esc === "P" || esc === "u" || esc === "x") {
          known = false;
          if (this.src[this.pos] === "{") this.skipBraces();
          else this.pos += esc === "u" ? 4 : esc === "x" ? 2 : 0;
          continue;
        }
        if ("dDsSwWbnrtfv0c".includes(esc)) {
          known = false;
          continue;
        }
        ch = esc;
      } else ch += this.surrogateTail(ch);
      if (this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]") {
        // A range: members are not listed one by one.
        this.pos += 2;
        if (this.src[this.pos - 1] === "\\") this.pos++;
        known = false;
        continue;
      }
      members.push(ch);
    }
    if (this.src[this.pos] !== "]") throw new SyntaxError("unterminated class");
    this.pos++;
    if (!known || members.length === 0 || members.length > MAX_CLASS) return ANY;
    return { exact: [...new Set(members)], required: null };
  }

  private quantified(info: Info): Info {
    const ch = this.src[this.pos];
    let min: number;
    let max: number;
    if (ch === "?") [min, max] = [0, 1];
    else if (ch === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (ch === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (ch === "{") {
      const close = this.src.indexOf("}", this.pos);
      const body = close < 0 ? null : /^(\d+)(,(\d*))?$/u.exec(this.src.slice(this.pos + 1, close));
      if (close < 0 || body === null) return info;
      min = Number(body[1]);
      max = body[2] === undefined ? min : body[3] ? Number(body[3]) : Number.POSITIVE_INFINITY;
      this.pos = close;
    } else return info;
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++;
    if (min === 1 && max === 1) return info;
    if (min === 0 && max === 1)
      return { exact: info.exact ? [...new Set(["", ...info.exact])] : null, required: null };
    if (min === 0) return { exact: max === 0 ? [""] : null, required: null };
    // At least one repetition: whatever one repetition requires is required.
    return { exact: null, required: pick([info.required, nonEmpty(info.exact)]) };
  }
}

function literal(ch: string): Info {
  return { exact: [ch], required: null };
}

function union(branches: readonly Info[]): Info {
  let exact: string[] | null = [];
  let required: string[] | null = [];
  for (const branch of branches) {
    if (exact !== null && branch.exact !== null) exact.push(...branch.exact);
    else exact = null;
    const need = pick([branch.required, nonEmpty(branch.exact)]);
    if (required !== null && need !== null) required.push(...need);
    else required = null;
  }
  const dedupedExact = exact === null ? null : [...new Set(exact)];
  return {
    exact: dedupedExact !== null && dedupedExact.length <= MAX_SET ? dedupedExact : null,
    required: required === null ? null : minimal([...new Set(required)]),
  };
}

function cross(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function nonEmpty(set: readonly string[] | null): readonly string[] | null {
  return set !== null && set.length > 0 && !set.includes("") ? set : null;
}

/**
 * The most selective set: the one whose least rare member is rarest, then the one with fewest
 * members. Rarity adds 1 per space, ASCII letter or digit, 2 per other ASCII character and 3 per
 * other character (a `©` or a Han character narrows more than a Latin letter), capped at 6.
 */
function pick(sets: ReadonlyArray<readonly string[] | null>): string[] | null {
  let best: readonly string[] | null = null;
  let bestScore = -1;
  for (const set of sets) {
    if (set === null || set.length === 0 || set.includes("")) continue;
    const score = Math.min(...set.map(rarity)) * 1000 - set.length;
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best === null ? null : [...best];
}

function rarity(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length && sum < 6; i++) {
    const code = s.charCodeAt(i);
    if (
      code === 32 ||
      (code >= 48 && code <= 57) ||
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90)
    )
      sum += 1;
    else sum += code < 128 ? 2 : 3;
  }
  return Math.min(sum, 6);
}

/** Drops members that contain another member: finding the shorter one already suffices. */
function minimal(set: readonly string[]): string[] {
  const sorted = [...set].sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}
