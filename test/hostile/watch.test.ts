/**
 * The hostile corpus (test/hostile/corpus.ts) through `lagebild watch`: a local site (node:http on 127.0.0.1)
 * serves every hostile file as a page (listed by one feed) and as a feed of its own; the watcher reads them, long
 * ones in the built worker under the budgets. Every page ends stored, a duplicate, or refused / failed with its
 * reason — recorded on its item — and nothing vanishes: pages = stored + duplicates + failed, each exactly once.
 * Every hostile feed is read (its items recorded) or failed with its reason, and the watcher goes on: a good feed
 * polled after them is stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore } from '../../src/flows/store.js';
import { Watcher } from '../../src/watch/index.js';
import { ensureBuilt } from '../store/cli-process.js';
import { fakeIo } from '../support/io.js';
import { articleHtml, exampleArticles } from '../watch/articles.js';
import { rss, startSite, type Site } from '../watch/site.js';
import { hostileCorpus, type HostileInput } from './corpus.js';

const WORKER = new URL('../../dist/src/watch/read-worker.js', import.meta.url);
const GUARD = new URL('../../dist/src/cli/guard-worker.js', import.meta.url);
/** The same scale as the commands' run (test/hostile/commands.test.ts). */
const SCALE = 0.01;
/** Ends a hang; not a speed limit (the runs take seconds; as in commands.test.ts). */
const HANG_MS = 240_000;
const corpus = hostileCorpus(SCALE);
const work = mkdtempSync(join(tmpdir(), 'lagebild-hostile-watch-'));
let site: Site;

/**
 * The media type the site sends with the file as a page: HTML as HTML, everything else as plain text (a page the
 * watcher reads, whatever it holds), so every file reaches the page reader.
 */
const pageType = (file: string): string =>
  file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';

/**
 * The media type the site sends with the file as a feed: its own for feeds and JSON, XML for HTML (a type the
 * watcher takes for a feed, so the markup reaches the feed reader), plain text for the rest.
 */
function feedType(file: string): string {
  if (file.endsWith('.rss')) return 'application/rss+xml';
  if (file.endsWith('.json') || file.endsWith('.jsonl')) return 'application/json';
  if (file.endsWith('.html')) return 'application/xml';
  return 'text/plain; charset=utf-8';
}

/** The file as a feed: its links point at this site (never the network); a missing page answers 404. */
function asFeed(input: HostileInput): string | Uint8Array {
  return typeof input.content === 'string'
    ? input.content.replaceAll('https://example.org/', site.url('/item/'))
    : input.content;
}

const pageUrl = (input: HostileInput): string => site.url(`/page/${input.file}`);
const feedUrl = (input: HostileInput): string => site.url(`/feed/${input.file}`);

beforeAll(async () => {
  await ensureBuilt();
  site = await startSite();
  for (const input of corpus) {
    site.file(`/page/${input.file}`, pageType(input.file), input.content);
    site.file(`/feed/${input.file}`, feedType(input.file), asFeed(input));
  }
  site.file(
    '/pages.rss',
    'application/rss+xml',
    rss(
      'Feindlich',
      corpus.map((i) => ({ title: i.name, link: pageUrl(i) })),
    ),
  );
  const good = exampleArticles();
  for (const a of good) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  site.file(
    '/good.rss',
    'application/rss+xml',
    rss(
      'Gut',
      good.map((a) => ({ title: a.title, link: site.url(a.path) })),
    ),
  );
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

const options = { hostDelayMs: 0, retries: 0, reading: { isolate: true, workerUrl: WORKER } } as const;

describe('the hostile corpus through watch', { timeout: HANG_MS }, () => {
  it('every hostile page is stored, a duplicate or failed with its reason, each exactly once', async () => {
    const store = await openStore(':memory:');
    const watcher = new Watcher(store, options);
    try {
      await store.feeds.addFeed(site.url('/pages.rss'), '2026-12-06');
      const report = await watcher.poll(undefined, true);
      const urls = corpus.map(pageUrl);
      expect(report.items).toBe(corpus.length);
      // exact accounting over the report: every page once, as stored, duplicate or a failure naming it
      const failed = report.failures.filter((f) => urls.includes(f.url));
      expect(report.failures.filter((f) => !urls.includes(f.url))).toEqual([]);
      expect(new Set(failed.map((f) => f.url)).size).toBe(failed.length);
      expect(report.added + report.duplicates + failed.length).toBe(corpus.length);
      // and over the store: every page recorded on its item, a refusal or failure with its reason
      const items = await store.feeds.seenItems(site.url('/pages.rss'), urls);
      const counts = { stored: 0, duplicate: 0, failed: 0 };
      for (const url of urls) {
        const item = items.get(url);
        expect(item, url).toBeDefined();
        if (item?.status === 'stored' || item?.status === 'duplicate') counts[item.status]++;
        else {
          counts.failed++;
          expect(item?.error?.trim(), url).toBeTruthy();
          expect(failed, url).toContainEqual({ url, reason: item?.error });
        }
      }
      expect(counts).toEqual({ stored: report.added, duplicate: report.duplicates, failed: failed.length });
      expect((await store.health()).articles).toBe(report.added);
    } finally {
      await watcher.close();
      await store.close();
    }
  });

  it('every hostile feed is read or failed with its reason, its items recorded; the watcher goes on', async () => {
    const db = join(work, 'feeds.db');
    const store = await openStore(db);
    const watcher = new Watcher(store, options);
    let report;
    /** The hostile feeds that were read (not refused as a whole). */
    const read: HostileInput[] = [];
    try {
      for (const input of corpus) await store.feeds.addFeed(feedUrl(input), '2026-12-06');
      report = await watcher.poll(undefined, true);
      // the watcher goes on: a good feed polled after the hostile ones is stored
      await store.feeds.addFeed(site.url('/good.rss'), '2026-12-06');
      const after = await watcher.poll();
      expect(after.failures).toEqual([]);
      expect(after.added).toBe(exampleArticles().length);
      for (const input of corpus) {
        const feed = await store.feeds.getFeed(feedUrl(input));
        expect(feed, input.name).toBeDefined();
        // a feed refused as a whole is failed by name with its reason
        const reason = feed?.lastError ?? null;
        if (reason === null) read.push(input);
        else expect(report.failures, input.name).toContainEqual({ url: feedUrl(input), reason });
      }
    } finally {
      await watcher.close();
      await store.close();
    }
    const rows = new Database(db, { readonly: true });
    try {
      const items = rows.prepare('SELECT feed, status, error FROM feed_items').all() as {
        feed: string;
        status: string;
        error: string | null;
      }[];
      const hostile = items.filter((i) => i.feed !== site.url('/good.rss'));
      // every item handled is recorded once: stored, duplicate, or refused / failed with its reason
      expect(hostile).toHaveLength(report.items);
      expect(hostile.filter((i) => i.status === 'stored')).toHaveLength(report.added);
      expect(hostile.filter((i) => i.status === 'duplicate')).toHaveLength(report.duplicates);
      for (const i of hostile.filter((r) => r.status !== 'stored' && r.status !== 'duplicate')) {
        expect(i.error?.trim(), i.feed).toBeTruthy();
        expect(report.failures.map((f) => f.reason)).toContain(i.error);
      }
      // a feed that was read has its items recorded, or named as unreadable (`feed#n`)
      expect(read.map((i) => i.name).sort()).toEqual([
        'billion-laughs',
        'cdata-run',
        'json-feed',
        'rss-items',
        'xml-comment',
        'xml-comments-run',
      ]);
      for (const input of read) {
        const recorded = hostile.filter((i) => i.feed === feedUrl(input)).length;
        const unreadable = report.failures.filter((f) => f.url.startsWith(`${feedUrl(input)}#`)).length;
        expect(recorded + unreadable, input.name).toBeGreaterThan(0);
      }
      // the feeds of many items: every item recorded or reported as unreadable (`feed#n`)
      for (const name of ['rss-items', 'json-feed']) {
        const input = corpus.find((c) => c.name === name);
        if (input === undefined) throw new Error(name);
        const recorded = hostile.filter((i) => i.feed === feedUrl(input)).length;
        const unreadable = report.failures.filter((f) => f.url.startsWith(`${feedUrl(input)}#`)).length;
        expect(recorded + unreadable, name).toBe(Math.round(20_000 * SCALE));
      }
    } finally {
      rows.close();
    }
  });

  it('lagebild watch --once on the pages: new + duplicate + failed = every page, each failure named; exit 1', async () => {
    const io = { ...fakeIo(), readWorker: { url: GUARD } };
    const db = join(work, 'cli.db');
    const args = ['watch', site.url('/pages.rss'), '--db', db, '--create', '--once'];
    const code = await execute([...args, '--host-delay', '0', '--retries', '0'], io);
    expect(code, io.err().slice(-2000)).toBe(1);
    const summary = /(\d+) items: (\d+) new, (\d+) duplicate; \d+ stor(?:y|ies) changed; (\d+) failed/u.exec(
      io.err(),
    );
    expect(summary, io.err().slice(-2000)).not.toBeNull();
    const [items, added, duplicates, failed] = [summary?.[1], summary?.[2], summary?.[3], summary?.[4]].map(
      Number,
    );
    expect(items).toBe(corpus.length);
    expect((added ?? 0) + (duplicates ?? 0) + (failed ?? 0)).toBe(corpus.length);
    const named = corpus.filter((c) => io.err().includes(`failed ${pageUrl(c)}: `));
    expect(named).toHaveLength(failed ?? -1);
    const store = await openStore(db);
    try {
      expect((await store.health()).articles).toBe(added);
    } finally {
      await store.close();
    }
  });
});
