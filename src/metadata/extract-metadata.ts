import type { Classification } from "../classify/classify-blocks.js";
import type { RuleMatch } from "../classify/match-rules.js";
import type { Block } from "../model.js";
import { TEASER_LIST_RULE } from "../rules/structure.js";
import type { Caption, ReadingTime, RelatedLink } from "../types.js";
import { type DateContext, parseDate } from "./parse-date.js";
import { splitAuthors } from "./split-authors.js";
import { splitSiteSuffix } from "./split-site-suffix.js";

/**
 * Metadata read from the labelled blocks.
 *
 * @internal
 */
export interface TextMetadata {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly modifiedAt: string | null;
  readonly description: string | null;
  readonly captions: readonly Caption[];
  readonly related: readonly RelatedLink[];
  readonly readingTime: ReadingTime | null;
}

const SPACE_RUN = /\s+/gu;
const SENTENCE_STOP = /^[.!?]$/u;
const TRAILING_COLON = /:$/u;
// A sentence of some length (at least 60 characters, ending in sentence punctuation).
const SUMMARY = /^.{59,}[.!?…。！？]["'”’»)]*$/u;

/**
 * Reads title, site name, authors, dates, captions, related links and reading time from the
 * blocks that rules and structure labelled.
 *
 * @internal
 */
export function extractMetadata(
  blocks: readonly Block[],
  result: Classification,
  dates: DateContext,
): TextMetadata {
  let title: string | null = null;
  let siteName: string | null = null;
  if (result.title !== null) {
    const text = blocks[result.title]?.text ?? "";
    const split = splitSiteSuffix(text);
    title = split ? split.title : text;
    siteName = split ? split.site : null;
  }
  const authors: string[] = [];
  let publishedAt: string | null = null;
  let modifiedAt: string | null = null;
  let readingTime: ReadingTime | null = null;
  const captions: Caption[] = [];
  const related: RelatedLink[] = [];
  let sectionLabel = "";
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const match = result.matches[i];
    const label = result.labels[i];
    if (!block || !match || !label || label.rule !== match.rule.id) continue;
    switch (match.rule.kind) {
      case "byline":
        for (const name of splitAuthors(match.groups.names ?? "")) {
          if (!authors.includes(name)) authors.push(name);
        }
        break;
      case "dateline": {
        const iso = parseDate(match.groups.date ?? block.text, dates);
        if (iso === null) break;
        if (match.rule.dateRole === "modified") modifiedAt ??= iso;
        else publishedAt ??= iso;
        break;
      }
      case "readingTime":
        readingTime ??= readingTimeOf(block.text, match);
        break;
      case "caption":
        addCaption(captions, block, match, result.matches[i - 1] ?? null);
        break;
      case "related":
        if (match.rule.id === TEASER_LIST_RULE.id) {
          if (!SUMMARY.test(block.text)) related.push(linkOf(block.text, "", block));
        } else if (match.groups.title) {
          related.push(linkOf(match.groups.title, match.groups.label ?? "", block));
        } else if (match.rule.scope === "section" && match.rule.pattern.test(block.text)) {
          sectionLabel = block.text.replace(TRAILING_COLON, "").trimEnd();
        } else if (match.rule.scope === "section" && !SUMMARY.test(block.text)) {
          // Items are the teaser headlines; a summary sentence under one is not a link of its own.
          related.push(linkOf(block.text, sectionLabel, block));
        }
        break;
      default:
        break;
    }
  }
  const description =
    result.description !== null ? (blocks[result.description]?.text ?? null) : null;
  return {
    title,
    siteName,
    authors,
    publishedAt,
    modifiedAt,
    description,
    captions,
    related,
    readingTime,
  };
}

function readingTimeOf(text: string, match: RuleMatch): ReadingTime | null {
  const minutes = Number(match.groups.minutes ?? "0");
  const seconds = Number(match.groups.seconds ?? "0");
  const total = minutes * 60 + seconds;
  return total > 0 ? { text, seconds: total } : null;
}

function addCaption(
  captions: Caption[],
  block: Block,
  match: RuleMatch,
  previousMatch: RuleMatch | null,
): void {
  const credit = (match.groups.credit ?? match.groups.credit2 ?? "").trim();
  // A credit after a full sentence ("… on Monday. Photo: X") leaves the sentence its full stop.
  const keepStop = SENTENCE_STOP.test(block.text.slice(match.at, match.at + 1)) ? 1 : 0;
  const text = block.text.slice(0, match.at + keepStop).trim();
  if (credit === "") {
    captions.push({ text: text.replace(SPACE_RUN, " "), credit: null });
    return;
  }
  if (text === "") {
    // A credit line alone completes the caption line just above it.
    const previous = captions.at(-1);
    if (previous && previous.credit === null && previousMatch?.rule === match.rule) {
      captions[captions.length - 1] = { text: previous.text, credit };
      return;
    }
  }
  captions.push({ text: text.replace(SPACE_RUN, " "), credit });
}

function linkOf(title: string, label: string, block: Block): RelatedLink {
  return { title: title.trim(), label: label.trim(), url: block.hints?.href ?? null };
}
