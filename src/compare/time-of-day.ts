/**
 * Times of day, chrono-style: small parsers tried in order at one word, each result tagged with its rule. A parser
 * gives the time part of a TIMEX3 value (`14:30`, `EV`); the temporal tagger puts it on a day (the date in the
 * time's own phrase, else a date of its sentence, else the anchor). Tables: `TimeRules` (`src/lang/<code>/`).
 */
import type { DayPart, TimeRules } from '../lang/index.js';
import type { Word } from './words.js';
import { tableValue } from './table-lookup.js';
import { keptPer } from '../core/kept.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const DIGIT_START = /^\d/u;

/** Which parser found a time. */
export type TimeRule = 'clock' | 'clock-meridiem' | 'clock-lead' | 'fixed' | 'day-part' | 'day-part-adverb';

/** A date inside the time's own phrase ("Morgen des 22. Juni 1941"): a full date or a lone day ("Nacht vom 16."). */
export type PhraseDate =
  | { readonly kind: 'date'; readonly value: string; readonly to: number; readonly end?: number }
  | { readonly kind: 'day'; readonly day: number; readonly to: number; readonly end: number };

/** What the time parsers read. */
export interface TimeEnv {
  readonly words: readonly Word[];
  readonly text: string;
  readonly rules: TimeRules;
  /** The first word of the sentence: no lead is looked for before it. */
  readonly sentenceStart: number;
  /** A day-precise date starting at word `i` ("22. Juni 1941", "25.4.2019"), value `YYYY-MM-DD`. */
  readonly dateAt: (i: number) => { value: string; to: number; end?: number } | undefined;
}

/** One time of day: its time part, words `[from, to)` (`end` overrides the end offset), rule and own date. */
export interface TimeMatch {
  readonly time: string;
  readonly from: number;
  readonly to: number;
  readonly end?: number;
  readonly rule: TimeRule;
  readonly date?: PhraseDate;
}

const HOUR = /^\d{1,2}$/u;
const DOTTED = /^(\d{1,2})\.(\d{2})$/u;
const MINUTES = /^\d{2}$/u;
const GLUED = /^(\d{1,2})(\p{L}[\p{L}.]*)$/u;

const pad = (n: number): string => String(n).padStart(2, '0');

function hhmm(hour: number, minutes: number): string | undefined {
  if (hour > 24 || minutes > 59 || (hour === 24 && minutes > 0)) return undefined;
  return `${pad(hour)}:${pad(minutes)}`;
}

/** "4:45", "14.30", "7": hour and minutes at word `i` and the next word index; `colon` when "H:MM" was written. */
function clockDigits(
  env: TimeEnv,
  i: number,
): { hour: number; minutes: number; to: number; colon: boolean } | undefined {
  const w = env.words[i];
  if (!w) return undefined;
  const dotted = DOTTED.exec(w.text);
  if (dotted) return { hour: Number(dotted[1]), minutes: Number(dotted[2]), to: i + 1, colon: false };
  if (!HOUR.test(w.text)) return undefined;
  const m = env.words[i + 1];
  if (m && MINUTES.test(m.text) && env.text.slice(w.end, m.start) === ':')
    return { hour: Number(w.text), minutes: Number(m.text), to: i + 2, colon: true };
  return { hour: Number(w.text), minutes: 0, to: i + 1, colon: false };
}

/** "14.30 Uhr", "4:45 Uhr", "4 Uhr 45", "7 Uhr". */
function clockAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const c = clockDigits(env, i);
  if (!c) return undefined;
  const u = env.words[c.to];
  if (!u || !u.tightBefore || !env.rules.clockWords.includes(u.lower)) return undefined;
  let { minutes } = c;
  let to = c.to + 1;
  const after = env.words[to];
  if (
    c.to === i + 1 &&
    !DOTTED.test(env.words[i]?.text ?? '') &&
    after?.tightBefore &&
    MINUTES.test(after.text)
  ) {
    minutes = Number(after.text);
    to++;
  }
  // "8 Uhr abends" is 20:00, "2 Uhr nachts" 02:00, "11 Uhr nachts" 23:00
  const part =
    env.words[to]?.tightBefore === true
      ? tableValue(env.rules.dayPartAdverbs, env.words[to]?.lower ?? '')
      : undefined;
  let hour = c.hour;
  if (part !== undefined) {
    to++;
    if (hour < 12 && (part === 'AF' || part === 'EV' || (part === 'NI' && hour >= NIGHT_FROM))) hour += 12;
  }
  const time = hhmm(hour, minutes);
  return time ? { time, from: i, to, rule: 'clock' } : undefined;
}

/** The first hour of a 12-hour clock that "nachts" puts in the evening ("11 Uhr nachts" is 23:00). */
const NIGHT_FROM = 7;

/** "3 p.m.", "11:30 am", "3pm": a 12-hour time; the period after "p.m" belongs to the span. */
function meridiemAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const { meridiem } = env.rules;
  const w = env.words[i];
  if (!w) return undefined;
  let hour: number;
  let minutes = 0;
  let mark: string;
  let to: number;
  const glued = GLUED.exec(w.lower);
  const next = env.words[i + 1];
  const gluedMinutes = next && env.text.slice(w.end, next.start) === ':' ? GLUED.exec(next.lower) : null;
  if (glued && tableValue(meridiem, glued[2] ?? '') !== undefined) {
    hour = Number(glued[1]);
    mark = glued[2] ?? '';
    to = i + 1;
  } else if (HOUR.test(w.text) && gluedMinutes && tableValue(meridiem, gluedMinutes[2] ?? '') !== undefined) {
    // "11:30am"
    if (!MINUTES.test(gluedMinutes[1] ?? '')) return undefined;
    hour = Number(w.text);
    minutes = Number(gluedMinutes[1]);
    mark = gluedMinutes[2] ?? '';
    to = i + 2;
  } else {
    const c = clockDigits(env, i);
    const m = c ? env.words[c.to] : undefined;
    if (!c || !m || !m.tightBefore || tableValue(meridiem, m.lower) === undefined || DOTTED.test(w.text))
      return undefined;
    ({ hour, minutes } = c);
    mark = m.lower;
    to = c.to + 1;
  }
  if (hour < 1 || hour > 12) return undefined;
  const time = hhmm((hour % 12) + (tableValue(meridiem, mark) ?? 0), minutes);
  if (!time) return undefined;
  const last = env.words[to - 1] as Word;
  const dot = mark.includes('.') && env.text[last.end] === '.' ? 1 : 0;
  return { time, from: i, to, end: last.end + dot, rule: 'clock-meridiem' };
}

/** "at 15:00", "um 9:30": a 24-hour "H:MM" after a clock lead (a score "2:1" or "3:0" has none). */
function leadClockAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const c = clockDigits(env, i);
  const lead = env.words[i - 1];
  if (!c?.colon || !lead || i - 1 < env.sentenceStart || !env.words[i]?.tightBefore) return undefined;
  if (!env.rules.clockLeads.includes(lead.lower)) return undefined;
  const time = hhmm(c.hour, c.minutes);
  return time ? { time, from: i, to: c.to, rule: 'clock-lead' } : undefined;
}

/** "Mitternacht", "noon". */
function fixedAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const time = tableValue(env.rules.fixedTimes, env.words[i]?.lower ?? '');
  return time === undefined ? undefined : { time, from: i, to: i + 1, rule: 'fixed' };
}

/** Whether the lower-case words before word `k` are `phrase` (space-separated), inside the sentence. */
function endsBefore(env: TimeEnv, k: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  const at = k - parts.length;
  return at >= env.sentenceStart && parts.every((p, n) => env.words[at + n]?.lower === p);
}

/** The date after a link word ("des 22. Juni 1941", "vom 16."), if the part of the day at `i` has one. */
function linkedDate(env: TimeEnv, i: number): PhraseDate | undefined {
  const link = env.words[i + 1];
  if (!link?.tightBefore || !env.rules.dayPartLinks.includes(link.lower)) return undefined;
  const d = env.words[i + 2];
  if (!d?.tightBefore) return undefined;
  const full = env.dateAt(i + 2);
  if (full) return { kind: 'date', ...full };
  if (HOUR.test(d.text) && env.text[d.end] === '.') {
    const day = Number(d.text);
    if (day >= 1 && day <= 31) return { kind: 'day', day, to: i + 3, end: d.end + 1 };
  }
  return undefined;
}

/**
 * "Morgen des 22. Juni 1941", "Nacht vom 16.", "gegen Abend", "am frühen Morgen", "in the evening": a part of the
 * day with its own date, or after a lead; modifiers before it ("gegen", "frühen") belong to the span.
 */
function dayPartAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const w = env.words[i];
  const code: DayPart | undefined = w ? tableValue(env.rules.dayParts, w.lower) : undefined;
  if (!w || code === undefined) return undefined;
  let from = i;
  while (
    from - 1 >= env.sentenceStart &&
    env.words[from]?.tightBefore === true &&
    env.rules.dayPartModifiers.includes(env.words[from - 1]?.lower ?? '')
  )
    from--;
  const date = linkedDate(env, i);
  const led = from < i || env.rules.dayPartLeads.some((l) => endsBefore(env, i, l));
  if (!date && !led) return undefined;
  return {
    time: code,
    from,
    to: date ? date.to : i + 1,
    ...(date?.end !== undefined ? { end: date.end } : {}),
    rule: 'day-part',
    ...(date ? { date } : {}),
  };
}

/** "abends", "nachts", "tonight". */
function adverbAt(env: TimeEnv, i: number): TimeMatch | undefined {
  const code = tableValue(env.rules.dayPartAdverbs, env.words[i]?.lower ?? '');
  return code === undefined ? undefined : { time: code, from: i, to: i + 1, rule: 'day-part-adverb' };
}

const PARSERS: readonly ((env: TimeEnv, i: number) => TimeMatch | undefined)[] = [
  clockAt,
  meridiemAt,
  leadClockAt,
  fixedAt,
  dayPartAt,
  adverbAt,
];

/** A time zone right after a clock time ("23:00 Uhr mitteleuropäischer Zeit", "3 p.m. GMT"): its offset and end. */
function zoneAfter(env: TimeEnv, to: number): { offset: string; to: number } | undefined {
  for (const [zone, offset] of Object.entries(env.rules.zones)) {
    const parts = zone.split(' ');
    const gapOk = (n: number): boolean => {
      const w = env.words[to + n];
      const prev = env.words[to + n - 1];
      // the period of "p.m." stands between the time and its zone
      if (!w || !prev) return false;
      const gap = env.text.slice(prev.end, w.start);
      return gap === ' ' || (gap === '. ' && tableValue(env.rules.meridiem, prev.lower) !== undefined);
    };
    if (parts.every((p, n) => env.words[to + n]?.lower === p && gapOk(n)))
      return { offset, to: to + parts.length };
  }
  return undefined;
}

/**
 * The lower-case words the table parsers (`fixedAt`, `dayPartAt`, `adverbAt`) answer for: their tables' own keys
 * (the names `Object.prototype` holds are no entries; see `tableValue`).
 */
const tableWordsOf: (rules: TimeRules) => ReadonlySet<string> = keptPer(
  (rules) =>
    new Set([
      ...Object.keys(rules.fixedTimes),
      ...Object.keys(rules.dayParts),
      ...Object.keys(rules.dayPartAdverbs),
    ]),
);

/**
 * Whether any parser can find a time at this word: the clock parsers need a word that starts with a digit, the
 * others a word of their tables. Most words are neither, and are passed over without building a `TimeEnv`.
 */
export function mayStartTime(w: Word, rules: TimeRules): boolean {
  const c = w.text.charCodeAt(0);
  return (c >= 48 && c <= 57) || tableWordsOf(rules).has(w.lower);
}

/** The first time of day the parsers find at word `i`, in their order; a clock time takes a zone after it. */
export function timeAt(env: TimeEnv, i: number): TimeMatch | undefined {
  for (const parse of PARSERS) {
    const found = parse(env, i);
    if (!found) continue;
    const zone = DIGIT_START.test(found.time) ? zoneAfter(env, found.to) : undefined;
    if (!zone) return found;
    return { time: `${found.time}${zone.offset}`, from: found.from, to: zone.to, rule: found.rule };
  }
  return undefined;
}

/** The part of the day glued to a weekday ("donnerstagabend" → "EV"), given the weekday's name. */
export function gluedDayPart(lower: string, weekdayName: string, rules: TimeRules): DayPart | undefined {
  return lower.startsWith(weekdayName)
    ? tableValue(rules.dayParts, lower.slice(weekdayName.length))
    : undefined;
}
