/**
 * The storyline step of the flows (issue 13, item 5): after clustering, stories that continue an earlier story
 * beyond the clustering window are linked into one storyline by the pure rule of src/cluster/storylines.ts.
 * - `lagebild cluster` (batch): every story of the run is linked at the end (`batchStorylines`).
 * - the store: after each ingest (and after a migration), every story that changed since it was last linked is
 *   summarised from its analysed articles and linked against the stories that went quiet before it
 *   (`linkPendingStorylines`); the repository keeps the summaries and links.
 */
import { messageOf, type Problem } from '../core/result.js';
import type { AnalysedArticle } from '../core/types.js';
import { prepareArticles } from '../brief/index.js';
import {
  findContinuation,
  linkStorylines,
  normaliseStorylineOptions,
  summariseStory,
  type NormalisedStorylineOptions,
  type StorylineArticle,
  type StorylineLink,
  type StorySummary,
} from '../cluster/storylines.js';
import { streamArticleOf, type StoryInfo, type StreamArticle } from '../cluster/index.js';
import type { StoreRepository, StoryForStoryline, SummaryRange } from '../store/types.js';
import { STORE_BRIEF_OPTIONS } from './prepare.js';

/** A story of a batch run with its storyline: the storyline's id, and the earlier story it continues. */
export interface StoryWithStoryline extends StoryInfo {
  readonly storyline: string;
  readonly continues?: { readonly story: string; readonly score: number };
}

/**
 * The stories of a batch with their storylines. `articles` are the run's articles by id, `times` the times the
 * clusterer placed them at (ISO 8601).
 */
export function batchStorylines(
  stories: readonly StoryInfo[],
  articles: ReadonlyMap<string, StreamArticle>,
  times: ReadonlyMap<string, string | undefined>,
  options: NormalisedStorylineOptions,
): StoryWithStoryline[] {
  const summaries = stories.map((story) =>
    summariseStory(
      story.id,
      story.articles.flatMap((id): StorylineArticle[] => {
        const article = articles.get(id);
        return article === undefined ? [] : [{ article, time: msOf(times.get(id)) }];
      }),
      options,
    ),
  );
  const links = linkStorylines(summaries, options);
  return stories.map((story) => withLink(story, links.get(story.id)));
}

function withLink(story: StoryInfo, link: StorylineLink | undefined): StoryWithStoryline {
  const storyline = link?.storyline ?? story.id;
  return link?.continues === undefined
    ? { ...story, storyline }
    : { ...story, storyline, continues: link.continues };
}

function msOf(iso: string | null | undefined): number | undefined {
  if (iso === null || iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The analysed article as the summary counts it (its title, text and the analysis's sentences). */
function storylineArticle(analysed: AnalysedArticle, time: string | null): StorylineArticle {
  return {
    article: { ...streamArticleOf(analysed), language: analysed.language, sentences: analysed.sentences },
    time: msOf(time),
  };
}

/** A stored story's summary (an article stored before schema version 2 is cleaned and analysed again). */
export function storedSummary(story: StoryForStoryline, options: NormalisedStorylineOptions): StorySummary {
  const articles = story.articles.flatMap((a): StorylineArticle[] => {
    if (a.analysed !== null) return [storylineArticle(a.analysed, a.time)];
    return prepareArticles([a.document], STORE_BRIEF_OPTIONS).map((p) => storylineArticle(p, a.time));
  });
  return summariseStory(story.id, articles, options);
}

/** Times whose ISO 8601 form has a four-digit year (0000–9999): their forms sort as the times do. */
const PLAIN_ISO_FROM = Date.parse('0000-01-01T00:00:00.000Z');
const PLAIN_ISO_TO = Date.parse('9999-12-31T23:59:59.999Z');

function plainIso(ms: number): boolean {
  return Number.isFinite(ms) && ms >= PLAIN_ISO_FROM && ms <= PLAIN_ISO_TO;
}

/**
 * The ranges of stories after each of `ends` (`[end + minGap, end + horizon]` by first article), overlapping ones
 * joined: the stories in the joined ranges are those in any of them, read with a query a run of overlapping
 * ranges instead of one per story (the store has no index on the first article's time, so each query reads every
 * story). Ranges whose times have no plain ISO form (year beyond 0000–9999) are kept alone, as the store reads
 * them.
 */
export function rangesAfter(ends: readonly number[], options: NormalisedStorylineOptions): SummaryRange[] {
  const ranges = ends.map((end) => ({
    by: 'first' as const,
    from: end + options.minGapMs,
    to: end + options.horizonMs,
  }));
  const alone = ranges.filter((r) => !plainIso(r.from) || !plainIso(r.to));
  const joined: { by: 'first'; from: number; to: number }[] = [];
  for (const range of ranges
    .filter((r) => plainIso(r.from) && plainIso(r.to))
    .sort((a, b) => a.from - b.from)) {
    const last = joined[joined.length - 1];
    if (last !== undefined && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else joined.push({ ...range });
  }
  return [...joined, ...alone];
}

export interface LinkOutcome {
  readonly linked: number;
  readonly failed: readonly Problem[];
}

/**
 * Links every story that changed since it was last linked, and the stories that began in reach after one of them
 * (an earlier chapter that arrives late is found by the later one). Each pending story's summary is made and saved
 * first; then each story to link, in order of its first article, is linked against the stored summaries of the
 * stories that ended in reach before it. A story that fails is reported (returned and logged), the others go on;
 * it stays pending and is tried again next time. Workers take turns (`claimStorylines`).
 */
export async function linkPendingStorylines(
  repo: StoreRepository,
  options: NormalisedStorylineOptions = normaliseStorylineOptions(),
  log: (line: string) => void = () => undefined,
): Promise<LinkOutcome> {
  // one pass at a time across workers: a second worker's pass finds only what changed after the first
  const claimed = await repo.claimStorylines(() => linkPending(repo, options, log));
  if (claimed === 'busy') throw new Error('the storyline claim was not taken');
  return claimed.value;
}

/**
 * `linkPendingStorylines` unless another worker is running a pass: then `'busy'` at once, and the caller does other
 * work (briefs) before linking what is left with `linkPendingStorylines`, instead of waiting for that pass.
 */
export async function tryLinkPendingStorylines(
  repo: StoreRepository,
  options: NormalisedStorylineOptions = normaliseStorylineOptions(),
  log: (line: string) => void = () => undefined,
): Promise<LinkOutcome | 'busy'> {
  const claimed = await repo.claimStorylines(() => linkPending(repo, options, log), false);
  return claimed === 'busy' ? 'busy' : claimed.value;
}

/**
 * Stories whose summaries, and then whose links, are saved in one transaction (a group commit: a pass over many
 * stories commits a few dozen times, not twice per story; what an interruption loses is linked by the next pass).
 */
export const STORYLINE_GROUP = 32;

/** `items` in runs of `size`. */
function runsOf<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let at = 0; at < items.length; at += size) runs.push(items.slice(at, at + size));
  return runs;
}

/**
 * Saves a run of items with `many` (one transaction); when that fails, one by one with `one`, so only the story at
 * fault is reported. Calls `saved` with each item written.
 */
async function saveRun<T extends { readonly id: string }>(
  items: readonly T[],
  many: (items: readonly T[]) => Promise<readonly boolean[]>,
  one: (item: T) => Promise<boolean>,
  saved: (item: T) => void,
  fail: (id: string, error: unknown) => void,
): Promise<void> {
  if (items.length === 0) return;
  let written: readonly boolean[] | undefined;
  try {
    written = await many(items);
  } catch {
    // the run was rolled back: each again in its own transaction
  }
  for (const [i, item] of items.entries()) {
    if (written !== undefined) {
      if (written[i] === true) saved(item);
      continue;
    }
    try {
      if (await one(item)) saved(item);
    } catch (error) {
      fail(item.id, error);
    }
  }
}

async function linkPending(
  repo: StoreRepository,
  options: NormalisedStorylineOptions,
  log: (line: string) => void,
): Promise<LinkOutcome> {
  const failed: Problem[] = [];
  const fail = (id: string, error: unknown): void => report(failed, log, id, error);
  const toLink = new Map<string, { summary: StorySummary; version: number }>();
  for (const ids of runsOf(await repo.pendingStorylines(), STORYLINE_GROUP)) {
    const made: { id: string; version: number; summary: StorySummary }[] = [];
    for (const id of ids) {
      try {
        const story = await repo.storyForStoryline(id);
        if (story !== undefined)
          made.push({ id, version: story.version, summary: storedSummary(story, options) });
      } catch (error) {
        fail(id, error);
      }
    }
    await saveRun(
      made,
      (items) => repo.saveStorySummaries(items),
      (item) => repo.saveStorySummary(item.id, item.version, item.summary),
      (item) => toLink.set(item.id, { summary: item.summary, version: item.version }),
      fail,
    );
  }
  // the store gives back the summaries this flow saved (it reads only their times)
  const summaries = (range: SummaryRange): Promise<readonly { summary: StorySummary; version: number }[]> =>
    repo.storySummaries(range) as Promise<readonly { summary: StorySummary; version: number }[]>;
  // the stories that began in reach after a pending one (the order they are found in does not matter: they are
  // linked in order of time below, and each is the same summary whichever range found it)
  const ends = [...toLink.values()].flatMap(({ summary }) => (summary.last === null ? [] : [summary.last]));
  for (const range of rangesAfter(ends, options)) {
    for (const story of await summaries(range))
      if (!toLink.has(story.summary.id)) toLink.set(story.summary.id, story);
  }
  const ordered = [...toLink.values()].sort(
    (a, b) =>
      (a.summary.first ?? -Infinity) - (b.summary.first ?? -Infinity) ||
      (a.summary.id < b.summary.id ? -1 : 1),
  );
  let linked = 0;
  // each link is decided from the stored summaries alone (no link saved before it changes what it reads), so a
  // run's links are decided first and then saved together, in the same order
  for (const run of runsOf(ordered, STORYLINE_GROUP)) {
    const decided: { id: string; version: number; continues: { story: string; score: number } | null }[] = [];
    for (const { summary, version } of run) {
      try {
        const earlier =
          summary.first === null
            ? []
            : await summaries({
                by: 'last',
                from: summary.first - options.horizonMs,
                to: summary.first - options.minGapMs,
              });
        const continues = findContinuation(
          summary,
          earlier.map((e) => e.summary),
          options,
        );
        decided.push({ id: summary.id, version, continues: continues ?? null });
      } catch (error) {
        fail(summary.id, error);
      }
    }
    await saveRun(
      decided,
      (items) => repo.saveStorylines(items),
      (item) => repo.saveStoryline(item.id, item.version, item.continues),
      () => linked++,
      fail,
    );
  }
  return { linked, failed };
}

function report(failed: Problem[], log: (line: string) => void, id: string, error: unknown): void {
  const reason = `storyline not linked: ${messageOf(error)}`;
  failed.push({ file: `story ${id}`, reason });
  log(`lagebild: story ${id}: ${reason}`);
}
