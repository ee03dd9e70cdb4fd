/**
 * Context for {@link parseDate}.
 *
 * @internal
 */
export interface DateContext {
  /** Month names of all packs, lower-case, mapped to 1–12. */
  readonly months: ReadonlyMap<string, number>;
  /** Resolve relative dates against this moment; `null` leaves them unresolved. */
  readonly referenceDate: Date | null;
  /** Whether `a/b/yyyy` means month/day (US English) rather than day/month. */
  readonly monthFirst: boolean;
}

// Time-zone abbreviations seen on news pages, with their UTC offsets.
const ZONES: Readonly<Record<string, string>> = {
  utc: "+00:00",
  gmt: "+00:00",
  z: "+00:00",
  bst: "+01:00",
  ist: "+05:30",
  cet: "+01:00",
  cest: "+02:00",
  eet: "+02:00",
  eest: "+03:00",
  msk: "+03:00",
  est: "-05:00",
  edt: "-04:00",
  cdt: "-05:00",
  mst: "-07:00",
  mdt: "-06:00",
  pst: "-08:00",
  pdt: "-07:00",
  aest: "+10:00",
  aedt: "+11:00",
  awst: "+08:00",
  jst: "+09:00",
  kst: "+09:00",
  hkt: "+08:00",
  sgt: "+08:00",
  pht: "+08:00",
  wib: "+07:00",
  sast: "+02:00",
  wat: "+01:00",
  eat: "+03:00",
  nzst: "+12:00",
  nzdt: "+13:00",
};

const ISO =
  /(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<time>\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?/u;
const YMD = /\b(?<y>\d{4})[./年](?<m>\d{1,2})[./月](?<d>\d{1,2})日?/u;
const DMY_NUMERIC = /\b(?<a>\d{1,2})[./-](?<b>\d{1,2})[./-](?<y>\d{4})\b/u;
const DAY_MONTH_YEAR =
  /\b(?<d>\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?(?<month>\p{L}{3,12})\.?,?\s*(?:de\s+)?(?<y>\d{4})\b/u;
const MONTH_DAY_YEAR =
  /(?<month>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b/u;
const TIME =
  /\b(?<h>\d{1,2})[:.h](?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?(?:\s*\(?(?<zone>[A-Z]{1,5}|[+-]\d{2}:?\d{2}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\)?)?/iu;
const RELATIVE =
  /\b(?<n>\d{1,3}|an?|one)\s+(?<unit>second|minute|min|hour|hr|day|week|month|year)s?\s+ago\b/iu;
const YESTERDAY = /\byesterday\b/iu;
const YEAR_DIGITS = /\d{4}/u;

/**
 * Finds one date in a line of text and returns it as ISO 8601: `YYYY-MM-DD` for a date,
 * `YYYY-MM-DDTHH:MM:SS` with the offset when the line gives a time and a known time zone.
 * Relative dates ("3 hours ago") resolve only against `referenceDate`.
 *
 * @internal
 */
export function parseDate(text: string, ctx: DateContext): string | null {
  // Every absolute form below holds a four-digit year: one quick test rules them all out.
  if (!YEAR_DIGITS.test(text)) return relative(text, ctx.referenceDate);
  const iso = ISO.exec(text);
  if (iso?.groups) {
    const { y, m, d, time, zone } = iso.groups;
    const day = ymd(Number(y), Number(m), Number(d));
    if (day === null) return null;
    const clock = time ? pad(time) : null;
    // An out-of-range clock ("25:99") keeps only the day; an impossible offset is left out.
    if (clock === null) return day;
    return `${day}T${clock}${zone ? offset(zone) : ""}`;
  }
  const day = findDay(text, ctx);
  if (day === null) return relative(text, ctx.referenceDate);
  const time = TIME.exec(text.slice(day.end));
  if (!time?.groups) return day.iso;
  let hour = Number(time.groups.h);
  const minute = Number(time.groups.min);
  const ampm = time.groups.ampm?.toLowerCase().replaceAll(".", "");
  if (ampm === "pm" && hour < 12) hour += 12;
  if (ampm === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || Number(time.groups.s ?? "0") > 59) return day.iso;
  const zone = time.groups.zone ? offset(time.groups.zone) : "";
  const seconds = time.groups.s ?? "00";
  return `${day.iso}T${two(hour)}:${two(minute)}:${seconds}${zone}`;
}

const CLOCK = /\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\b|[AP]M\b|h\b|Uhr\b)/iu;
const DAY_NUMBER = /\b\d{1,2}\b/u;
const DIGIT = /\d/u;
const LETTERS = /\p{L}+/gu;

/**
 * Tells whether a short line reads as a date even without a year ("Fri Jun 21, 7:05 AM ET"):
 * it parses as a date, names a month next to a day number, gives a clock time, or is a
 * relative date ("11 days ago").
 *
 * @internal
 */
export function looksLikeDate(text: string, ctx: DateContext): boolean {
  // Without a digit only a relative phrase ("an hour ago") can be a date: every other form needs one.
  if (!DIGIT.test(text)) return RELATIVE.test(text);
  if (parseDate(text, { ...ctx, referenceDate: null }) !== null) return true;
  if (CLOCK.test(text) || RELATIVE.test(text)) return true;
  if (!DAY_NUMBER.test(text)) return false;
  for (const match of text.matchAll(LETTERS)) {
    if (ctx.months.has(match[0].toLowerCase())) return true;
  }
  return false;
}

function findDay(text: string, ctx: DateContext): { iso: string; end: number } | null {
  const found = YMD.exec(text);
  if (found?.groups) {
    const iso = ymd(Number(found.groups.y), Number(found.groups.m), Number(found.groups.d));
    if (iso) return { iso, end: found.index + found[0].length };
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    const named = pattern.exec(text);
    const month = named?.groups
      ? ctx.months.get(named.groups.month?.toLowerCase() ?? "")
      : undefined;
    if (named?.groups && month !== undefined) {
      const iso = ymd(Number(named.groups.y), month, Number(named.groups.d));
      if (iso) return { iso, end: named.index + named[0].length };
    }
  }
  const numeric = DMY_NUMERIC.exec(text);
  if (numeric?.groups) {
    const a = Number(numeric.groups.a);
    const b = Number(numeric.groups.b);
    const monthFirst = a > 12 ? false : b > 12 ? true : ctx.monthFirst && text.includes("/");
    const iso = ymd(Number(numeric.groups.y), monthFirst ? a : b, monthFirst ? b : a);
    if (iso) return { iso, end: numeric.index + numeric[0].length };
  }
  return null;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  min: 60,
  hour: 3600,
  hr: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};

function relative(text: string, reference: Date | null): string | null {
  if (reference === null) return null;
  const found = RELATIVE.exec(text);
  if (found?.groups) {
    const raw = found.groups.n?.toLowerCase() ?? "1";
    const n = raw === "a" || raw === "an" || raw === "one" ? 1 : Number(raw);
    const unit = UNIT_SECONDS[found.groups.unit?.toLowerCase() ?? ""] ?? 0;
    // To the second, as every other date: a reference with milliseconds does not leak them.
    return new Date(reference.getTime() - n * unit * 1000).toISOString().replace(/\.\d{3}Z$/u, "Z");
  }
  if (YESTERDAY.test(text)) {
    return new Date(reference.getTime() - 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${y}-${two(m)}-${two(d)}`;
}

function offset(zone: string): string {
  const named = ZONES[zone.toLowerCase()];
  if (named) return named;
  const numeric = /^(?:GMT|UTC)?(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$/iu.exec(zone);
  if (!numeric?.groups) return "";
  const hours = Number(numeric.groups.h);
  const minutes = Number(numeric.groups.m ?? "0");
  if (hours > 14 || minutes > 59) return "";
  return `${numeric.groups.sign}${two(hours)}:${two(minutes)}`;
}

/** `H:MM[:SS]` as `HH:MM:SS`, or `null` when a field is out of range. */
function pad(time: string): string | null {
  const [h = "0", m = "00", s = "00"] = time.split(":");
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return null;
  return `${two(Number(h))}:${m}:${s}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
