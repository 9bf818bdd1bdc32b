/**
 * The ingest flow over a stream: documents are stored a group at a time as they come (committed before the rest
 * of the input is read), read errors count as failed, and a group whose transaction fails is stored again one
 * article at a time so only the article at fault fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP, ingestDocuments } from '../../src/flows/ingest.js';
import { openStore, storeClusterer } from '../../src/flows/store.js';
import { openRepository } from '../../src/store/index.js';
import type { IngestItem, StoreRepository } from '../../src/store/types.js';
import { corpusArticle, corpusIds } from '../store/corpus.js';
import { topicClusterer } from '../store/test-clusterer.js';

let dir = '';
let db = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-stream-'));
  db = join(dir, 'store.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const repository = (): Promise<StoreRepository> =>
  openRepository(db, { clusterer: () => storeClusterer(topicClusterer()) });

describe('ingestDocuments on a stream', () => {
  it('commits each group before the rest of the input is read, and counts read errors as failed', async () => {
    const total = 2 * GROUP + 10;
    const repo = await repository();
    const seenMidway: number[] = [];
    async function* items(): AsyncGenerator<IngestItem> {
      for (let i = 0; i < total; i++) {
        // what a reader of the database sees while this document is being read
        if (i === GROUP + 5 || i === 2 * GROUP + 5) seenMidway.push((await repo.health()).articles);
        yield { document: corpusArticle(i) };
        if (i === 3) yield { error: { file: 'feed.xml#2', reason: 'item has no text' } };
      }
    }
    const progress: (number | undefined)[][] = [];
    try {
      const outcome = await ingestDocuments(repo, items(), {
        onProgress: (done, all, counts) => progress.push([done, all, counts.added, counts.failed]),
      });
      expect(seenMidway).toEqual([GROUP, 2 * GROUP]);
      expect(outcome.added.map((a) => a.id).sort()).toEqual(corpusIds(0, total).sort());
      expect(outcome.failed).toEqual([{ file: 'feed.xml#2', reason: 'item has no text' }]);
      expect(progress).toHaveLength(total + 1);
      expect(progress.at(-1)).toEqual([total + 1, undefined, total, 1]);
      expect(await repo.staleStories()).toEqual([]);
    } finally {
      await repo.close();
    }
  });

  it('stores a group one by one when its transaction fails, so only the article at fault fails', async () => {
    const repo = await repository();
    const bad = corpusArticle(2).id;
    const faulty: StoreRepository = {
      ...repo,
      addMany: () => Promise.reject(new Error('group refused')),
      add: (record) =>
        record.document.id === bad ? Promise.reject(new Error('disk full')) : repo.add(record),
    };
    try {
      const documents = Array.from({ length: 12 }, (_, i) => corpusArticle(i));
      const outcome = await ingestDocuments(faulty, documents);
      expect(outcome.added).toHaveLength(11);
      expect(outcome.failed).toEqual([{ file: `${bad}.txt`, reason: 'not stored: disk full' }]);
      expect((await repo.health()).articles).toBe(11);
    } finally {
      await repo.close();
    }
  });

  it('gives the same stories for an array as one article at a time did (groups change no assignment)', async () => {
    const documents = Array.from({ length: 40 }, (_, i) => corpusArticle(i));
    const grouped = await openStore(db);
    const single = await openStore(join(dir, 'single.db'));
    try {
      await grouped.ingest(documents);
      for (const d of documents) await single.ingest([d]);
      const stories = async (s: typeof grouped): Promise<string[][]> => {
        const out: string[][] = [];
        for (const item of (await s.listStories({ limit: 100, offset: 0 })).items) {
          const detail = await s.getStory(item.id);
          out.push((detail?.articles ?? []).map((a) => a.id).sort());
        }
        return out.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
      };
      expect(await stories(grouped)).toEqual(await stories(single));
    } finally {
      await Promise.all([grouped.close(), single.close()]);
    }
  });
});
