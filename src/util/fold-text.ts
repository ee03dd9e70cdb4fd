const SPACE_RUN = /\s+/gu;

/**
 * Folds text for comparing headlines: NFKC, whitespace runs collapsed, trimmed, lower-case.
 *
 * @internal
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(SPACE_RUN, " ").trim().toLowerCase();
}
