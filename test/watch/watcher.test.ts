/**
 * The watcher on a real local site, with a clock whose `sleep` does not wait (it records what was asked): retries
 * with backoff, a failing feed next to good ones, the per-page limits (timeout, redirect loop, 10 MB, wrong content
 * type), the per-host limit, a failed page tried again at a later poll, news sitemaps and items without a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import { Watcher, type Clock, type WatchOptions } from '../../src/watch/index.js';
import { articleHtml, exampleArticles, SIXTH, type Article } from './articles.js';
import { rss, startSite, type Site } from './site.js';

let site: Site;
const articles = exampleArticles();
const START = Date.parse('2026-12-06T04:00:00Z');

/** Time stands still unless the test moves it; every sleep asked for is recorded and returns at once. */
function testClock(): { clock: Clock; sleeps: number[]; advance: (ms: number) => void } {
  let now = START;
  const sleeps: number[] = [];
  return {
    clock: {
      now: () => now,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    },
    sleeps,
    advance: (ms) => {
      now += ms;
    },
  };
}

const item = (a: Article, path = a.path): { title: string; link: string } => ({
  title: a.title,
  link: site.url(path),
});

beforeAll(async () => {
  site = await startSite();
  for (const a of [...articles, SIXTH]) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  site.file('/robots.txt', 'text/plain', 'User-agent: *\nAllow: /\n');
});
afterAll(() => site.close());

async function withWatcher<T>(
  options: WatchOptions,
  feeds: readonly string[],
  fn: (watcher: Watcher, store: LagebildStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(':memory:');
  try {
    for (const f of feeds) await store.feeds.addFeed(site.url(f), new Date(START).toISOString());
    return await fn(new Watcher(store, { hostDelayMs: 0, ...options }), store);
  } finally {
    await store.close();
  }
}

describe('a failing feed', () => {
  it('is retried with exponential backoff, reported, tried again later, and holds up no other feed', async () => {
    site.handle('/kaputt.rss', (_req, res) =>
      res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
    );
    site.file('/gut.rss', 'application/rss+xml', rss('Gut', [item(articles[0] as Article)]));
    const { clock, sleeps, advance } = testClock();
    await withWatcher(
      { clock, retries: 2, backoffMs: 1000 },
      ['/kaputt.rss', '/gut.rss'],
      async (watcher, store) => {
        const report = await watcher.poll(undefined, true);
        expect(site.counts.get('/kaputt.rss')).toBe(3);
        expect(sleeps).toEqual([1000, 2000]);
        expect(report.failures).toEqual([{ url: site.url('/kaputt.rss'), reason: 'HTTP 500 (3 attempts)' }]);
        expect(report).toMatchObject({ polled: 2, added: 1, items: 1 });
        const state = await store.feeds.getFeed(site.url('/kaputt.rss'));
        expect(state).toMatchObject({
          lastStatus: 500,
          lastError: 'HTTP 500 (3 attempts)',
          failures: 1,
          nextRetry: new Date(START + 60_000).toISOString(),
        });
        // not due before its retry time (the good feed is not due before its interval either)
        expect((await watcher.poll()).polled).toBe(0);
        advance(60_000);
        const later = await watcher.poll();
        expect(later.polled).toBe(1);
        expect(site.counts.get('/kaputt.rss')).toBe(6);
        // the second failure in a row waits twice as long
        expect(await store.feeds.getFeed(site.url('/kaputt.rss'))).toMatchObject({
          failures: 2,
          nextRetry: new Date(START + 60_000 + 120_000).toISOString(),
        });
      },
    );
  });
});

describe('pages that cannot be used', () => {
  it('a slow page times out, a redirect loop and a 10 MB page and a wrong content type are refused; the good page is stored', async () => {
    site.handle('/langsam', () => undefined); // never answers
    site.handle('/kreis/a', (_req, res) => res.writeHead(302, { location: '/kreis/b' }).end());
    site.handle('/kreis/b', (_req, res) => res.writeHead(301, { location: site.url('/kreis/a') }).end());
    site.handle('/gross', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = (): void => {
        while (sent < 10) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', more);
            return;
          }
        }
        res.end();
      };
      more();
    });
    site.file('/bild', 'image/png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const feed = [
      { title: 'langsam', link: site.url('/langsam') },
      { title: 'Kreis', link: site.url('/kreis/a') },
      { title: 'gross', link: site.url('/gross') },
      { title: 'Bild', link: site.url('/bild') },
      item(articles[1] as Article),
    ];
    site.file('/gemischt.rss', 'application/rss+xml', rss('Gemischt', feed));
    const { clock, sleeps } = testClock();
    await withWatcher({ clock, retries: 1, timeoutMs: 2000 }, ['/gemischt.rss'], async (watcher, store) => {
      const report = await watcher.poll(undefined, true);
      const reasons = new Map(report.failures.map((f) => [f.url, f.reason]));
      expect(reasons.get(site.url('/langsam'))).toBe('timed out after 2000 ms (2 attempts)');
      expect(reasons.get(site.url('/kreis/a'))).toBe(`redirect loop (${site.url('/kreis/a')} again)`);
      expect(reasons.get(site.url('/gross'))).toBe(
        'response is over the 5 MB limit, reading stopped there (raise it with --max-size)',
      );
      expect(reasons.get(site.url('/bild'))).toBe('wrong content type "image/png" for an article page');
      expect(report.failures).toHaveLength(4);
      expect(report.added).toBe(1);
      // only the timeout may pass: it was retried once (after 1 s of backoff) and is tried again at a later poll
      expect(site.counts.get('/langsam')).toBe(2);
      expect(sleeps).toEqual([1000]);
      expect(site.counts.get('/kreis/a')).toBe(1);
      expect(site.counts.get('/kreis/b')).toBe(1);
      const seen = await store.feeds.seenItems(
        site.url('/gemischt.rss'),
        feed.map((f) => f.link),
      );
      expect(Object.fromEntries([...seen].map(([k, v]) => [new URL(k).pathname, v.status]))).toEqual({
        '/langsam': 'failed',
        '/kreis/a': 'refused',
        '/gross': 'refused',
        '/bild': 'refused',
        [articles[1]?.path ?? '']: 'stored',
      });
    });
  });

  it('a chain of redirects longer than the cap is refused; a short one is followed to the page', async () => {
    for (let i = 0; i < 7; i++)
      site.handle(`/weiter/${String(i)}`, (_req, res) =>
        res.writeHead(307, { location: `/weiter/${String(i + 1)}` }).end(),
      );
    site.handle('/umzug', (_req, res) => res.writeHead(301, { location: articles[2]?.path ?? '' }).end());
    site.file(
      '/ketten.rss',
      'application/rss+xml',
      rss('Ketten', [
        { title: 'weit', link: site.url('/weiter/0') },
        { title: 'um', link: site.url('/umzug') },
      ]),
    );
    const { clock } = testClock();
    await withWatcher({ clock, retries: 0, maxRedirects: 5 }, ['/ketten.rss'], async (watcher, store) => {
      const report = await watcher.poll(undefined, true);
      expect(report.failures).toEqual([
        { url: site.url('/weiter/0'), reason: 'too many redirects (over 5)' },
      ]);
      expect(site.counts.get('/weiter/5')).toBe(1);
      expect(site.counts.get('/weiter/6')).toBeUndefined();
      expect(report.added).toBe(1);
      const [stored] = (await store.listStories({ limit: 1, offset: 0 })).items;
      const detail = await store.getStory(stored?.id ?? '');
      // stored under the URL it was found at, after the redirect
      expect(detail?.articles.map((a) => a.url)).toEqual([site.url(articles[2]?.path ?? '')]);
    });
  });

  it('a page that failed is fetched again at a later poll, and stored once it works', async () => {
    let broken = true;
    const page = articleHtml(articles[3] as Article);
    site.handle('/wackelig', (_req, res) => {
      if (broken) res.writeHead(503, { 'content-type': 'text/plain' }).end('later');
      else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    site.file('/wackel.rss', 'application/rss+xml', rss('W', [{ title: 'w', link: site.url('/wackelig') }]));
    const { clock, advance } = testClock();
    await withWatcher({ clock, retries: 0, intervalMs: 3_600_000 }, ['/wackel.rss'], async (watcher) => {
      const first = await watcher.poll(undefined, true);
      expect(first.failures).toEqual([{ url: site.url('/wackelig'), reason: 'HTTP 503' }]);
      // the feed answers 304 now; the page is due again after the first later-retry wait (1 min)
      advance(30_000);
      expect((await watcher.poll(undefined, true)).items).toBe(0);
      expect(site.counts.get('/wackelig')).toBe(1);
      broken = false;
      advance(30_000);
      const third = await watcher.poll(undefined, true);
      expect(third).toMatchObject({ notModified: 1, items: 1, added: 1, failures: [] });
      expect(site.counts.get('/wackelig')).toBe(2);
    });
  });
});

describe('politeness', () => {
  it('never has more requests in flight to one host than allowed', async () => {
    // each page is held until a second one is asked for (or a moment passed): a third at once would be seen
    const held: (() => void)[] = [];
    const hold = (a: Article): void =>
      site.handle(`/halten${a.path}`, (_req, res) => {
        held.push(() => res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(a)));
        const release = (): void => held.splice(0).forEach((f) => f());
        if (held.length >= 2) setTimeout(release, 100);
        else setTimeout(release, 300);
      });
    articles.forEach(hold);
    site.file(
      '/halten.rss',
      'application/rss+xml',
      rss(
        'H',
        articles.map((a) => item(a, `/halten${a.path}`)),
      ),
    );
    site.resetMax();
    const { clock } = testClock();
    await withWatcher({ clock, perHost: 2, retries: 0 }, ['/halten.rss'], async (watcher) => {
      const report = await watcher.poll(undefined, true);
      expect(report.failures).toEqual([]);
      expect(articles.map((a) => site.counts.get(`/halten${a.path}`))).toEqual([1, 1, 1, 1, 1]);
      expect(site.maxInFlight()).toBe(2);
    });
  });

  it('spaces the requests to one host by the host delay (on the clock), robots.txt asked once', async () => {
    site.file(
      '/abstand.rss',
      'application/rss+xml',
      rss(
        'A',
        articles.slice(0, 3).map((a) => item(a, `${a.path}?a`)),
      ),
    );
    const robots = site.counts.get('/robots.txt') ?? 0;
    const { clock, sleeps } = testClock();
    await withWatcher({ clock, retries: 0, hostDelayMs: 2000 }, ['/abstand.rss'], async (watcher) => {
      const report = await watcher.poll(undefined, true);
      expect(report.added + report.duplicates).toBe(3);
      // robots.txt, the feed, then three pages: each waits 2 s more than the one before (time stands still)
      expect(sleeps).toEqual([2000, 4000, 6000, 8000]);
      expect(site.counts.get('/robots.txt')).toBe(robots + 1);
    });
  });
});

describe('what a feed may be', () => {
  it('a news sitemap gives its URLs with their news titles and dates', async () => {
    site.file(
      '/news-sitemap.xml',
      'application/xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>${site.url(SIXTH.path)}?s=1</loc><news:news><news:publication><news:name>Testblatt</news:name>
    <news:language>de</news:language></news:publication><news:publication_date>2019-04-26T15:00:00+00:00</news:publication_date>
    <news:title>Kim reist früher ab</news:title></news:news></url>
</urlset>`,
    );
    const { clock } = testClock();
    await withWatcher({ clock, retries: 0 }, ['/news-sitemap.xml'], async (watcher, store) => {
      const report = await watcher.poll(undefined, true);
      expect(report).toMatchObject({ added: 1, failures: [] });
      const [story] = (await store.listStories({ limit: 1, offset: 0 })).items;
      const [article] = (await store.getStory(story?.id ?? ''))?.articles ?? [];
      expect(article).toMatchObject({ url: `${site.url(SIXTH.path)}?s=1`, language: 'de' });
    });
  });

  it('an item without a link is stored from its own text; a feed that is not one is reported', async () => {
    site.file(
      '/ohne-link.json',
      'application/feed+json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Ohne Link',
        items: [{ id: 'kurz-1', content_text: SIXTH.text, title: SIXTH.title }],
      }),
    );
    site.file('/keiner.rss', 'text/html', '<!doctype html><html><body><p>Hallo</p></body></html>');
    const { clock } = testClock();
    await withWatcher({ clock, retries: 0 }, ['/ohne-link.json', '/keiner.rss'], async (watcher, store) => {
      const report = await watcher.poll(undefined, true);
      expect(report.added).toBe(1);
      expect(report.failures).toEqual([
        { url: site.url('/keiner.rss'), reason: 'wrong content type "text/html" for a feed' },
      ]);
      const seen = await store.feeds.seenItems(site.url('/ohne-link.json'), ['kurz-1']);
      expect(seen.get('kurz-1')).toMatchObject({ status: 'stored', url: null });
    });
  });
});
