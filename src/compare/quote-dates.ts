/**
 * When a quote was said, as its sentence tells: a dated mention (from the timeline's date finder, `findDates`) in
 * a sentence that holds the quote, outside the quoted words, a few words from a verb of saying of the language's
 * tables ("…", sagte Putin auf einer Pressekonferenz im Dezember 2017; "Im Dezember 2017 hatte Putin gesagt";
 * "said on Tuesday"). A date inside the quote is what the speaker talks about, and one far from the verb of saying
 * ("formed by Cohen in early 2017") or qualifying a noun ("Lacy's 2008 decision") dates something else.
 */
import type { ArticleContext } from './context.js';
import type { Quote, QuoteDate, TimelineEvent } from './types.js';
import type { Span } from '../core/types.js';
import { isCapitalised, wordIndexAt, type Word } from './words.js';

/** Most words between a verb of saying and the date of its saying ("sagte Putin auf einer Pressekonferenz im"). */
export const MAX_VERB_GAP = 5;

/**
 * Whether a date qualifies a noun: after an article or a genitive ("the 2012 campaign", "Lacy's 2008 decision"),
 * or a bare number after a noun ("des Verfassungsschutzberichts 2005"); it dates that thing, not the saying.
 */
function attributive(ctx: ArticleContext, d: TimelineEvent): boolean {
  const prev = ctx.words[wordIndexAt(ctx.words, d.start) - 1];
  if (!prev || !/^[ \t]+$/u.test(ctx.article.text.slice(prev.end, d.start))) return false;
  if (ctx.sets.determiners.has(prev.lower) || /['’]s$/u.test(prev.text)) return true;
  // A bare number after a noun names an edition, not a time ("des Verfassungsschutzberichts 2005", "WM 2006").
  return (
    /^\d/u.test(d.text) &&
    isCapitalised(prev.text) &&
    ctx.words[0] !== prev &&
    !/[.!?]\s*$/u.test(ctx.article.text.slice(0, prev.start))
  );
}

/** A quote said more than this many days before the story's first day is an earlier remark quoted again. */
export const EARLIER_DAYS = 30;

const DAY_MS = 86_400_000;

/** The last day a date of some precision covers ("2017-12" → 2017-12-31), UTC midnight. */
function lastDay(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return new Date(Date.UTC(y, 11, 31));
  if (d === undefined) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, m - 1, d));
}

/** Whether a date (ISO, of any precision) ends more than `EARLIER_DAYS` before `storyStart`. */
export function isEarlier(value: string, storyStart: Date | undefined): boolean {
  if (!storyStart) return false;
  return lastDay(value).getTime() < storyStart.getTime() - EARLIER_DAYS * DAY_MS;
}

/** Word indexes of the verbs of saying in `[from, to)` of an article, outside the quote. */
function speechVerbs(ctx: ArticleContext, q: Quote, from: number, to: number): number[] {
  const { quoteVerbs, reportingVerbs } = ctx.rules.quotes;
  const verbs = new Set([...quoteVerbs, ...reportingVerbs]);
  const out: number[] = [];
  for (let i = wordIndexAt(ctx.words, from); i < ctx.words.length; i++) {
    const w = ctx.words[i];
    if (!w || w.start >= to) break;
    // Lower-case only: a capitalised form is a noun ("der Versicherten") or opens a sentence.
    if (verbs.has(w.lower) && !isCapitalised(w.text) && (w.end <= q.start || w.start >= q.end)) out.push(i);
  }
  return out;
}

/**
 * Words between a verb of saying and a date on the same side of the quote, names of people not counted ("sagte der
 * russische Präsident Wladimir Putin am Mittwoch": four); undefined when the quote is between.
 */
function gap(
  ctx: ArticleContext,
  q: Quote,
  verb: number,
  d: TimelineEvent,
  persons: readonly Span[],
): number | undefined {
  const v = ctx.words[verb];
  if (!v) return undefined;
  const [from, to] = verb < wordIndexAt(ctx.words, d.start) ? [v.end, d.start] : [d.end, v.start];
  if (from < q.end && to > q.start) return undefined;
  // A colon or semicolon between them: the date belongs to another clause ("Im Jahr 2007 ist es soweit: Dann …").
  if (/[:;]/u.test(ctx.article.text.slice(from, to))) return undefined;
  let n = 0;
  for (let i = wordIndexAt(ctx.words, from); i < ctx.words.length; i++) {
    const w = ctx.words[i] as Word;
    if (w.start >= to) break;
    if (!persons.some((p) => p.start <= w.start && w.end <= p.end)) n++;
  }
  return n;
}

/**
 * The date a quote was said (see the module comment); undefined when none is told. `dates` are the dated mentions
 * of the quote's article; a date resolved from a relative phrase ("am Mittwoch", "this year") only when `relative`
 * (its article has a date of its own to resolve against); `storyStart` is the story's first day, to mark earlier
 * remarks.
 */
export function quoteDate(
  q: Quote,
  ctx: ArticleContext,
  dates: readonly TimelineEvent[],
  options: {
    readonly storyStart: Date | undefined;
    readonly relative: boolean;
    /** Names of people in the article (not counted between verb and date). */
    readonly persons: readonly Span[];
  },
): QuoteDate | undefined {
  let best: { d: TimelineEvent; gap: number } | undefined;
  for (const d of dates) {
    if (d.article !== q.article || d.sentence.end <= q.start || d.sentence.start >= q.end) continue;
    if (d.end > q.start && d.start < q.end) continue;
    const stated = !d.inferred && d.text.includes(d.date.slice(0, 4));
    if ((!stated && !options.relative) || attributive(ctx, d)) continue;
    for (const verb of speechVerbs(ctx, q, d.sentence.start, d.sentence.end)) {
      const g = gap(ctx, q, verb, d, options.persons);
      if (g !== undefined && g <= MAX_VERB_GAP && (!best || g < best.gap)) best = { d, gap: g };
    }
  }
  if (!best) return undefined;
  const { d } = best;
  const how = d.inferred ? 'inferred' : d.text.includes(d.date.slice(0, 4)) ? 'stated' : 'resolved';
  return {
    value: d.date,
    precision: d.precision,
    how,
    text: d.text,
    article: d.article,
    start: d.start,
    end: d.end,
    earlier: isEarlier(d.date, options.storyStart),
  };
}
