const SEPARATOR = /\s(?:\||–|—|-|::|·|•|»)\s/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;
const DOMAIN = /^[^\s]+\.[a-z]{2,6}$/u;
// Lower-case joining words allowed inside a capitalised site name ("Times of India").
const JOINER = /^(?:of|the|and|de|la|le|du|des|der|die|das|del|di|y|i|и|και)$/u;
/** A site name is short; longer tails are part of the headline. */
const MAX_SITE_WORDS = 5;
const MIN_TITLE_WORDS = 3;

/**
 * Splits "Headline – Site" or "Headline | Site" into its parts when the tail looks like a site
 * name: short, and after a dash either a domain or two or more capitalised words. A single word
 * after a dash ("… - RCN", "… – 30 лет") is more often the end of the headline.
 *
 * @internal
 */
export function splitSiteSuffix(text: string): { title: string; site: string } | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(SEPARATOR)) last = match as RegExpExecArray;
  if (last === null) return null;
  const title = text.slice(0, last.index).trim();
  const site = text.slice(last.index + last[0].length).trim();
  const siteWords = site.match(WORD)?.length ?? 0;
  const titleWords = title.match(WORD)?.length ?? 0;
  if (siteWords === 0 || siteWords > MAX_SITE_WORDS || titleWords < MIN_TITLE_WORDS) return null;
  if (site.length >= title.length) return null;
  const pipe = last[0].trim() === "|" || last[0].trim() === "::";
  return pipe || looksLikeSiteName(site) ? { title, site } : null;
}

function looksLikeSiteName(site: string): boolean {
  if (DOMAIN.test(site)) return true;
  const words = site.split(/\s+/u);
  const named = words.filter((w) => CAPITALISED.test(w)).length;
  return named >= 2 && words.every((w) => CAPITALISED.test(w) || JOINER.test(w));
}
