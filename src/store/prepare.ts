/** Pure: one ingested document → the cleaned, analysed article the store keeps, with its dedupe keys. */
import type { StreamArticle } from '../cluster/types.js';
import type { AnalysedArticle, InputError, SourceDocument } from '../core/types.js';
import { prepareArticles, type BriefOptions } from '../pipeline.js';
import { contentHash } from './hash.js';
import { normaliseUrl } from './url.js';

/**
 * Articles are cleaned one by one (no cross-document signal), so the text the store keeps is exactly the text
 * a story's brief cites: recomputing a brief from the stored documents gives the same articles back.
 */
export const STORE_BRIEF_OPTIONS: BriefOptions = { crossDocument: false };

export interface PreparedArticle {
  /** The document as read, kept so that briefs can be recomputed from it. */
  readonly document: SourceDocument;
  readonly article: AnalysedArticle;
  readonly urlNorm: string | undefined;
  readonly hash: string;
  /** The outlet that counts as one source: the source name, else the URL's host, else the article. */
  readonly outlet: string;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

export function prepareDocument(document: SourceDocument): PreparedArticle | InputError {
  const [article] = prepareArticles([document], STORE_BRIEF_OPTIONS);
  const file = document.file ?? document.id;
  if (article === undefined || article.text.trim() === '')
    return { file, reason: 'nothing left after cleaning (only navigation, credits or boilerplate)' };
  const { meta } = article;
  return {
    document,
    article,
    urlNorm: normaliseUrl(meta.url),
    hash: contentHash(article.text),
    outlet: meta.source?.trim() || hostOf(meta.url) || document.id,
  };
}

/** The article as the clusterer sees it, under the id the store gave it. */
export function streamArticle(id: string, a: AnalysedArticle): StreamArticle {
  const { meta } = a;
  return {
    id,
    text: a.text,
    language: a.language,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
  };
}
