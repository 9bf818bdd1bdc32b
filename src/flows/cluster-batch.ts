/**
 * The pure core of `lagebild cluster`: documents in, every article's story and the story list out. Documents are
 * cleaned, put in order of publication (the same order for any input order: see `orderByTime`), and added one at a
 * time; merges found on the way are applied to
 * the output, so every line names the story its article ended up in.
 */
import { dateInterval } from '../analyse/dates.js';
import { cleanDocumentsWithin, normaliseCleanOptions } from '../clean/index.js';
import { defaultBudget, tooSlowReason, type Budget } from '../core/budget.js';
import type { InputError, SourceDocument } from '../core/types.js';
import {
  createClusterer,
  hasContent,
  parseTime,
  streamArticleOf,
  type Assignment,
  type ClusterOptions,
  type StoryMerge,
  type StorySplit,
  type StreamArticle,
} from '../cluster/index.js';
import { finalStories } from '../cluster/events.js';
import {
  DEFAULT_STORYLINE_OPTIONS,
  normaliseStorylineOptions,
  type StorylineOptions,
} from '../cluster/storylines.js';
import { batchStorylines, type StoryWithStoryline } from './storylines.js';

export const CLUSTERS_SCHEMA = 'lagebild/clusters@1';

export interface ClusterRunOptions extends ClusterOptions {
  /** Remove short lines repeating across the input's articles when cleaning (default true). */
  readonly crossDocument?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** How stories are linked into storylines (the gap bridged starts at the clustering window by default). */
  readonly storylines?: StorylineOptions;
  /**
   * How long one document may take to be cleaned and turned into the clusterer's article (default 60 s by
   * `performance.now`); a document over it becomes an error (`too slow to read`, with its file) and the others go on.
   */
  readonly budget?: Budget;
}

/** One output line: the article, the story it ended in (after merges), its similarity when it joined. */
export interface ArticleResult {
  readonly article: string;
  readonly story: string;
  readonly score: number;
  readonly duplicateOf?: Assignment['duplicateOf'];
  /** The story the article first joined, when that story was later merged into `story` (or split). */
  readonly joined?: string;
  /** The article's time as the clusterer placed it, and how it was found (see `Assignment`). */
  readonly time?: string;
  readonly timeSource?: Assignment['timeSource'];
}

export interface ClusterRun {
  readonly schema: typeof CLUSTERS_SCHEMA;
  readonly assignments: readonly ArticleResult[];
  /** Every story with its storyline (`storyline`: the id of the storyline's first story; `continues`). */
  readonly stories: readonly StoryWithStoryline[];
  readonly merges: readonly StoryMerge[];
  /** Stories whose members fell apart (see `StorySplit`), in the order they split; absent when none did. */
  readonly splits?: readonly StorySplit[];
  readonly errors: readonly InputError[];
}

/** Where a document goes in a batch: its day-precise date; the end of its month- or year-only date; undated first. */
function orderKey(published: string | undefined): number {
  const interval = dateInterval(published);
  if (interval === undefined) return -Infinity;
  if (interval.precision === 'day') return parseTime(published) ?? interval.start;
  // after the dated articles inside the interval, so they are the reference its text's days are resolved against
  return interval.end - 1;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Documents in the order a batch is clustered in, the same for any input order: by time (a day-precise date; a
 * month- or year-only date counts as the end of its interval, so the dated articles inside it come first and place
 * it; undated documents first, where they have no time and never decay), ties by id, then by text.
 */
export function orderByTime<
  T extends { readonly id: string; readonly text: string; readonly meta: { readonly published?: string } },
>(docs: readonly T[]): T[] {
  const keyed = docs.map((doc) => ({ doc, time: orderKey(doc.meta.published) }));
  keyed.sort(
    (a, b) =>
      (a.time === b.time ? 0 : a.time - b.time) ||
      compareStrings(a.doc.id, b.doc.id) ||
      compareStrings(a.doc.text, b.doc.text),
  );
  return keyed.map((k) => k.doc);
}

/** The documents by id, then text: an order that does not depend on the input's. */
function canonicalOrder(docs: readonly SourceDocument[]): SourceDocument[] {
  return [...docs].sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.text, b.text));
}

function toResults(assignments: readonly Assignment[]): {
  results: ArticleResult[];
  merges: StoryMerge[];
  splits: StorySplit[];
} {
  const merges = assignments.flatMap((a) => a.merges);
  const splits = assignments.flatMap((a) => a.splits ?? []);
  const final = finalStories(assignments);
  const results = assignments.map((a, i): ArticleResult => {
    const story = final[i] ?? a.story;
    return {
      article: a.article,
      story,
      score: a.score,
      ...(a.duplicateOf !== undefined ? { duplicateOf: a.duplicateOf } : {}),
      ...(story !== a.story ? { joined: a.story } : {}),
      ...(a.time !== undefined ? { time: a.time } : {}),
      ...(a.timeSource !== undefined ? { timeSource: a.timeSource } : {}),
    };
  });
  return { results, merges, splits };
}

/** Clusters the documents (see the module comment); documents with neither title nor text become errors. */
export function clusterDocuments(
  docs: readonly SourceDocument[],
  options: ClusterRunOptions = {},
  inputErrors: readonly InputError[] = [],
): ClusterRun {
  const clean = normaliseCleanOptions({ crossDocument: options.crossDocument ?? true });
  const budget = options.budget ?? defaultBudget();
  // cleaned in a fixed order, then ordered by the dates cleaning found (a dateline in the text counts)
  const cleanedWithin = cleanDocumentsWithin(canonicalOrder(docs), clean, budget);
  const spent = new Map(cleanedWithin.articles.map((a, i) => [a, cleanedWithin.spentMs[i] ?? 0]));
  const articles = orderByTime(cleanedWithin.articles);
  const clusterer = createClusterer(options);
  const errors: InputError[] = [...inputErrors, ...cleanedWithin.errors];
  const assignments: Assignment[] = [];
  const byId = new Map<string, StreamArticle>();
  articles.forEach((cleaned, i) => {
    options.onProgress?.(i, articles.length);
    const started = budget.now();
    const article = streamArticleOf(cleaned);
    // between the stages: a document over its budget after cleaning and analysis is not clustered
    if ((spent.get(cleaned) ?? 0) + budget.now() - started > budget.budgetMs) {
      errors.push({ file: cleaned.file ?? cleaned.id, reason: tooSlowReason(budget.budgetMs) });
      return;
    }
    if (!hasContent(article)) {
      errors.push({ file: cleaned.file ?? cleaned.id, reason: 'no title and no text (after cleaning)' });
      return;
    }
    assignments.push(clusterer.add(article));
    byId.set(article.id, article);
  });
  options.onProgress?.(articles.length, articles.length);
  const { results, merges, splits } = toResults(assignments);
  // the gap a storyline bridges starts where the clustering window ends (a long window: a longer horizon too)
  const windowHours = options.windowHours ?? DEFAULT_STORYLINE_OPTIONS.minGapHours;
  const storylines = normaliseStorylineOptions({
    minGapHours: windowHours,
    horizonDays: Math.max(DEFAULT_STORYLINE_OPTIONS.horizonDays, (2 * windowHours) / 24),
    ...options.storylines,
  });
  const times = new Map(assignments.map((a) => [a.article, a.time]));
  const stories = batchStorylines(clusterer.stories(), byId, times, storylines);
  return {
    schema: CLUSTERS_SCHEMA,
    assignments: results,
    stories,
    merges,
    ...(splits.length > 0 ? { splits } : {}),
    errors,
  };
}
