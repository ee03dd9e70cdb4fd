/**
 * A full check of the {@link Article} schema as documented in `src/types.ts`, for tests.
 *
 * Every rule here restates a sentence of that documentation; nothing is checked that the
 * documentation does not promise.
 */
import type { Article } from "../../src/types.js";

/** The Article's top-level keys, in schema order. "Every field is always present." */
const ARTICLE_KEYS = [
  "schemaVersion",
  "title",
  "siteName",
  "authors",
  "publishedAt",
  "modifiedAt",
  "description",
  "paragraphs",
  "text",
  "captions",
  "related",
  "readingTime",
  "wordCount",
  "language",
  "url",
  "image",
  "tags",
  "removed",
  "warnings",
  "provenance",
] as const;

const NULLABLE_STRINGS = [
  "title",
  "siteName",
  "publishedAt",
  "modifiedAt",
  "description",
  "language",
  "url",
  "image",
] as const;

const STRING_ARRAYS = ["authors", "paragraphs", "tags", "warnings"] as const;

/** The `BoilerplateKind` union. */
const KINDS: ReadonlySet<string> = new Set([
  "title",
  "masthead",
  "readingTime",
  "byline",
  "dateline",
  "caption",
  "related",
  "promo",
  "share",
  "newsletter",
  "app",
  "nav",
  "cookie",
  "comments",
  "footer",
  "republish",
  "advertisement",
  "other",
]);

/** The sources `Article.provenance` documents. */
const SOURCES: ReadonlySet<string> = new Set([
  "text",
  "json-ld",
  "og",
  "twitter",
  "meta",
  "dc",
  "parsely",
  "article",
  "time",
  "link",
  "html",
  "title",
]);

/**
 * ISO 8601 calendar date, optionally with a time (seconds, optional fraction) and an optional
 * `Z` or `±hh:mm` offset. The year is four digits, or the six-digit signed form that
 * `Date.prototype.toISOString` writes outside years 0–9999.
 */
const ISO_DATE =
  /^(?<y>\d{4}|[+-]\d{6})-(?<mo>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2})(?:\.\d+)?(?:Z|[+-](?<oh>\d{2}):(?<om>\d{2}))?)?$/u;

/** A BCP 47 tag, lower-case: a 2–3 letter primary subtag and optional subtags. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/u;

/**
 * Checks a value against the full `Article` schema.
 *
 * @param a - The value to check, normally the result of `parseArticle`, `fromText` or `fromHtml`.
 * @returns The problems found, each a short sentence naming the field; empty when `a` is valid.
 */
export function validateArticle(a: unknown): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => {
    problems.push(message);
  };
  if (!isPlainObject(a)) return [`article is not a plain object (got ${kindOf(a)})`];

  for (const key of ARTICLE_KEYS) if (!Object.hasOwn(a, key)) fail(`missing field \`${key}\``);
  for (const key of Reflect.ownKeys(a)) {
    if (typeof key !== "string" || !(ARTICLE_KEYS as readonly string[]).includes(key)) {
      fail(`unknown field ${String(key)}`);
    }
  }
  if (a.schemaVersion !== 1) fail(`schemaVersion is ${show(a.schemaVersion)}, expected 1`);

  for (const key of NULLABLE_STRINGS) {
    if (a[key] !== null && typeof a[key] !== "string") {
      fail(`\`${key}\` is ${kindOf(a[key])}, expected a string or null`);
    }
  }
  for (const key of STRING_ARRAYS) {
    const value = a[key];
    if (!Array.isArray(value)) fail(`\`${key}\` is ${kindOf(value)}, expected an array`);
    else
      value.forEach((item, i) => {
        if (typeof item !== "string")
          fail(`\`${key}[${i}]\` is ${kindOf(item)}, expected a string`);
      });
  }
  if (typeof a.text !== "string") fail(`\`text\` is ${kindOf(a.text)}, expected a string`);
  else if (Array.isArray(a.paragraphs) && a.text !== a.paragraphs.join("\n\n")) {
    fail('`text` is not `paragraphs.join("\\n\\n")`');
  }

  for (const key of ["publishedAt", "modifiedAt"] as const) {
    const value = a[key];
    if (typeof value === "string" && !isIsoDate(value))
      fail(`\`${key}\` ${show(value)} is not ISO 8601`);
  }
  if (typeof a.language === "string" && !LANGUAGE_TAG.test(a.language)) {
    fail(`\`language\` ${show(a.language)} is not a lower-case BCP 47 tag`);
  }

  if (!Number.isSafeInteger(a.wordCount) || (a.wordCount as number) < 0) {
    fail(`\`wordCount\` is ${show(a.wordCount)}, expected an integer ≥ 0`);
  } else if (Array.isArray(a.paragraphs) && a.paragraphs.length === 0 && a.wordCount !== 0) {
    fail(`\`wordCount\` is ${show(a.wordCount)} with an empty body`);
  }
  // "An unusable page gives a valid Article with an empty body and a warning" (fromText: "with
  // warnings when the input was empty, truncated, or had no article body").
  if (
    Array.isArray(a.paragraphs) &&
    a.paragraphs.length === 0 &&
    Array.isArray(a.warnings) &&
    a.warnings.length === 0
  ) {
    fail("the body is empty but there is no warning");
  }

  checkCaptions(a.captions, fail);
  checkRelated(a.related, fail);
  checkReadingTime(a.readingTime, fail);
  checkRemoved(a.removed, fail);
  checkProvenance(a, fail);
  checkJson(a, fail);
  return problems;
}

/**
 * Throws when a value is not a valid `Article`, listing every problem.
 *
 * @param a - The value to check.
 * @throws Error naming each problem {@link validateArticle} found.
 */
export function expectValidArticle(a: unknown): void {
  const problems = validateArticle(a);
  if (problems.length > 0) {
    throw new Error(`invalid Article (${problems.length} problems):\n- ${problems.join("\n- ")}`);
  }
}

type Fail = (message: string) => void;

function checkCaptions(captions: unknown, fail: Fail): void {
  if (!Array.isArray(captions)) {
    fail(`\`captions\` is ${kindOf(captions)}, expected an array`);
    return;
  }
  for (const [i, c] of captions.entries()) {
    if (!isPlainObject(c)) {
      fail(`\`captions[${i}]\` is ${kindOf(c)}, expected an object`);
      continue;
    }
    exactKeys(c, ["text", "credit"], `captions[${i}]`, fail);
    if (typeof c.text !== "string") fail(`\`captions[${i}].text\` is not a string`);
    if (c.credit !== null && typeof c.credit !== "string") {
      fail(`\`captions[${i}].credit\` is ${kindOf(c.credit)}, expected a string or null`);
    }
  }
}

function checkRelated(related: unknown, fail: Fail): void {
  if (!Array.isArray(related)) {
    fail(`\`related\` is ${kindOf(related)}, expected an array`);
    return;
  }
  for (const [i, r] of related.entries()) {
    if (!isPlainObject(r)) {
      fail(`\`related[${i}]\` is ${kindOf(r)}, expected an object`);
      continue;
    }
    exactKeys(r, ["title", "label", "url"], `related[${i}]`, fail);
    if (typeof r.title !== "string") fail(`\`related[${i}].title\` is not a string`);
    if (typeof r.label !== "string") fail(`\`related[${i}].label\` is not a string`);
    if (r.url !== null && typeof r.url !== "string") {
      fail(`\`related[${i}].url\` is ${kindOf(r.url)}, expected a string or null`);
    }
  }
}

function checkReadingTime(readingTime: unknown, fail: Fail): void {
  if (readingTime === null) return;
  if (!isPlainObject(readingTime)) {
    fail(`\`readingTime\` is ${kindOf(readingTime)}, expected an object or null`);
    return;
  }
  exactKeys(readingTime, ["text", "seconds"], "readingTime", fail);
  if (typeof readingTime.text !== "string") fail("`readingTime.text` is not a string");
  const seconds = readingTime.seconds;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
    fail(`\`readingTime.seconds\` is ${show(seconds)}, expected a finite number ≥ 0`);
  }
}

/**
 * `removed`: "every non-blank span of the input that is neither body nor description, in input
 * order"; each item's text is "exactly as in the decoded input between `start` and `end`"
 * (UTF-16 offsets), so its length is `end - start`.
 */
function checkRemoved(removed: unknown, fail: Fail): void {
  if (!Array.isArray(removed)) {
    fail(`\`removed\` is ${kindOf(removed)}, expected an array`);
    return;
  }
  let lastEnd = 0;
  for (const [i, r] of removed.entries()) {
    const at = `removed[${i}]`;
    if (!isPlainObject(r)) {
      fail(`\`${at}\` is ${kindOf(r)}, expected an object`);
      continue;
    }
    exactKeys(r, ["text", "kind", "rule", "start", "end"], at, fail);
    if (typeof r.kind !== "string" || !KINDS.has(r.kind)) {
      fail(`\`${at}.kind\` ${show(r.kind)} is not a BoilerplateKind`);
    }
    if (typeof r.rule !== "string" || r.rule === "") {
      fail(`\`${at}.rule\` ${show(r.rule)} is not a non-empty string`);
    }
    const { start, end, text } = r;
    if (typeof start !== "number" || typeof end !== "number") {
      fail(`\`${at}\` offsets ${show(start)}..${show(end)} are not numbers`);
      continue;
    }
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end) {
      fail(`\`${at}\` offsets ${start}..${end} are not integers with 0 ≤ start ≤ end`);
    }
    if (start < lastEnd)
      fail(`\`${at}\` starts at ${start}, before the previous span ends (${lastEnd})`);
    lastEnd = Math.max(lastEnd, end);
    if (typeof text !== "string") {
      fail(`\`${at}.text\` is not a string`);
      continue;
    }
    if (text.length !== end - start) {
      fail(
        `\`${at}.text\` has length ${text.length}, but its span ${start}..${end} has ${end - start}`,
      );
    }
    if (text.trim() === "") fail(`\`${at}.text\` is blank`);
  }
}

/**
 * `provenance`: a record of strings from the documented sources, keyed by Article field; "only
 * fields with a value are listed".
 */
function checkProvenance(a: Record<string, unknown>, fail: Fail): void {
  const provenance = a.provenance;
  if (!isPlainObject(provenance)) {
    fail(`\`provenance\` is ${kindOf(provenance)}, expected a plain object`);
    return;
  }
  for (const key of Reflect.ownKeys(provenance)) {
    const name = String(key);
    const source = provenance[name];
    if (typeof key !== "string" || !(ARTICLE_KEYS as readonly string[]).includes(key)) {
      fail(`\`provenance\` lists ${show(name)}, which is not an Article field`);
      continue;
    }
    if (typeof source !== "string" || !SOURCES.has(source)) {
      fail(`\`provenance.${name}\` is ${show(source)}, not a documented source`);
    }
    const value = a[name];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      fail(`\`provenance.${name}\` is listed but \`${name}\` has no value`);
    }
  }
}

/** The Article is plain JSON: it survives a round trip unchanged, and every string is well-formed UTF-16. */
function checkJson(a: Record<string, unknown>, fail: Fail): void {
  let json: string;
  try {
    json = JSON.stringify(a);
  } catch (error) {
    fail(`JSON.stringify throws: ${String(error)}`);
    return;
  }
  if (!isWellFormed(json)) fail("the JSON string is not well-formed UTF-16");
  const difference = firstDifference(JSON.parse(json), a, "article");
  if (difference !== null) fail(`JSON round trip changes the value at ${difference}`);
  for (const [path, text] of strings(a, "article")) {
    if (!isWellFormed(text)) fail(`${path} holds a lone surrogate`);
  }
}

/** The path of the first place where `copy` (from JSON) and `original` differ, or `null`. */
function firstDifference(copy: unknown, original: unknown, path: string): string | null {
  if (typeof original === "number" && !Number.isFinite(original)) return path;
  if (original === null || typeof original !== "object") {
    return Object.is(copy, original) ? null : path;
  }
  if (Array.isArray(original)) {
    if (!Array.isArray(copy) || copy.length !== original.length) return path;
    for (let i = 0; i < original.length; i++) {
      const found = firstDifference(copy[i], original[i], `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(original) || !isPlainObject(copy)) return path;
  const keys = Reflect.ownKeys(original);
  if (keys.length !== Object.keys(copy).length) return path;
  for (const key of keys) {
    if (typeof key !== "string" || !Object.hasOwn(copy, key)) return `${path}.${String(key)}`;
    const found = firstDifference(copy[key], original[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

/** Every string in a JSON-like value (keys included), with its path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      yield [`${path} key ${show(key)}`, key];
      yield* strings(item, `${path}.${key}`);
    }
  }
}

function isIsoDate(text: string): boolean {
  const groups = ISO_DATE.exec(text)?.groups;
  if (!groups) return false;
  const year = Number(groups.y);
  const month = Number(groups.mo);
  const day = Number(groups.d);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return false;
  if (groups.h === undefined) return true;
  if (Number(groups.h) > 23 || Number(groups.mi) > 59 || Number(groups.s) > 60) return false;
  if (groups.oh !== undefined && (Number(groups.oh) > 23 || Number(groups.om) > 59)) return false;
  return true;
}

function exactKeys(value: object, keys: readonly string[], path: string, fail: Fail): void {
  for (const key of keys) if (!Object.hasOwn(value, key)) fail(`\`${path}.${key}\` is missing`);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== "string" || !keys.includes(key)) {
      fail(`\`${path}\` has unknown key ${String(key)}`);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return typeof value === "number" || typeof value === "boolean" || value == null
    ? String(value)
    : kindOf(value);
}

/**
 * Text input: the body paragraphs and the `removed` spans together are the decoded input's
 * non-blank lines (trimmed), each exactly once and in input order, and every removed span sits at
 * its line's offset.
 *
 * @param decoded - The decoded input (`normalizeText(input, maxInputLength).text`).
 * @param a - The article `fromText` returned for that input.
 * @returns The first problem found, or `null`.
 */
export function textCoverageProblem(decoded: string, a: Article): string | null {
  let p = 0;
  let r = 0;
  let offset = 0;
  for (const raw of decoded.split("\n")) {
    const line = raw.trim();
    const start = offset + raw.indexOf(line);
    offset += raw.length + 1;
    if (line === "") continue;
    const removed = a.removed[r];
    if (removed !== undefined && removed.start === start) {
      if (removed.text !== line)
        return `removed[${r}] is ${show(removed.text)}, the line ${show(line)}`;
      r++;
    } else if (a.paragraphs[p] === line) p++;
    else
      return `the line at ${start}, ${show(line)}, is neither removed[${r}] nor paragraphs[${p}]`;
  }
  if (p !== a.paragraphs.length) return `paragraphs[${p}] is not a line of the input`;
  if (r !== a.removed.length) return `removed[${r}] is not a line of the input`;
  return null;
}

/**
 * HTML input: `removed` offsets point into the rendering `fromHtml` documents (the blocks joined
 * by blank lines). The API does not return that rendering, but every block is a paragraph or a
 * removed span, in order, so it can be rebuilt from the article: the paragraphs must fill the
 * gaps between removed spans exactly.
 *
 * @param a - The article `fromHtml` returned.
 * @returns The first problem found, or `null`.
 */
export function renderingProblem(a: Article): string | null {
  let out = "";
  let p = 0;
  const next = (): number => out.length + (out === "" ? 0 : 2);
  const append = (block: string): void => {
    out += out === "" ? block : `\n\n${block}`;
  };
  for (const [i, r] of a.removed.entries()) {
    while (p < a.paragraphs.length && next() < r.start) append(a.paragraphs[p++] as string);
    if (next() !== r.start)
      return `removed[${i}] starts at ${r.start}; the rendering puts it at ${next()}`;
    append(r.text);
    if (out.slice(r.start, r.end) !== r.text) return `removed[${i}] does not slice the rendering`;
  }
  return null;
}

/**
 * Every string in an article (object keys included), with its path.
 *
 * @param a - The article.
 * @returns `[path, string]` pairs.
 */
export function stringsOf(a: unknown): [string, string][] {
  return [...strings(a, "article")];
}
