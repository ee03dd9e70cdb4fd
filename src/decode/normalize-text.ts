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
 * Decodes raw input into the canonical text the pipeline works on.
 *
 * In order: truncate to `maxInputLength` (with a warning); windows-1252 mojibake of C1 controls is
 * repaired; CRLF, CR, U+2028 and U+2029 become LF; lone surrogates become U+FFFD; the BOM, zero-width characters and soft
 * hyphens are dropped; no-break and fixed-width spaces become U+0020; other C0 controls are dropped;
 * then Unicode NFC. Words are never otherwise changed.
 *
 * @internal
 */
export function normalizeText(input: string, maxInputLength: number): NormalizedText {
  const warnings: string[] = [];
  let text = input;
  if (text.length > maxInputLength) {
    let cut = maxInputLength;
    // Do not split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    text = text.slice(0, cut);
    warnings.push(
      `input truncated from ${input.length} to ${cut} characters (maxInputLength ${maxInputLength})`,
    );
  }
  text = text.replace(SPECIAL, replacement).normalize("NFC");
  return { text: toWellFormed(text), warnings };
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
