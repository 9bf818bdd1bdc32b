/**
 * The per-article part of date inference: an article's own date as an interval (a month-only or year-only date is
 * a span of days, not "no date"), and the days its weekday phrases ("am Mittwochabend", "on Thursday") point at,
 * resolved against a reference day. The compare stage's timeline resolves weekdays with the same rule
 * (`resolveWeekday`); the clusterer places an article that has no day-precise date of its own by `impliedDays`.
 */
import { alternatives } from '../core/regexp.js';
import type { DateRules } from '../lang/index.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const CAPITALISED = /^\p{Lu}/u;

const DAY_MS = 86_400_000;

export const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const isoMonth = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);

/** Whether a sentence looks back or ahead (decides between the last and the next such weekday). */
export type Tense = 'past' | 'future' | 'none';

/** The weekday nearest the reference date; the tense of the sentence decides only between past and future. */
export function resolveWeekday(ref: Date, weekday: number, tense: Tense): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  if (tense === 'past') return addDays(ref, -back);
  if (tense === 'future') return addDays(ref, ahead);
  return back <= ahead ? addDays(ref, -back) : addDays(ref, ahead);
}

const weekdayTables = new WeakMap<DateRules, readonly (readonly [string, number])[]>();

/** The table's weekdays as `[name, weekday]`, in table order (listed once per table, not once per word). */
function weekdayEntries(rules: DateRules): readonly (readonly [string, number])[] {
  let entries = weekdayTables.get(rules);
  if (entries === undefined) weekdayTables.set(rules, (entries = Object.entries(rules.weekdays)));
  return entries;
}

/** The weekday (0 = Sunday) a capitalised word names, alone or with a part of the day glued on ("Mittwochabend"). */
export function weekdayOfWord(text: string, rules: DateRules): number | undefined {
  // an ASCII first letter is upper-case only from A to Z; any other first letter is asked of the pattern
  const first = text.charCodeAt(0);
  if (first < 128 ? first < 65 || first > 90 : !CAPITALISED.test(text)) return undefined;
  const lower = text.toLowerCase();
  // by index: `for…of` with a destructured pair goes through iterators where the code is not optimised
  const entries = weekdayEntries(rules);
  for (let k = 0; k < entries.length; k++) {
    const [name, weekday] = entries[k] as readonly [string, number];
    if (!lower.startsWith(name)) continue;
    const rest = lower.slice(name.length);
    if (rest === '' || rules.dayParts.includes(rest)) return weekday;
  }
  return undefined;
}

/** A table's lead stems (`pastLeadStems`, `futureLeadStems`) as patterns matching inside the lead words. */
interface LeadStems {
  readonly past: RegExp;
  readonly future: RegExp;
}

const leadStemCache = new WeakMap<DateRules, LeadStems>();

/** Never matches. */
const NOTHING = /(?!)/u;

/** The lead stems of a date table, compiled once per table. */
function leadStems(rules: DateRules): LeadStems {
  const cached = leadStemCache.get(rules);
  if (cached) return cached;
  const anyOf = (stems: readonly string[] = []): RegExp =>
    stems.length === 0 ? NOTHING : new RegExp(alternatives(stems), 'u');
  const made = { past: anyOf(rules.pastLeadStems), future: anyOf(rules.futureLeadStems) };
  leadStemCache.set(rules, made);
  return made;
}

/** The tense of a sentence (its lower-case words) for a weekday, with the words just before it (`lead`). */
export function tenseOfWords(words: readonly string[], lead: string, rules: DateRules): Tense {
  const stems = leadStems(rules);
  if (stems.past.test(lead)) return 'past';
  if (stems.future.test(lead)) return 'future';
  const past = words.some((w) => rules.pastMarkers.includes(w));
  const future = words.some((w) => rules.futureMarkers.includes(w));
  return past && !future ? 'past' : future && !past ? 'future' : 'none';
}

/** An article's own date as a span of UTC time `[start, end)`, and how precise the date was. */
export interface DateInterval {
  readonly start: number;
  readonly end: number;
  readonly precision: 'day' | 'month' | 'year';
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/u;

/**
 * The interval an ISO 8601 date stands for: `2019` → the year, `2019-04` → April, `2019-04-25…` → that day.
 * Undefined when there is no readable date.
 */
export function dateInterval(published: string | undefined): DateInterval | undefined {
  const m = ISO_DATE.exec(published?.trim() ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month === undefined)
    return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined)
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision: 'month' };
  const start = Date.UTC(year, month - 1, day);
  if (new Date(start).getUTCDate() !== day) return undefined;
  return { start, end: start + DAY_MS, precision: 'day' };
}

/** A sentence's end: `.`, `!` or `?` before white space, or a line break. */
const SENTENCE_END = /(?<=[.!?])\s+|\n+/u;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/**
 * The days (UTC midnight, ms) an article's weekday phrases point at, resolved against `reference` (a day inside the
 * article's own date interval) with the tense of their sentence, in text order. Words are read straight from the
 * text (sentences end at `.`, `!`, `?` or a line break), so plain text and analysed text give the same days.
 */
export function impliedDays(text: string, reference: Date, rules: DateRules): number[] {
  const days: number[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    const words = sentence.match(WORD) ?? [];
    const lower = words.map((w) => w.toLowerCase());
    words.forEach((word, i) => {
      const weekday = weekdayOfWord(word, rules);
      if (weekday === undefined) return;
      const lead = lower.slice(Math.max(0, i - 2), i).join(' ');
      days.push(resolveWeekday(reference, weekday, tenseOfWords(lower, lead, rules)).getTime());
    });
  }
  return days;
}
