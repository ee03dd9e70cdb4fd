/**
 * Options accepted by {@link parseArticle}, {@link fromText} and {@link fromHtml}.
 *
 * Every field is optional; `null` and `undefined` mean "use the default". An unknown key or a
 * value of the wrong type throws a `TypeError` that names the option.
 *
 * @example
 * ```ts
 * import { fromText, type ParseOptions } from "newsclean";
 * const options: ParseOptions = { referenceDate: "2024-06-19T12:00:00Z", maxInputLength: 500_000 };
 * fromText("Storm closes harbour\n\nPosted 3 hours ago\n\nThe harbour closed on Monday after the storm damaged two piers.", options).publishedAt;
 * //=> "2024-06-19T09:00:00Z"
 * let message = "";
 * try {
 *   fromText("Storm closes harbour", { maxDepth: -1 });
 * } catch (error) {
 *   message = (error as TypeError).message;
 * }
 * message; //=> "newsclean: option `maxDepth` must be a positive integer, got the number -1"
 * ```
 */
export interface ParseOptions {
  /**
   * Longest input read, in UTF-16 code units (`number`, default: `2_000_000`).
   * Longer input is truncated and a warning is added to {@link Article.warnings}. For HTML this
   * counts the raw markup, scripts included.
   *
   * @defaultValue `2_000_000`
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday.", { maxInputLength: 20 }).warnings;
   * //=> ["input truncated from 51 to 20 characters (maxInputLength 20)", "no article body found"]
   * ```
   */
  readonly maxInputLength?: number | null | undefined;
  /**
   * The moment relative dates ("3 hours ago") are resolved against (`Date | string`, default: `null`).
   * Without it, relative dates stay unresolved (`null`), which keeps the output deterministic.
   * A string must be one `new Date()` parses (ISO 8601 is the safe choice).
   *
   * @defaultValue `null`
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nPosted 3 hours ago\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(story).publishedAt; //=> null
   * fromText(story, { referenceDate: new Date("2024-06-19T12:00:00Z") }).publishedAt; //=> "2024-06-19T09:00:00Z"
   * ```
   */
  readonly referenceDate?: Date | string | null | undefined;
  /**
   * The language of the input as a BCP 47 tag (`string`, default: `null`, detected from the text).
   * It picks the rule pack and is reported as {@link Article.language}, lower-cased (when the
   * article has a body or a headline; an empty result reports `null`).
   *
   * @defaultValue `null` (detected from the text)
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.", { language: "en-GB" }).language;
   * //=> "en-gb"
   * ```
   */
  readonly language?: string | null | undefined;
  /**
   * Deepest element nesting walked in HTML input (`number`, default: `256`). Deeper content is
   * not read, with a warning, which bounds work and memory on hostile markup.
   *
   * @defaultValue `256`
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * const deep = `<div>`.repeat(300) + "<p>The harbour closed on Monday after the storm damaged two piers.</p>";
   * fromHtml(deep).warnings;
   * //=> ["elements nested deeper than maxDepth (256) were not read: 1 subtree(s)", "empty input: no text to extract"]
   * fromHtml(deep, { maxDepth: 400 }).paragraphs;
   * //=> ["The harbour closed on Monday after the storm damaged two piers."]
   * ```
   */
  readonly maxDepth?: number | null | undefined;
  /**
   * Longest JSON-LD script parsed, in characters (`number`, default: `1_000_000`). Longer ones
   * are skipped.
   *
   * @defaultValue `1_000_000`
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * const page = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>
   *   <body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>`;
   * fromHtml(page).authors; //=> ["Jane Doe"]
   * fromHtml(page, { maxJsonLdLength: 20 }).authors; //=> []
   * ```
   */
  readonly maxJsonLdLength?: number | null | undefined;
}

/**
 * Options with every default filled in, validated and frozen.
 *
 * @internal
 */
export interface ResolvedOptions {
  readonly maxInputLength: number;
  readonly referenceDate: Date | null;
  readonly language: string | null;
  readonly maxDepth: number;
  readonly maxJsonLdLength: number;
}

const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;
const DEFAULT_MAX_DEPTH = 256;
const DEFAULT_MAX_JSON_LD_LENGTH = 1_000_000;
const KNOWN_KEYS = new Set([
  "maxInputLength",
  "referenceDate",
  "language",
  "maxDepth",
  "maxJsonLdLength",
]);
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu;

/**
 * Validates options and fills in defaults. The only place where defaults live.
 *
 * @throws TypeError when an option has the wrong type or value.
 * @internal
 */
export function resolveOptions(options: ParseOptions | null | undefined): ResolvedOptions {
  if (options === null || options === undefined) return DEFAULTS;
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`newsclean: \`options\` must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new TypeError(
        `newsclean: unknown option \`${key}\`; expected one of ${[...KNOWN_KEYS].join(", ")}`,
      );
    }
  }
  return Object.freeze({
    maxInputLength: positiveInteger(
      "maxInputLength",
      options.maxInputLength,
      DEFAULT_MAX_INPUT_LENGTH,
    ),
    referenceDate: referenceDate(options.referenceDate),
    language: language(options.language),
    maxDepth: positiveInteger("maxDepth", options.maxDepth, DEFAULT_MAX_DEPTH),
    maxJsonLdLength: positiveInteger(
      "maxJsonLdLength",
      options.maxJsonLdLength,
      DEFAULT_MAX_JSON_LD_LENGTH,
    ),
  });
}

const DEFAULTS: ResolvedOptions = Object.freeze({
  maxInputLength: DEFAULT_MAX_INPUT_LENGTH,
  referenceDate: null,
  language: null,
  maxDepth: DEFAULT_MAX_DEPTH,
  maxJsonLdLength: DEFAULT_MAX_JSON_LD_LENGTH,
});

function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(
      `newsclean: option \`${name}\` must be a positive integer, got ${describe(value)}`,
    );
  }
  return value;
}

function referenceDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date =
    value instanceof Date
      ? new Date(value.getTime())
      : typeof value === "string"
        ? new Date(value)
        : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new TypeError(
      `newsclean: option \`referenceDate\` must be a valid Date or ISO 8601 string, got ${describe(value)}`,
    );
  }
  return date;
}

function language(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || !LANGUAGE_TAG.test(value)) {
    throw new TypeError(
      `newsclean: option \`language\` must be a BCP 47 language tag such as "en", got ${describe(value)}`,
    );
  }
  return value.toLowerCase();
}

/**
 * Short description of a value for error messages.
 *
 * @internal
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number") return `the number ${String(value)}`;
  return `a value of type ${typeof value}`;
}
