import type { AnalysedArticle } from '../core/types.js';
import { articleContexts, type ArticleContext } from './context.js';
import { recogniseEntities, type RecognisedEntities } from './entities.js';
import { groupFigures } from './conflicts.js';
import { sameDaySamePeople } from './event-links.js';
import { storyCoverage } from './coverage.js';
import { findFigures, type FoundFigure } from './figures.js';
import { findQuotes } from './quotes.js';
import { referenceDates } from './reference-dates.js';
import { findDates } from './timeline.js';
import type { Figure, Quote, StoryAnalysis, TimelineEvent } from './types.js';

export interface CompareOptions {
  /** Cosine of stemmed TF-IDF vectors from which a sentence corroborates another (default 0.25). */
  readonly supportSimilarity?: number;
  /** Distinct content terms, other than the story's own (in 80% of articles), two sentences must share (default 2). */
  readonly supportTerms?: number;
  /** Most consensus claims listed (default 10). */
  readonly maxConsensus?: number;
}

function storyQuotes(ctxs: readonly ArticleContext[], entities: RecognisedEntities) {
  const quotes: Quote[] = [];
  const speakers: (readonly string[])[] = [];
  for (const ctx of ctxs) {
    const persons = entities.mentions.filter((m) => m.article === ctx.index && m.type === 'person');
    const result = findQuotes({ ctx, persons, keyOf: entities.keyOf, names: entities.names });
    quotes.push(...result.quotes);
    speakers.push(...result.speakers);
  }
  return { quotes, speakers };
}

function storyFigures(ctxs: readonly ArticleContext[]): FoundFigure[] {
  return ctxs.flatMap((ctx) => {
    const stops = new Set<number>();
    for (const s of ctx.article.sentences) for (const t of s.tokens) if (t.stop) stops.add(t.start);
    return findFigures(ctx, stops);
  });
}

/** Dates of every article, sorted by date (ISO strings of mixed precision sort year < month < day), then text order. */
function storyTimeline(ctxs: readonly ArticleContext[]): TimelineEvent[] {
  const refs = referenceDates(ctxs.map((c) => c.article));
  const events = ctxs.flatMap((ctx) => findDates(ctx, refs[ctx.index]).map((e) => ({ e, index: ctx.index })));
  events.sort((a, b) =>
    a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.index - b.index || a.e.start - b.e.start,
  );
  return events.map(({ e }) => e);
}

const publicFigure = ({
  value,
  unit,
  counted,
  hedge,
  text,
  article,
  start,
  end,
  topic,
}: FoundFigure): Figure => ({
  value,
  unit,
  counted,
  hedge,
  ...(topic !== undefined ? { topic } : {}),
  text,
  article,
  start,
  end,
});

/**
 * Cross-source analysis of one story: who and what is named (entities), who said what (quotes), the numbers and
 * where they disagree (figures, conflicts), when things happened (timeline), and what rests on how many sources
 * (coverage). Pure: same articles, same analysis. Every item points at `{article, start, end}` in the cleaned text.
 */
export function analyseStory(
  articles: readonly AnalysedArticle[],
  options: CompareOptions = {},
): StoryAnalysis {
  const ctxs = articleContexts(articles);
  let entities = recogniseEntities(ctxs);
  let found = storyQuotes(ctxs, entities);
  if (found.speakers.length > 0) {
    // Speakers named only by a verb pattern become people too; then quotes are attributed with them known.
    entities = recogniseEntities(ctxs, found.speakers);
    found = storyQuotes(ctxs, entities);
  }
  const figures = storyFigures(ctxs);
  const { groups, conflicts, agreeing } = groupFigures(figures);
  const timeline = storyTimeline(ctxs);
  return {
    entities: entities.entities,
    quotes: found.quotes,
    figures: figures.map(publicFigure),
    conflicts,
    figureGroups: groups,
    timeline,
    coverage: storyCoverage(
      articles,
      {
        supportSimilarity: options.supportSimilarity ?? 0.25,
        supportTerms: options.supportTerms ?? 2,
        maxConsensus: options.maxConsensus ?? 10,
      },
      [...agreeing, ...sameDaySamePeople(timeline, entities.entities)],
    ),
  };
}
