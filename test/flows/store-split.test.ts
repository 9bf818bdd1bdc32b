import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/flows/store.js';
import type { SourceDocument } from '../../src/core/types.js';
import { article, loose, STREAM, VOLCANO } from '../cluster/split-stream.js';

let dir = '';
let db = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lagebild-split-'));
  db = join(dir, 'store.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function document(a: (typeof STREAM)[number]): SourceDocument {
  const meta = { published: a.published ?? '', language: 'en' };
  return { id: a.id, file: `${a.id}.txt`, format: 'text', text: a.text, meta, removed: [] };
}

describe('a split in the store', () => {
  it('moves the articles that left to the new story row, and a reopened store replays it', async () => {
    const store = await openStore(db, { clusterer: loose });
    for (const a of STREAM) await store.ingest([document(a)]);
    expect((await store.getArticle('volcano-2'))?.story).toBe('s:volcano-1');
    expect((await store.getArticle('volcano-1'))?.story).toBe('s:volcano-1');
    expect((await store.getArticle('harbour-2'))?.story).toBe('s:harbour-1');
    const page = await store.listStories({ limit: 10, offset: 0 });
    expect(page.items.map((s) => [s.id, s.articles]).sort()).toEqual([
      ['s:harbour-1', 2],
      ['s:volcano-1', 3],
    ]);
    await store.close();
    const again = await openStore(db, { clusterer: loose });
    const next = await again.ingest([document(article('volcano-3', 13, [...VOLCANO.slice(2), 'summit']))]);
    expect(next.added).toEqual([{ id: 'volcano-3', story: 's:volcano-1' }]);
    await again.close();
  });

  it('reports the story an article ends in when its own arrival split the story', async () => {
    const store = await openStore(db, { clusterer: loose });
    for (const a of STREAM.slice(0, 4)) await store.ingest([document(a)]);
    const last = await store.ingest([document(STREAM[4]!)]);
    expect(last.added).toEqual([{ id: 'volcano-2', story: 's:volcano-1' }]);
    await store.close();
  });
});
