const SEPARATOR = /[,;&、和]|\s(?:and|und|et|y|и|i|και)\s/u;
// Job titles and agencies that follow a name in a byline are not names.
const ROLE =
  /^(?:staff|staff writer|staff reporter|reporter|correspondent|editor|senior editor|contributor|writer|columnist|special correspondent|(?:the )?associated press|reuters|afp|pti|ani|ians|agencies|bloomberg)$/iu;
const MAX_NAME_WORDS = 5;

/**
 * Splits the names part of a byline ("Jane Doe and John Roe, Staff Writer") into author names,
 * dropping roles and agencies.
 *
 * @internal
 */
export function splitAuthors(names: string): string[] {
  return names
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.length > 1 && !ROLE.test(name))
    .filter((name) => name.split(/\s+/u).length <= MAX_NAME_WORDS);
}
