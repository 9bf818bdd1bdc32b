/**
 * Ingest into the store, as a stream: documents are taken as they come, a group at a time (`GROUP` documents),
 * each cleaned and analysed once (src/flows/prepare.ts) and the group handed to the repository, which
 * de-duplicates, clusters and commits it in one transaction (a group commit: an interruption loses at most the
 * group being written, never anything committed, and a rerun completes the rest as duplicates of what is there).
 * Within a group the documents go in by time as a batch's do (`orderByTime`); a whole array given at once is put
 * in that order first. Every `refreshEvery` documents and at the end, the stories that changed are linked into
 * storylines (src/flows/storylines.ts) and their briefs made again from the analysed articles — once per story,
 * however many of its articles came in meanwhile (while another worker runs the storyline pass, the briefs come
 * first). Memory holds one group, not the input. With `briefs: 'later'`
 * only the storing is done here, and `completeIngest` does the rest when the caller chooses (the server's queue).
 */
import type { Budget } from '../core/budget.js';
import { messageOf, type Problem } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import type {
  ArticleRecord,
  DuplicateArticle,
  IngestItem,
  IngestOutcome,
  IngestProgress,
  StoreRepository,
  WriteResult,
} from '../store/types.js';
import { orderByTime } from './cluster-batch.js';
import { refreshStale } from './briefs.js';
import { prepareDocument } from './prepare.js';
import { linkPendingStorylines, tryLinkPendingStorylines } from './storylines.js';
import type { NormalisedStorylineOptions } from '../cluster/storylines.js';

/** Resolves on the event loop's next turn (I/O callbacks, such as requests, run first). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Documents stored in one transaction. */
export const GROUP = 64;
/** Documents between two brief refreshes of a long ingest (default of `refreshEvery`). */
export const REFRESH_EVERY = 2000;

export interface IngestFlowOptions {
  /** After each document: how many are done, of how many (undefined for a stream), and how they turned out. */
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
  /** Documents between two refreshes of the changed stories' briefs in a long ingest (default 2 000). */
  readonly refreshEvery?: number;
  /** Documents per transaction (default `GROUP`). */
  readonly group?: number;
  /**
   * `'later'`: store only — no brief refresh, no storyline links, no `afterIngest`; the stories stay stale (in the
   * store, so nothing is lost if the process ends) until `completeIngest` runs (the server's queue does that).
   * Default `'now'`.
   */
  readonly briefs?: 'now' | 'later';
  /**
   * How long the cleaning and analysis of one document may take (default 60 s by `performance.now`); a document
   * over it is failed alone as `too slow to read`, with its file, and the others are stored.
   */
  readonly budget?: Budget;
}

/**
 * The second half of an ingest stored with `briefs: 'later'`: links the pending storylines, refreshes every stale
 * story's brief (once each, however many ingests changed it), then runs `afterIngest` with the articles added.
 * Between two stories it lets the event loop take other work (a server answers reads meanwhile).
 */
export async function completeIngest(
  repo: StoreRepository,
  added: readonly { id: string; story: string }[],
  options: IngestFlowOptions = {},
): Promise<Problem[]> {
  const storylines = await linkPendingStorylines(repo, options.storylines, options.log);
  const briefs = await refreshStale(repo, options.log, nextTurn);
  const after = options.afterIngest !== undefined ? await options.afterIngest(added) : [];
  return [...storylines.failed, ...briefs.failed, ...after];
}

async function* fromArray(documents: readonly SourceDocument[]): AsyncGenerator<IngestItem> {
  for (const document of orderByTime(documents)) yield { document };
}

/** Groups of up to `size` items in arrival order (errors travel with the group they arrived in). */
async function* groups(items: AsyncIterable<IngestItem>, size: number): AsyncGenerator<IngestItem[]> {
  let group: IngestItem[] = [];
  let documents = 0;
  for await (const item of items) {
    group.push(item);
    if ('document' in item && ++documents >= size) {
      yield group;
      group = [];
      documents = 0;
    }
  }
  if (group.length > 0) yield group;
}

class Tally {
  readonly added: { id: string; story: string }[] = [];
  readonly duplicates: DuplicateArticle[] = [];
  readonly failed: Problem[] = [];
  done = 0;

  record(result: WriteResult): void {
    if (result.kind === 'added') this.added.push({ id: result.id, story: result.story });
    else this.duplicates.push(result.duplicate);
  }

  counts(): { added: number; duplicates: number; failed: number } {
    return { added: this.added.length, duplicates: this.duplicates.length, failed: this.failed.length };
  }
}

/** The group in one transaction; when that fails, one by one, so only the article at fault is reported. */
async function store(
  repo: StoreRepository,
  prepared: readonly { document: SourceDocument; record: ArticleRecord }[],
  tally: Tally,
): Promise<void> {
  if (prepared.length === 0) return;
  try {
    for (const result of await repo.addMany(prepared.map((p) => p.record))) tally.record(result);
    return;
  } catch {
    // the group was rolled back: each article again in its own transaction
  }
  for (const { document, record } of prepared) {
    try {
      tally.record(await repo.add(record));
    } catch (error) {
      tally.failed.push({ file: document.file ?? document.id, reason: `not stored: ${messageOf(error)}` });
    }
  }
}

/**
 * Stores the documents (an array, or a stream of documents and read errors) and refreshes the briefs of the
 * stories that changed. Read errors of a stream are counted as failed and returned with the others.
 */
export async function ingestDocuments(
  repo: StoreRepository,
  documents: readonly SourceDocument[] | AsyncIterable<IngestItem>,
  options: IngestFlowOptions = {},
): Promise<IngestOutcome> {
  const tally = new Tally();
  const total = Array.isArray(documents) ? documents.length : undefined;
  const items = Array.isArray(documents)
    ? fromArray(documents as readonly SourceDocument[])
    : (documents as AsyncIterable<IngestItem>);
  const refreshEvery = options.refreshEvery ?? REFRESH_EVERY;
  const later = options.briefs === 'later';
  const extra: Problem[] = [];
  const refresh = async (): Promise<void> => {
    if (later) return;
    // while another worker links storylines, this one makes briefs and links what is left as soon as that pass
    // is over (tried again before each brief), else after its last brief
    let storylines = await tryLinkPendingStorylines(repo, options.storylines, options.log);
    const between = async (): Promise<void> => {
      if (storylines === 'busy')
        storylines = await tryLinkPendingStorylines(repo, options.storylines, options.log);
    };
    const briefs = await refreshStale(repo, options.log, between);
    if (storylines === 'busy')
      storylines = await linkPendingStorylines(repo, options.storylines, options.log);
    extra.push(...storylines.failed, ...briefs.failed);
  };
  let sinceRefresh = 0;
  for await (const group of groups(items, options.group ?? GROUP)) {
    const prepared: { document: SourceDocument; record: ArticleRecord }[] = [];
    const docs = group.flatMap((item) => ('document' in item ? [item.document] : []));
    for (const item of group) if ('error' in item) tally.failed.push(item.error);
    // an array was put in order of time as a whole; a stream's documents are, within their group
    for (const document of total === undefined ? orderByTime(docs) : docs) {
      const result = prepareDocument(document, options.budget);
      if (result.ok) prepared.push({ document, record: result.value });
      else tally.failed.push(result.problem);
    }
    await store(repo, prepared, tally);
    for (let i = 0; i < group.length; i++) options.onProgress?.(++tally.done, total, tally.counts());
    sinceRefresh += docs.length;
    if (sinceRefresh >= refreshEvery) {
      sinceRefresh = 0;
      await refresh();
    }
  }
  await refresh();
  const after = !later && options.afterIngest !== undefined ? await options.afterIngest(tally.added) : [];
  return { added: tally.added, duplicates: tally.duplicates, failed: [...tally.failed, ...extra, ...after] };
}
