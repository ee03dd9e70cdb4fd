const SEPARATOR = /\s(?:\||–|—|-|::|·|•|»)\s/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALISED_OR_DOMAIN = /^(?:[\p{Lu}\p{N}][^\s]*|[^\s]*\.[a-z]{2,6})$/u;
/** A site name is short; longer tails are part of the headline. */
const MAX_SITE_WORDS = 5;
const MIN_TITLE_WORDS = 3;

/**
 * Splits "Headline – Site" or "Headline | Site" into its parts when the tail looks like a site
 * name: short, and (after a dash) every word capitalised or a domain.
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
  if (!pipe && !site.split(/\s+/u).every((w) => CAPITALISED_OR_DOMAIN.test(w) || w.length <= 3)) {
    return null;
  }
  return { title, site };
}
