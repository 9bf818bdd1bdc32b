/**
 * The pure core of `lagebild cluster`: documents in, every article's story and the story list out. Documents are
 * put in order of publication (stable), cleaned, and added one at a time; merges found on the way are applied to
 * the output, so every line names the story its article ended up in.
 */
import { cleanDocuments, normaliseCleanOptions } from '../clean/index.js';
import type { InputError, SourceDocument } from '../core/types.js';
import {
  createClusterer,
  hasContent,
  parseTime,
  streamArticleOf,
  type Assignment,
  type ClusterOptions,
  type StoryInfo,
  type StoryMerge,
} from '../cluster/index.js';

export const CLUSTERS_SCHEMA = 'lagebild/clusters@1';

export interface ClusterRunOptions extends ClusterOptions {
  /** Remove short lines repeating across the input's articles when cleaning (default true). */
  readonly crossDocument?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One output line: the article, the story it ended in (after merges), its similarity when it joined. */
export interface ArticleResult {
  readonly article: string;
  readonly story: string;
  readonly score: number;
  readonly duplicateOf?: Assignment['duplicateOf'];
  /** The story the article first joined, when that story was later merged into `story`. */
  readonly joined?: string;
}

export interface ClusterRun {
  readonly schema: typeof CLUSTERS_SCHEMA;
  readonly assignments: readonly ArticleResult[];
  readonly stories: readonly StoryInfo[];
  readonly merges: readonly StoryMerge[];
  readonly errors: readonly InputError[];
}

/**
 * Documents in order of publication. Sorting is stable; a document without a (readable) date keeps the time of
 * the dated document before it in the input, so it stays with its neighbours (at the start when there is none).
 */
export function orderByTime<T extends { readonly meta: { readonly published?: string } }>(
  docs: readonly T[],
): T[] {
  let previous = -Infinity;
  const keyed = docs.map((doc, index) => {
    const own = parseTime(doc.meta.published);
    if (own !== undefined) previous = own;
    return { doc, index, time: own ?? previous };
  });
  keyed.sort((a, b) => a.time - b.time || a.index - b.index);
  return keyed.map((k) => k.doc);
}

function finalStory(alias: ReadonlyMap<string, string>, story: string): string {
  let id = story;
  for (let next = alias.get(id); next !== undefined; next = alias.get(id)) id = next;
  return id;
}

function toResults(assignments: readonly Assignment[]): { results: ArticleResult[]; merges: StoryMerge[] } {
  const merges = assignments.flatMap((a) => a.merges);
  const alias = new Map(merges.map((m) => [m.from, m.into]));
  const results = assignments.map((a): ArticleResult => {
    const story = finalStory(alias, a.story);
    return {
      article: a.article,
      story,
      score: a.score,
      ...(a.duplicateOf !== undefined ? { duplicateOf: a.duplicateOf } : {}),
      ...(story !== a.story ? { joined: a.story } : {}),
    };
  });
  return { results, merges };
}

/** Clusters the documents (see the module comment); documents with neither title nor text become errors. */
export function clusterDocuments(
  docs: readonly SourceDocument[],
  options: ClusterRunOptions = {},
  inputErrors: readonly InputError[] = [],
): ClusterRun {
  const ordered = orderByTime(docs);
  const clean = normaliseCleanOptions({ crossDocument: options.crossDocument ?? true });
  const articles = cleanDocuments(ordered, clean);
  const clusterer = createClusterer(options);
  const errors: InputError[] = [...inputErrors];
  const assignments: Assignment[] = [];
  articles.forEach((cleaned, i) => {
    options.onProgress?.(i, articles.length);
    const article = streamArticleOf(cleaned);
    if (!hasContent(article)) {
      errors.push({ file: cleaned.file ?? cleaned.id, reason: 'no title and no text (after cleaning)' });
      return;
    }
    assignments.push(clusterer.add(article));
  });
  options.onProgress?.(articles.length, articles.length);
  const { results, merges } = toResults(assignments);
  return { schema: CLUSTERS_SCHEMA, assignments: results, stories: clusterer.stories(), merges, errors };
}
