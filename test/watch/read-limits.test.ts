/**
 * The watcher reads each fetched page and feed of 16 KB or more in a worker thread under the time and memory budget
 * (issue 17, item 1; src/watch/readers.ts): a hostile page or feed fails alone — reported, recorded on its item or
 * feed — and the other pages are stored. The worker is the built one (dist/); its hard timer is injected and runs
 * out at once for the inputs the test names (never the wall clock); the memory limit is V8's own. `lagebild watch
 * --max-memory` is checked through the commands' worker (guard-worker.js).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore } from '../../src/flows/store.js';
import type { HardTimer } from '../../src/ingest/index.js';
import { Watcher } from '../../src/watch/index.js';
import { hostileInput } from '../hostile/corpus.js';
import { fakeIo } from '../support/io.js';
import { articleHtml, exampleArticles } from './articles.js';
import { rss, startSite, type Site } from './site.js';

const WORKER = new URL('../../dist/src/watch/read-worker.js', import.meta.url);
const GUARD = new URL('../../dist/src/cli/guard-worker.js', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'lagebild-watch-limits-'));
let site: Site;
const articles = exampleArticles();
const TOO_SLOW = 'too slow to read (over its budget of 60 s)';
const TOO_LARGE = 'too large to read (over its memory budget of 16 MB)';

beforeAll(async () => {
  site = await startSite();
  for (const a of articles) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  // a real hostile page (200 000 `<`s: seconds of parsing), and one whose DOM needs far more than 16 MB of heap
  site.file('/politik/langsam', 'text/html', hostileInput('mostly-lt', 200_000).content);
  site.file('/politik/gross', 'text/html', hostileInput('many-p', 1_000_000).content);
  const links = [
    ...articles.map((a) => ({ title: a.title, link: site.url(a.path) })),
    { title: 'Langsam', link: site.url('/politik/langsam') },
    { title: 'Groß', link: site.url('/politik/gross') },
  ];
  site.file('/feed.rss', 'application/rss+xml', rss('Testblatt', links));
  // a feed of 2 000 items (the corpus class, 600 KB): read in the worker, where its time runs out at once
  site.file('/viel.rss', 'application/rss+xml', hostileInput('rss-items', 2_000).content);
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

/** A hard timer that records the inputs the worker started and runs out at once for those `expires` names. */
function timer(expires: readonly string[]): { timer: HardTimer; armed: string[] } {
  const armed: string[] = [];
  return {
    armed,
    timer: (_ms, fire, file) => {
      armed.push(file);
      if (expires.includes(file)) queueMicrotask(fire);
      return () => undefined;
    },
  };
}

describe('the watcher reads pages and feeds under the limits', () => {
  it('refuses the page and the feed over the budgets alone; the other pages are stored', async () => {
    const slow = [site.url('/politik/langsam'), site.url('/viel.rss')];
    const clock = timer(slow);
    const store = await openStore(':memory:');
    const watcher = new Watcher(store, {
      hostDelayMs: 0,
      retries: 0,
      reading: { isolate: true, workerUrl: WORKER, timer: clock.timer, maxMemoryMb: 16 },
    });
    try {
      for (const feed of ['/feed.rss', '/viel.rss']) await store.feeds.addFeed(site.url(feed), '2026-12-06');
      const report = await watcher.poll(undefined, true);
      expect(report.failures).toEqual(
        expect.arrayContaining([
          { url: site.url('/politik/langsam'), reason: TOO_SLOW },
          { url: site.url('/politik/gross'), reason: TOO_LARGE },
          { url: site.url('/viel.rss'), reason: TOO_SLOW },
        ]),
      );
      expect(report.failures).toHaveLength(3);
      expect(report.added).toBe(articles.length);
      expect((await store.health()).articles).toBe(articles.length);
      // the pages are recorded as refused (not tried again), the feed as failed (tried again later)
      const items = await store.feeds.seenItems(site.url('/feed.rss'), [
        site.url('/politik/langsam'),
        site.url('/politik/gross'),
      ]);
      const recorded = (path: string): unknown => {
        const i = items.get(site.url(path));
        return [i?.status, i?.error];
      };
      expect(recorded('/politik/langsam')).toEqual(['refused', TOO_SLOW]);
      expect(recorded('/politik/gross')).toEqual(['refused', TOO_LARGE]);
      expect(await store.feeds.getFeed(site.url('/viel.rss'))).toMatchObject({ lastError: TOO_SLOW });
      // only the large inputs went to the worker: the article pages and the small feed were read in this thread
      expect([...clock.armed].sort()).toEqual([site.url('/politik/gross'), ...slow].sort());
    } finally {
      await watcher.close();
      await store.close();
    }
  });

  it('lagebild watch --max-memory: the pages over it fail alone, the others are stored; exit 1', async () => {
    const db = join(work, 'memory.db');
    const io = { ...fakeIo(), readWorker: { url: GUARD } };
    const args = ['watch', site.url('/feed.rss'), '--db', db, '--create', '--once'];
    const code = await execute([...args, '--host-delay', '0', '--retries', '0', '--max-memory', '16'], io);
    // the page of 200 000 `<`s needs more than 16 MB too
    expect(io.err()).toContain(`failed ${site.url('/politik/gross')}: ${TOO_LARGE}`);
    expect(io.err()).toContain(`failed ${site.url('/politik/langsam')}: ${TOO_LARGE}`);
    expect(io.err()).toMatch(/7 items: 5 new, 0 duplicate; 1 story changed; 2 failed/u);
    expect(code).toBe(1);
    const store = await openStore(db);
    try {
      expect((await store.health()).articles).toBe(articles.length);
    } finally {
      await store.close();
    }
  });

  it('watch and serve refuse a --max-memory below 16 MB as a usage error (exit 2)', async () => {
    for (const command of [['watch', site.url('/feed.rss'), '--once'], ['serve']]) {
      const io = fakeIo();
      const args = [...command, '--db', join(work, 'never.db'), '--create', '--max-memory', '8'];
      expect(await execute(args, io)).toBe(2);
      expect(io.err()).toContain('expected a whole number of megabytes of at least 16, like 512, got "8"');
    }
  });
});
