import type { AnalysedArticle, Corroboration, Sentence, Token } from '../core/types.js';
import { articleContexts, type ArticleContext } from './context.js';
import { recogniseEntities, storySeeds, type RecognisedEntities } from './entities.js';
import type { RawMention } from './lexicon.js';
import { articleQuotes, type QuoteMemo } from './quote-memo.js';
import { groupFigures } from './conflicts.js';
import { referenceKey, type EvidenceMemo } from './memo.js';
import { sameDaySamePeople } from './event-links.js';
import { storyCoverage, type CoverageMemo, type EvidenceLink } from './coverage.js';
import { findFigures, type FoundFigure } from './figures.js';
import { quoteItems } from './quote-items.js';
import { referenceDates, type ReferenceDate } from './reference-dates.js';
import { findDates } from './timeline.js';
import { byDateThenText, storyEvents, type DatedMention } from './timeline-events.js';
import type { NormalisedCompareOptions } from './options.js';
import type { Figure, Quote, StoryAnalysis, TimelineEvent, CoverageHints } from './types.js';
import { keptPer, mapped, objects } from '../core/kept.js';

function storyQuotes(ctxs: readonly ArticleContext[], entities: RecognisedEntities, memo?: QuoteMemo) {
  const quotes: Quote[] = [];
  const speakers = objects<readonly string[]>();
  const personsOf = new Map<number, RawMention[]>();
  for (const m of entities.mentions) {
    if (m.type !== 'person') continue;
    const list = personsOf.get(m.article);
    if (list === undefined) personsOf.set(m.article, [m]);
    else list.push(m);
  }
  for (const ctx of ctxs) {
    const persons = personsOf.get(ctx.index) ?? [];
    const result = articleQuotes(ctx, persons, entities, memo);
    quotes.push(...result.quotes);
    speakers.push(...result.speakers);
  }
  // Direct quotes of every article first, then reported speech: a brief that shows the first few shows quotes.
  return {
    quotes: [...quotes.filter((q) => q.kind === undefined), ...quotes.filter((q) => q.kind === 'indirect')],
    speakers,
  };
}

function storyFigures(ctxs: readonly ArticleContext[], memo?: EvidenceMemo): FoundFigure[] {
  return ctxs.flatMap((ctx) => {
    const kept = memo?.figures.get(ctx.article);
    if (kept !== undefined && kept.index === ctx.index) return kept.figures;
    const stops = new Set<number>();
    // by index: this runs once per article, mostly before it is optimised, where `for…of` makes an object per step
    const { sentences } = ctx.article;
    for (let i = 0; i < sentences.length; i++) {
      const tokens = (sentences[i] as Sentence).tokens;
      for (let k = 0; k < tokens.length; k++)
        if ((tokens[k] as Token).stop) stops.add((tokens[k] as Token).start);
    }
    const figures = findFigures(ctx, stops);
    memo?.figures.set(ctx.article, { index: ctx.index, figures });
    return figures;
  });
}

/** Dated mentions of every article, sorted by date (ISO strings of mixed precision sort year < month < day), then text order. */
function storyTimeline(
  ctxs: readonly ArticleContext[],
  refs: readonly (ReferenceDate | undefined)[],
  memo?: EvidenceMemo,
): TimelineEvent[] {
  const events: DatedMention[] = [];
  for (const ctx of ctxs)
    for (const mention of datesOf(ctx, refs, memo)) events.push({ mention, index: ctx.index });
  events.sort(byDateThenText);
  // Pushed, not mapped: the timeline and the kinds read this list (see `mapped`).
  return mapped(events, eventOfIndexed);
}

// The timeline's helpers are made once (module level), not per call: a closure made per call loses its optimised
// code at every major collection, so the first update after a full brief would compile them again (session 23).

/** The dated mentions of one article, kept in `memo` by article, index and reference date. */
function datesOf(
  ctx: ArticleContext,
  refs: readonly (ReferenceDate | undefined)[],
  memo: EvidenceMemo | undefined,
): readonly TimelineEvent[] {
  const ref = refs[ctx.index];
  const key = referenceKey(ref);
  const kept = memo?.dates.get(ctx.article);
  if (kept !== undefined && kept.index === ctx.index && kept.ref === key) return kept.events;
  const events = findDates(ctx, ref);
  memo?.dates.set(ctx.article, { index: ctx.index, ref: key, events });
  return events;
}

const eventOfIndexed = ({ mention }: DatedMention): TimelineEvent => mention;

/** The story's first day: the earliest date its articles are resolved against; undefined when none is dated. */
function storyStart(refs: readonly (ReferenceDate | undefined)[]): Date | undefined {
  const days = refs.flatMap((r) => (r?.dayKnown ? [r.date.getTime()] : []));
  return days.length > 0 ? new Date(Math.min(...days)) : undefined;
}

/** The public form of each found figure, kept per figure object (a growing story's kept figures are the same). */
const publicFigure: (found: FoundFigure) => Figure = keptPer((found) => toFigure(found));

const toFigure = ({
  value,
  unit,
  counted,
  hedge,
  text,
  article,
  start,
  end,
  topic,
  modality,
}: FoundFigure): Figure => ({
  value,
  unit,
  counted,
  hedge,
  ...(topic !== undefined ? { topic } : {}),
  text,
  modality,
  article,
  start,
  end,
});

/** Whether an article's reference date has its own year. */
const ownYear = (r: ReferenceDate | undefined): boolean => r?.ownYear === true;

/** What the compare stage finds in one story before coverage: everything of the analysis, and the evidence links. */
export interface StoryEvidence extends Omit<StoryAnalysis, 'coverage'> {
  /**
   * Places in different articles known to report the same thing although worded differently: figures that agree,
   * and sentences dating something to the same day with the same two or more people. The story stage adds them to
   * its corroboration.
   */
  readonly links: readonly EvidenceLink[];
  /** Every dated mention of every article (the timeline's raw material; the story stage dates articles by it). */
  readonly dates: readonly TimelineEvent[];
}

/**
 * Cross-source evidence of one story: who and what is named (entities), who said what (quotes), the numbers and
 * where they disagree (figures, conflicts), when things happened (timeline), and the links between sentences that
 * these show. Pure: same articles, same evidence. Every item points at `{article, start, end}` in the cleaned text.
 * With a `memo` (kept by the story stage between briefs of a growing story), what each article shows on its own is
 * taken from it when there and put there when not: the same evidence, without scanning the other articles again.
 */
export function findEvidence(articles: readonly AnalysedArticle[], memo?: EvidenceMemo): StoryEvidence {
  const ctxs = articleContexts(articles, memo?.words);
  const seeds = storySeeds(ctxs, memo?.seeds);
  const first = recogniseEntities(ctxs, objects(), seeds, memo?.scans, undefined, memo?.entities);
  let entities = first;
  let found = storyQuotes(ctxs, entities, memo?.quotes);
  if (found.speakers.length > 0) {
    // Speakers named only by a verb pattern become people too; then quotes are attributed with them known (the
    // same recognition when they name no one new: then the same quotes).
    entities = recogniseEntities(ctxs, found.speakers, seeds, memo?.scans, first, memo?.entities);
    if (entities !== first) found = storyQuotes(ctxs, entities, memo?.quotes);
  }
  const figures = storyFigures(ctxs, memo);
  const { groups, conflicts, agreeing } = groupFigures(figures, memo?.figureGroups);
  // The articles' reference dates, once for the timeline, the story's start and the quotes.
  const refs = referenceDates(articles);
  const dates = storyTimeline(ctxs, refs, memo);
  const quotes = quoteItems({
    ctxs,
    quotes: found.quotes,
    entities: entities.entities,
    dates,
    storyStart: storyStart(refs),
    dated: mapped(refs, ownYear),
    ...(memo !== undefined ? { groups: memo.quoteGroups } : {}),
  });
  return {
    entities: entities.entities,
    quotes,
    figures: figures.map(publicFigure),
    conflicts,
    figureGroups: groups,
    timeline: storyEvents(articles, dates, memo?.eventGroups),
    dates,
    links: [...agreeing, ...sameDaySamePeople(dates, entities.entities)],
  };
}

/**
 * The cross-source analysis of one story: its evidence, and what rests on how many sources (coverage), read from
 * the story's one corroboration (which the story stage computed with the evidence links).
 */
export function compareStory(
  articles: readonly AnalysedArticle[],
  evidence: StoryEvidence,
  corroboration: Corroboration,
  options: NormalisedCompareOptions,
  hints: CoverageHints = {},
  memo?: CoverageMemo,
): StoryAnalysis {
  const { entities, quotes, figures, conflicts, figureGroups, timeline } = evidence;
  return {
    entities,
    quotes,
    figures,
    conflicts,
    figureGroups,
    timeline,
    coverage: storyCoverage(articles, corroboration, options.maxConsensus, hints, memo),
  };
}
