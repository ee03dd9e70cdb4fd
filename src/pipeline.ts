import { buildArticle } from "./assemble/build-article.js";
import { type Classification, classifyBlocks } from "./classify/classify-blocks.js";
import { matchRules, type RuleMatch } from "./classify/match-rules.js";
import { normalizeText } from "./decode/normalize-text.js";
import { type BlockFeatures, computeFeatures } from "./features/block-features.js";
import { detectLanguage } from "./features/detect-language.js";
import { extractMetadata } from "./metadata/extract-metadata.js";
import { type DateContext, looksLikeDate, parseDate } from "./metadata/parse-date.js";
import type { Block } from "./model.js";
import type { ResolvedOptions } from "./options.js";
import { compileRules } from "./rules/compile.js";
import { builtinPacks } from "./rules/index.js";
import { DATE_ONLY_RULE } from "./rules/structure.js";
import type { RulePack } from "./rules/types.js";
import { splitBlocks } from "./segment/split-blocks.js";
import type { Article } from "./types.js";
import { WordTable } from "./util/word-table.js";

/**
 * Page-level values that HTML input supplies alongside its blocks.
 *
 * @internal
 */
export interface PageExtras {
  /** Titles the page declares (`<title>`, `og:title`): evidence for picking the headline line. */
  readonly titles: readonly string[];
  readonly url: string | null;
  readonly image: string | null;
  readonly tags: readonly string[];
  readonly language: string | null;
}

const NO_EXTRAS: PageExtras = { titles: [], url: null, image: null, tags: [], language: null };
const MAX_DATE_ONLY_WORDS = 10;

/**
 * Runs the text pipeline: decode → segment → features → classify → metadata → assemble.
 *
 * @internal
 */
export function runText(input: string, options: ResolvedOptions): Article {
  const { text, warnings } = normalizeText(input, options.maxInputLength);
  return runBlocks(splitBlocks(text), options, warnings, NO_EXTRAS);
}

/**
 * The intermediate results of the stages, for inspection and tuning tools.
 *
 * @internal
 */
export interface Analysis {
  readonly language: string | null;
  /** The language came from the page's declaration (`<html lang>`), not from the text. */
  readonly languageFromPage: boolean;
  readonly features: readonly BlockFeatures[];
  readonly result: Classification;
  readonly dates: DateContext;
}

/**
 * Runs features and classification on ready-made blocks.
 *
 * @internal
 */
export function analyzeBlocks(
  blocks: readonly Block[],
  options: ResolvedOptions,
  page: PageExtras,
): Analysis {
  const sample = blocks
    .slice(0, 400)
    .map((b) => b.text)
    .join("\n");
  // The text decides before `<html lang>`, which is often stale on real pages.
  const detected = options.language ?? detectLanguage(sample, builtinPacks);
  const language = detected ?? page.language;
  const rules = compileRules(packsFor(language));
  const dates: DateContext = {
    months: rules.months,
    referenceDate: options.referenceDate,
    monthFirst: language === "en",
  };
  const stopWords = stopWordsOf(language);
  const features = computeFeatures(blocks, stopWords);
  const words = features.map((f) => f.words);
  const matches = matchRules(blocks, words, rules.candidates, (m) => accept(m, dates)).map(
    (m, i) => m ?? dateOnly(blocks[i], words[i] ?? 0, dates),
  );
  const result = classifyBlocks(blocks, features, matches, stopWords.size > 0, page.titles);
  return {
    language,
    languageFromPage: detected === null && language !== null,
    features,
    result,
    dates,
  };
}

/**
 * Runs the stages after segmentation on ready-made blocks (text lines or HTML blocks).
 *
 * @internal
 */
export function runBlocks(
  blocks: readonly Block[],
  options: ResolvedOptions,
  warnings: readonly string[],
  page: PageExtras,
): Article {
  const { language, languageFromPage, features, result, dates } = analyzeBlocks(
    blocks,
    options,
    page,
  );
  const meta = extractMetadata(blocks, result, dates);
  return buildArticle(
    blocks,
    result,
    meta,
    {
      language,
      languageSource: languageFromPage ? "html" : "text",
      url: page.url,
      image: page.image,
      tags: page.tags,
      warnings,
      blank: blocks.length === 0,
    },
    features,
  );
}

/** Any fixed moment: used only to ask whether a relative date ("3 hours ago") is a date at all. */
const PROBE_REFERENCE = new Date(0);

/** Date lines count only when the date in them parses (relative dates included). */
function accept(match: RuleMatch, dates: DateContext): boolean {
  if (match.rule.kind !== "dateline") return true;
  return parseDate(match.groups.date ?? "", { ...dates, referenceDate: PROBE_REFERENCE }) !== null;
}

function dateOnly(block: Block | undefined, words: number, dates: DateContext): RuleMatch | null {
  if (!block || words > MAX_DATE_ONLY_WORDS || !DATE_ONLY_RULE.pattern.test(block.text))
    return null;
  if (!looksLikeDate(block.text, dates)) return null;
  return { rule: DATE_ONLY_RULE, groups: { date: block.text }, at: 0 };
}

const stopCache = new Map<string | null, WordTable>();

/** Stop words of the detected language only: another language's list would make prose look bare. */
function stopWordsOf(language: string | null): WordTable {
  const hit = stopCache.get(language);
  if (hit) return hit;
  const primary = language?.split("-")[0] ?? null;
  const words = new WordTable(builtinPacks.find((p) => p.lang === primary)?.stopWords ?? []);
  stopCache.set(language, words);
  return words;
}

const packCache = new Map<string | null, readonly RulePack[]>();

/** The detected language's pack first, then English (boilerplate English is everywhere), then common. */
function packsFor(language: string | null): readonly RulePack[] {
  const hit = packCache.get(language);
  if (hit) return hit;
  const primary = language?.split("-")[0] ?? null;
  const own = builtinPacks.filter((p) => p.lang === primary);
  const rest = builtinPacks.filter(
    (p) => p.lang !== primary && (p.lang === "en" || p.lang === "*"),
  );
  const packs = [...own, ...rest];
  packCache.set(language, packs);
  return packs;
}
