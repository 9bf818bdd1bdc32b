/**
 * The behaviour every store must show, run against SQLite and PostgreSQL alike (`storeContract(name, open)`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import type { LagebildStore, StoreOptions } from '../../src/flows/store.js';
import { exampleDocuments, STORM, STRIKE, textDocument } from './fixtures.js';
import { historyContract } from './history-contract.js';
import { topicClusterer } from './test-clusterer.js';
import { TRIAL_OPENING, TRIAL_VERDICT, UNRELATED_LATER } from '../cluster/storyline-texts.js';

/** The trial's chapters and a later story in Stuttgart, under ids that give each its own topic (one story each). */
const OPENING = TRIAL_OPENING.map((d, i) => ({ ...d, id: `auftakt-${String(i + 1)}` }));
const VERDICT = TRIAL_VERDICT.map((d, i) => ({ ...d, id: `urteil-${String(i + 1)}` }));
const STADIUM = UNRELATED_LATER.slice(1).map((d) => ({ ...d, id: 'stadion-1' }));

type Open = (options?: StoreOptions) => Promise<LagebildStore>;

/** The contract's stores group articles with the order-independent `topicClusterer`. */
async function withStore<T>(open: Open, fn: (store: LagebildStore) => Promise<T>): Promise<T> {
  const store = await open({ clusterer: topicClusterer });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Every article id of every listed story, grouped: the partition a store made. */
export async function partition(store: LagebildStore): Promise<string[][]> {
  const page = await store.listStories({ limit: 1000, offset: 0 });
  const groups: string[][] = [];
  for (const item of page.items) {
    const detail = await store.getStory(item.id);
    groups.push((detail?.articles ?? []).map((a) => a.id).sort());
  }
  return groups.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

type Run = <T>(fn: (store: LagebildStore) => Promise<T>) => Promise<T>;

export function storeContract(name: string, open: () => Open | undefined): void {
  const example: SourceDocument[] = [];
  beforeAll(async () => {
    example.push(...(await exampleDocuments()));
  });
  const run: Run = (fn) => {
    const opener = open();
    if (!opener) throw new Error('store unavailable');
    return withStore(opener, fn);
  };
  ingestContract(name, run, example);
  readingContract(name, run, example);
  storylineContract(name, run);
  historyContract(name, run, example);
  feedContract(name, run);
}

function ingestContract(name: string, run: Run, example: readonly SourceDocument[]): void {
  describe(`${name}: ingest`, () => {
    it('stores the example story as one story whose brief cites the stored article texts', () =>
      run(async (store) => {
        const outcome = await store.ingest(example);
        expect(outcome.added).toHaveLength(5);
        expect(outcome.failed).toEqual([]);
        expect(new Set(outcome.added.map((a) => a.story)).size).toBe(1);
        const storyId = outcome.added[0]?.story ?? '';
        const detail = await store.getStory(storyId);
        expect(detail?.articles).toHaveLength(5);
        expect(detail?.story.languages).toEqual(['de']);
        const brief = detail?.brief;
        expect(brief?.articles).toHaveLength(5);
        expect(brief?.analysis).toBeDefined();
        expect(brief?.sentences.length).toBeGreaterThan(0);
        for (const s of brief?.sentences ?? []) {
          const article = await store.getArticle(s.article);
          expect(article?.text.slice(s.start, s.end)).toBe(s.text);
        }
        expect(detail?.story.headline).toBe(brief?.headline);
      }));

    it('changes nothing when the same input is ingested twice, and says why each is a duplicate', () =>
      run(async (store) => {
        await store.ingest([...example, ...STORM]);
        const before = {
          health: await store.health(),
          page: await store.listStories({ limit: 50, offset: 0 }),
        };
        const again = await store.ingest([...example, ...STORM]);
        expect(again.added).toEqual([]);
        expect(again.failed).toEqual([]);
        expect(again.duplicates.map((d) => [d.id, d.of]).sort()).toEqual(
          [...example, ...STORM].map((d) => [d.id, d.id]).sort(),
        );
        expect(again.duplicates.find((d) => d.id === 'storm-bbc')?.reason).toBe('url');
        expect(again.duplicates.find((d) => d.id === example[0]?.id)?.reason).toBe('content');
        expect(await store.health()).toEqual(before.health);
        expect(await store.listStories({ limit: 50, offset: 0 })).toEqual(before.page);
      }));

    it('finds duplicates by normalised URL and by the hash of the cleaned text', () =>
      run(async (store) => {
        await store.ingest(STORM);
        const sameUrl = textDocument(
          'storm-copy',
          'An entirely different text about the weather in Cornwall.',
          {
            url: 'HTTP://bbc.co.uk/news/storm-cornwall/?utm_source=twitter#comments',
          },
        );
        const original = STORM[1] as SourceDocument;
        const sameText = {
          ...original,
          id: 'storm-mirror',
          meta: {},
          text: original.text.replace(/ /gu, '  '),
        };
        const outcome = await store.ingest([sameUrl, sameText]);
        expect(outcome.added).toEqual([]);
        expect(outcome.duplicates).toEqual([
          { id: 'storm-copy', file: 'storm-copy.txt', of: 'storm-bbc', reason: 'url' },
          { id: 'storm-mirror', file: 'storm-guardian.txt', of: 'storm-guardian', reason: 'content' },
        ]);
      }));

    it('reports an article with nothing left after cleaning as failed, with the reason', () =>
      run(async (store) => {
        const empty = textDocument('furniture', 'Zur Startseite\n\nFoto: dpa\n');
        const outcome = await store.ingest([empty, ...STORM]);
        expect(outcome.added).toHaveLength(2);
        expect(outcome.failed).toEqual([
          { file: 'furniture.txt', reason: expect.stringContaining('nothing left') },
        ]);
        expect(await store.getArticle('furniture')).toBeUndefined();
      }));

    it("recomputes a story's brief when an article joins it", () =>
      run(async (store) => {
        const first = await store.ingest(example.slice(0, 3));
        const storyId = first.added[0]?.story ?? '';
        const before = await store.getStory(storyId);
        expect(before?.brief?.articles).toHaveLength(3);
        const later = await store.ingest(example.slice(3));
        expect(later.added.map((a) => a.story)).toEqual([storyId, storyId]);
        const after = await store.getStory(storyId);
        // stored in order of time within each ingest call (000, dated only 2019-04, after those of 25/26 April)
        const [a000, a001, a002, a003, a004] = example.map((d) => d.id);
        expect(after?.brief?.articles.map((a) => a.id)).toEqual([a001, a002, a000, a003, a004]);
        // made by the ingest from the analysed articles kept (schema version 2), not by the read
        expect(after).toMatchObject({ stale: false, briefError: null });
        expect(after?.story.articles).toBe(5);
        expect((after?.story.updated ?? '') >= (before?.story.updated ?? '')).toBe(true);
      }));
  });
}

function readingContract(name: string, run: Run, example: readonly SourceDocument[]): void {
  describe(`${name}: reading`, () => {
    it('lists stories newest first, pages them, searches them and filters by language', () =>
      run(async (store) => {
        await store.ingest([...example, ...STORM, ...STRIKE]);
        const all = await store.listStories({ limit: 10, offset: 0 });
        expect(all.total).toBe(3);
        expect(all.items.map((s) => s.last)).toEqual(['2024-03-05', '2024-01-15', '2019-04-26']);
        expect(all.items[1]).toMatchObject({
          sources: 2,
          articles: 2,
          languages: ['en'],
          first: '2024-01-14',
        });
        const second = await store.listStories({ limit: 1, offset: 1 });
        expect(second).toEqual({ items: [all.items[1]], total: 3 });
        const de = await store.listStories({ limit: 10, offset: 0, lang: 'de' });
        expect(de.items.map((s) => s.id)).toEqual([all.items[0]?.id, all.items[2]?.id]);
        const putin = await store.listStories({ limit: 10, offset: 0, q: 'Wladiwostok' });
        expect(putin.items.map((s) => s.id)).toEqual([all.items[2]?.id]);
        const flood = await store.listStories({ limit: 10, offset: 0, q: 'evacuated Looe' });
        expect(flood.items.map((s) => s.id)).toEqual([all.items[1]?.id]);
        expect((await store.listStories({ limit: 10, offset: 0, q: 'Looe', lang: 'de' })).total).toBe(0);
        expect((await store.listStories({ limit: 10, offset: 0, q: 'Zebrastreifen' })).total).toBe(0);
        expect(await store.listStories({ limit: 10, offset: 0, q: '"*) - (' })).toEqual({
          items: [],
          total: 0,
        });
        const syntax = await store.listStories({ limit: 10, offset: 0, q: 'Wladiwostok" (* -' });
        expect(syntax.items.map((s) => s.id)).toEqual([all.items[2]?.id]);
        // a search's pages carry the count of all matches, also an empty page and one past the last match
        const hours = { q: 'Stunden' };
        expect(await store.listStories({ ...hours, limit: 10, offset: 0 })).toEqual({
          items: [all.items[0], all.items[2]],
          total: 2,
        });
        expect(await store.listStories({ ...hours, limit: 1, offset: 1 })).toEqual({
          items: [all.items[2]],
          total: 2,
        });
        expect(await store.listStories({ ...hours, limit: 0, offset: 0 })).toEqual({ items: [], total: 2 });
        expect(await store.listStories({ ...hours, limit: 5, offset: 2 })).toEqual({ items: [], total: 2 });
      }));

    it('gives articles and stories by id, undefined for unknown ids, and health', () =>
      run(async (store) => {
        expect(await store.health()).toMatchObject({ ok: true, kind: store.kind, articles: 0, stories: 0 });
        await store.ingest(STRIKE);
        const article = await store.getArticle('streik-spiegel');
        expect(article).toMatchObject({
          title: 'GDL ruft zu 48-Stunden-Streik auf',
          source: 'Spiegel',
          language: 'de',
        });
        expect(article?.text).toContain('Notfahrplan');
        expect(await store.getArticle('nope')).toBeUndefined();
        expect(await store.getStory('nope')).toBeUndefined();
        expect(await store.health()).toMatchObject({ ok: true, articles: 2, schemaVersion: 10 });
        await expect(store.listStories({ limit: -1, offset: 0 })).rejects.toThrow(/limit/u);
      }));
  });
}

function storylineContract(name: string, run: Run): void {
  describe(`${name}: storylines`, () => {
    it('links the verdict two weeks after the trial opening as its next chapter; a later story stays alone', () =>
      run(async (store) => {
        const outcome = await store.ingest([...OPENING, ...VERDICT, ...STADIUM]);
        expect(outcome.failed).toEqual([]);
        const verdict = await store.getStory('s:urteil-1');
        expect(verdict?.story.storyline).toBe('s:auftakt-1');
        expect(verdict?.storyline.id).toBe('s:auftakt-1');
        expect(verdict?.storyline.chapters.map((c) => [c.id, c.continues, c.articles])).toEqual([
          ['s:auftakt-1', null, 2],
          ['s:urteil-1', 's:auftakt-1', 2],
        ]);
        expect(verdict?.storyline.chapters[1]?.score).toBeGreaterThan(0.6);
        expect(await store.getStoryline('s:auftakt-1')).toEqual(verdict?.storyline);
        const stadium = await store.getStory('s:stadion-1');
        expect(stadium?.story.storyline).toBe('s:stadion-1');
        expect(stadium?.storyline.chapters.map((c) => c.id)).toEqual(['s:stadion-1']);
        const page = await store.listStories({ limit: 10, offset: 0 });
        expect(page.items.map((s) => [s.id, s.storyline])).toEqual([
          ['s:stadion-1', 's:stadion-1'],
          ['s:urteil-1', 's:auftakt-1'],
          ['s:auftakt-1', 's:auftakt-1'],
        ]);
        expect(await store.getStoryline('s:urteil-1')).toBeUndefined();
        expect(await store.getStoryline('nope')).toBeUndefined();
      }));

    it('links the same chapters when the earlier one arrives later (a backfill)', () =>
      run(async (store) => {
        await store.ingest([...VERDICT, ...STADIUM]);
        expect((await store.getStory('s:urteil-1'))?.story.storyline).toBe('s:urteil-1');
        await store.ingest(OPENING);
        const verdict = await store.getStory('s:urteil-1');
        expect(verdict?.storyline.chapters.map((c) => [c.id, c.continues])).toEqual([
          ['s:auftakt-1', null],
          ['s:urteil-1', 's:auftakt-1'],
        ]);
        expect((await store.getStory('s:stadion-1'))?.story.storyline).toBe('s:stadion-1');
      }));
  });
}

/** The feeds `lagebild watch` follows (schema version 6): state per feed, items per feed and key. */
function feedContract(name: string, run: Run): void {
  describe(`${name}: watched feeds`, () => {
    const FEED = 'http://127.0.0.1:9/feed.rss';
    it('adds a feed once, keeps its poll state, and forgets it with its items', () =>
      run(async ({ feeds }) => {
        expect(await feeds.addFeed(FEED, '2026-12-06T03:00:00.000Z')).toBe(true);
        expect(await feeds.addFeed(FEED, '2026-12-06T04:00:00.000Z')).toBe(false);
        await feeds.addFeed('http://127.0.0.1:9/a.atom', '2026-12-06T03:00:00.000Z');
        expect((await feeds.listFeeds()).map((f) => f.url)).toEqual(['http://127.0.0.1:9/a.atom', FEED]);
        await feeds.savePoll(FEED, {
          at: '2026-12-06T03:01:00.000Z',
          status: 200,
          etag: '"v1"',
          lastModified: 'Sun, 06 Dec 2026 03:00:00 GMT',
          error: null,
          nextRetry: null,
        });
        // a 304 keeps the validators; a failure counts up and says why
        await feeds.savePoll(FEED, {
          at: '2026-12-06T03:11:00.000Z',
          status: 304,
          error: null,
          nextRetry: null,
        });
        await feeds.savePoll(FEED, {
          at: '2026-12-06T03:21:00.000Z',
          status: 500,
          error: 'HTTP 500',
          nextRetry: '2026-12-06T03:22:00.000Z',
        });
        expect(await feeds.getFeed(FEED)).toEqual({
          url: FEED,
          addedAt: '2026-12-06T03:00:00.000Z',
          etag: '"v1"',
          lastModified: 'Sun, 06 Dec 2026 03:00:00 GMT',
          lastPoll: '2026-12-06T03:21:00.000Z',
          lastStatus: 500,
          lastError: 'HTTP 500',
          failures: 1,
          nextRetry: '2026-12-06T03:22:00.000Z',
          itemsSeen: 0,
        });
        const item = {
          feed: FEED,
          key: 'guid-1',
          url: 'http://127.0.0.1:9/a',
          status: 'failed' as const,
          article: null,
          error: 'HTTP 503',
          attempts: 1,
          nextRetry: '2026-12-06T03:30:00.000Z',
          seenAt: '2026-12-06T03:21:00.000Z',
        };
        await feeds.saveItem(item);
        await feeds.saveItem({
          ...item,
          key: 'guid-2',
          status: 'stored',
          article: 'a-2',
          error: null,
          nextRetry: null,
        });
        expect(await feeds.dueItems(FEED, '2026-12-06T03:29:59.000Z')).toEqual([]);
        expect(await feeds.dueItems(FEED, '2026-12-06T03:30:00.000Z')).toEqual([item]);
        await feeds.saveItem({
          ...item,
          status: 'stored',
          article: 'a-1',
          error: null,
          attempts: 2,
          nextRetry: null,
        });
        expect(await feeds.dueItems(FEED, '2026-12-07T00:00:00.000Z')).toEqual([]);
        const seen = await feeds.seenItems(FEED, ['guid-1', 'guid-2', 'guid-3']);
        expect([...seen.keys()].sort()).toEqual(['guid-1', 'guid-2']);
        expect(seen.get('guid-1')).toMatchObject({ status: 'stored', article: 'a-1', attempts: 2 });
        expect((await feeds.getFeed(FEED))?.itemsSeen).toBe(2);
        expect(await feeds.removeFeed(FEED)).toBe(true);
        expect(await feeds.removeFeed(FEED)).toBe(false);
        expect(await feeds.getFeed(FEED)).toBeUndefined();
        await feeds.addFeed(FEED, '2026-12-06T05:00:00.000Z');
        expect((await feeds.seenItems(FEED, ['guid-1'])).size).toBe(0);
      }));
  });
}
