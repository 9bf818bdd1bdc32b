import { sentenceAt, type ArticleContext } from './context.js';
import { numberAt } from './numbers.js';
import type { ReferenceDate } from './reference-dates.js';
import {
  addDays,
  isoDay,
  isoMonth,
  resolveWeekday,
  tenseOfWords,
  weekdayOfWord,
  type Tense,
} from '../analyse/dates.js';
import type { DateUnit, RelativeDatePhrase } from '../lang/index.js';
import type { Precision, TimelineEvent } from './types.js';
import { wordIndexAt, type Word } from './words.js';

interface Resolved {
  readonly date: string;
  readonly precision: Precision;
  /** Which parts of the reference date the expression needed. */
  readonly needs: 'none' | 'year' | 'day';
  /** Word indices `[from, to)` of the expression without its lead words. */
  readonly from: number;
  readonly to: number;
}

const YEAR = /^(1[89]\d\d|20\d\d|2100)$/u;
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/u;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function tenseOf(ctx: ArticleContext, from: number, to: number, lead: string): Tense {
  const words = ctx.words.slice(from, to).map((w) => w.lower);
  return tenseOfWords(words, lead, ctx.rules.dates);
}

function shifted(ref: Date, unit: DateUnit, n: number): { date: string; precision: Precision } {
  const y = ref.getUTCFullYear();
  switch (unit) {
    case 'day':
      return { date: isoDay(addDays(ref, n)), precision: 'day' };
    case 'week':
      return { date: isoMonth(addDays(ref, 7 * n)), precision: 'month' };
    case 'month': {
      const d = new Date(Date.UTC(y, ref.getUTCMonth() + n, 1));
      return { date: isoMonth(d), precision: 'month' };
    }
    default:
      return { date: String(y + n), precision: 'year' };
  }
}

/** A table phrase with its pattern split into words once. */
interface Phrase {
  readonly phrase: RelativeDatePhrase;
  readonly parts: readonly string[];
}

/** The table's phrases, longest first (a longer phrase wins over one it starts with). */
function phrasesOf(ctx: ArticleContext): Phrase[] {
  return ctx.rules.dates.relativeDates
    .map((phrase) => ({ phrase, parts: phrase.pattern.split(' ') }))
    .sort((a, b) => b.parts.length - a.parts.length);
}

/** A table phrase ("vor {n} jahren", "im {month} vergangenen jahres") at word `i`. */
function phraseAt(
  ctx: ArticleContext,
  i: number,
  { phrase, parts }: Phrase,
  ref: Date,
): Resolved | undefined {
  let k = i;
  let n = 1;
  let month: number | undefined;
  for (const [p, part] of parts.entries()) {
    const w = ctx.words[k];
    if (!w || (p > 0 && !w.tightBefore)) return undefined;
    if (part === '{n}') {
      const num =
        numberAt(ctx, k) ??
        (ctx.rules.figures.oneWords.includes(w.lower) ? { value: 1, to: k + 1 } : undefined);
      if (!num) return undefined;
      n = num.value;
      k = num.to;
    } else if (part === '{month}') {
      month = ctx.rules.dates.months[w.lower];
      if (month === undefined || !/^\p{Lu}/u.test(w.text)) return undefined;
      k++;
    } else if (w.lower === part) k++;
    else return undefined;
  }
  if (!Number.isInteger(n)) return undefined;
  if (month !== undefined) {
    const year = ref.getUTCFullYear() + (phrase.yearShift ?? 0);
    return { date: `${year}-${pad2(month)}`, precision: 'month', needs: 'year', from: i, to: k };
  }
  const amount = parts.includes('{n}') ? phrase.shift * n : phrase.shift;
  const r = shifted(ref, phrase.unit, amount);
  return { ...r, needs: phrase.unit === 'year' || phrase.unit === 'month' ? 'year' : 'day', from: i, to: k };
}

/** Absolute dates: "25.4.2019", "25. April 2019", "April 25, 2019", "Dezember 2017", "im Februar", "2013". */
function absoluteAt(
  ctx: ArticleContext,
  i: number,
  ref: Date | undefined,
  sentence: readonly [number, number],
): Resolved | undefined {
  const { words, rules } = ctx;
  const w = words[i] as Word;
  const numeric = NUMERIC_DATE.exec(w.text);
  if (numeric) {
    const d = Number(numeric[1]);
    const m = Number(numeric[2]);
    const y = numeric[3]?.length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    return validDay(y, m, d)
      ? { date: `${y}-${pad2(m)}-${pad2(d)}`, precision: 'day', needs: 'none', from: i, to: i + 1 }
      : undefined;
  }
  const month = rules.dates.months[w.lower];
  if (month !== undefined && /^\p{Lu}/u.test(w.text)) {
    const prev = words[i - 1];
    const gap = prev ? ctx.article.text.slice(prev.end, w.start) : '';
    const dayBefore =
      prev && /^\d{1,2}$/u.test(prev.text) && /^\.? $/u.test(gap) ? Number(prev.text) : undefined;
    const dayAfter =
      words[i + 1] && /^\d{1,2}$/u.test(words[i + 1]?.text ?? '') ? Number(words[i + 1]?.text) : undefined;
    const yearWord = [words[i + 1], words[i + 2]].find((x) => x && YEAR.test(x.text));
    const day = dayBefore ?? dayAfter;
    const from = dayBefore !== undefined ? i - 1 : i;
    const to = yearWord ? words.indexOf(yearWord) + 1 : dayAfter !== undefined ? i + 2 : i + 1;
    let year = yearWord ? Number(yearWord.text) : undefined;
    if (year === undefined) {
      if (!ref) return undefined;
      const tense = tenseOf(ctx, sentence[0], sentence[1], '');
      const refMonth = ref.getUTCMonth() + 1;
      year = ref.getUTCFullYear() + (month > refMonth && tense !== 'future' ? -1 : 0);
    }
    const needs = yearWord ? 'none' : 'year';
    if (day !== undefined && validDay(year, month, day))
      return { date: `${year}-${pad2(month)}-${pad2(day)}`, precision: 'day', needs, from, to };
    return { date: `${year}-${pad2(month)}`, precision: 'month', needs, from, to };
  }
  if (
    YEAR.test(w.text) &&
    !(words[i + 1]?.tightBefore && rules.figures.units[words[i + 1]?.lower ?? ''] !== undefined)
  ) {
    return { date: w.text, precision: 'year', needs: 'none', from: i, to: i + 1 };
  }
  return undefined;
}

function weekdayAt(
  ctx: ArticleContext,
  i: number,
  ref: ReferenceDate | undefined,
  sentence: readonly [number, number],
): Resolved | undefined {
  const w = ctx.words[i] as Word;
  if (!ref?.dayKnown) return undefined;
  const weekday = weekdayOfWord(w.text, ctx.rules.dates);
  if (weekday === undefined) return undefined;
  const lead = ctx.words
    .slice(Math.max(sentence[0], i - 2), i)
    .map((x) => x.lower)
    .join(' ');
  const date = resolveWeekday(ref.date, weekday, tenseOf(ctx, sentence[0], sentence[1], lead));
  return { date: isoDay(date), precision: 'day', needs: 'day', from: i, to: i + 1 };
}

/** The lead words before an expression that belong to it ("am", "an diesem", "im Jahr", "seit"). */
function leadStart(ctx: ArticleContext, from: number, floor: number): number {
  const leads = [...ctx.rules.dates.dateLeads, ...ctx.rules.dates.weekdayLeads]
    .map((l) => l.split(' '))
    .sort((a, b) => b.length - a.length);
  for (const lead of leads) {
    const at = from - lead.length;
    if (at < floor) continue;
    if (lead.every((l, k) => ctx.words[at + k]?.lower === l) && ctx.words[from]?.tightBefore) return at;
  }
  return from;
}

/**
 * Dates of one article: absolute ones as written and relative ones ("am Donnerstag", "vor zehn Jahren",
 * "im Mai vergangenen Jahres") resolved against the reference date; `inferred` when the part of the reference
 * they needed did not come from the article itself.
 */
export function findDates(ctx: ArticleContext, ref: ReferenceDate | undefined): TimelineEvent[] {
  const { article, words } = ctx;
  const out: TimelineEvent[] = [];
  const phrases = phrasesOf(ctx);
  // The word range of the sentence being scanned, found once per sentence (words and sentences are in text order).
  let range: readonly [number, number] = [0, 0];
  let rangeOf = -1;
  for (let i = 0; i < words.length; i++) {
    const si = sentenceAt(article, (words[i] as Word).start);
    const s = article.sentences[si];
    if (!s) continue;
    if (si !== rangeOf) {
      range = [wordIndexAt(words, s.start), wordIndexAt(words, s.end)];
      rangeOf = si;
    }
    let found: Resolved | undefined;
    if (ref) for (const p of phrases) if ((found = phraseAt(ctx, i, p, ref.date))) break;
    found ??= absoluteAt(ctx, i, ref?.date, range) ?? weekdayAt(ctx, i, ref, range);
    if (!found) continue;
    const from = found.from === i ? leadStart(ctx, i, range[0]) : found.from;
    const start = (words[from] as Word).start;
    const end = (words[found.to - 1] as Word).end;
    const inferred =
      found.needs === 'day'
        ? !(ref?.ownDay ?? false)
        : found.needs === 'year'
          ? !(ref?.ownYear ?? false)
          : false;
    out.push({
      date: found.date,
      precision: found.precision,
      inferred,
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      sentence: { start: s.start, end: s.end },
    });
    i = found.to - 1;
  }
  return out;
}
