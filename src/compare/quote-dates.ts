/**
 * When a quote was said, as its sentence tells: the dated mention (from the timeline's date finder, `findDates`)
 * nearest the quote in a sentence that holds it, outside the quoted words ("…", sagte Putin im Dezember 2017;
 * "sagte er am Mittwoch"; "said on Tuesday"). A date inside the quote is what the speaker talks about, not when.
 */
import type { Quote, QuoteDate, TimelineEvent } from './types.js';

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

const distance = (q: Quote, d: TimelineEvent): number =>
  d.end <= q.start ? q.start - d.end : d.start - q.end;

/**
 * The date a quote was said: the nearest dated mention of its article in a sentence that overlaps the quote and
 * outside the quote itself; undefined when its sentences date nothing. `dates` are the article's dated mentions
 * (any order); `storyStart` is the story's first day, to mark earlier remarks.
 */
export function quoteDate(
  q: Quote,
  dates: readonly TimelineEvent[],
  storyStart: Date | undefined,
): QuoteDate | undefined {
  let best: TimelineEvent | undefined;
  for (const d of dates) {
    if (d.article !== q.article || d.sentence.end <= q.start || d.sentence.start >= q.end) continue;
    if (d.end > q.start && d.start < q.end) continue;
    if (!best || distance(q, d) < distance(q, best)) best = d;
  }
  if (!best) return undefined;
  const how = best.inferred ? 'inferred' : best.text.includes(best.date.slice(0, 4)) ? 'stated' : 'resolved';
  return {
    value: best.date,
    precision: best.precision,
    how,
    text: best.text,
    article: best.article,
    start: best.start,
    end: best.end,
    earlier: isEarlier(best.date, storyStart),
  };
}
