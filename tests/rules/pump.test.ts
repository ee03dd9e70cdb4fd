import { describe, expect, it } from "vitest";
import { builtinPacks } from "../../src/rules/index.js";
import * as structure from "../../src/rules/structure.js";
import type { Rule } from "../../src/rules/types.js";

// Feeds every rule pattern worst-case "pump" strings: long repetitions of its examples, long runs
// of each character (class) it names, and near-misses, each ending in a character that makes the
// match fail so that a backtracking engine tries everything. The assertion is that `exec` returns;
// a super-linear pattern shows up as a slow group. Times are reported (console.warn above
// WARN_MS per pattern), never asserted: speed belongs to the bench. A synchronous runaway regex
// cannot be interrupted, so the timeout flags it after the fact rather than stopping it.

const LENGTH = 20_000;
const WARN_MS = 50;
/** Characters that end a pump so that the match fails (or must backtrack) at the very end. */
const FAILING = ["!", "\u0000"] as const;
/** Runs tried on every pattern: letters of several scripts, spaces, digits, punctuation. */
const BASE_CHARS = [
  "a",
  "A",
  "x",
  "é",
  "Ж",
  "λ",
  "字",
  " ",
  "\t",
  "\u00A0",
  "1",
  "٣",
  ".",
  ",",
  "|",
  "-",
  ":",
  "/",
  "'",
  "’",
  "(",
  ")",
  "»",
  "›",
  ">",
  "–",
  "—",
  "•",
  "#",
  "@",
  "&",
  "_",
  "?",
];
/** Alternating units: the classic pumps for nested or adjacent quantifiers. */
const PAIRS = [
  "a ",
  "a.",
  "a,",
  "a-",
  "a:",
  "a1",
  "1 ",
  "1:",
  "1.",
  "1/",
  ". ",
  ", ",
  "ab ",
  "A. ",
];
/** Separators between repeated examples. */
const SEPARATORS = ["", " ", ", ", " | ", " - ", "\n"];

/** `unit` repeated to at least `length` characters. */
function pad(unit: string, length = LENGTH): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

/** Runs shared by every pattern, built once. */
const SHARED = [...BASE_CHARS, ...PAIRS].flatMap((unit) => FAILING.map((f) => pad(unit) + f));

/**
 * The characters and words a pattern names: its literal characters (escaped ones included),
 * a sample of each class escape it uses, and its literal words.
 */
function vocabulary(pattern: RegExp): { chars: string[]; words: string[] } {
  const source = pattern.source;
  const chars = new Set<string>();
  const classes: Record<string, readonly string[]> = {
    "\\s": [" ", "\t", "\u3000"],
    "\\S": ["x", "."],
    "\\d": ["1"],
    "\\D": ["a", " "],
    "\\w": ["a", "_", "1"],
    "\\W": [" ", "."],
    "\\p{L}": ["a", "é", "Ж", "字"],
    "\\P{L}": [" ", "1", "."],
    "\\p{N}": ["1", "٣"],
    "\\p{Lu}": ["A", "Ж"],
    "\\p{Ll}": ["a", "ж"],
  };
  for (const [classEscape, samples] of Object.entries(classes)) {
    if (source.includes(classEscape)) for (const s of samples) chars.add(s);
  }
  // Class escapes and property escapes out; escaped literals (`\.`, `\-`) kept as characters.
  const literal = source.replace(/\\[pP]\{[^}]*\}|\\[bBdDsSwWnrtfv]|\\u\{?[0-9a-fA-F]+\}?/gu, " ");
  for (const [, escaped, plain] of literal.matchAll(/\\(.)|(.)/gsu)) {
    const c = escaped ?? plain;
    if (c !== undefined) chars.add(c);
  }
  const words = [...new Set(literal.match(/\p{L}{2,}/gu) ?? [])].slice(0, 40);
  return { chars: [...chars], words };
}

/** The pumps for one rule (beyond the shared runs). */
function pumpsOf(rule: Rule): string[] {
  const pumps: string[] = [];
  const { chars, words } = vocabulary(rule.pattern);
  for (const c of chars) for (const f of FAILING) pumps.push(pad(c) + f);
  for (const w of words) for (const f of FAILING) pumps.push(pad(`${w} `) + f, pad(w) + f);
  for (const example of rule.examples) {
    for (const sep of SEPARATORS) {
      const repeated = pad(example + sep);
      pumps.push(repeated, ...FAILING.map((f) => repeated + f));
    }
    const last = example.slice(-1);
    const head = example.slice(0, -1);
    for (const f of FAILING) {
      // The example with its last character replaced by a failing one, padded both ways.
      pumps.push(pad(head + f), head + pad(last) + f, head + f + pad(" "));
      // A prefix of the example, then a long run, then the failure.
      for (const cut of [Math.floor(example.length / 2), example.length]) {
        for (const run of [" ", "a", "1", ".", last])
          pumps.push(example.slice(0, cut) + pad(run) + f);
      }
    }
  }
  return pumps;
}

/** Runs every pump through the rule's pattern: the total time and the slowest pump, in ms. */
function pump(rule: Rule): { ms: number; count: number; slowest: number; slowestHead: string } {
  const pumps = [...SHARED, ...pumpsOf(rule)];
  let ms = 0;
  let slowest = 0;
  let slowestHead = "";
  for (const input of pumps) {
    const started = performance.now();
    const result = rule.pattern.exec(input);
    const took = performance.now() - started;
    expect(result === null || Array.isArray(result)).toBe(true);
    ms += took;
    if (took > slowest) {
      slowest = took;
      slowestHead = input.slice(0, 24);
    }
  }
  return { ms, count: pumps.length, slowest, slowestHead };
}

const isRule = (value: unknown): value is Rule =>
  typeof value === "object" &&
  value !== null &&
  "pattern" in value &&
  value.pattern instanceof RegExp;

const STRUCTURE_RULES: Rule[] = Object.values(structure).filter(isRule);

const GROUPS: [string, readonly Rule[]][] = [
  ...builtinPacks.map((pack): [string, readonly Rule[]] => [
    pack.lang === "*" ? "common" : pack.lang,
    pack.rules,
  ]),
  ["structure", STRUCTURE_RULES],
];

describe("rule patterns on worst-case pump strings", () => {
  it("cover every built-in pack and the structure rules", () => {
    expect(GROUPS.map(([name]) => name)).toEqual([
      "en",
      "de",
      "fr",
      "es",
      "pl",
      "ru",
      "el",
      "zh",
      "common",
      "structure",
    ]);
    expect(STRUCTURE_RULES.map((r) => r.id).sort()).toEqual([
      "comments/structure/repeated-bylines",
      "dateline/structure/date-only",
      "related/structure/teaser-list",
    ]);
  });

  it.each(GROUPS)(
    "%s: every pattern returns on every pump",
    (_, rules) => {
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        expect(rule.examples.length, rule.id).toBeGreaterThan(0);
        const { ms, count, slowest, slowestHead } = pump(rule);
        expect(count).toBeGreaterThan(SHARED.length);
        if (ms > WARN_MS) {
          console.warn(
            `${rule.id}: ${ms.toFixed(0)} ms over ${count} pumps of ~${LENGTH} chars; slowest ${slowest.toFixed(1)} ms on ${JSON.stringify(`${slowestHead}…`)}`,
          );
        }
      }
    },
    30_000,
  );
});
