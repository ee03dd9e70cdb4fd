/**
 * Result of {@link normalizeText}.
 *
 * @internal
 */
export interface NormalizedText {
  /** The decoded text that every offset in the output refers to. */
  readonly text: string;
  /** Warnings raised while decoding (truncation). */
  readonly warnings: readonly string[];
}

// One pass finds every character that changes:
// - CRLF, CR, U+2028 and U+2029 become LF;
// - U+FEFF (BOM / ZWNBSP), U+200B–U+200D (zero-width space, non-joiner, joiner), U+2060 (word
//   joiner) and U+00AD (soft hyphen) carry no visible text and are dropped, so words compare equal;
// - no-break and other fixed-width spaces become a plain space;
// - C0 controls other than tab and LF, and DEL, are not text and are dropped;
// - C1 controls are windows-1252 bytes decoded as Latin-1 and are mapped back (or dropped).
// Each character's replacement depends on that character alone (CR on the LF after it), so one pass
// gives what the steps one after the other would.
const SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose.
  /\r\n?|[\u2028\u2029\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const SPACES = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;

function replacement(match: string): string {
  const code = match.charCodeAt(0);
  if (code === 0x0d || code === 0x2028 || code === 0x2029) return "\n";
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code] ?? "";
  return SPACES.test(match) ? " " : "";
}

/**
 * Decodes raw input into the canonical text the pipeline works on: {@link truncateInput}, then
 * {@link normalizeChars}. Words are never otherwise changed.
 *
 * @internal
 */
export function normalizeText(input: string, maxInputLength: number): NormalizedText {
  const { text, warnings } = truncateInput(input, maxInputLength);
  return { text: normalizeChars(text), warnings };
}

/**
 * Cuts input longer than `maxInputLength` (never inside a surrogate pair), with a warning.
 *
 * @internal
 */
export function truncateInput(input: string, maxInputLength: number): NormalizedText {
  if (input.length <= maxInputLength) return { text: input, warnings: [] };
  let cut = maxInputLength;
  const code = input.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return {
    text: input.slice(0, cut),
    warnings: [
      `input truncated from ${input.length} to ${cut} characters (maxInputLength ${maxInputLength})`,
    ],
  };
}

/**
 * Canonical characters: windows-1252 mojibake of C1 controls is repaired; CRLF, CR, U+2028 and
 * U+2029 become LF; the BOM, zero-width characters and soft hyphens are dropped; no-break and
 * fixed-width spaces become U+0020; other C0 controls are dropped; then Unicode NFC, and lone
 * surrogates become U+FFFD. HTML input gets this per rendered line, after entities are decoded.
 *
 * @internal
 */
export function normalizeChars(text: string): string {
  return toWellFormed(text.replace(SPECIAL, replacement).normalize("NFC"));
}

// Bytes 0x80–0x9F decoded as Latin-1 instead of windows-1252 give C1 controls; map them back.
const WINDOWS_1252: Record<number, string> = {
  128: "€",
  130: "‚",
  131: "ƒ",
  132: "„",
  133: "…",
  134: "†",
  135: "‡",
  136: "ˆ",
  137: "‰",
  138: "Š",
  139: "‹",
  140: "Œ",
  142: "Ž",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  152: "˜",
  153: "™",
  154: "š",
  155: "›",
  156: "œ",
  158: "ž",
  159: "Ÿ",
};

// Lone surrogates are replaced by U+FFFD so that the output is valid UTF-16 and serialises cleanly.
// With the `u` flag a well-formed pair is one code point, so this class only matches lone halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
const HAS_SURROGATE = /[\uD800-\uDFFF]/u;

function toWellFormed(text: string): string {
  // Node 20 has the native check (far faster than a regex scan); the regex is the fallback.
  const native = text as { isWellFormed?: () => boolean };
  if (native.isWellFormed !== undefined) {
    return native.isWellFormed() ? text : text.replace(LONE_SURROGATE, "\uFFFD");
  }
  return HAS_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
}
