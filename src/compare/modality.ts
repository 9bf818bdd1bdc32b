import { sentenceAt, type ArticleContext } from './context.js';
import type { FigureModality } from './types.js';
import { wordIndexAt, type Word } from './words.js';

/** A figure's place in its article's text. */
interface Placed {
  readonly start: number;
  readonly end: number;
}

/** Word range `[from, to]` (inclusive) of a figure and its sentence. */
interface Range {
  readonly from: number;
  readonly to: number;
  readonly sentence: number;
}

const BREAK = /[,;:–—()]/u;

/** Whether a clause ends between words `a` and `b` (a < b): punctuation, or a clause-break word after `a`. */
function clauseBreakBetween(ctx: ArticleContext, a: number, b: number): boolean {
  const { words, article, rules } = ctx;
  const breaks = rules.figures.modality.clauseBreaks;
  for (let k = a + 1; k <= b; k++) {
    const prev = words[k - 1] as Word;
    const cur = words[k] as Word;
    if (BREAK.test(article.text.slice(prev.end, cur.start))) return true;
    if (k < b && breaks.includes(cur.lower)) return true;
  }
  return false;
}

/** Whether a clause-break word ("und", "but") lies strictly between words `a` and `b`: commas do not end a plan's reach. */
function breakWordBetween(ctx: ArticleContext, a: number, b: number): boolean {
  const breaks = ctx.rules.figures.modality.clauseBreaks;
  for (let k = a + 1; k < b; k++) if (breaks.includes((ctx.words[k] as Word).lower)) return true;
  return false;
}

/** The nearest word before figure `r` in its clause, up to the previous figure, that is a current-state cue. */
function currentCueBefore(ctx: ArticleContext, r: Range, previous: Range | undefined): boolean {
  const cues = ctx.rules.figures.modality.currentCues;
  const floor = previous && previous.sentence === r.sentence ? previous.to : -1;
  for (let k = r.from - 1; k > floor; k--) {
    const w = ctx.words[k] as Word;
    if (sentenceAt(ctx.article, w.start) !== r.sentence) return false;
    if (BREAK.test(ctx.article.text.slice(w.end, (ctx.words[k + 1] as Word).start))) return false;
    if (cues.includes(w.lower)) return true;
    if (ctx.rules.figures.modality.clauseBreaks.includes(w.lower)) return false;
  }
  return false;
}

/**
 * A plan cue in the figure's sentence that governs it: before it with no clause-break word between (commas do not
 * stop it: "plant, den Handel … auf eine Milliarde Dollar zu verzehnfachen"), or after it in its clause.
 */
function governedByPlan(ctx: ArticleContext, r: Range, starts: ReadonlySet<number>): boolean {
  const { words, article, rules } = ctx;
  const m = rules.figures.modality;
  const sentence = article.sentences[r.sentence] as { start: number; end: number };
  for (let k = wordIndexAt(words, sentence.start); k < words.length; k++) {
    const w = words[k] as Word;
    if (w.start >= sentence.end) break;
    if (k >= r.from && k <= r.to) continue;
    if (!m.planCues.includes(w.lower)) continue;
    if (m.comparisons.includes(words[k - 1]?.lower ?? '')) continue; // "länger als erwartet"
    // "the planned 50 minutes": an attribute of another figure, not of the clause.
    if (m.planAttributes.includes(w.lower) && starts.has(k + 1) && words[k + 1]?.tightBefore === true)
      continue;
    if (k < r.from && !breakWordBetween(ctx, k, r.from)) return true;
    if (k > r.to && !clauseBreakBetween(ctx, r.to, k)) return true;
  }
  return false;
}

/**
 * The modality of each figure of one article (`figures` in text order): `planned` for a plan, target, expectation
 * or forecast ("den geplanten 50 Minuten", "Der Handel soll … auf eine Milliarde steigen"), `actual` for what is or
 * was ("fast zwei Stunden", "seinem derzeit bescheidenen Volumen von 34 Millionen Dollar"). Figures of different
 * modality are never compared.
 */
export function figureModalities(ctx: ArticleContext, figures: readonly Placed[]): FigureModality[] {
  const { words, rules } = ctx;
  const m = rules.figures.modality;
  const ranges: Range[] = figures.map((f) => ({
    from: wordIndexAt(words, f.start),
    to: wordIndexAt(words, f.end) - 1,
    sentence: sentenceAt(ctx.article, f.start),
  }));
  const starts = new Set(ranges.map((r) => r.from));
  return ranges.map((r, i): FigureModality => {
    const before = words[r.from - 1]?.lower ?? '';
    const attached = (words[r.from] as Word).tightBefore; // "than expected, three hours": not an attribute
    if (attached && m.planAttributes.includes(before)) return 'planned';
    if (currentCueBefore(ctx, r, ranges[i - 1])) return 'actual';
    const next = ranges[i + 1];
    const startingValue =
      m.changeFrom.includes(before) &&
      next !== undefined &&
      next.sentence === r.sentence &&
      m.changeTo.includes(words[next.from - 1]?.lower ?? '');
    if (startingValue) return 'actual'; // "von 34 Millionen auf eine Milliarde": where the change starts
    return governedByPlan(ctx, r, starts) ? 'planned' : 'actual';
  });
}
