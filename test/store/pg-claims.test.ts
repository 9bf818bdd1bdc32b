/**
 * Brief claims on a real PostgreSQL server: while one worker refreshes a story, another is told it is busy (it
 * does not make the same brief); waiting, it looks again once the first is done and finds the story fresh. The
 * storyline claim likewise: a worker that finds another's storyline pass running is told so at once (and makes
 * briefs meanwhile), and its later pass links what is left: an ingest runs it as soon as the other pass has ended.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { storeClusterer } from '../../src/flows/store.js';
import { openRepository } from '../../src/store/index.js';
import { prepareDocument } from '../../src/flows/prepare.js';
import { refreshStory } from '../../src/flows/briefs.js';
import { linkPendingStorylines, tryLinkPendingStorylines } from '../../src/flows/storylines.js';
import { ingestDocuments } from '../../src/flows/ingest.js';
import type { StoreRepository } from '../../src/store/types.js';
import type { SourceDocument } from '../../src/core/types.js';
import { STORM, STRIKE } from './fixtures.js';
import { topicClusterer } from './test-clusterer.js';
import { startPostgres } from './pg-server.js';

const server = await startPostgres();
const reason = typeof server === 'string' ? server : undefined;

/** Two workers on one fresh database; the first has stored `documents`. */
async function twoWorkers(
  pg: Exclude<typeof server, string>,
  documents: readonly SourceDocument[],
): Promise<[StoreRepository, StoreRepository]> {
  const url = await pg.database();
  const open = () => openRepository(url, { clusterer: () => storeClusterer(topicClusterer()) });
  const [a, b] = [await open(), await open()];
  for (const doc of documents) {
    const prepared = prepareDocument(doc);
    if (!prepared.ok) throw new Error(prepared.problem.reason);
    await a.add(prepared.value);
  }
  return [a, b];
}

/**
 * A claim's body that holds: `body` resolves `inside` when it begins, then waits for `release()` before it returns
 * `value()`.
 */
function heldBody<T>(value: () => Promise<T>): {
  body: () => Promise<T>;
  release: () => void;
  inside: Promise<void>;
} {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered: () => void = () => undefined;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  const body = async (): Promise<T> => {
    entered();
    await gate;
    return value();
  };
  return { body, release, inside };
}
afterAll(async () => {
  if (typeof server !== 'string') await server.stop();
});

describe.skipIf(reason !== undefined)('PostgreSQL brief claims', () => {
  it('a story being refreshed by one worker is busy for another, and fresh once that worker is done', async () => {
    if (typeof server === 'string') return;
    const [a, b] = await twoWorkers(server, STORM);
    try {
      const [story] = await a.staleStories();
      if (story === undefined) throw new Error('no stale story');
      const { body, release, inside } = heldBody(() => refreshStory(a, story));
      const first = a.claimBrief(story, body);
      await inside;
      expect(await b.claimBrief(story, () => Promise.resolve('made twice'))).toBe('busy');
      const waiting = b.claimBrief(story, () => Promise.resolve('made twice'), true);
      release();
      expect(await first).toEqual({ value: true });
      expect(await waiting).toBe('fresh');
      expect(await b.staleStories()).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('a storyline pass running in one worker is busy for another, whose later pass links what is left', async () => {
    if (typeof server === 'string') return;
    const [a, b] = await twoWorkers(server, STORM);
    try {
      expect((await a.pendingStorylines()).length).toBeGreaterThan(0);
      const { body, release, inside } = heldBody(() => Promise.resolve('first pass'));
      const first = a.claimStorylines(body);
      await inside;
      let ran = false;
      expect(await b.claimStorylines(() => Promise.resolve((ran = true)), false)).toBe('busy');
      expect(await tryLinkPendingStorylines(b)).toBe('busy');
      expect(ran).toBe(false);
      release();
      expect(await first).toEqual({ value: 'first pass' });
      const rest = await linkPendingStorylines(b);
      expect(rest.failed).toEqual([]);
      expect(rest.linked).toBeGreaterThan(0);
      expect(await b.pendingStorylines()).toEqual([]);
      expect(await tryLinkPendingStorylines(a)).toEqual({ linked: 0, failed: [] });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('an ingest that finds the storyline pass busy makes a brief, then links as soon as that pass has ended', async () => {
    if (typeof server === 'string') return;
    const [a, b] = await twoWorkers(server, []);
    try {
      const { body, release, inside } = heldBody(() => Promise.resolve('first pass'));
      const first = a.claimStorylines(body);
      await inside;
      const events: string[] = [];
      // the other worker's pass ends while this one makes its first brief
      const worker: StoreRepository = {
        ...b,
        async claimStorylines<T>(fn: () => Promise<T>, wait?: boolean) {
          const claimed = await b.claimStorylines(fn, wait);
          events.push(claimed === 'busy' ? 'storylines busy' : 'storylines');
          return claimed;
        },
        async claimBrief<T>(id: string, fn: () => Promise<T>, wait?: boolean) {
          if (!events.includes('brief')) {
            release();
            await first;
          }
          events.push('brief');
          return b.claimBrief(id, fn, wait);
        },
      };
      const outcome = await ingestDocuments(worker, [...STORM, ...STRIKE]);
      expect(outcome.failed).toEqual([]);
      expect(events).toEqual(['storylines busy', 'storylines busy', 'brief', 'storylines', 'brief']);
      expect(await b.pendingStorylines()).toEqual([]);
      expect(await b.staleStories()).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

if (reason !== undefined) {
  describe('PostgreSQL brief claims', () => {
    it.skip(`skipped: no PostgreSQL server here (${reason})`, () => undefined);
  });
}
