/**
 * The temporal tagger of one article: dates, times, durations and sets with TIMEX-style values (`1939-09-17`,
 * `1940-SU`, `194` a decade, `19` a century, `BC0490`, `P3W`, `XXXX-WXX-1`, `PRESENT_REF`), each with its span in
 * the cleaned text. Spans leave out prepositions ("im September 1940" → "September 1940") but keep modifiers
 * ("Ende 1941", "vergangenen Freitag").
 *
 * What a date without a year (or a relative one) is resolved against — the **anchor** — depends on the text:
 * - **news** (the default): the article's date (`ReferenceDate`), as the timeline always did; a phrase that counts
 *   from another date ("zwei Tage später", "einen Tag zuvor") counts from the date told last, and a year-less month
 *   agrees with the article's other mentions of that month (`agreeingYears`);
 * - **narrative** (history, encyclopaedic text: at least five explicit years more than a year before the article's
 *   date, four in five of all its years, and three times as many as weekday names; or an era mark "v. Chr."; or
 *   no date for the article at all, not even from the story): the narrative's last
 *   resolved date, in text order ("17. September" after "1939" → 1939-09-17; "zwei Tage später" → two days after
 *   the last day), and "heute" is a reference to the present (`PRESENT_REF`).
 * Nothing here reads the clock.
 */
import { keptPer } from '../core/kept.js';
import { alternatives } from '../core/regexp.js';
import { mostFrequent } from '../core/most-frequent.js';
import { sentenceAt, type ArticleContext } from './context.js';
import { numberAt } from './numbers.js';
import type { ReferenceDate } from './reference-dates.js';
import {
  addDays,
  isoDay,
  isoMonth,
  pad,
  resolveWeekday,
  tenseOfWords,
  weekdayOfWord,
  type Tense,
} from '../analyse/dates.js';
import type { AnchorPhrase, DateUnit, RelativeDatePhrase, TemporalRules, TimeRules } from '../lang/index.js';
import { listHas, tableValue } from './table-lookup.js';
import { gluedDayPart, mayStartTime, timeAt, type TimeEnv, type TimeRule } from './time-of-day.js';
import { wordIndexAt, type Word } from './words.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const WORD_GAP = /^\.?\s$|^\s$/u;
const ONE_TO_THREE_DIGITS = /^\d{1,3}$/u;
const THREE_OR_FOUR_DIGITS = /^\d{3,4}$/u;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}/u;
const COMMA_GAP = /^, ?$/u;
const DOT_SPACE = /^\.? $/u;

export type TemporalType = 'date' | 'time' | 'duration' | 'set';

/** One temporal expression of an article. */
export interface TemporalExpression {
  readonly type: TemporalType;
  /** TIMEX2 / TIMEX3 value. */
  readonly value: string;
  /** Whether the value needed a part of the article's date that came from another article (see `findDates`). */
  readonly inferred: boolean;
  readonly text: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  /** The sentence the expression belongs to. */
  readonly sentence: { readonly start: number; readonly end: number };
  /** For a time of day: the rule that found it (`clock`, `day-part`, `weekday-day-part`, …). */
  readonly rule?: TimeRule | 'weekday-day-part';
}

/** A point in time as precise as known; `bc` years count backwards. */
interface Point {
  readonly bc: boolean;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

interface Match {
  readonly type: TemporalType;
  readonly value: string;
  /** Word indices `[from, to)`; `end` overrides the end offset (an ordinal's period: "8."). */
  readonly from: number;
  readonly to: number;
  readonly end?: number;
  /** Which part of the base (article date or anchor) the value needed. */
  readonly needs: 'none' | 'year' | 'day';
  /** Whether the expression carries its own lead words already (no lead search). */
  readonly led?: boolean;
  /** Whether a preposition at its start belongs to it ("am selben Tag", "nach zwei Tagen"). */
  readonly keep?: boolean;
  /** A time's rule, and whether its day came from its own phrase (else a date of its sentence may give it). */
  readonly rule?: TimeRule | 'weekday-day-part';
  readonly dated?: boolean;
  /**
   * A month of news whose year came from the article's date and the tense (see `agreeingYears`): `past` when the
   * sentence looked back, else `open`.
   */
  readonly yearless?: 'past' | 'open';
}

const YEAR = /^(1[89]\d\d|20\d\d|2100)$/u;
const ANY_YEAR = /^\d{1,4}$/u;
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/u;
const DAY = /^\d{1,2}$/u;
const ISO_POINT = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;
/** A decimal comma (or point) and a digit right after a number. */
const DECIMAL_TAIL = /^[,.]\d/u;

/** A table's range joiners as a set, and the gap that connects two dates: a dash, a slash, a comma or a joiner. */
interface RangeJoiners {
  readonly words: ReadonlySet<string>;
  readonly connector: RegExp;
}

const rangeJoinerCache = new WeakMap<TemporalRules, RangeJoiners>();

/** The range joiners of the table (`rangeJoiners`), built once per table. */
function rangeJoinersOf(t: TemporalRules): RangeJoiners {
  const cached = rangeJoinerCache.get(t);
  if (cached) return cached;
  const joiners = t.rangeJoiners.length > 0 ? `|${alternatives(t.rangeJoiners)}` : '';
  const made = {
    words: new Set(t.rangeJoiners),
    connector: new RegExp(`^\\s*(?:\\/|-|–|—${joiners}|,)\\s*$`, 'u'),
  };
  rangeJoinerCache.set(t, made);
  return made;
}

const pad4 = (n: number): string => String(n).padStart(4, '0');
const yearText = (p: { bc: boolean; year: number }): string => (p.bc ? `BC${pad4(p.year)}` : pad4(p.year));

function format(p: Point): string {
  const y = yearText(p);
  if (p.month === undefined) return y;
  if (p.day === undefined) return `${y}-${pad(p.month)}`;
  return `${y}-${pad(p.month)}-${pad(p.day)}`;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pointOf(value: string): Point | undefined {
  const m = ISO_POINT.exec(value);
  if (!m) return undefined;
  return {
    bc: m[1] !== undefined,
    year: Number(m[2]),
    ...(m[3] !== undefined ? { month: Number(m[3]) } : {}),
    ...(m[4] !== undefined ? { day: Number(m[4]) } : {}),
  };
}

const pointOfDate = (d: Date): Point => ({
  bc: false,
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
});

/** `base` moved by `n` units, as precise as the unit; undefined when the base is not precise enough. */
function shiftPoint(base: Point, unit: 'day' | 'month' | 'year', n: number): Point | undefined {
  if (unit === 'year') return { bc: base.bc, year: base.bc ? base.year - n : base.year + n };
  if (base.bc || base.month === undefined) return undefined;
  if (unit === 'month') {
    const d = new Date(Date.UTC(base.year, base.month - 1 + n, 1));
    return { bc: false, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  }
  if (base.day === undefined) return undefined;
  return pointOfDate(addDays(new Date(Date.UTC(base.year, base.month - 1, base.day)), n));
}

/** What the tagger knows while it reads an article. */
interface State {
  readonly ctx: ArticleContext;
  readonly ref: ReferenceDate | undefined;
  readonly narrative: boolean;
  /** The narrative's last resolved date (narrative mode). */
  anchor: Point | undefined;
  /** The last resolved date of the text so far (both modes): what "zwei Tage später" in news counts from. */
  last: Point | undefined;
  sentence: readonly [number, number];
  /** What the time parsers read, made once per sentence (`timeEnvOf`), not at every word that may start a time. */
  timeEnv: TimeEnv | undefined;
}

/** The point a relative expression is resolved against: the anchor in narrative text, else the article's date. */
function base(st: State): Point | undefined {
  if (st.narrative) return st.anchor ?? (st.ref ? pointOfDate(st.ref.date) : undefined);
  return st.ref ? pointOfDate(st.ref.date) : undefined;
}

const YEARS_IN_TEXT = /(?<![\d.,])(1\d{3}|20\d\d)(?![\d.,]\d)/gu;

/**
 * Whether an article reads as a narrative of the past rather than news: an era mark; or at least five explicit
 * years more than a year before the article's date, four in five of its years and three times its weekday names;
 * without any date for the article, always.
 */
export function isNarrative(ctx: ArticleContext, ref: ReferenceDate | undefined): boolean {
  const t = ctx.rules.dates.temporal;
  const text = ctx.article.text;
  if (t && eraPatterns(t.beforeChrist).some((era) => era.test(text))) return true;
  if (!ref) return true;
  const years = [...text.matchAll(YEARS_IN_TEXT)].map((m) => Number(m[1]));
  const refYear = ref.date.getUTCFullYear();
  const far = years.filter((y) => y < refYear - 1).length;
  const weekdays = ctx.words.filter((w) => weekdayOfWord(w.text, ctx.rules.dates) !== undefined).length;
  return far >= NARRATIVE_YEARS && far >= 0.8 * years.length && far >= 3 * weekdays;
}

/** The era marks ("v. Chr.") as patterns (a space: an optional point and space), made once per table. */
const eraPatterns = keptPer((marks: readonly string[]): readonly RegExp[] =>
  marks.map((b) => new RegExp(`\\b${b.replace(' ', '\\.?\\s*')}\\b`, 'iu')),
);

/** How many explicit past years (more than a year before the article's date) make a text a narrative at least. */
const NARRATIVE_YEARS = 5;

const word = (st: State, i: number): Word | undefined => st.ctx.words[i];
const gapBefore = (st: State, i: number): string => {
  const a = word(st, i - 1);
  const b = word(st, i);
  return a && b ? st.ctx.article.text.slice(a.end, b.start) : '';
};

/** Lower-case words from `i` equal to `parts` (each joined by a space, a period allowed: "v. Chr."). */
function wordsAt(st: State, i: number, parts: readonly string[]): boolean {
  return parts.every((p, k) => {
    const w = word(st, i + k);
    if (!w || w.lower !== p) return false;
    return k === 0 || WORD_GAP.test(gapBefore(st, i + k));
  });
}

/** An era mark after word `i - 1`: `{ bc, to }` or undefined. */
function eraAt(st: State, i: number, t: TemporalRules): { bc: boolean; to: number; end: number } | undefined {
  for (const [marks, bc] of [
    [t.beforeChrist, true],
    [t.afterChrist, false],
  ] as const) {
    for (const mark of marks) {
      const parts = mark.split(' ');
      if (!wordsAt(st, i, parts)) continue;
      const last = word(st, i + parts.length - 1) as Word;
      const dot = st.ctx.article.text[last.end] === '.' ? 1 : 0;
      return { bc, to: i + parts.length, end: last.end + dot };
    }
  }
  return undefined;
}

/** The sentence's tense for a year-less month (news rule). */
function tenseOf(st: State, lead: string): Tense {
  const words = st.ctx.words.slice(st.sentence[0], st.sentence[1]).map((w) => w.lower);
  return tenseOfWords(words, lead, st.ctx.rules.dates);
}

/** A count at word `i`: digits, a number word (any case) or a vague count (`undefined` value). */
function countAt(
  st: State,
  i: number,
  t: TemporalRules,
): { value: number | undefined; to: number } | undefined {
  const w = word(st, i);
  if (!w) return undefined;
  if (ONE_TO_THREE_DIGITS.test(w.text)) return { value: Number(w.text), to: i + 1 };
  const n = tableValue(t.numbers, w.lower);
  if (n !== undefined) return { value: n, to: i + 1 };
  if (t.vagueCounts.includes(w.lower)) return { value: undefined, to: i + 1 };
  return undefined;
}

const UNIT_OF: Record<'D' | 'W' | 'M' | 'Y', 'day' | 'month' | 'year'> = {
  D: 'day',
  W: 'day',
  M: 'month',
  Y: 'year',
};

/** "drei Wochen" (`P3W`), "mehrere Tage" (`PXD`), "zwei Tage später" (a date two days after the anchor). */
function durationAt(st: State, i: number, t: TemporalRules): Match | undefined {
  const count = countAt(st, i, t);
  if (!count) return undefined;
  const u = word(st, count.to);
  if (!u || !u.tightBefore) return undefined;
  const unit = tableValue(t.durationUnits, u.lower);
  if (unit === undefined) return undefined;
  if (count.value === undefined && tableValue(t.numbers, word(st, i)?.lower ?? '') !== undefined)
    return undefined;
  const after = word(st, count.to + 1);
  const direction =
    after && after.tightBefore
      ? t.later.includes(after.lower)
        ? 1
        : t.earlier.includes(after.lower)
          ? -1
          : 0
      : 0;
  const before = word(st, i - 1);
  const afterAnchor =
    before !== undefined && word(st, i)?.tightBefore === true && t.after.includes(before.lower);
  if (
    (direction !== 0 || afterAnchor) &&
    count.value !== undefined &&
    (unit === 'D' || unit === 'W' || unit === 'M' || unit === 'Y')
  ) {
    const n = (direction === 0 ? 1 : direction) * count.value * (unit === 'W' ? 7 : 1);
    const b = base(st);
    // in news, "zwei Tage später" counts from the date told last, when it is precise enough; else from the base
    const fromLast =
      direction !== 0 && !st.narrative && st.last ? shiftPoint(st.last, UNIT_OF[unit], n) : undefined;
    const p = fromLast ?? (b ? shiftPoint(b, UNIT_OF[unit], n) : undefined);
    if (!p) return undefined;
    return direction !== 0
      ? { type: 'date', value: format(p), from: i, to: count.to + 2, needs: 'day', led: true }
      : { type: 'date', value: format(p), from: i - 1, to: count.to + 1, needs: 'day', keep: true };
  }
  if (direction !== 0) return undefined;
  const hedge = hedgeBefore(st, i, t);
  const time = unit === 'H' || unit === 'MIN';
  const code = unit === 'MIN' ? 'M' : unit;
  const n = count.value === undefined ? 'X' : String(count.value);
  return {
    type: 'duration',
    value: time ? `PT${n}${code}` : `P${n}${code}`,
    from: hedge ?? i,
    to: count.to + 1,
    needs: 'none',
    led: true,
    keep: hedge !== undefined,
  };
}

/** Where a hedge before word `i` starts ("mehr als", "etwa"), if there is one. */
function hedgeBefore(st: State, i: number, t: TemporalRules): number | undefined {
  for (const h of t.durationHedges) {
    const parts = h.split(' ');
    const at = i - parts.length;
    if (at >= st.sentence[0] && wordsAt(st, at, parts) && word(st, i)?.tightBefore === true) return at;
  }
  return undefined;
}

/** An anchor phrase with its pattern split into words once. */
interface SplitAnchor {
  readonly ph: AnchorPhrase;
  readonly parts: readonly string[];
}

/**
 * The table's phrases by their first word, in table order (a phrase can match only at a word equal to its first
 * part): made once per table, not split again at every word.
 */
const anchorIndexOf = keptPer(
  (phrases: readonly AnchorPhrase[]): ReadonlyMap<string, readonly SplitAnchor[]> => {
    const byWord = new Map<string, SplitAnchor[]>();
    for (const ph of phrases) {
      const parts = ph.pattern.split(' ');
      const first = parts[0] ?? '';
      let list = byWord.get(first);
      if (list === undefined) byWord.set(first, (list = []));
      list.push({ ph, parts });
    }
    return byWord;
  },
);

/** A phrase resolved against the anchor ("am selben Tag", "im folgenden Jahr", "Ende des Jahres"). */
function anchorPhraseAt(st: State, i: number, phrases: readonly AnchorPhrase[]): Match | undefined {
  const w = word(st, i);
  if (w === undefined) return undefined;
  for (const { ph, parts } of anchorIndexOf(phrases).get(w.lower) ?? []) {
    if (!wordsAt(st, i, parts)) continue;
    const to = i + parts.length;
    const own = st.ctx.rules.dates.temporal?.yearWords.includes(parts[parts.length - 1] ?? '')
      ? yearAt(st, to, st.ctx.rules.dates.temporal)
      : undefined;
    if (own)
      return {
        type: 'date',
        value: format(own.point),
        from: i,
        to: own.to,
        end: own.end,
        needs: 'none',
        led: true,
      };
    const b = base(st);
    const p = b ? shiftPoint(b, ph.unit, ph.shift) : undefined;
    if (!p) return undefined;
    const prep = word(st, i - 1);
    const withPrep =
      prep !== undefined &&
      word(st, i)?.tightBefore === true &&
      st.ctx.rules.dates.temporal?.anchorPrepositions.includes(prep.lower) === true;
    return {
      keep: true,
      type: 'date',
      value: format(
        ph.unit === 'year'
          ? { bc: p.bc, year: p.year }
          : ph.unit === 'month'
            ? { bc: p.bc, year: p.year, ...(p.month !== undefined ? { month: p.month } : {}) }
            : p,
      ),
      from: withPrep ? i - 1 : i,
      to: i + parts.length,
      needs: ph.unit === 'day' ? 'day' : 'year',
      led: true,
    };
  }
  return undefined;
}

/** A table phrase ("vor {n} jahren", "im {month} vergangenen jahres") at word `i`, against the base. */
function relativeAt(
  st: State,
  i: number,
  phrase: RelativeDatePhrase,
  parts: readonly string[],
): Match | undefined {
  const { ctx } = st;
  let k = i;
  let n = 1;
  let month: number | undefined;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const w = ctx.words[k];
    if (!w || (p > 0 && !w.tightBefore)) return undefined;
    if (part === '{n}') {
      const num =
        numberAt(ctx, k) ??
        (listHas(ctx.rules.figures.oneWords, w.lower) ? { value: 1, to: k + 1 } : undefined);
      if (!num) return undefined;
      n = num.value;
      k = num.to;
    } else if (part === '{month}') {
      month = tableValue(ctx.rules.dates.months, w.lower);
      if (month === undefined || !CAPITALISED.test(w.text)) return undefined;
      k++;
    } else if (w.lower === part) k++;
    else return undefined;
  }
  if (!Number.isInteger(n)) return undefined;
  // the base is looked at only once the words match (it is the same for every phrase tried here)
  const b = base(st);
  if (!b || b.bc) return undefined;
  if (month !== undefined) {
    const year = b.year + (phrase.yearShift ?? 0);
    return { type: 'date', value: `${pad4(year)}-${pad(month)}`, from: i, to: k, needs: 'year', led: true };
  }
  const amount = parts.includes('{n}') ? phrase.shift * n : phrase.shift;
  const value = shifted(b, phrase.unit, amount);
  if (value === undefined) return undefined;
  return {
    type: 'date',
    value,
    from: i,
    to: k,
    needs: phrase.unit === 'year' || phrase.unit === 'month' ? 'year' : 'day',
    led: true,
  };
}

/** The news rule of relative phrases: a week shift gives the month it lands in. */
function shifted(b: Point, unit: DateUnit, n: number): string | undefined {
  if (unit === 'week') {
    const p = shiftPoint(b, 'day', 7 * n);
    return p ? isoMonth(new Date(Date.UTC(p.year, (p.month ?? 1) - 1, 1))) : undefined;
  }
  const p = shiftPoint(b, unit, n);
  return p ? format(p) : undefined;
}

/** A year written out: 1800–2100 alone, any other after a year word or with an era mark. */
function yearAt(
  st: State,
  i: number,
  t: TemporalRules | undefined,
): { point: Point; to: number; end: number } | undefined {
  const w = word(st, i);
  if (!w || !ANY_YEAR.test(w.text)) return undefined;
  // the whole part of a decimal number ("drei Jahre 249,90 Euro") is no year
  if (DECIMAL_TAIL.test(st.ctx.article.text.slice(w.end, w.end + 2))) return undefined;
  const era = t ? eraAt(st, i + 1, t) : undefined;
  if (era) return { point: { bc: era.bc, year: Number(w.text) }, to: era.to, end: era.end };
  const afterYearWord =
    t !== undefined && t.yearWords.includes(word(st, i - 1)?.lower ?? '') && w.tightBefore;
  if (!YEAR.test(w.text) && !(afterYearWord && THREE_OR_FOUR_DIGITS.test(w.text))) return undefined;
  // In a narrative before Christ, "im Jahr 478" is 478 BC too.
  if (afterYearWord && st.anchor?.bc === true && !YEAR.test(w.text))
    return { point: { bc: true, year: Number(w.text) }, to: i + 1, end: w.end };
  const next = word(st, i + 1);
  if (next?.tightBefore && tableValue(st.ctx.rules.figures.units, next.lower) !== undefined) return undefined;
  return { point: { bc: false, year: Number(w.text) }, to: i + 1, end: w.end };
}

/** The year of a following "… [bis|/|und] [D.] Monat YYYY" (for "Mai/Juni 1940", "10. bis 15. Mai 1940"). */
function borrowedYear(st: State, i: number, t: TemporalRules): { year: Point; month?: number } | undefined {
  const gap = (k: number): string => gapBefore(st, k);
  const joiners = rangeJoinersOf(t);
  let k = i;
  if (!joiners.connector.test(gap(k)) && !(word(st, k) && joiners.words.has(word(st, k)?.lower ?? '')))
    return undefined;
  if (joiners.words.has(word(st, k)?.lower ?? '')) k++;
  if (DAY.test(word(st, k)?.text ?? '')) k++;
  const month = tableValue(st.ctx.rules.dates.months, word(st, k)?.lower ?? '');
  if (month === undefined) return undefined;
  const y = yearAt(st, k + 1, t);
  return y ? { year: y.point, month } : undefined;
}

/** "25.4.2019", "1.9.39". */
function numericAt(st: State, i: number): Match | undefined {
  const w = word(st, i) as Word;
  const m = NUMERIC_DATE.exec(w.text);
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  let y = Number(m[3]);
  if ((m[3] ?? '').length === 2) {
    const b = base(st);
    const around = b && !b.bc ? b.year : 2000;
    y = Math.floor(around / 100) * 100 + y;
    if (y > around + 20) y -= 100;
  }
  if (!validDay(y, mo, d)) return undefined;
  return {
    type: 'date',
    value: format({ bc: false, year: y, month: mo, day: d }),
    from: i,
    to: i + 1,
    needs: 'none',
  };
}

/** A month with its day and year where written: "7. Juli 1937", "17. September", "Juni 1940", "Mai". */
function monthAt(st: State, i: number, t: TemporalRules | undefined): Match | undefined {
  const { ctx } = st;
  const w = word(st, i) as Word;
  const prev = word(st, i - 1);
  const ordinal =
    prev && gapBefore(st, i) === ' ' && ctx.rules.dates.ordinalDays
      ? tableValue(ctx.rules.dates.ordinalDays, prev.lower)
      : undefined;
  // a month in the genitive after an ordinal day: "des zwölften Novembers"
  const month =
    tableValue(ctx.rules.dates.months, w.lower) ??
    (ordinal !== undefined && w.lower.endsWith('s')
      ? tableValue(ctx.rules.dates.months, w.lower.slice(0, -1))
      : undefined);
  if (month === undefined || !CAPITALISED.test(w.text)) return undefined;
  const dayBefore =
    prev && DAY.test(prev.text) && DOT_SPACE.test(gapBefore(st, i)) ? Number(prev.text) : ordinal;
  const next = word(st, i + 1);
  // "September 9", and an agency's abbreviation with its point: "Sept. 9" (a word of at most four letters).
  const abbreviated = w.text.length <= 4 && gapBefore(st, i + 1) === '. ';
  const dayAfter =
    next && DAY.test(next.text) && (next.tightBefore || abbreviated) && !t ? Number(next.text) : undefined;
  const day = dayBefore ?? dayAfter;
  const yearStart = dayAfter !== undefined ? i + 2 : i + 1;
  const own = yearAt(st, yearStart, t);
  const from = dayBefore !== undefined ? i - 1 : i;
  const to = own ? own.to : dayAfter !== undefined ? i + 2 : i + 1;
  const end = own ? own.end : undefined;
  let year: Point | undefined = own?.point;
  let needs: Match['needs'] = 'none';
  let yearless: Match['yearless'];
  if (!year) {
    const borrowed = t ? borrowedYear(st, to, t) : undefined;
    if (borrowed) year = borrowed.year;
    else if (st.narrative) {
      const b = base(st);
      if (t?.nameMonths.includes(w.lower) === true && day === undefined && !isLed(st, i)) return undefined;
      needs = 'year';
      if (b) year = { bc: b.bc, year: b.year };
    } else {
      if (!st.ref) return undefined;
      if (t?.nameMonths.includes(w.lower) === true && day === undefined && !isLed(st, i)) return undefined;
      const refMonth = st.ref.date.getUTCMonth() + 1;
      const tense = leadsAhead(st, from) ? 'future' : tenseOf(st, '');
      year = {
        bc: false,
        year: st.ref.date.getUTCFullYear() + (laterMonthIsLastYear(month - refMonth, tense) ? -1 : 0),
      };
      needs = 'year';
      yearless = tense === 'past' ? 'past' : 'open';
    }
  }
  const value = year
    ? day !== undefined && (year.bc || validDay(year.year, month, day))
      ? format({ ...year, month, day })
      : format({ ...year, month })
    : day !== undefined
      ? `XXXX-${pad(month)}-${pad(day)}`
      : `XXXX-${pad(month)}`;
  return {
    type: 'date',
    value,
    from,
    to,
    ...(end !== undefined ? { end } : {}),
    needs,
    ...(yearless !== undefined ? { yearless } : {}),
  };
}

/** How many words before a month (or its day) a future lead may stand ("ab März", "ab Anfang März"). */
const FUTURE_LEAD_REACH = 2;

/** Whether a future lead stands right before word `from` or one word before it ("ab Anfang März"). */
function leadsAhead(st: State, from: number): boolean {
  const leads = st.ctx.rules.dates.futureLeads ?? [];
  for (let k = 1; k <= FUTURE_LEAD_REACH && from - k >= st.sentence[0]; k++)
    if (leads.includes(word(st, from - k)?.lower ?? '')) return true;
  return false;
}

/** How many months after the article's month a year-less month of news is still ahead, whatever the tense. */
const NEXT_MONTHS = 1;

/**
 * Whether a year-less month `ahead` months after the news article's month (1–11) is last year's: the next month is
 * this year's whatever the tense ("beginnt am 3. Juni", "hatten sich den 3. Juni vorgemerkt" on 21 May: an
 * upcoming day); a later one is last year's unless the sentence looks ahead ("im Dezember" in January; a past
 * verb the tense markers miss, "im Oktober verhaftet" in August).
 */
function laterMonthIsLastYear(ahead: number, tense: Tense): boolean {
  return ahead > NEXT_MONTHS && tense !== 'future';
}

/** Whether word `i` has a date lead before it ("im", "Anfang", "bis"). */
function isLed(st: State, i: number): boolean {
  const prev = word(st, i - 1)?.lower ?? '';
  return st.ctx.rules.dates.dateLeads.some((l) => l.split(' ').pop() === prev);
}

/** "16." before "bis 18. Juni 1940" / "und 17. Mai": the day takes the following month and year. */
function dayBeforeRangeAt(st: State, i: number, t: TemporalRules | undefined): Match | undefined {
  const w = word(st, i) as Word;
  if (!t || !DAY.test(w.text) || st.ctx.article.text[w.end] !== '.') return undefined;
  const k = i + 1;
  const connector = word(st, k);
  if (!connector || !rangeJoinersOf(t).words.has(connector.lower)) return undefined;
  const day2 = word(st, k + 1);
  const month = tableValue(st.ctx.rules.dates.months, word(st, k + 2)?.lower ?? '');
  if (!day2 || !DAY.test(day2.text) || month === undefined) return undefined;
  const y = yearAt(st, k + 3, t);
  const year = y?.point ?? (st.narrative ? base(st) : st.ref ? pointOfDate(st.ref.date) : undefined);
  const d = Number(w.text);
  const value = year
    ? format({ bc: year.bc, year: year.year, month, day: d })
    : `XXXX-${pad(month)}-${pad(d)}`;
  return { type: 'date', value, from: i, to: i + 1, end: w.end + 1, needs: y ? 'none' : 'year' };
}

/** A word opening with one of the table's `seasonPrefixes` ("spät", "früh", "hoch"), built once per table. */
const seasonPrefix = keptPer((t: TemporalRules): RegExp =>
  t.seasonPrefixes.length === 0 ? /(?!)/u : new RegExp(`^(?:${alternatives(t.seasonPrefixes)})`, 'u'),
);

/** "Sommer 1940", "Spätsommer", "Frühjahr 479 v. Chr.". */
function seasonAt(st: State, i: number, t: TemporalRules): Match | undefined {
  const w = word(st, i) as Word;
  if (!CAPITALISED.test(w.text)) return undefined;
  const key = Object.keys(t.seasons).find(
    (s) => w.lower === s || (w.lower.endsWith(s) && seasonPrefix(t).test(w.lower)),
  );
  if (key === undefined) return undefined;
  const season = t.seasons[key] as string;
  const own = yearAt(st, i + 1, t);
  const b = own ? own.point : base(st);
  const value = b ? `${yearText(b)}-${season}` : `XXXX-${season}`;
  return {
    type: 'date',
    value,
    from: i,
    to: own ? own.to : i + 1,
    ...(own ? { end: own.end } : {}),
    needs: own ? 'none' : 'year',
  };
}

/** A decade in digits with a suffix of the table and a noun joined by a hyphen ("1930er", "30er-Jahre"). */
const decadePattern = keptPer((t: TemporalRules): RegExp =>
  t.decadeSuffixes.length === 0
    ? /(?!)/u
    : new RegExp(`^(\\d{2,4})(?:${alternatives(t.decadeSuffixes)})(?:-(\\p{L}+))?$`, 'u'),
);

/** "20. Jahrhunderts" (`19`), "4. Jh. v. Chr." (`BC03`). */
function centuryAt(st: State, i: number, t: TemporalRules): Match | undefined {
  const w = word(st, i) as Word;
  if (!DAY.test(w.text) || st.ctx.article.text[w.end] !== '.') return undefined;
  const c = word(st, i + 1);
  if (!c || !t.centuryWords.includes(c.lower)) return undefined;
  const dot = st.ctx.article.text[c.end] === '.' ? 1 : 0;
  const era = eraAt(st, i + 2, t);
  const n = pad(Number(w.text) - 1);
  return {
    type: 'date',
    value: era?.bc ? `BC${n}` : n,
    from: i,
    to: era ? era.to : i + 2,
    end: era ? era.end : c.end + dot,
    needs: 'none',
  };
}

/** "1930er Jahre" (`193`), "den zwanziger Jahren" (`192`), "460er Jahre v. Chr." (`BC046`). */
function decadeAt(st: State, i: number, t: TemporalRules): Match | undefined {
  const w = word(st, i) as Word;
  const m = decadePattern(t).exec(w.text);
  let prefix: string | undefined;
  let to = i + 1;
  if (m) {
    if (m[2] !== undefined && !t.decadeNouns.includes(m[2].toLowerCase())) return undefined;
    if (m[2] === undefined) {
      if (!t.decadeNouns.includes(word(st, i + 1)?.lower ?? '')) return undefined;
      to = i + 2;
    }
    prefix = (m[1] ?? '').slice(0, -1);
  } else {
    const d = tableValue(t.decades, w.lower);
    if (d === undefined || !t.decadeNouns.includes(word(st, i + 1)?.lower ?? '')) return undefined;
    const b = base(st);
    const century = b && !b.bc ? Math.floor(b.year / 100) : 19;
    prefix = `${String(century)}${String(d)}`;
    to = i + 2;
  }
  const era = eraAt(st, to, t);
  const value = era?.bc ? `BC${prefix.padStart(3, '0')}` : prefix;
  const article = word(st, i - 1);
  const from = article && t.decadeArticles.includes(article.text) && w.tightBefore ? i - 1 : i;
  return {
    type: 'date',
    value,
    from,
    to: era ? era.to : to,
    ...(era ? { end: era.end } : {}),
    needs: 'none',
    led: true,
  };
}

/** A day-precise date at word `i` for a time's own phrase ("22. Juni 1941", "25.4.2019"). */
function phraseDateAt(st: State, i: number): { value: string; to: number; end?: number } | undefined {
  const t = st.ctx.rules.dates.temporal;
  const w = word(st, i);
  const ordinals = st.ctx.rules.dates.ordinalDays;
  const day =
    w !== undefined &&
    (DAY.test(w.text) || (ordinals !== undefined && tableValue(ordinals, w.lower) !== undefined));
  const m = numericAt(st, i) ?? (day && word(st, i + 1) ? monthAt(st, i + 1, t) : monthAt(st, i, t));
  if (!m || !ISO_DAY.test(m.value)) return undefined;
  return { value: m.value, to: m.to, ...(m.end !== undefined ? { end: m.end } : {}) };
}

/** How many words after a lone day ("vom 16.") its month may follow ("auf den 17. April 1945"). */
const LONE_DAY_REACH = 3;

/** The first day-precise date in the few words from word `k` (inside the sentence). */
function nextDay(st: State, k: number): string | undefined {
  for (let n = k; n <= k + LONE_DAY_REACH && n < st.sentence[1]; n++) {
    const d = phraseDateAt(st, n);
    if (d) return d.value;
  }
  return undefined;
}

/** A time of day (`time-of-day.ts`) on its own date, else on the base day ("4:45 Uhr", "Morgen des 22. Juni"). */
/** The time parsers' view of the sentence `st` is in (kept in `st` while the sentence and rules stay). */
function timeEnvOf(st: State, rules: TimeRules): TimeEnv {
  const kept = st.timeEnv;
  if (kept !== undefined && kept.sentenceStart === st.sentence[0] && kept.rules === rules) return kept;
  const env: TimeEnv = {
    words: st.ctx.words,
    text: st.ctx.article.text,
    rules,
    sentenceStart: st.sentence[0],
    dateAt: (k) => phraseDateAt(st, k),
  };
  st.timeEnv = env;
  return env;
}

function timeMatchAt(st: State, i: number): Match | undefined {
  const rules = st.ctx.rules.dates.times;
  if (!rules || !mayStartTime(word(st, i) as Word, rules)) return undefined;
  const found = timeAt(timeEnvOf(st, rules), i);
  if (!found) return undefined;
  const b = base(st);
  let day: string;
  if (found.date?.kind === 'date') day = found.date.value;
  else if (found.date?.kind === 'day') {
    // "Nacht vom 16. auf den 17. April 1945": the lone day takes the month and year of the day after it
    const next = nextDay(st, found.date.to);
    const m = next ? pointOf(next) : b;
    day =
      m?.month !== undefined && validDay(m.year, m.month, found.date.day)
        ? format({ bc: m.bc, year: m.year, month: m.month, day: found.date.day })
        : `XXXX-XX-${pad(found.date.day)}`;
  } else day = b?.day !== undefined ? format(b) : 'XXXX-XX-XX';
  const own = found.date?.kind === 'date';
  return {
    type: 'time',
    value: `${day}T${found.time}`,
    from: found.from,
    to: found.to,
    ...(found.end !== undefined ? { end: found.end } : {}),
    needs: own ? 'none' : 'day',
    led: true,
    keep: true,
    rule: found.rule,
    dated: found.date !== undefined,
  };
}

/** "jeden Montag" (`XXXX-WXX-1`), "täglich" (`P1D`). */
function setAt(st: State, i: number, t: TemporalRules): Match | undefined {
  const w = word(st, i) as Word;
  const adverb = tableValue(t.setWords, w.lower);
  if (adverb !== undefined)
    return { type: 'set', value: adverb, from: i, to: i + 1, needs: 'none', led: true };
  if (!t.setLeads.includes(w.lower)) return undefined;
  const next = word(st, i + 1);
  const weekday = next?.tightBefore ? weekdayOfWord(next.text, st.ctx.rules.dates) : undefined;
  if (weekday === undefined) return undefined;
  return {
    type: 'set',
    value: `XXXX-WXX-${String(weekday === 0 ? 7 : weekday)}`,
    from: i,
    to: i + 2,
    needs: 'none',
    led: true,
  };
}

/** A weekday, resolved against the base day with the sentence's tense. */
function weekdayAt(st: State, i: number): Match | undefined {
  const w = word(st, i) as Word;
  const weekday = weekdayOfWord(w.text, st.ctx.rules.dates);
  if (weekday === undefined || inName(st, i)) return undefined;
  let day: Date | undefined;
  const apposed = appositionDate(st, i);
  if (apposed) {
    const part = weekdayDayPart(st, i);
    return part
      ? {
          type: 'time',
          value: `${apposed}T${part.code}`,
          from: i,
          to: part.to,
          needs: 'none',
          rule: 'weekday-day-part',
          dated: true,
        }
      : { type: 'date', value: apposed, from: i, to: i + 1, needs: 'none' };
  }
  if (st.narrative) {
    const b = st.anchor;
    if (b?.day === undefined || b.month === undefined || b.bc) return undefined;
    day = new Date(Date.UTC(b.year, b.month - 1, b.day));
  } else {
    if (!st.ref?.dayKnown) return undefined;
    day = st.ref.date;
  }
  const lead = st.ctx.words
    .slice(Math.max(st.sentence[0], i - 2), i)
    .map((x) => x.lower)
    .join(' ');
  const date = resolveWeekday(day, weekday, tenseOf(st, lead));
  const part = weekdayDayPart(st, i);
  if (part)
    return {
      type: 'time',
      value: `${isoDay(date)}T${part.code}`,
      from: i,
      to: part.to,
      needs: 'day',
      rule: 'weekday-day-part',
      dated: true,
    };
  return { type: 'date', value: isoDay(date), from: i, to: i + 1, needs: 'day' };
}

/**
 * Whether the weekday at word `i` begins a name, where the language writes its nouns in lower case (English): a part
 * of the day right after it, capitalised ("Saturday Night Live", "Friday Night Lights", "Sunday Morning"; not
 * "Monday night", nor "said Tuesday Graham was …").
 */
function inName(st: State, i: number): boolean {
  const times = st.ctx.rules.dates.times;
  if (st.ctx.rules.entities.nounsCapitalised === true || times === undefined) return false;
  const next = word(st, i + 1);
  if (next?.tightBefore !== true || i + 1 >= st.sentence[1] || !CAPITALISED.test(next.text)) return false;
  return tableValue(times.dayParts, next.lower) !== undefined;
}

/**
 * The day-precise date in apposition right after the weekday at word `i` ("Freitag, 22. März", "Sonntag, den 7.
 * Mai 2023"): a comma, at most one small word, then the date; the weekday is that day.
 */
function appositionDate(st: State, i: number): string | undefined {
  const next = word(st, i + 1);
  if (!next || i + 1 >= st.sentence[1] || !COMMA_GAP.test(gapBefore(st, i + 1))) return undefined;
  const small = LOWER_WORD.test(next.text) && word(st, i + 2)?.tightBefore === true ? 1 : 0;
  const d = phraseDateAt(st, i + 1 + small);
  return d?.value;
}

/** The part of the day of a weekday: glued on ("Donnerstagabend") or the next word ("Thursday evening"). */
function weekdayDayPart(st: State, i: number): { code: string; to: number } | undefined {
  const rules = st.ctx.rules.dates.times;
  const w = word(st, i) as Word;
  if (!rules) return undefined;
  for (const name of Object.keys(st.ctx.rules.dates.weekdays)) {
    const glued = gluedDayPart(w.lower, name, rules);
    if (glued !== undefined && w.lower !== name) return { code: glued, to: i + 1 };
  }
  const next = word(st, i + 1);
  const code = next?.tightBefore ? tableValue(rules.dayParts, next.lower) : undefined;
  return code === undefined ? undefined : { code, to: i + 2 };
}

/** A table phrase with its pattern split into words once. */
interface Phrase {
  readonly phrase: RelativeDatePhrase;
  readonly parts: readonly string[];
}

/**
 * The table's phrases (longest first) by their first word, so each word of a sentence tries only the phrases that
 * can start there (those that start with it, and those that start with `{n}` or `{month}`), in table order: one
 * pass over the sentence, not one per phrase.
 */
interface PhraseIndex {
  readonly byWord: ReadonlyMap<string, readonly Phrase[]>;
  /** The phrases that start with a placeholder: tried at every word. */
  readonly open: readonly Phrase[];
}

const phraseIndexes = new WeakMap<object, PhraseIndex>();

function phrasesOf(ctx: ArticleContext): PhraseIndex {
  const table = ctx.rules.dates.relativeDates;
  const cached = phraseIndexes.get(table);
  if (cached) return cached;
  const all = table
    .map((phrase) => ({ phrase, parts: phrase.pattern.split(' ') }))
    .sort((a, b) => b.parts.length - a.parts.length);
  const placeholder = (part: string | undefined): boolean => part === '{n}' || part === '{month}';
  const open = all.filter((p) => placeholder(p.parts[0]));
  const words = new Set(all.map((p) => p.parts[0] ?? '').filter((w) => !placeholder(w)));
  const byWord = new Map<string, Phrase[]>();
  for (const w of words)
    byWord.set(
      w,
      all.filter((p) => p.parts[0] === w || placeholder(p.parts[0])),
    );
  const index = { byWord, open };
  phraseIndexes.set(table, index);
  return index;
}

function matchAt(st: State, i: number, phrases: PhraseIndex): Match | undefined {
  const t = st.ctx.rules.dates.temporal;
  const w = word(st, i) as Word;
  if (t && st.narrative && t.presentWords.includes(w.lower))
    return { type: 'date', value: 'PRESENT_REF', from: i, to: i + 1, needs: 'none', led: true };
  const time = timeMatchAt(st, i);
  if (time) return time;
  if (t) {
    const special = centuryAt(st, i, t) ?? decadeAt(st, i, t) ?? anchorPhraseAt(st, i, t.anchorPhrases);
    if (special) return special;
  }
  // whether a count starts here, asked once for all the phrases that start with one (see `relativeAt`)
  let countHere: boolean | undefined;
  for (const p of phrases.byWord.get(w.lower) ?? phrases.open) {
    if (p.parts[0] === '{n}') {
      countHere ??= numberAt(st.ctx, i) !== undefined || listHas(st.ctx.rules.figures.oneWords, w.lower);
      if (!countHere) continue;
    }
    const found = relativeAt(st, i, p.phrase, p.parts);
    if (found) return found;
  }
  if (t) {
    const found = durationAt(st, i, t) ?? setAt(st, i, t) ?? seasonAt(st, i, t) ?? dayBeforeRangeAt(st, i, t);
    if (found) return found;
  }
  const numeric = numericAt(st, i) ?? monthAt(st, i, t);
  if (numeric) return numeric;
  const y = yearAt(st, i, t);
  if (y) {
    const yw = word(st, i - 1);
    const from = t && yw && t.yearWords.includes(yw.lower) && w.tightBefore ? i - 1 : i;
    return { type: 'date', value: format(y.point), from, to: y.to, end: y.end, needs: 'none' };
  }
  return weekdayAt(st, i);
}

/** The date and weekday leads split into words, longest first (made once per table). */
const leadsOf = keptPer((dates: ArticleContext['rules']['dates']): readonly (readonly string[])[] =>
  [...dates.dateLeads, ...dates.weekdayLeads].map((l) => l.split(' ')).sort((a, b) => b.length - a.length),
);

/** The lead words before an expression that belong to it ("Ende", "vergangenen", "diesem"), prepositions left out. */
function leadStart(ctx: ArticleContext, from: number, floor: number): number {
  const leads = leadsOf(ctx.rules.dates);
  let start = from;
  for (const lead of leads) {
    const at = from - lead.length;
    if (at < floor) continue;
    if (lead.every((l, k) => ctx.words[at + k]?.lower === l) && ctx.words[from]?.tightBefore) {
      start = at;
      break;
    }
  }
  return withoutPrepositions(ctx, start, from);
}

/** The first word of `[start, limit]` that is not a preposition of the date tables. */
function withoutPrepositions(ctx: ArticleContext, start: number, limit: number): number {
  const preps = ctx.rules.dates.prepositions ?? [];
  let s = start;
  while (s < limit && preps.includes(ctx.words[s]?.lower ?? '')) s++;
  return s;
}

/** The line around `offset`: `[start, end)` without its line breaks. */
function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * Every temporal expression of one article, in text order: dates resolved against the anchor (news: the article's
 * date; narrative: the last resolved date), times, durations and sets. `inferred` marks a value that needed a part
 * of the article's date that came from another article of the story.
 */
export function findTemporal(ctx: ArticleContext, ref: ReferenceDate | undefined): TemporalExpression[] {
  const { article, words } = ctx;
  const out: TemporalExpression[] = [];
  const phrases = phrasesOf(ctx);
  const st: State = {
    ctx,
    ref,
    narrative: isNarrative(ctx, ref),
    anchor: undefined,
    last: undefined,
    sentence: [0, 0],
    timeEnv: undefined,
  };
  let rangeOf = -1;
  const undated = new Set<number>();
  const yearless = new Map<number, 'past' | 'open'>();
  let line: { start: number; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const at = (words[i] as Word).start;
    const si = sentenceAt(article, at);
    // A word outside every sentence (a heading) belongs to its line (found once per line: a search per word made a
    // long line of such words quadratic).
    if (si < 0 && (line === undefined || at < line.start || at > line.end)) line = lineAt(article.text, at);
    const s = article.sentences[si] ?? (line as { start: number; end: number });
    if (si !== rangeOf || si < 0) {
      st.sentence = [wordIndexAt(words, s.start), wordIndexAt(words, s.end)];
      rangeOf = si;
    }
    const found = matchAt(st, i, phrases);
    if (!found) continue;
    const from =
      found.keep === true
        ? found.from
        : found.led === true
          ? withoutPrepositions(ctx, found.from, found.to - 1)
          : found.from === i
            ? leadStart(ctx, i, st.sentence[0])
            : found.from;
    const start = (words[from] as Word).start;
    const end = Math.min(found.end ?? (words[found.to - 1] as Word).end, s.end);
    const usedRef = !st.narrative || st.anchor === undefined;
    const inferred =
      !usedRef || !ref
        ? false
        : found.needs === 'day'
          ? !ref.ownDay
          : found.needs === 'year'
            ? !ref.ownYear
            : false;
    out.push({
      type: found.type,
      value: found.value,
      inferred,
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      sentence: { start: s.start, end: s.end },
      ...(found.rule !== undefined ? { rule: found.rule } : {}),
    });
    if (found.type === 'time' && found.dated !== true) undated.add(out.length - 1);
    if (found.yearless !== undefined) yearless.set(out.length - 1, found.yearless);
    const limit = ctx.rules.dates.temporal?.limitLeads.includes(words[from - 1]?.lower ?? '') ?? false;
    if (!limit && (found.type === 'date' || found.type === 'time')) {
      const p = pointOf(found.value);
      if (p && st.narrative) st.anchor = p;
      if (p) st.last = p;
    }
    i = found.to - 1;
  }
  return onClauseDates(agreeingYears(out, yearless, ref), undated);
}

const MONTH_OF = /^(\d{4})-(\d{2})(?:-(\d{2}))?/u;

/**
 * The years of a news article's year-less months (`yearless`: their indices in `out`), made to agree with what the
 * article tells of the same month, in this order:
 * - a mention of the month with its own year, at most a year from the article's: "im März" and "am 7. März 2024";
 * - for a month without a day, a year-less mention of the same month with a day: "im März" and "am 17. März";
 * - when its sentence does not look back: a date before it in its sentence, of an earlier month or the same one (a
 *   sequence runs forward: "Mitte Juni … Ende Juli bzw. Anfang August" in one year).
 * Otherwise the year the tense gave stays.
 */
function agreeingYears(
  out: TemporalExpression[],
  yearless: ReadonlyMap<number, 'past' | 'open'>,
  ref: ReferenceDate | undefined,
): TemporalExpression[] {
  if (yearless.size === 0 || !ref) return out;
  const refYear = ref.date.getUTCFullYear();
  const fits = (y: string): boolean => Math.abs(Number(y) - refYear) <= 1;
  const parts = out.map((e) => (e.type === 'date' || e.type === 'time' ? MONTH_OF.exec(e.value) : null));
  const explicit = new Map<string, string[]>();
  const withDay = new Map<string, string[]>();
  parts.forEach((m, k) => {
    if (!m) return;
    const into = yearless.has(k) ? (m[3] !== undefined ? withDay : undefined) : explicit;
    if (!into) return;
    const list = into.get(m[2] as string);
    if (list) list.push(m[1] as string);
    else into.set(m[2] as string, [m[1] as string]);
  });
  const result = [...out];
  for (const k of [...yearless.keys()].sort((a, b) => a - b)) {
    const e = out[k] as TemporalExpression;
    const m = parts[k] as RegExpExecArray;
    const year = Number(m[1]);
    const month = m[2] as string;
    const near = (explicit.get(month) ?? []).filter(fits);
    let agreed = mostFrequent(near);
    if (agreed === undefined && m[3] === undefined) agreed = mostFrequent(withDay.get(month) ?? []);
    if (agreed === undefined && yearless.get(k) === 'open') agreed = sequenceYear(result, parts, k);
    if (agreed === undefined || Number(agreed) === year) continue;
    const value = `${agreed}${e.value.slice(4)}`;
    result[k] = { ...e, value };
    parts[k] = MONTH_OF.exec(value);
  }
  return result;
}

/** The year of the date before expression `k` in its sentence when that date's month is not later than its own. */
function sequenceYear(
  out: readonly TemporalExpression[],
  parts: readonly (RegExpExecArray | null)[],
  k: number,
): string | undefined {
  const e = out[k] as TemporalExpression;
  for (let n = k - 1; n >= 0; n--) {
    const before = out[n] as TemporalExpression;
    if (before.sentence.start !== e.sentence.start) return undefined;
    const p = parts[n];
    if (!p) continue;
    return Number(p[2]) <= Number((parts[k] as RegExpExecArray)[2]) ? p[1] : undefined;
  }
  return undefined;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Times whose day did not come from their own phrase ("um 20 Uhr", "abends") put on the day of a date in their
 * sentence: the nearest one before them, else the nearest after ("um 20 Uhr am Donnerstag").
 */
function onClauseDates(out: TemporalExpression[], undated: ReadonlySet<number>): TemporalExpression[] {
  return out.map((e, k) => {
    if (!undated.has(k)) return e;
    const dayOf = (d: TemporalExpression, n: number): string | undefined => {
      if (d.sentence.start !== e.sentence.start) return undefined;
      const day =
        d.type === 'date' ? d.value : d.type === 'time' && !undated.has(n) ? d.value.slice(0, 10) : '';
      return FULL_DAY.test(day) ? day : undefined;
    };
    let n = k - 1;
    while (n >= 0 && dayOf(out[n] as TemporalExpression, n) === undefined) n--;
    if (n < 0) for (n = k + 1; n < out.length && dayOf(out[n] as TemporalExpression, n) === undefined; n++);
    const date = out[n];
    const day = date ? dayOf(date, n) : undefined;
    if (!date || day === undefined) return e;
    return { ...e, value: `${day}${e.value.slice(e.value.indexOf('T'))}`, inferred: date.inferred };
  });
}
