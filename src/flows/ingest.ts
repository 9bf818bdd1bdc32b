/**
 * Ingest into the store: each document cleaned and analysed once (src/flows/prepare.ts), the articles of one call put
 * in order of time as a batch is (`orderByTime`: undated first, a month-only date after the dated articles of its
 * month, ties by id and text), each handed to the repository
 * (which de-duplicates, clusters with the analysis's language and tokens, and commits it alone), then the briefs of
 * the stories that changed made again from the analysed articles.
 */
import { messageOf, type Problem } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import type { ArticleRecord, DuplicateArticle, IngestOutcome, StoreRepository } from '../store/types.js';
import { orderByTime } from './cluster-batch.js';
import { refreshStale } from './briefs.js';
import { prepareDocument } from './prepare.js';

export interface IngestFlowOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /** Where failed brief refreshes are logged besides being returned. */
  readonly log?: (line: string) => void;
}

export async function ingestDocuments(
  repo: StoreRepository,
  documents: readonly SourceDocument[],
  options: IngestFlowOptions = {},
): Promise<IngestOutcome> {
  const added: { id: string; story: string }[] = [];
  const duplicates: DuplicateArticle[] = [];
  const failed: Problem[] = [];
  const records: ArticleRecord[] = [];
  for (const document of documents) {
    const prepared = prepareDocument(document);
    if (prepared.ok) records.push(prepared.value);
    else failed.push(prepared.problem);
  }
  // one call's articles go in by time as a batch does (src/flows/cluster-batch.ts), whatever the order they came in
  const byId = new Map(records.map((r) => [r.article, r]));
  const ordered = orderByTime(records.map((r) => r.article)).map((a) => byId.get(a) as ArticleRecord);
  let done = documents.length - records.length;
  for (const record of ordered) {
    try {
      const result = await repo.add(record);
      if (result.kind === 'added') added.push({ id: result.id, story: result.story });
      else duplicates.push(result.duplicate);
    } catch (error) {
      const { document } = record;
      failed.push({ file: document.file ?? document.id, reason: `not stored: ${messageOf(error)}` });
    }
    options.onProgress?.(++done, documents.length);
  }
  const briefs = await refreshStale(repo, options.log);
  return { added, duplicates, failed: [...failed, ...briefs.failed] };
}
