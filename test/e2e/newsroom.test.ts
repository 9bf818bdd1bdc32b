/**
 * Issue 16's "done when", end to end on this machine: the example story served as five pages of five outlets under
 * one local feed (an aggregator's feed) is watched into one story (`lagebild watch --once`); a saved search
 * "Wladiwostok" is made through the API; a sixth report of a sixth outlet added to the feed is fetched alone, shows
 * up as new in `GET /api/stories/:id/changes`, triggers exactly one webhook call to a local receiver, and the front
 * page's list (at least two sources) gives the story first. (The page's "new" marks: test/browser/changes.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import { buildServer } from '../../src/server/index.js';
import type { StoryChanges, StoryPage } from '../../src/store/types.js';
import { startReceiver, type Receiver } from '../alerts/receiver.js';
import { fakeIo } from '../support/io.js';
import { articleHtml, exampleArticles, SIXTH, type Article } from '../watch/articles.js';
import { rss, startSite, type Site } from '../watch/site.js';

const OUTLETS = ['Nordkurier', 'Der Standard', 'Süddeutsche Zeitung', 'Weser-Kurier', 'Der Tagesspiegel'];
const SIXTH_OUTLET = 'Ostsee-Rundschau';
const FAST = ['--host-delay', '0', '--retries', '0'];

const work = mkdtempSync(join(tmpdir(), 'lagebild-newsroom-'));
const db = join(work, 'newsroom.db');
let site: Site;
let receiver: Receiver;
const articles = exampleArticles();

/** The page of `article` as its outlet publishes it: the outlet's name in og:site_name. */
function page(article: Article, outlet: string): string {
  return articleHtml(article).replace(
    '<meta charset="utf-8">',
    `<meta charset="utf-8"><meta property="og:site_name" content="${outlet}">`,
  );
}

const feedOf = (list: readonly Article[]): string =>
  rss(
    'Gipfel-Übersicht',
    list.map((a) => ({ title: a.title, link: site.url(a.path), date: new Date(a.date).toUTCString() })),
  );

async function watchOnce(args: readonly string[] = []): Promise<{ code: number; err: string }> {
  const io = fakeIo();
  const code = await execute(['watch', ...args, '--db', db, '--once', ...FAST], io);
  return { code, err: io.err() };
}

/** An in-process API over the same database, for as long as `use` runs. */
async function withApi<T>(
  use: (
    call: (method: string, url: string, body?: unknown) => Promise<{ status: number; body: unknown }>,
  ) => Promise<T>,
): Promise<T> {
  const store: LagebildStore = await openStore(db);
  const app = buildServer({ store });
  try {
    return await use(async (method, url, body) => {
      const response = await app.inject({
        method: method as 'GET' | 'POST',
        url,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return { status: response.statusCode, body: response.json() as unknown };
    });
  } finally {
    await app.close();
    await store.close();
  }
}

beforeAll(async () => {
  site = await startSite();
  receiver = await startReceiver();
  articles.forEach((a, i) => site.file(a.path, 'text/html; charset=utf-8', page(a, OUTLETS[i] ?? 'x')));
  site.file(SIXTH.path, 'text/html; charset=utf-8', page(SIXTH, SIXTH_OUTLET));
  site.file('/robots.txt', 'text/plain', 'User-agent: *\nAllow: /\n');
  site.file('/feed.rss', 'application/rss+xml', feedOf(articles));
});

afterAll(async () => {
  await site.close();
  await receiver.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a newsroom day with the example story (issue 16, done when)', () => {
  it('watches five pages into one story; a sixth report is new in changes, alerts "Wladiwostok" once, and leads the front page', async () => {
    const first = await watchOnce([site.url('/feed.rss'), '--create']);
    expect(first.code, first.err).toBe(0);
    expect(first.err).toContain('5 items: 5 new, 0 duplicate; 1 story changed; 0 failed');

    const { story, before } = await withApi(async (call) => {
      const list = (await call('GET', '/api/stories?minSources=2')).body as StoryPage;
      expect(list.total).toBe(1);
      const [top] = list.items;
      expect(top?.articles).toBe(5);
      expect(top?.sources).toBe(5);
      const watch = await call('POST', '/api/watches', {
        query: 'Wladiwostok',
        minSources: 2,
        webhook: receiver.url,
      });
      expect(watch.status).toBe(201);
      return { story: top?.id ?? '', before: new Date().toISOString() };
    });

    // a poll with nothing new: the feed answers 304, nothing is stored and no one is alerted
    const quiet = await watchOnce();
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.err).toContain('1 not modified (304)');
    expect(receiver.calls).toHaveLength(0);

    site.file('/feed.rss', 'application/rss+xml', feedOf([...articles, SIXTH]));
    const sixth = await watchOnce();
    expect(sixth.code, sixth.err).toBe(0);
    expect(sixth.err).toContain('1 item: 1 new, 0 duplicate; 1 story changed; 0 failed');
    expect(site.counts.get(SIXTH.path)).toBe(1);
    expect(articles.map((a) => site.counts.get(a.path))).toEqual([1, 1, 1, 1, 1]);

    // exactly one webhook call (the watch process delivers before it exits), for this story and its new source
    expect(receiver.calls).toHaveLength(1);
    const alert = receiver.calls[0]?.body ?? {};
    expect(alert).toMatchObject({ query: 'Wladiwostok', story, reason: 'new_source', sourceCount: 6 });
    expect(alert['sources']).toContain(SIXTH_OUTLET);

    await withApi(async (call) => {
      const changes = (await call('GET', `/api/stories/${encodeURIComponent(story)}/changes?since=${before}`))
        .body as StoryChanges;
      expect(changes.articles.map((a) => [a.title, a.outlet])).toEqual([[SIXTH.title, SIXTH_OUTLET]]);
      expect(changes.lines.length).toBeGreaterThan(0);
      const list = (await call('GET', '/api/stories?minSources=2')).body as StoryPage;
      expect(list.items[0]).toMatchObject({ id: story, articles: 6, sources: 6 });
      expect(list.items[0]?.outlets).toContain(SIXTH_OUTLET);
    });

    // a rerun finds nothing new and alerts no one again
    const again = await watchOnce();
    expect(again.code, again.err).toBe(0);
    expect(receiver.calls).toHaveLength(1);
  });
});
