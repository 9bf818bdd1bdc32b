/**
 * Which dated mentions are no event of the timeline, by the tables of the article's language (`TimelineRules`):
 * - a page's **time stamp**: the line (or its part between separators, inside the sentence) holds nothing but dates, times, numbers and
 *   stamp words ("03.02.2021, 07:45 Uhr", "Publiziert 3. Februar 2021, 07:45", "Verfügbar bis 03.02.2022"), at
 *   most two capitalised words besides (an outlet, a place glued on: "UhrBonn"); or it opens with a stamp lead and then the date
 *   ("Stand: 3. Mai 2024, 10:00 Uhr");
 * - an embedded **social post's date**, after its author's handle ("— Jane Doe (@janedoe) July 5, 2016");
 * - the **end of a span**: the date after "bis" with a date just before ("von 2018 bis 2021"), the present after
 *   "bis" ("bis heute": a state, not an event), the date after a span's joiner ("zwischen 1991 und 2020", "am 11.
 *   und 12. Mai"), a date in apposition to a weekday that ends a span ("bis Sonntag, den 7. Mai"): what happened is
 *   told at the span's start, not at its end.
 * - the **present before a number**: a state ("der heute 58-jährige Kandidat"), not an event;
 * - a **bound or a target**: the date after "seit", "bis", "ab", "für (das Jahr)", "vor", "nach" ("seit 2016 im
 *   Amt", "bis 2030 verdoppeln"), a span of years ("von 2018 bis 2021 gesunken"), a year or a month after the
 *   article's own (a plan or a forecast);
 * - a **weekday named by the date after it** ("am Freitag (24. Mai)"): the date tells the day.
 * Mentions stay in the story's dated mentions (quotes and articles are dated by them); only the timeline leaves
 * them out.
 */
import type { AnalysedArticle } from '../core/types.js';
import { rulesFor, type DateRules, type TemporalRules, type TimelineRules } from '../lang/index.js';
import type { TimelineEvent } from './types.js';
import { keptPer } from '../core/kept.js';
import { countMatches, wordSpans } from '../core/regexp.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const CAPITALISED = /^\p{Lu}/u;
const SPACE_ONLY = /^\s+$/u;
const BLANK = /^\s*$/u;
const LINE_HEAD_END = /^(?::|\s*(?:\n|$))/u;
const LOWER_START = /^\p{Ll}/u;
const COUNT_AFTER = /^\s+\d[\d.,]*(?:-\p{L}+)?(?:\s+(\p{L}+))?/u;
const YEAR_START = /^\d{4}/u;

const WORD = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*/gu;
/** `WORD` from exactly `lastIndex`, and the character each match of it starts with (see `wordSpans`). */
const WORD_AT = new RegExp(WORD.source, 'uy');
const WORD_FIRST = /[\p{L}\p{N}]/gu;
/** Runs of letters: a stamp line's words without the digits glued to them ("Publiziert17"). */
const LETTERS = /\p{L}+/gu;
/** Separators of a line's parts (a navigation trail, a credit line). */
const SEPARATOR = /\s[|•·]\s|;\s/u;
/** Capitalised words a stamp line may hold besides its stamp words (an outlet, a glued place). */
const STAMP_NAMES = 2;
/** Words before a span's joiner its opener may stand ("zwischen dem 11. und"). */
const SPAN_REACH = 4;
/** A date's apposition after a weekday: a comma and at most one small word ("Sonntag, den 7. Mai"). */
const APPOSITION = /^,\s*(?:\p{Ll}+\s+)?$/u;
/** A day without its month, before a second day that has one ("11." in "am 11. und 12. Mai"). */
const LONE_DAY = /^\d{1,2}\.$/u;
/** Most words of a stamp line's part. */
const STAMP_WORDS = 12;

const NEWLINE = 10;

/** The part of the line and sentence of a mention between separators: its start and end offsets. */
function segmentAt(text: string, mention: TimelineEvent): [number, number] {
  const { start, end } = mention;
  // Line breaks looked for inside the sentence only (a search of the whole line for each mention made a long line
  // of dates quadratic).
  let s = start;
  while (s > mention.sentence.start && text.charCodeAt(s - 1) !== NEWLINE) s--;
  let e = end;
  while (e < mention.sentence.end && text.charCodeAt(e) !== NEWLINE) e++;
  const before = text.slice(s, start).split(SEPARATOR);
  s = start - (before[before.length - 1] ?? '').length;
  const after = SEPARATOR.exec(text.slice(end, e));
  if (after) e = end + after.index;
  return [s, e];
}

/** Whether a mention is a page's time stamp (see the module note). */
export function isStamp(text: string, mention: TimelineEvent, rules: TimelineRules): boolean {
  const [s, e] = segmentAt(text, mention);
  const before = text.slice(s, mention.start).match(LETTERS) ?? [];
  const lead = before[0]?.toLowerCase();
  if (lead !== undefined && before.length <= 2 && rules.stampLeads.includes(lead)) return true;
  const rest = [...before, ...(text.slice(mention.end, e).match(LETTERS) ?? [])];
  if (rest.length + 1 > STAMP_WORDS) return false;
  let names = 0;
  for (const w of rest) {
    const lower = w.toLowerCase();
    if (rules.stampWords.includes(lower)) continue;
    if (!CAPITALISED.test(w)) return false;
    names++;
  }
  return names <= STAMP_NAMES;
}

/** A table's phrases, the longest first (sorted once per table, not per mention). */
const longestFirst = keptPer((phrases: readonly string[]): readonly string[] =>
  [...phrases].sort((a, b) => b.length - a.length),
);

/** A table's phrases cut into their words (once per table, not per mention). */
const phraseWords = keptPer((phrases: readonly string[]): readonly (readonly string[])[] =>
  phrases.map((p) => p.split(' ')),
);

/** How many of the last of `before` (lower-case words) one of `phrases` ends with; 0 for none. */
function endsWith(before: readonly string[], phrases: readonly string[]): number {
  const lists = phraseWords(phrases);
  for (let p = 0; p < lists.length; p++) {
    const parts = lists[p] as readonly string[];
    const from = before.length - parts.length;
    let k = 0;
    while (k < parts.length && before[from + k] === parts[k]) k++;
    if (k === parts.length) return parts.length;
  }
  return 0;
}

/** The mention of the same sentence that `mention` stands in apposition to ("bis Sonntag, den 7. Mai"), if any. */
function apposedTo(
  text: string,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
): TimelineEvent | undefined {
  return others.find(
    (o) =>
      o !== mention &&
      o.end < mention.start &&
      o.sentence.start === mention.sentence.start &&
      APPOSITION.test(text.slice(o.end, mention.start)),
  );
}

/**
 * Whether a mention is the end of a span (see the module note): after an until word with another date of its
 * sentence a few words before ("von 2018 bis 2021"), or the present after it ("bis heute"); or after a span's
 * joiner with its opener a few words before ("zwischen 1991 und 2020") or a lone day just before ("am 11. und 12.
 * Mai"); or in apposition to a weekday that is one ("bis Sonntag, den 7. Mai"). A target ("bis 2030 verdoppeln")
 * stays.
 */
export function isSpanEnd(
  text: string,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
  rules: TimelineRules,
): boolean {
  const apposed = apposedTo(text, mention, others);
  if (apposed) return isSpanEnd(text, apposed, others, rules);
  // the words before the mention in its sentence: offsets (word k at spans[2k]) and lower-case forms
  const spans = wordSpans(text, WORD_FIRST, WORD_AT, mention.sentence.start, mention.start);
  const before: string[] = [];
  for (let k = 0; k < spans.length; k += 2) before.push(text.slice(spans[k], spans[k + 1]).toLowerCase());
  const until = endsWith(before, longestFirst(rules.untilWords));
  if (until > 0) {
    if (rules.nowWords.includes(mention.text.toLowerCase())) return true;
    const at = spans[2 * (before.length - until)] as number;
    return others.some(
      (o) =>
        o !== mention &&
        o.sentence.start === mention.sentence.start &&
        o.end <= at &&
        countMatches(WORD, text.slice(o.end, at)) <= SPAN_REACH,
    );
  }
  const joiner = endsWith(before, rules.spanJoiners);
  if (joiner === 0) return false;
  const joinedAt = spans[2 * (before.length - joiner)] as number;
  // a lone day before the joiner ("am 11. und 12. Mai"): one span of days
  if (
    others.some(
      (o) =>
        o.sentence.start === mention.sentence.start &&
        LONE_DAY.test(o.text) &&
        SPACE_ONLY.test(text.slice(o.end, joinedAt)),
    )
  )
    return true;
  const reach = before.slice(Math.max(0, before.length - 2 - SPAN_REACH), before.length - 1);
  const opener = reach.findLastIndex((w) => rules.spanOpeners.includes(w));
  return opener >= 0 && !reach.slice(opener + 1).some((w) => rules.spanJoiners.includes(w));
}

/** Words with their combining marks (a page's text may keep "a" + U+0308 for "ä"). */
const MARKED_WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
/** The lower-case words of `[s, e)` of the text, composed (NFC). */
const lowerWords = (text: string, s: number, e: number): string[] =>
  (text.slice(s, e).match(MARKED_WORD) ?? []).map((w) => w.normalize('NFC').toLowerCase());

/**
 * Where a clause ends inside a sentence: a comma, semicolon, colon or a stop before a space (a sentence may run on
 * inside a quotation), or a dash between spaces.
 */
const CLAUSE_END = /[,;:]\s|(?<!\d)[.!?]\s|\s[–—-]\s/gu;
/** Fewest words of a clause read alone; a shorter one ("Heute, …") is read with the next clause. */
const CLAUSE_WORDS = 3;
/** A verb at the end of its clause: a participle or an infinitive ("beschlossen", "angekündigt", "fotografieren"). */
const VERB_END = /^\p{Ll}[\p{L}\p{M}]*(?:t|en|n)$/u;

/** The clause of a mention's sentence that holds it, with the next one when it is too short to read alone. */
function clauseAround(text: string, mention: TimelineEvent): [number, number] {
  const { start: from, end: to } = mention.sentence;
  const breaks = [...text.slice(from, to).matchAll(CLAUSE_END)].map((m) => [
    from + (m.index ?? 0),
    from + (m.index ?? 0) + m[0].length,
  ]);
  let s = from;
  let e = to;
  let k = 0;
  for (; k < breaks.length; k++) {
    const [b, after] = breaks[k] as [number, number];
    if (after <= mention.start) s = after;
    else if (b >= mention.end) {
      e = b;
      break;
    }
  }
  if (countMatches(WORD, text.slice(s, e)) < CLAUSE_WORDS && k < breaks.length)
    e = (breaks[k + 1] as [number, number] | undefined)?.[0] ?? to;
  return [s, e];
}

/**
 * Whether a mention is the present as a state, no event: before a number ("der heute 58-jährige Kandidat", "heute
 * 51 Jahre alt", "heute 3000 Mitarbeiter"; a clock time after it stays: "heute 10 Uhr"); after a state lead ("schon
 * heute", "wie heute"); with a state verb in its clause that does not end on a participle or an infinitive ("Heute
 * ist X Präsident", "Wir haben heute kein Geld"; "hat heute beschlossen" stays); with a word of habit or
 * contrast in its sentence ("Heute regnet es meist …", "Heute, zwanzig Jahre später, …").
 */
export function isPresentState(
  text: string,
  mention: TimelineEvent,
  rules: TimelineRules,
  clockWords: readonly string[],
): boolean {
  if (!rules.nowWords.includes(mention.text.toLowerCase())) return false;
  const after = COUNT_AFTER.exec(text.slice(mention.end, mention.end + 40));
  if (after !== null) return !clockWords.includes((after[1] ?? '').toLowerCase());
  const before = lowerWords(text, mention.sentence.start, mention.start);
  if (rules.stateLeads.includes(before[before.length - 1] ?? '')) return true;
  const sentence = lowerWords(text, mention.sentence.start, mention.sentence.end);
  if (sentence.some((w) => rules.stateWords.includes(w))) return true;
  const [s, e] = clauseAround(text, mention);
  const clause = text.slice(s, e).match(MARKED_WORD) ?? [];
  const last = clause[clause.length - 1] ?? '';
  return (
    clause.some((w) => rules.stateVerbs.includes(w.normalize('NFC').toLowerCase())) && !VERB_END.test(last)
  );
}

const YEAR_ONLY = /^\d{4}$/u;
/** One letter, mark or digit (a code point of `MARKED_WORD`'s runs). */
const MARKED_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const JOINERS: ReadonlySet<string> = new Set(['-', "'", '’']);

/** Where the code point that ends before `end` starts (`end - 2` for a surrogate pair). */
function codePointStart(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** Whether the code point ending before `end` (not before `floor`) is a letter, mark or digit; its start, else -1. */
function markedBefore(text: string, end: number, floor: number): number {
  if (end <= floor) return -1;
  const at = Math.max(floor, codePointStart(text, end));
  return MARKED_CHAR.test(text.slice(at, end)) ? at : -1;
}

/**
 * Where the word with its combining marks and joiners (`MARKED_WORD`) that ends at `end` starts (not before
 * `floor`), or -1 when none ends there: what `/${MARKED_WORD.source}$/u` finds in `text.slice(floor, end)`, read
 * back from the end once. That pattern tried every start of a long run of letters before a closing bracket, each to
 * the run's end (a dated sentence with 80 000 letters before ") 2024": 5.8 s for one brief).
 */
export function lastMarkedWord(text: string, floor: number, end: number): number {
  let start = markedBefore(text, end, floor);
  if (start < 0) return -1;
  for (;;) {
    const before = markedBefore(text, start, floor);
    if (before >= 0) {
      start = before;
      continue;
    }
    // a joiner with a letter, mark or digit before it carries the word on ("Jong-un", "Land’s")
    if (start - 1 > floor && JOINERS.has(text[start - 1] as string)) {
      const joined = markedBefore(text, start - 1, floor);
      if (joined >= 0) {
        start = joined;
        continue;
      }
    }
    return start;
  }
}

/** The word right before an offset, separated by one space: its text and start, if any. */
function wordBefore(text: string, at: number, floor: number): { word: string; start: number } | undefined {
  if (text[at - 1] !== ' ') return undefined;
  const start = lastMarkedWord(text, floor, at - 1);
  return start >= 0 ? { word: text.slice(start, at - 1), start } : undefined;
}

/**
 * Whether a capitalised word is a noun that may carry a name's year: no date word ("Jahr", "Ende", "Mai"), no
 * compound of a year word or ending on a season ("Jahresende 2025", "Spätsommer").
 */
function isNameNoun(word: string, dates: DateRules): boolean {
  if (!CAPITALISED.test(word)) return false;
  const lower = word.normalize('NFC').toLowerCase();
  const t = dates.temporal;
  return !(
    lower in dates.months ||
    lower in dates.weekdays ||
    dates.dateLeads.includes(lower) ||
    (t !== undefined &&
      (Object.keys(t.seasons).some((x) => lower.endsWith(x)) || t.yearWords.some((x) => lower.includes(x))))
  );
}

/** Most lower-case words (adjectives) between a name's determiner and its noun ("der globalen Finanzkrise"). */
const NAME_ADJECTIVES = 2;

/**
 * Whether a year is part of a name (see `TimelineRules.nameDeterminers`): after a noun with a determiner before it
 * (adjectives between), when it is not before the article's own year (`year`); or after the noun that opens its line,
 * before a colon or the line's end ("Pokalsieger 2024: …").
 */
export function isNameYear(
  text: string,
  mention: TimelineEvent,
  rules: TimelineRules,
  dates: DateRules,
  year: number | undefined,
): boolean {
  if (!YEAR_ONLY.test(mention.text)) return false;
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const floor = Math.max(lineStart, mention.sentence.start);
  const noun = wordBefore(text, mention.start, floor);
  if (!noun || !isNameNoun(noun.word, dates)) return false;
  if (BLANK.test(text.slice(lineStart, noun.start)))
    return LINE_HEAD_END.test(text.slice(mention.end, mention.end + 2));
  if (year === undefined || Number(mention.text) < year) return false;
  const before = lowerWords(text, floor, noun.start);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 1 - NAME_ADJECTIVES); k--) {
    const w = before[k] as string;
    if (rules.nameDeterminers.includes(w)) return true;
    if (!LOWER_START.test(w)) return false;
  }
  return false;
}

/** The word after one space. */
const NEXT_WORD = /^ (\p{L}[\p{L}\p{M}-]*)/u;

/** Whether a year-like number is a count before a noun ("gezählten 1950 Einsätzen", "rund 2000 Menschen"). */
export function isCount(
  text: string,
  mention: TimelineEvent,
  rules: TimelineRules,
  dates: DateRules,
): boolean {
  if (!YEAR_ONLY.test(mention.text)) return false;
  const next = NEXT_WORD.exec(text.slice(mention.end, mention.end + 40));
  if (!next || !isNameNoun(next[1] as string, dates)) return false;
  const before = lowerWords(text, mention.sentence.start, mention.start);
  return endsWith(before, rules.countLeads) > 0;
}

/**
 * Whether a mention bounds a state or is a target's date (`TimelineRules.boundLeads`: "seit 2016", "bis 2030", "ab
 * dem 27. April", "für das Jahr 2023", "vor 2050"), itself or the weekday it is in apposition to ("ab Montag, dem
 * 6. Mai").
 */
export function isBound(
  text: string,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
  rules: TimelineRules,
): boolean {
  const apposed = apposedTo(text, mention, others);
  if (apposed) return isBound(text, apposed, others, rules);
  return endsWith(lowerWords(text, mention.sentence.start, mention.start), rules.boundLeads) > 0;
}

/**
 * Whether a mention of a year or a month opens a span whose end is a few words after it ("von 2018 bis 2021
 * gesunken", "zwischen 2016 und 2022 gestiegen", "in den Jahren 2020 bis 2025"): a trend or a state over years, no
 * event. A span of days stays, told at its start ("vom 6. bis 12. Mai im Rathaus").
 */
export function isSpanStart(
  text: string,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
  rules: TimelineRules,
): boolean {
  if (mention.precision === 'day') return false;
  return others.some(
    (o) =>
      o !== mention &&
      o.start >= mention.end &&
      o.sentence.start === mention.sentence.start &&
      countMatches(WORD, text.slice(mention.end, o.start)) <= SPAN_REACH &&
      isSpanEnd(text, o, others, rules),
  );
}

/** Between a weekday and the date that names its day: a bracket or a comma, and at most one small word. */
const WEEKDAY_APPOSITION = /^\s*[(,]\s*(?:\p{Ll}+\s+)?$/u;

/**
 * Whether a mention is a weekday that a date right after it names ("am Freitag (24. Mai)", "Montag, den 1. Mai"):
 * the date tells the day, the weekday alone may be resolved to another week. A clock time after it names no day
 * ("am Dienstag (ab 11 Uhr)").
 */
export function isApposedWeekday(
  text: string,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
  dates: DateRules,
): boolean {
  if (!(mention.text.normalize('NFC').toLowerCase() in dates.weekdays)) return false;
  return others.some(
    (o) =>
      o !== mention &&
      o.start >= mention.end &&
      o.precision === 'day' &&
      o.time === undefined &&
      o.sentence.start === mention.sentence.start &&
      WEEKDAY_APPOSITION.test(text.slice(mention.end, o.start)),
  );
}

/**
 * Whether a year or a month lies after the article's own (`published`, an ISO date): a plan, a target or a forecast
 * ("könnte 2026 folgen", "soll Ende 2024 eingeführt werden", "im November 2026"), nothing that happened yet. A day
 * after it stays, an appointment the text announces ("Am Freitag beginnt der Gipfel").
 */
export function isLaterPeriod(mention: TimelineEvent, published: string | undefined): boolean {
  if (published === undefined || mention.precision === 'day') return false;
  const own = published.slice(0, mention.precision === 'year' ? 4 : 7);
  return own.length === mention.date.length && mention.date > own;
}

const DIGIT = /\d/u;

/**
 * Whether a year or a month written without digits ("mit Jahresende", "earlier this year", "last week") has a finer
 * date inside it in the same sentence ("Vertreter haben Raab am Donnerstag zur Nachfolgerin des mit Jahresende
 * scheidenden Generaldirektors gewählt"): the finer date tells when, and the sentence is one event, not one per date.
 * A year in digits stays ("filed in 2001 …, as late as September of this year": two events, and a month without its
 * year may be resolved against the wrong one).
 */
export function isCoarserInSentence(mention: TimelineEvent, others: readonly TimelineEvent[]): boolean {
  if (mention.precision === 'day' || DIGIT.test(mention.text)) return false;
  return others.some(
    (o) =>
      o !== mention &&
      o.sentence.start === mention.sentence.start &&
      o.date.length > mention.date.length &&
      o.date.startsWith(mention.date),
  );
}

const STATED_YEAR = /\d{4}/u;

/**
 * Whether a date counted from another ("etwa 18 Monate später", "zwei Wochen zuvor": its last word one of the
 * tables' `later` or `earlier` words) stands in a sentence that states a date as fine in full, with its year ("Etwa
 * 18 Monate später erschienen die Nachfolger im August 2022") one unit apart at most: the same event, counted
 * roughly or from an anchor that may be another's, and the stated date tells when. Farther apart they are two events
 * ("2013 gewählt, vier Jahre später wiedergewählt").
 */
export function isCountedBesideStated(
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
  temporal: Pick<TemporalRules, 'later' | 'earlier'> | undefined,
): boolean {
  if (!temporal) return false;
  const from = lastMarkedWord(mention.text, 0, mention.text.length);
  const last = from < 0 ? '' : mention.text.slice(from).toLowerCase();
  if (!temporal.later.includes(last) && !temporal.earlier.includes(last)) return false;
  return others.some(
    (o) =>
      o !== mention &&
      o.sentence.start === mention.sentence.start &&
      o.date.length >= mention.date.length &&
      STATED_YEAR.test(o.text) &&
      unitsApart(mention.date, o.date.slice(0, mention.date.length)) <= 1,
  );
}

/** How many of their own units (years, months or days) two dates of one precision ("2022-07", "2022-08") lie apart. */
function unitsApart(a: string, b: string): number {
  const parts = (d: string): number[] => d.split('-').map(Number);
  const [ya = 0, ma = 1, da = 1] = parts(a);
  const [yb = 0, mb = 1, db = 1] = parts(b);
  if (a.length <= 4) return Math.abs(ya - yb);
  if (a.length <= 7) return Math.abs(ya * 12 + ma - (yb * 12 + mb));
  return Math.abs(Date.UTC(ya, ma - 1, da) - Date.UTC(yb, mb - 1, db)) / 86_400_000;
}

/** How far before a date its post's signature may reach ("— Jane Doe (@janedoe) July 5, 2016"). */
const SIGNATURE_REACH = 64;
/**
 * A social post's signature before its date: the author's handle in brackets, then on the same line at most a few
 * words of the date itself ("(@janedoe) July 5, 2016", "A post shared by … (@janedoe) on Jul 5, 2016 at 7:12pm").
 */
const HANDLE_BEFORE = /\(@[\p{L}\p{N}_.]{1,30}\)[^\n()@]{0,24}$/u;

/**
 * Whether a mention is the date of an embedded social post, after its author's handle ("… — Jane Doe (@janedoe)
 * July 5, 2016"): when the post was sent, not what happened (a page that embeds twenty reactions listed them all).
 */
export function isPostDate(text: string, mention: TimelineEvent): boolean {
  return HANDLE_BEFORE.test(text.slice(Math.max(0, mention.start - SIGNATURE_REACH), mention.start));
}

/**
 * Whether a dated mention of an article is an event of the timeline: no time stamp, no post's date, no end of a span (`others`:
 * the article's dated mentions), no span of years, no bound of a state or target, no year or month after the
 * article's, no present state, no year or month with a finer date inside it in its sentence.
 */
export function isEventMention(
  article: AnalysedArticle,
  mention: TimelineEvent,
  others: readonly TimelineEvent[],
): boolean {
  const dates = rulesFor(article.language).compare.dates;
  const rules = dates.timeline;
  if (!rules) return true;
  const year = YEAR_START.exec(article.meta.published ?? '')?.[0];
  return (
    !isStamp(article.text, mention, rules) &&
    !isPostDate(article.text, mention) &&
    !isSpanEnd(article.text, mention, others, rules) &&
    !isSpanStart(article.text, mention, others, rules) &&
    !isBound(article.text, mention, others, rules) &&
    !isLaterPeriod(mention, article.meta.published) &&
    !isApposedWeekday(article.text, mention, others, dates) &&
    !isPresentState(article.text, mention, rules, dates.times?.clockWords ?? []) &&
    !isNameYear(article.text, mention, rules, dates, year === undefined ? undefined : Number(year)) &&
    !isCount(article.text, mention, rules, dates) &&
    !isCoarserInSentence(mention, others) &&
    !isCountedBesideStated(mention, others, dates.temporal)
  );
}
