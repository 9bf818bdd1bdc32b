/**
 * Ingest into the store: the documents of one call put in order of time as a batch's are (`orderByTime`, by the date
 * the reader found: undated first, a month-only date after the dated ones of its month, ties by id and text), each
 * cleaned and analysed once (src/flows/prepare.ts), handed to the repository
 * (which de-duplicates, clusters with the analysis's language and tokens, and commits it alone), then the stories
 * that changed linked into storylines (src/flows/storylines.ts) and their briefs made again from the analysed
 * articles.
 */
import { messageOf, type Problem } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import type { DuplicateArticle, IngestOutcome, IngestProgress, StoreRepository } from '../store/types.js';
import { orderByTime } from './cluster-batch.js';
import { refreshStale } from './briefs.js';
import { prepareDocument } from './prepare.js';
import { linkPendingStorylines } from './storylines.js';
import type { NormalisedStorylineOptions } from '../cluster/storylines.js';

export interface IngestFlowOptions {
  /** After each document: how many are done, of how many, and how they turned out so far. */
  readonly onProgress?: IngestProgress;
  /** Where failed brief refreshes and storyline links are logged besides being returned. */
  readonly log?: (line: string) => void;
  /** How stories are linked into storylines after they are stored (default: the documented defaults). */
  readonly storylines?: NormalisedStorylineOptions;
  /**
   * Runs after everything is committed, briefs included, with the articles added (the store raises alerts here,
   * src/flows/alerts.ts); the problems it returns are reported with the ingest's.
   */
  readonly afterIngest?: (added: readonly { id: string; story: string }[]) => Promise<readonly Problem[]>;
}

export async function ingestDocuments(
  repo: StoreRepository,
  documents: readonly SourceDocument[],
  options: IngestFlowOptions = {},
): Promise<IngestOutcome> {
  const added: { id: string; story: string }[] = [];
  const duplicates: DuplicateArticle[] = [];
  const failed: Problem[] = [];
  // one call's documents go in by time as a batch's do (src/flows/cluster-batch.ts), whatever the order they came
  // in; by the date the reader found, so each is still prepared and stored one at a time (memory stays flat)
  for (const [i, document] of orderByTime(documents).entries()) {
    const prepared = prepareDocument(document);
    if (!prepared.ok) failed.push(prepared.problem);
    else {
      try {
        const result = await repo.add(prepared.value);
        if (result.kind === 'added') added.push({ id: result.id, story: result.story });
        else duplicates.push(result.duplicate);
      } catch (error) {
        failed.push({ file: document.file ?? document.id, reason: `not stored: ${messageOf(error)}` });
      }
    }
    options.onProgress?.(i + 1, documents.length, {
      added: added.length,
      duplicates: duplicates.length,
      failed: failed.length,
    });
  }
  const storylines = await linkPendingStorylines(repo, options.storylines, options.log);
  const briefs = await refreshStale(repo, options.log);
  const after = options.afterIngest !== undefined ? await options.afterIngest(added) : [];
  return { added, duplicates, failed: [...failed, ...storylines.failed, ...briefs.failed, ...after] };
}
