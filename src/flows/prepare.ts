/** One ingested document → the cleaned, analysed article the store keeps, with its de-duplication keys (pure). */
import { fail, ok, type Result } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import { articleOutlet, prepareArticlesWithin, type BriefOptions } from '../brief/index.js';
import { defaultBudget, type Budget } from '../core/budget.js';
import { publisherOf } from '../lang/publisher.js';
import { contentHash } from '../store/hash.js';
import type { ArticleRecord } from '../store/types.js';
import { normaliseUrl } from '../store/url.js';

/**
 * Articles are cleaned one by one (no cross-document signal), so the text the store keeps is exactly the text a
 * story's brief cites, and the analysed article kept with it is what the brief is made from.
 */
export const STORE_BRIEF_OPTIONS: BriefOptions = { crossDocument: false };

/**
 * Cleans and analyses the document (the only time it is); a document cleaning leaves empty is a problem, and so is
 * one whose cleaning and analysis take longer than `budget` (default 60 s): `too slow to read`, with its file.
 */
export function prepareDocument(
  document: SourceDocument,
  budget: Budget = defaultBudget(),
): Result<ArticleRecord> {
  const prepared = prepareArticlesWithin([document], STORE_BRIEF_OPTIONS, budget);
  const [slow] = prepared.errors;
  if (slow !== undefined) return { ok: false, problem: slow };
  const [article] = prepared.articles;
  const file = document.file ?? document.id;
  if (article === undefined || article.text.trim() === '')
    return fail(file, 'nothing left after cleaning (only navigation, credits or boilerplate)');
  const { meta } = article;
  return ok({
    document,
    article,
    urlNorm: normaliseUrl(meta.url),
    hash: contentHash(article.text),
    // the one publisher rule (src/lang/publisher.ts); '' when the outlet is unknown
    outlet: publisherOf(articleOutlet(article))?.name ?? '',
  });
}
