import type { Classification } from "../classify/classify-blocks.js";
import type { BlockFeatures } from "../features/block-features.js";
import { countWords } from "../features/count-words.js";
import type { TextMetadata } from "../metadata/extract-metadata.js";
import type { Block } from "../model.js";
import { STRUCTURE_IDS } from "../rules/structure.js";
import type { Article, BoilerplateKind, Removal } from "../types.js";

/**
 * Values that come from outside the blocks: page metadata (HTML) and decoding.
 *
 * @internal
 */
export interface ArticleExtras {
  readonly language: string | null;
  /** Where the language came from: `text` (detected, or the `language` option) or `html`. */
  readonly languageSource: "text" | "html";
  readonly url: string | null;
  readonly image: string | null;
  readonly tags: readonly string[];
  readonly warnings: readonly string[];
  /** Whether the input had any non-blank character. */
  readonly blank: boolean;
}

/**
 * Assembles the final {@link Article}: the body from blocks labelled body or description, and the
 * `removed` log from every other block, in input order, with kind, rule id and offsets.
 * `features` are the blocks' own (their exact word counts make the article's).
 *
 * @internal
 */
export function buildArticle(
  blocks: readonly Block[],
  result: Classification,
  meta: TextMetadata,
  extras: ArticleExtras,
  features: readonly BlockFeatures[],
): Article {
  const paragraphs: string[] = [];
  let wordCount = 0;
  const removed: Removal[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const label = result.labels[i];
    if (!block || !label) continue;
    if (label.kind === "body" || label.kind === "description") {
      paragraphs.push(block.text);
      // Without CJK the features' count is exact; CJK lines are estimated there, so segmented here.
      const f = features[i];
      wordCount += f !== undefined && f.cjk === 0 ? f.words : countWords(block.text);
      continue;
    }
    removed.push({
      text: block.text,
      kind: label.kind satisfies BoilerplateKind,
      rule: label.rule ?? STRUCTURE_IDS.other,
      start: block.start,
      end: block.end,
    });
  }
  const warnings = [...extras.warnings];
  if (extras.blank) warnings.push("empty input: no text to extract");
  else if (paragraphs.length === 0) warnings.push("no article body found");
  const language = paragraphs.length > 0 || meta.title !== null ? extras.language : null;
  return {
    schemaVersion: 1,
    title: meta.title,
    siteName: meta.siteName,
    authors: meta.authors,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    description: meta.description,
    paragraphs,
    text: paragraphs.join("\n\n"),
    captions: meta.captions,
    related: meta.related,
    readingTime: meta.readingTime,
    wordCount,
    language,
    url: extras.url,
    image: extras.image,
    tags: extras.tags,
    removed,
    warnings,
    provenance: textProvenance(meta, language, extras.languageSource),
  };
}

/** Every metadata field found in the text is sourced `text` (HTML input may override some). */
function textProvenance(
  meta: TextMetadata,
  language: string | null,
  languageSource: "text" | "html",
): Record<string, string> {
  const found: Record<string, string> = {};
  const fields = {
    title: meta.title,
    siteName: meta.siteName,
    authors: meta.authors.length > 0 ? meta.authors : null,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    description: meta.description,
    readingTime: meta.readingTime,
    language,
  };
  for (const [field, value] of Object.entries(fields)) if (value !== null) found[field] = "text";
  if (language !== null) found.language = languageSource;
  return found;
}
