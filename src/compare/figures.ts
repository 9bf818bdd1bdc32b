import type { AnalysedArticle } from '../core/types.js';
import type { FigureRules } from '../lang/index.js';
import { sentenceAt, type ArticleContext } from './context.js';
import { figureModalities } from './modality.js';
import { numberAt } from './numbers.js';
import type { Figure } from './types.js';
import { wordIndexAt, type Word } from './words.js';
import { tableValue } from './table-lookup.js';
import { keptPer } from '../core/kept.js';
import { endingIn } from '../core/regexp.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const COMMA = /,/u;
const LOWER_START = /^\p{Ll}/u;
const PERCENT_AFTER = /^\s?%/u;

const TIME_UNITS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/** A figure table's word lists as sets (`hedgePhrases`, `subjectArticles`, `genitiveLinks`). */
interface FigureWords {
  readonly linkedHedges: ReadonlySet<string>;
  readonly hedgeLinks: ReadonlySet<string>;
  readonly hedgeLeads: ReadonlyMap<string, string>;
  readonly subjectArticles: ReadonlySet<string>;
  readonly genitiveLinks: ReadonlySet<string>;
  /** A lower-case word with one of `inflectedModifiers`, or undefined when the table has none. */
  readonly inflectedModifier: RegExp | undefined;
  /** `incrementWords`. */
  readonly increments: ReadonlySet<string>;
}

/** The sets of a figure table, built once per table. */
const figureWords = keptPer((figures: FigureRules): FigureWords => ({
  linkedHedges: new Set(figures.hedgePhrases?.linked),
  hedgeLinks: new Set(figures.hedgePhrases?.links),
  hedgeLeads: new Map(Object.entries(figures.hedgePhrases?.leads ?? {})),
  subjectArticles: new Set(figures.subjectArticles),
  genitiveLinks: new Set(figures.genitiveLinks),
  inflectedModifier:
    figures.inflectedModifiers === undefined ? undefined : endingIn(figures.inflectedModifiers, '^\\p{Ll}+'),
  increments: new Set(figures.incrementWords),
}));

/** A figure with its word range and the stem of what it counts, for grouping across articles. */
export interface FoundFigure extends Figure {
  readonly articleIndex: number;
  /** Stem of the counted noun's head, or `topic:<label>` for a duration of a known kind, or null. */
  readonly head: string | null;
  /** A number added to an earlier one ("drei weitere Leichen"; see `FigureRules.incrementWords`). */
  readonly increment: boolean;
  /**
   * What else its sentence says: the stems of its content words, the figure's own words and its counted noun left
   * out, sorted and each once. Two figures are of one event only when these share some stems (src/compare/conflicts.ts).
   */
  readonly context?: readonly string[];
}

/** The content stems of sentence `si` outside `[from, to)` and other than `head` (see `FoundFigure.context`). */
function contextStems(
  ctx: ArticleContext,
  si: number,
  from: number,
  to: number,
  head: string | null,
): string[] {
  const stems = new Set<string>();
  for (const t of ctx.article.sentences[si]?.tokens ?? [])
    if (t.kind === 'word' && !t.stop && (t.end <= from || t.start >= to) && t.stem !== head)
      stems.add(t.stem);
  return [...stems].sort();
}

/**
 * Whether a figure is a number added to an earlier one: an increment word (`incrementWords`) just before the number
 * (or its hedge: "another 750"), in its counted noun phrase ("drei weitere Leichen") or right after it ("750
 * Soldaten zusätzlich", "750 more").
 */
function isIncrement(
  ctx: ArticleContext,
  first: number,
  to: number,
  counted: { from: number; to: number } | undefined,
): boolean {
  const { increments } = figureWords(ctx.rules.figures);
  if (increments.size === 0) return false;
  const at = (k: number): boolean => increments.has(ctx.words[k]?.lower ?? '');
  if (at(first - 1) || at(counted?.to ?? to)) return true;
  if (counted !== undefined) for (let k = counted.from; k < counted.to; k++) if (at(k)) return true;
  return false;
}

/**
 * What a duration is the length of: the one topic the tables find in its sentence ("Das Tête-à-Tête … fast zwei
 * Stunden"). Two topics in one sentence ("Ein Jahr lang wurde der Gipfel vorbereitet") are ambiguous: none.
 */
function durationTopic(ctx: ArticleContext, sentence: { start: number; end: number }): string | null {
  const found = new Set<string>();
  for (let k = wordIndexAt(ctx.words, sentence.start); k < ctx.words.length; k++) {
    const w = ctx.words[k] as Word;
    if (w.end > sentence.end) break;
    for (const label of ctx.sets.durationTopics.get(w.lower) ?? []) found.add(label);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Words that make a following "{n} unit" a date phrase ("vor zehn Jahren", "two years ago"). */
function dateNeighbours(ctx: ArticleContext): { before: Set<string>; after: Set<string> } {
  const before = new Set<string>();
  const after = new Set<string>();
  for (const p of ctx.rules.dates.relativeDates) {
    const parts = p.pattern.split(' ');
    const at = parts.indexOf('{n}');
    if (at < 0) continue;
    if (at > 0) before.add(parts[at - 1] as string);
    if (parts[at + 2] !== undefined) after.add(parts[at + 2] as string);
  }
  return { before, after };
}

function hedgeBefore(ctx: ArticleContext, i: number): { hedge: string; from: number } | undefined {
  const prev = ctx.words[i - 1];
  if (!prev) return undefined;
  const direct = tableValue(ctx.rules.figures.hedges, prev.lower);
  const words = figureWords(ctx.rules.figures);
  if (direct !== undefined) {
    const before = ctx.words[i - 2]?.lower;
    const lead = words.hedgeLeads.get(prev.lower);
    if (lead !== undefined && before === lead) return { hedge: direct, from: i - 2 };
    if (words.linkedHedges.has(prev.lower)) return undefined;
    return { hedge: direct, from: i - 1 };
  }
  if (words.hedgeLinks.has(prev.lower)) {
    const h = ctx.rules.figures.hedges[ctx.words[i - 2]?.lower ?? ''];
    if (h !== undefined) return { hedge: h, from: i - 2 };
  }
  return undefined;
}

/** "nordkoreanischen Lohnarbeiter", "North Korean workers": lower-case modifiers, then a noun. */
function countedAfter(
  ctx: ArticleContext,
  i: number,
  stop: ReadonlySet<number>,
): { from: number; to: number } | undefined {
  const { words } = ctx;
  const inflected = figureWords(ctx.rules.figures).inflectedModifier;
  if (inflected !== undefined) {
    let k = i;
    while (k < i + 3 && words[k]?.tightBefore && inflected.test(words[k]?.text ?? '')) k++;
    const noun = words[k];
    if (noun?.tightBefore && CAPITAL_THEN_SMALL.test(noun.text) && !stop.has(noun.start))
      return { from: i, to: k + 1 };
    return undefined;
  }
  // English: capitalised modifiers ("North Korean"), then one noun; verbs after it are not counted.
  let k = i;
  while (k < i + 2 && words[k]?.tightBefore && CAPITAL_THEN_SMALL.test(words[k]?.text ?? '')) k++;
  const noun = words[k];
  if (noun?.tightBefore && !stop.has(noun.start) && LOWER_WORD.test(noun.text)) return { from: i, to: k + 1 };
  return undefined;
}

/** The first "der/den … Noun" of the clause before word `i` ("Der Handel soll … 34 Millionen Dollar"). */
function clauseSubject(
  ctx: ArticleContext,
  i: number,
  sentenceStart: number,
): { from: number; to: number } | undefined {
  const { words, article } = ctx;
  const { subjectArticles } = figureWords(ctx.rules.figures);
  let k = i - 1;
  while (
    k >= 0 &&
    (words[k] as Word).start >= sentenceStart &&
    !COMMA.test(article.text.slice((words[k] as Word).end, (words[k + 1] as Word).start))
  )
    k--;
  for (let j = k + 1; j < i; j++) {
    if (!subjectArticles.has((words[j] as Word).lower)) continue;
    let n = j + 1;
    while (n < i && LOWER_START.test((words[n] as Word).text)) n++;
    if (n < i && CAPITAL_THEN_SMALL.test((words[n] as Word).text)) return { from: j + 1, to: n + 1 };
  }
  return undefined;
}

function stemAt(article: AnalysedArticle, offset: number): string | null {
  const s = article.sentences[sentenceAt(article, offset)];
  return s?.tokens.find((t) => t.start === offset)?.stem ?? null;
}

/**
 * Figures of one article: numbers (digits or words) with scale ("Millionen"), unit ("Dollar", "Prozent",
 * "Stunden"), hedge ("rund", "fast", "mindestens") and what they count. Years, dates and idioms are not figures.
 */
export function findFigures(ctx: ArticleContext, stops: ReadonlySet<number>): FoundFigure[] {
  const found = figuresOf(ctx, stops);
  const modalities = figureModalities(ctx, found);
  return found.map((f, i) => ({ ...f, modality: modalities[i] ?? 'actual' }));
}

/** A table's idioms cut into their words (once per table, not per article). */
const idiomWords = keptPer((idioms: readonly string[]): readonly (readonly string[])[] =>
  idioms.map((x) => x.split(' ')),
);

/** Whether word `i` stands inside one of the idioms (any of its words may be the number); loops, no closures. */
function idiomAround(words: readonly Word[], i: number, idioms: readonly (readonly string[])[]): boolean {
  for (let d = 0; d < idioms.length; d++) {
    const parts = idioms[d] as readonly string[];
    for (let k = 0; k < parts.length; k++) {
      let m = 0;
      while (m < parts.length && words[i - k + m]?.lower === parts[m]) m++;
      if (m === parts.length) return true;
    }
  }
  return false;
}

function figuresOf(ctx: ArticleContext, stops: ReadonlySet<number>): Omit<FoundFigure, 'modality'>[] {
  const { article, words, rules } = ctx;
  const out: Omit<FoundFigure, 'modality'>[] = [];
  const near = dateNeighbours(ctx);
  const idioms = idiomWords(rules.figures.idioms);
  for (let i = 0; i < words.length; i++) {
    const si = sentenceAt(article, (words[i] as Word).start);
    if (si < 0) continue;
    const num = numberAt(ctx, i);
    if (!num) continue;
    let to = num.to;
    let value = num.value;
    const scale = rules.figures.scales[words[to]?.lower ?? ''];
    if (scale !== undefined && words[to]?.tightBefore) {
      value *= scale;
      to++;
    }
    let unit: string | null = null;
    const after = article.text.slice((words[to - 1] as Word).end, (words[to - 1] as Word).end + 2);
    let end = (words[to - 1] as Word).end;
    if (PERCENT_AFTER.test(after)) {
      unit = '%';
      end += after.indexOf('%') + 1;
    } else if (words[to]?.tightBefore && rules.figures.units[words[to]?.lower ?? ''] !== undefined) {
      unit = rules.figures.units[(words[to] as Word).lower] ?? null;
      end = (words[to] as Word).end;
      to++;
    }
    const isYear =
      !num.word &&
      scale === undefined &&
      unit === null &&
      Number.isInteger(value) &&
      value >= 1900 &&
      value <= 2100 &&
      num.to === i + 1;
    const prevLower = words[i - 1]?.lower ?? '';
    const dated =
      unit !== null &&
      TIME_UNITS.has(unit) &&
      (near.before.has(prevLower) || near.after.has(words[to]?.lower ?? ''));
    const idiom = idiomAround(words, i, idioms);
    const nextText = words[to]?.text ?? '';
    const dateLike = !num.word && rules.dates.months[nextText.toLowerCase()] !== undefined;
    if (isYear || dated || idiom || dateLike) {
      i = to - 1;
      continue;
    }
    // "auf eine Milliarde" after "34 Millionen Dollar": the unit carries over within the sentence.
    const last = out[out.length - 1];
    if (
      unit === null &&
      scale !== undefined &&
      last &&
      last.unit !== null &&
      sentenceAt(article, last.start) === si
    )
      unit = last.unit;
    const hedge = hedgeBefore(ctx, i);
    const start = hedge ? (words[hedge.from] as Word).start : (words[i] as Word).start;
    let counted: { from: number; to: number } | undefined;
    if (unit === null) counted = countedAfter(ctx, to, stops);
    else if (figureWords(rules.figures).genitiveLinks.has(words[to]?.lower ?? '') && words[to]?.tightBefore)
      counted = countedAfter(ctx, to + 1, stops);
    if (!counted && unit !== null && !TIME_UNITS.has(unit) && unit !== '%') {
      counted = clauseSubject(
        ctx,
        hedge ? hedge.from : i,
        (article.sentences[si] as { start: number }).start,
      );
    }
    if (unit === null && !counted) {
      i = to - 1;
      continue; // a bare number: nothing to compare it by
    }
    const topic =
      !counted && unit !== null && TIME_UNITS.has(unit)
        ? durationTopic(ctx, article.sentences[si] as { start: number; end: number })
        : null;
    const countedText = counted
      ? article.text.slice((words[counted.from] as Word).start, (words[counted.to - 1] as Word).end)
      : null;
    const headWord = counted ? (words[counted.to - 1] as Word) : undefined;
    const head = headWord
      ? (stemAt(article, headWord.start) ?? headWord.lower)
      : topic !== null
        ? `topic:${topic}`
        : null;
    const spanEnd = counted ? Math.max(end, (words[counted.to - 1] as Word).end) : end;
    const spanStart = counted ? Math.min(start, (words[counted.from] as Word).start) : start;
    out.push({
      value,
      unit,
      counted: countedText,
      hedge: hedge?.hedge ?? null,
      text: article.text.slice(start, end),
      article: article.id,
      start,
      end,
      articleIndex: ctx.index,
      head,
      increment: isIncrement(ctx, hedge ? hedge.from : i, to, counted),
      // Only figures with a head are grouped and compared (src/compare/conflicts.ts).
      ...(head !== null ? { context: contextStems(ctx, si, spanStart, spanEnd, head) } : {}),
      ...(topic !== null ? { topic } : {}),
    });
    i = to - 1;
  }
  return out;
}
