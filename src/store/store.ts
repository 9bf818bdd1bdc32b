/** The store over a dialect: the same logic for SQLite and PostgreSQL. */
import type { InputError, SourceDocument } from '../core/types.js';
import { refreshStale, refreshStory } from './briefs.js';
import { ClusterState } from './cluster-state.js';
import type { Dialect } from './dialect.js';
import type { NormalisedStoreOptions } from './options.js';
import { prepareDocument } from './prepare.js';
import { counts, findStory, getArticle, listStories, storyDetail } from './read.js';
import type { DuplicateArticle, IngestOutcome, Store, StoryDetail, StoreHealth } from './types.js';
import { writeArticle } from './write.js';

/** The store with what the CLI needs beyond the shared contract. */
export interface LagebildStore extends Store {
  /** Recomputes the briefs of every stale story (left by an interrupted run); returns how many. */
  refreshBriefs(): Promise<{ refreshed: number; failed: readonly InputError[] }>;
}

function reasonOf(error: unknown): string {
  return `not stored: ${error instanceof Error ? error.message : String(error)}`;
}

async function ingestAll(
  dialect: Dialect,
  state: ClusterState,
  documents: readonly SourceDocument[],
  onProgress?: (done: number, total: number) => void,
): Promise<IngestOutcome> {
  const added: { id: string; story: string }[] = [];
  const duplicates: DuplicateArticle[] = [];
  const failed: InputError[] = [];
  for (const [i, document] of documents.entries()) {
    const prepared = prepareDocument(document);
    if ('reason' in prepared) failed.push(prepared);
    else {
      try {
        const result = await writeArticle(dialect, state, prepared);
        if (result.kind === 'added') added.push({ id: result.id, story: result.story });
        else duplicates.push(result.duplicate);
      } catch (error) {
        failed.push({ file: document.file ?? document.id, reason: reasonOf(error) });
      }
    }
    onProgress?.(i + 1, documents.length);
  }
  const briefs = await refreshStale(dialect);
  return { added, duplicates, failed: [...failed, ...briefs.failed] };
}

export function createStore(
  dialect: Dialect,
  options: NormalisedStoreOptions,
  schemaVersion: number,
): LagebildStore {
  const state = new ClusterState(options.clusterer);
  return {
    kind: dialect.kind,
    ingest: (documents, onProgress) => ingestAll(dialect, state, documents, onProgress),
    listStories: (query) => listStories(dialect, query),
    async getStory(id): Promise<StoryDetail | undefined> {
      let row = await findStory(dialect, id);
      if (row?.stale !== undefined && Number(row.stale) === 1) {
        await refreshStory(dialect, String(row.id)).catch(() => false);
        row = await findStory(dialect, id);
      }
      return row ? storyDetail(dialect, row) : undefined;
    },
    getArticle: (id) => getArticle(dialect, id),
    async health(): Promise<StoreHealth> {
      try {
        return { ok: true, kind: dialect.kind, schemaVersion, ...(await counts(dialect)) };
      } catch {
        return { ok: false, kind: dialect.kind, schemaVersion, articles: 0, stories: 0 };
      }
    },
    refreshBriefs: () => refreshStale(dialect),
    close: () => dialect.close(),
  };
}
