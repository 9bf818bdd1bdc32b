import type { ArticleContext } from './context.js';
import type { Word } from './words.js';
import { listHas, tableValue } from './table-lookup.js';

// Patterns tested per word or mention are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const DIGITS_AND_DOTS = /^\d[\d.]*$/u;
const THOUSANDS_DOTS = /^\d{1,3}(?:\.\d{3})+$/u;
const DECIMAL = /^\d+(?:\.\d+)?$/u;
const DIGITS = /^\d+$/u;

/** A number as written: word indices `[from, to)` and its value before any scale word. */
export interface NumberAt {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  /** Written as a number word ("zwei"), not digits. */
  readonly word: boolean;
}

const GROUP = /^\d{3}$/u;

function gap(ctx: ArticleContext, a: Word, b: Word): string {
  return ctx.article.text.slice(a.end, b.start);
}

/** Every full stop of a number (a replace with a global pattern: no `lastIndex` state carried). */
const ALL_DOTS = /\./gu;
/** One space, no-break space or narrow no-break space between thousands groups. */
const GROUP_SPACE = /^[ \u00a0\u202f]$/u;

/** Digits with the language's separators: "10 000", "50.000" (de), "50,000" (en), "1,5" (de), "1.5" (en). */
function digitsAt(ctx: ArticleContext, i: number): NumberAt | undefined {
  const w = ctx.words[i] as Word;
  const decimalComma = ctx.rules.figures.decimalComma === true;
  let text = w.text;
  if (!DIGITS_AND_DOTS.test(text)) return undefined;
  let to = i + 1;
  if (decimalComma) {
    if (THOUSANDS_DOTS.test(text)) text = text.replace(ALL_DOTS, '');
    else if (text.includes('.')) return undefined; // a date like 25.4.2019
  } else if (!DECIMAL.test(text)) return undefined;
  // Thousands groups separated by a (narrow) space, or by a comma in English.
  for (let next = ctx.words[to]; next && GROUP.test(next.text); next = ctx.words[to]) {
    const g = gap(ctx, ctx.words[to - 1] as Word, next);
    if (GROUP_SPACE.test(g) || (!decimalComma && g === ',')) {
      text += next.text;
      to++;
    } else break;
  }
  const next = ctx.words[to];
  if (decimalComma && to === i + 1 && next && DIGITS.test(next.text) && gap(ctx, w, next) === ',') {
    return { from: i, to: to + 1, value: Number(`${text}.${next.text}`), word: false };
  }
  const value = Number(text);
  return Number.isFinite(value) ? { from: i, to, value, word: false } : undefined;
}

/**
 * What `numberAt` found at each word of a context (null: no number), kept while the context lives: the timeline
 * tries it at every word once per phrase that starts with a count, and the figures at every word again.
 */
const found = new WeakMap<ArticleContext, (NumberAt | null | undefined)[]>();

/** A number at word `i`, in digits or as a number word; "ein/eine" only before a scale or unit word. */
export function numberAt(ctx: ArticleContext, i: number): NumberAt | undefined {
  let known = found.get(ctx);
  if (known === undefined) found.set(ctx, (known = Array.from({ length: ctx.words.length })));
  const kept = known[i];
  if (kept !== undefined) return kept ?? undefined;
  const value = readNumberAt(ctx, i);
  known[i] = value ?? null;
  return value;
}

function readNumberAt(ctx: ArticleContext, i: number): NumberAt | undefined {
  const w = ctx.words[i] as Word;
  const digits = digitsAt(ctx, i);
  if (digits) return digits;
  const n = tableValue(ctx.rules.figures.numberWords, w.lower);
  if (n !== undefined && w.text === w.lower) return { from: i, to: i + 1, value: n, word: true };
  if (listHas(ctx.rules.figures.oneWords, w.lower)) {
    const next = ctx.words[i + 1]?.lower ?? '';
    const prev = ctx.words[i - 1]?.lower ?? '';
    const unit = ctx.rules.figures.units[next] !== undefined && ctx.rules.figures.hedges[prev] !== undefined;
    if (ctx.rules.figures.scales[next] !== undefined || unit) {
      return { from: i, to: i + 1, value: 1, word: true };
    }
  }
  return undefined;
}
