/**
 * The watcher as a process (the built CLI): a running `lagebild watch` stops cleanly on SIGTERM, between polls and
 * with a request in flight; `lagebild serve --watch` stores a followed feed's pages while it serves them. Every wait
 * is on an event (a line on stderr, a request at the site, the child's exit), never on time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { openStore } from '../../src/flows/store.js';
import { fakeIo } from '../support/io.js';
import { BIN, ensureBuilt } from '../store/cli-process.js';
import { articleHtml, exampleArticles } from './articles.js';
import { rss, startSite, type Site } from './site.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-watch-process-'));
let site: Site;
const articles = exampleArticles();
const FAST = ['--host-delay', '0', '--retries', '0'];

beforeAll(async () => {
  await ensureBuilt();
  site = await startSite();
  for (const a of articles) site.file(a.path, 'text/html; charset=utf-8', articleHtml(a));
  site.file(
    '/feed.rss',
    'application/rss+xml',
    rss(
      'Testblatt',
      articles.map((a) => ({ title: a.title, link: site.url(a.path) })),
    ),
  );
  site.handle('/haengt', () => undefined); // answers never: a request in flight until the client gives up
  site.file('/haengt.rss', 'application/rss+xml', rss('H', [{ title: 'h', link: site.url('/haengt') }]));
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

interface Child {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when stderr (or stdout) has a match of `pattern`. */
  readonly seen: (pattern: RegExp, stream?: 'stdout' | 'stderr') => Promise<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function start(args: readonly string[]): Child {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const text = { stdout: '', stderr: '' };
  const watchers: { pattern: RegExp; stream: 'stdout' | 'stderr'; resolve: (s: string) => void }[] = [];
  const check = (): void => {
    for (const w of [...watchers]) {
      const m = w.pattern.exec(text[w.stream]);
      if (m) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(m[0]);
      }
    }
  };
  for (const stream of ['stdout', 'stderr'] as const)
    child[stream].setEncoding('utf8').on('data', (chunk: string) => {
      text[stream] += chunk;
      check();
    });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr: text.stderr })),
  );
  return {
    child,
    exit,
    seen: (pattern, stream = 'stderr') =>
      Promise.race([
        new Promise<string>((resolve) => {
          watchers.push({ pattern, stream, resolve });
          check();
        }),
        exit.then(({ stderr }) => {
          throw new Error(`exited before ${String(pattern)}: ${stderr}`);
        }),
      ]),
  };
}

describe('lagebild watch as a process', () => {
  it('stops cleanly on SIGTERM between polls: exit 0, the store closed with what it stored', async () => {
    const db = join(work, 'idle.db');
    const watch = start([
      'watch',
      site.url('/feed.rss'),
      '--db',
      db,
      '--create',
      '--interval',
      '1h',
      ...FAST,
    ]);
    await watch.seen(/poll 1: .*\n/u);
    watch.child.kill('SIGTERM');
    const { code, stderr } = await watch.exit;
    expect(stderr).toContain('lagebild watch: following 1 feed');
    expect(stderr).toContain('5 items: 5 new, 0 duplicate; 1 story changed; 0 failed');
    expect(stderr).toMatch(/stopping .*\n.*lagebild watch: stopped\n$/u);
    expect(code).toBe(0);
    const store = await openStore(db);
    try {
      expect(await store.health()).toMatchObject({ articles: 5, stories: 1 });
    } finally {
      await store.close();
    }
  });

  it('stops on SIGTERM with a page request in flight: the request is aborted, the item left for the next run', async () => {
    const db = join(work, 'busy.db');
    const asked = site.requested('/haengt');
    const watch = start([
      'watch',
      site.url('/haengt.rss'),
      '--db',
      db,
      '--create',
      ...FAST,
      '--timeout',
      '1h',
    ]);
    await asked;
    watch.child.kill('SIGTERM');
    const { code, stderr } = await watch.exit;
    expect(code).toBe(0);
    expect(stderr).toContain('lagebild watch: stopped');
    const store = await openStore(db);
    try {
      const feed = await store.feeds.getFeed(site.url('/haengt.rss'));
      expect(feed).toMatchObject({ lastStatus: 200, itemsSeen: 0, lastError: null });
      expect((await store.feeds.seenItems(site.url('/haengt.rss'), [site.url('/haengt')])).size).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe('lagebild serve --watch', () => {
  it('stores the pages of a followed feed while it serves, and stops with the server', async () => {
    const db = join(work, 'serve.db');
    const feed = site.url('/feed.rss');
    expect(await execute(['feeds', 'add', feed, '--db', db, '--create'], fakeIo())).toBe(0);
    const serve = start(['serve', '--watch', '--db', db, '--port', '0', ...FAST]);
    const before = site.counts.get('/feed.rss') ?? 0;
    const url = await serve.seen(/http:\/\/127\.0\.0\.1:\d+\//u, 'stdout');
    try {
      await serve.seen(/lagebild serve --watch: poll 1: 1 feed polled, .*5 new.*\n/u);
      const page = (await (await fetch(`${url}api/stories`)).json()) as {
        items: { sources: number; articles: number }[];
        total: number;
      };
      expect(page.total).toBe(1);
      expect(page.items[0]?.articles).toBe(5);
      expect(site.counts.get('/feed.rss')).toBe(before + 1);
    } finally {
      serve.child.kill('SIGTERM');
    }
    const { code, stderr } = await serve.exit;
    expect(stderr).toContain('lagebild serve: watching 1 feed');
    expect(code).toBe(0);
  });
});
