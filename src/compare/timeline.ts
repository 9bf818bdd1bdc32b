import type { AnalysedArticle } from '../core/types.js';
import { articleContexts, type ArticleContext } from './context.js';
import { referenceDates, type ReferenceDate } from './reference-dates.js';
import { findTemporal, type TemporalExpression } from './temporal.js';
import type { Precision, TimelineEvent } from './types.js';

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?:Z|[+-]\d{2})?|MO|MI|AF|EV|NI)$/u;

const precisionOf = (date: string): Precision =>
  date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';

/**
 * A temporal expression as a dated mention of the timeline: a calendar date, or a time of day on a known day (with
 * its `time`); undefined for anything else.
 */
export function asDateMention(e: TemporalExpression): TimelineEvent | undefined {
  const time = e.type === 'time' ? TIME.exec(e.value) : undefined;
  if (!time && (e.type !== 'date' || !ISO.test(e.value))) return undefined;
  const mention: TimelineEvent = {
    date: time ? (time[1] as string) : e.value,
    precision: time ? 'day' : precisionOf(e.value),
    inferred: e.inferred,
    text: e.text,
    article: e.article,
    start: e.start,
    end: e.end,
    sentence: e.sentence,
  };
  return time ? { ...mention, time: time[2] as string } : mention;
}

/**
 * The calendar dates of one article (year, month or day; see `findTemporal` for what is recognised and how a date
 * is resolved): absolute ones as written and relative ones ("am Donnerstag", "vor zehn Jahren", "im Mai vergangenen
 * Jahres") resolved against the reference date — in narrative text against the narrative's last date; `inferred`
 * when the part of the reference they needed did not come from the article itself.
 */
export function findDates(ctx: ArticleContext, ref: ReferenceDate | undefined): TimelineEvent[] {
  return findTemporal(ctx, ref).flatMap((e) => asDateMention(e) ?? []);
}

/** Every temporal expression of each article of a story (dates, times, durations, sets), in text order. */
export function storyTemporal(articles: readonly AnalysedArticle[]): TemporalExpression[][] {
  const ctxs = articleContexts(articles);
  const refs = referenceDates(articles);
  return ctxs.map((ctx) => findTemporal(ctx, refs[ctx.index]));
}
