/**
 * `--budget` on `watch` (issue 17, item 1) bounds the cleaning and analysis of each page it stores, as for
 * `ingest`: against the local site of the watch tests, with an injected clock that ticks per reading (never the
 * wall clock), the page over its budget is reported alone, the others are stored, and `--once` exits with 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore } from '../../src/flows/store.js';
import { fakeIo } from '../support/io.js';
import { articleHtml, exampleArticles } from '../watch/articles.js';
import { rss, startSite, type Site } from '../watch/site.js';
import { jumpingClock } from '../support/clock.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-watch-budget-'));
let site: Site;
const articles = exampleArticles();
const FAST = ['--host-delay', '0', '--retries', '0'];

beforeAll(async () => {
  site = await startSite();
  for (const a of articles) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  site.file(
    '/feed.rss',
    'application/rss+xml',
    rss(
      'Testblatt',
      articles.map((a) => ({ title: a.title, link: site.url(a.path), date: new Date(a.date).toUTCString() })),
    ),
  );
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

async function watch(db: string, now: () => number): Promise<{ code: number; err: string }> {
  const io = { ...fakeIo(), now };
  const args = ['watch', site.url('/feed.rss'), '--db', db, '--create', '--once', '--budget', '0.5', ...FAST];
  const code = await execute(args, io);
  return { code, err: io.err() };
}

async function stored(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.health()).articles;
  } finally {
    await store.close();
  }
}

describe('watch --budget', () => {
  it('refuses the page whose analysis passes its budget alone; the others are stored; exit 1', async () => {
    const probe = jumpingClock();
    const fine = await watch(join(work, 'probe.db'), probe.now);
    expect(fine.code, fine.err).toBe(0);
    // each page's splitting, cleaning and analysis read the clock twice each, page after page
    expect(probe.reads()).toBe(6 * articles.length);
    const slow = await watch(join(work, 'slow.db'), jumpingClock(12).now);
    expect(slow.code, slow.err).toBe(1);
    expect(slow.err).toMatch(/too slow to read \(over its budget of 0\.5 s\)/u);
    expect(slow.err).toMatch(/4 new, 0 duplicate; 1 story changed; 1 failed/u);
    expect(await stored(join(work, 'slow.db'))).toBe(articles.length - 1);
  });
});
