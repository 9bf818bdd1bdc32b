/**
 * Clustering articles one by one in the order given, each cleaned alone (as `lagebild cluster` cleans a document),
 * as the evaluations run it: articles that cleaning leaves empty are refused and stand alone.
 */
import { cleanDocument, normaliseCleanOptions, type NormalisedCleanOptions } from '../clean/index.js';
import {
  createClusterer,
  hasContent,
  streamArticleOf,
  type Assignment,
  type ClusterOptions,
  type StreamArticle,
} from '../cluster/index.js';
import { finalStories } from '../cluster/events.js';
import type { SourceDocument } from '../core/types.js';

function sourceDocument(article: StreamArticle): SourceDocument {
  const meta = {
    ...(article.title !== undefined ? { title: article.title } : {}),
    ...(article.published !== undefined ? { published: article.published } : {}),
    ...(article.language !== undefined ? { language: article.language } : {}),
  };
  return { id: article.id, format: 'text', text: article.text, meta, removed: [] };
}

/** An eval article as the CLI would see it: read as a text document, cleaned, then what the clusterer takes. */
export function cleanedArticle(article: StreamArticle, clean: NormalisedCleanOptions): StreamArticle {
  return streamArticleOf(cleanDocument(sourceDocument(article), clean));
}

/** Final story of every assignment, with the merges and splits reported along the way applied. */
export function resolveMerges(assignments: readonly Assignment[]): string[] {
  return finalStories(assignments);
}

/** What a clustered stream came to: the final story of each article, and how many were refused. */
export interface StreamResult {
  readonly stories: string[];
  /** Articles with neither title nor text after cleaning: refused as the CLI refuses them, each its own story. */
  readonly refused: number;
}

/** The story id given to a refused article (it joins nothing, so it is scored as a singleton). */
export const REFUSED_PREFIX = 'refused:';

/**
 * Cleans every article (as the CLI does) and clusters the stream; returns the final story of each. An article
 * that cleaning leaves empty (page furniture only) is refused, as `lagebild cluster` refuses it, and stands alone.
 */
export function clusterStream(
  articles: readonly StreamArticle[],
  options: ClusterOptions = {},
  onProgress?: (done: number, total: number) => void,
): StreamResult {
  const clean = normaliseCleanOptions();
  const clusterer = createClusterer(options);
  const assignments: Assignment[] = [];
  const slot: (number | string)[] = [];
  articles.forEach((article, i) => {
    const cleaned = cleanedArticle(article, clean);
    if (onProgress && i % 50 === 0) onProgress(i, articles.length);
    if (!hasContent(cleaned)) {
      slot.push(REFUSED_PREFIX + article.id);
      return;
    }
    slot.push(assignments.length);
    assignments.push(clusterer.add(cleaned));
  });
  const resolved = resolveMerges(assignments);
  const stories = slot.map((s) => (typeof s === 'string' ? s : (resolved[s] ?? '')));
  return { stories, refused: slot.filter((s) => typeof s === 'string').length };
}
