/**
 * `lagebild watch --once` and `lagebild feeds` against a real local site (test/watch/site.ts): the example story as
 * five pages under one feed is watched into one story; the second poll gets a 304 and stores nothing; a sixth item
 * is the only page fetched next; robots.txt is obeyed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore } from '../../src/flows/store.js';
import type { FeedState } from '../../src/store/index.js';
import { fakeIo } from '../support/io.js';
import { articleHtml, exampleArticles, SIXTH, type Article } from './articles.js';
import { rss, startSite, type Site } from './site.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-watch-'));
let site: Site;
const articles = exampleArticles();
/** No waiting between requests to the one host, no retries: the tests count requests, not time. */
const FAST = ['--host-delay', '0', '--retries', '0'];

const feedOf = (list: readonly Article[]): string =>
  rss(
    'Testblatt',
    list.map((a) => ({ title: a.title, link: site.url(a.path), date: new Date(a.date).toUTCString() })),
  );

beforeAll(async () => {
  site = await startSite();
  for (const a of [...articles, SIXTH]) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  site.file(
    '/robots.txt',
    'text/plain',
    'User-agent: *\nDisallow: /privat/\n\nUser-agent: otherbot\nDisallow: /\n',
  );
  site.file('/feed.rss', 'application/rss+xml', feedOf(articles));
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

async function run(args: readonly string[]): Promise<{ code: number; err: string; out: string }> {
  const io = fakeIo();
  const code = await execute(args, io);
  return { code, err: io.err(), out: io.out() };
}

async function storeFigures(
  db: string,
): Promise<{ articles: number; stories: number; story: string[] | undefined }> {
  const store = await openStore(db);
  try {
    const health = await store.health();
    const page = await store.listStories({ limit: 10, offset: 0 });
    const story = page.items[0] ? await store.getStory(page.items[0].id) : undefined;
    return {
      articles: health.articles,
      stories: health.stories,
      story: story?.articles.map((a) => a.url ?? '').sort(),
    };
  } finally {
    await store.close();
  }
}

const pageCounts = (list: readonly Article[]): number[] => list.map((a) => site.counts.get(a.path) ?? 0);

describe('lagebild watch --once', () => {
  it('stores the five pages as one story, gets a 304 the second time, then fetches only the new item', async () => {
    const db = join(work, 'watch.db');
    const first = await run(['watch', site.url('/feed.rss'), '--db', db, '--create', '--once', ...FAST]);
    expect(first.err).toContain(`now following ${site.url('/feed.rss')}`);
    expect(first.err).toContain(
      'poll 1: 1 feed polled, 0 not modified (304), 5 items: 5 new, 0 duplicate; 1 story changed; 0 failed',
    );
    expect(first.code, first.err).toBe(0);
    expect(pageCounts(articles)).toEqual([1, 1, 1, 1, 1]);
    expect(site.counts.get('/feed.rss')).toBe(1);
    expect(site.counts.get('/robots.txt')).toBe(1);
    const once = await storeFigures(db);
    expect(once).toMatchObject({ articles: 5, stories: 1 });
    expect(once.story).toEqual(articles.map((a) => site.url(a.path)).sort());

    // the feed is remembered: no URL needed; its ETag comes back, the server answers 304, nothing is fetched
    const second = await run(['watch', '--db', db, '--once', ...FAST]);
    expect(second.code, second.err).toBe(0);
    expect(second.err).toContain('poll 1: 1 feed polled, 1 not modified (304), 0 items: 0 new');
    expect(site.counts.get('/feed.rss')).toBe(2);
    expect(site.notModified.get('/feed.rss')).toBe(1);
    expect(pageCounts(articles)).toEqual([1, 1, 1, 1, 1]);
    expect(await storeFigures(db)).toEqual(once);

    // a sixth report: only its page is fetched, and it joins the story
    site.file('/feed.rss', 'application/rss+xml', feedOf([...articles, SIXTH]));
    const third = await run(['watch', '--db', db, '--once', ...FAST]);
    expect(third.code, third.err).toBe(0);
    expect(third.err).toContain('1 item: 1 new, 0 duplicate; 1 story changed; 0 failed');
    expect(pageCounts(articles)).toEqual([1, 1, 1, 1, 1]);
    expect(site.counts.get(SIXTH.path)).toBe(1);
    expect(site.notModified.get('/feed.rss')).toBe(1);
    const after = await storeFigures(db);
    expect(after).toMatchObject({ articles: 6, stories: 1 });
    expect(after.story).toContain(site.url(SIXTH.path));

    // every request said who is asking
    expect([...site.userAgents]).toEqual([expect.stringMatching(/^Lagebild\/\d+\.\d+\.\d+ \(\+\S+\)$/u)]);
    const list = await run(['feeds', 'list', '--db', db, '--json']);
    const [state] = JSON.parse(list.out) as FeedState[];
    expect(state).toMatchObject({ url: site.url('/feed.rss'), itemsSeen: 6, lastStatus: 200, failures: 0 });
    expect(state?.etag).toMatch(/^"[0-9a-f]{16}"$/u);
  });

  it('honours robots.txt: a disallowed page is never requested, reported, and the others are stored (exit 1)', async () => {
    const db = join(work, 'robots.db');
    const secret: Article = { ...SIXTH, path: '/privat/geheim', title: 'Geheim' };
    site.file(secret.path, 'text/html', articleHtml(secret));
    site.file('/robots-feed.rss', 'application/rss+xml', feedOf([secret, SIXTH]));
    const sixthBefore = site.counts.get(SIXTH.path) ?? 0;
    const result = await run([
      'watch',
      site.url('/robots-feed.rss'),
      '--db',
      db,
      '--create',
      '--once',
      ...FAST,
    ]);
    expect(result.err).toContain(
      `failed ${site.url('/privat/geheim')}: disallowed by ${site.origin}/robots.txt`,
    );
    expect(result.code).toBe(1);
    expect(site.counts.get('/privat/geheim')).toBeUndefined();
    expect(site.counts.get(SIXTH.path)).toBe(sixthBefore + 1);
    expect(await storeFigures(db)).toMatchObject({ articles: 1 });
  });

  it('refuses what it cannot use (exit 2): a missing database, no feeds, a URL that is not http(s), a bad duration', async () => {
    const missing = await run(['watch', site.url('/feed.rss'), '--db', join(work, 'nope.db'), '--once']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no database at');
    const none = await run(['watch', '--db', join(work, 'empty.db'), '--create', '--once']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('no feeds to watch');
    const ftp = await run(['watch', 'ftp://127.0.0.1/feed.rss', '--db', join(work, 'empty.db'), '--once']);
    expect(ftp.code).toBe(2);
    expect(ftp.err).toContain('not an http(s) URL: "ftp://127.0.0.1/feed.rss"');
    const interval = await run(['watch', '--interval', '10 Minuten', '--db', join(work, 'empty.db')]);
    expect(interval.code).toBe(2);
    expect(interval.err).toContain('expected a duration like 10m');
  });
});

describe('lagebild feeds', () => {
  it('adds, lists and removes the feeds a store follows', async () => {
    const db = join(work, 'feeds.db');
    const url = site.url('/feed.rss');
    expect((await run(['feeds', 'add', url, '--db', db])).code).toBe(2);
    const added = await run(['feeds', 'add', url, site.url('/other.atom'), '--db', db, '--create']);
    expect(added.code).toBe(0);
    expect(added.err).toContain(`now following ${url}`);
    expect((await run(['feeds', 'add', url, '--db', db])).err).toContain(`already following ${url}`);
    expect((await run(['feeds', 'add', 'kein-url', '--db', db])).code).toBe(2);
    const list = await run(['feeds', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.out.trim().split('\n')).toEqual([
      `${url}  never polled  0 items seen`,
      `${site.url('/other.atom')}  never polled  0 items seen`,
    ]);
    const removed = await run(['feeds', 'remove', url, '--db', db]);
    expect(removed.code).toBe(0);
    expect(removed.err).toContain(`no longer following ${url}`);
    const again = await run(['feeds', 'remove', url, '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`was not following ${url}`);
    const json = JSON.parse((await run(['feeds', 'list', '--db', db, '--json'])).out) as FeedState[];
    expect(json.map((f) => f.url)).toEqual([site.url('/other.atom')]);
    expect((await run(['feeds', 'list', '--db', join(work, 'nope.db')])).code).toBe(2);
  });
});
