/**
 * The web page in a real browser: Debian's chromium driven by playwright-core (never a downloaded browser),
 * against `lagebild serve`'s app listening on 127.0.0.1 (port 0) over a temporary SQLite store holding the
 * example story and one hostile article. Skipped, with a message, only when chromium is not installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { StoryDetail, StoryPage } from '../../src/store/types.js';
import { ingest } from '../../src/ingest/index.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM, rowsAre, serveWeb } from '../support/browser.js';
import { EXAMPLE_DIR } from '../support/seeds.js';
import { TRIAL_OPENING, TRIAL_VERDICT } from '../cluster/storyline-texts.js';

/** An article whose text and metadata try to run script; the page must show all of it as text. */
const HOSTILE = {
  id: 'hostile',
  title: 'Quellensteuerreform <img src=x onerror="window.__pwned = \'title\'">',
  source: '<script>window.__pwned = "source"</script>Hackerblatt',
  author: '<b onmouseover="window.__pwned = 1">Mallory</b>',
  url: 'javascript:window.__pwned = "url"',
  text: [
    'Die Quellensteuerreform wurde am Montag im Ausschuss beraten <script>window.__pwned = "script"</script> und vertagt.',
    'Ein Sprecher zeigte ein Bild <img src=x onerror="window.__pwned = \'img\'"> der Sitzung im Ausschuss.',
    'Die Quellensteuerreform soll im Herbst erneut beraten werden, sagte der Sprecher.',
  ].join('\n\n'),
};

/** Three English reports of one storm whose death tolls differ: the analysis flags a conflict. */
const STORM = [
  [
    'storm-a',
    'Coast Herald',
    'The storm killed at least 40 people in the region. Damage was put at $2 billion by officials.',
  ],
  [
    'storm-b',
    'Daily Wire',
    'Officials said 12 people died in the storm. About 3,000 homes lost power for nearly two days.',
  ],
  ['storm-c', 'Valley News', 'Rescuers said about 41 people died in the storm. Some 3,100 homes lost power.'],
].map(([id, source, text]) => ({ id, source, text, language: 'en', published: '2024-03-02' }));

/** A trial at its opening and at its verdict two weeks later: two stories of one storyline. */
const TRIAL = [...TRIAL_OPENING, ...TRIAL_VERDICT].map((d) => ({
  id: d.id,
  text: d.text,
  ...d.meta,
}));

interface Harness {
  readonly work: string;
  readonly store: LagebildStore;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly context: BrowserContext;
}

let h: Harness | undefined;

async function setUp(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'lagebild-browser-'));
  const store = await openStore(join(work, 'store.db'));
  const { documents } = await ingest([EXAMPLE_DIR], {});
  await store.ingest(documents);
  const { app, base } = await serveWeb(work, store);
  // in order of time: the trial (2023) before the storm (2024)
  const trial = await fetch(`${base}/api/articles?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TRIAL),
  });
  if (trial.status !== 201) throw new Error(`trial articles not stored: ${await trial.text()}`);
  const storm = await fetch(`${base}/api/articles?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(STORM),
  });
  if (storm.status !== 201) throw new Error(`storm articles not stored: ${await storm.text()}`);
  const posted = await fetch(`${base}/api/articles?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(HOSTILE),
  });
  if (posted.status !== 201) throw new Error(`hostile article not stored: ${await posted.text()}`);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { work, store, app, base, context };
}

beforeAll(async () => {
  if (HAVE_CHROMIUM) h = await setUp();
}, 120_000);

afterAll(async () => {
  if (h === undefined) return;
  await h.context.close();
  await h.app.close();
  await h.store.close();
  rmSync(h.work, { recursive: true, force: true });
});

function harness(): Harness {
  if (h === undefined) throw new Error('browser harness not set up');
  return h;
}

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${harness().base}${path}`)).json()) as T;
}

/** A new tab that records CSP violations and page errors (none may happen). */
async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await harness().context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.setDefaultTimeout(10_000);
  await page.goto(`${harness().base}${path}`);
  return { page, problems };
}

/** Waits for `locator`; when it never shows, the error names what went wrong in the page. */
async function ready(locator: Locator, problems: readonly string[]): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${String(reason)}; problems in the page: ${problems.join(' | ') || 'none'}`, {
      cause: error,
    });
  }
}

async function storyWith(q: string): Promise<StoryDetail> {
  const list = await api<StoryPage>(`/api/stories?q=${encodeURIComponent(q)}&limit=100`);
  const top = [...list.items].sort((a, b) => b.articles - a.articles)[0];
  if (top === undefined) throw new Error(`no story matches ${q}`);
  return api<StoryDetail>(`/api/stories/${encodeURIComponent(top.id)}`);
}

describe.skipIf(!HAVE_CHROMIUM)('the web page in chromium', () => {
  it('lists the stories with headline, sources, languages and news time; the search box filters', async () => {
    // all stories (the front page shows those with two sources or more unless told otherwise)
    const { page, problems } = await openPage('/?min=1');
    await ready(page.locator('li.story-row').first(), problems);
    const all = await api<StoryPage>('/api/stories');
    expect(await page.locator('li.story-row').count()).toBe(all.total);
    const first = all.items[0];
    const row = page.locator('li.story-row').first();
    expect(await row.locator('a').textContent()).toBe(first?.headline);
    expect(await row.locator('.facts').textContent()).toMatch(
      new RegExp(`${String(first?.sources)} (?:sources?|Quellen?)`, 'u'),
    );
    expect(await row.locator('.facts time').getAttribute('datetime')).toBe(first?.news);
    await page.getByRole('searchbox').fill('Quellensteuerreform');
    await page.getByRole('searchbox').press('Enter');
    await rowsAre(page, 1);
    expect(await page.locator('li.story-row a').textContent()).toContain('Quellensteuerreform');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the example brief; hovering a citation shows the cited source sentence, so does keyboard focus', async () => {
    const detail = await storyWith('Wladiwostok');
    const brief = detail.brief;
    expect(brief).not.toBeNull();
    if (brief === null) return;
    const { page, problems } = await openPage(`/#/story/${encodeURIComponent(detail.story.id)}`);
    const lines = page.locator('ol.brief > li');
    await ready(lines.first(), problems);
    expect(await lines.count()).toBe(brief.sentences.length);
    const first = brief.sentences[0];
    const own = brief.articles.find((a) => a.id === first?.article);
    expect(await page.locator('[role=tooltip]').count()).toBe(0);
    await lines.first().locator('button.cite-mark').first().hover();
    const tip = page.locator('[role=tooltip]');
    await tip.waitFor();
    expect(await tip.locator('q').textContent()).toBe(first?.text);
    expect(await tip.locator('q').getAttribute('data-start')).toBe(String(first?.start));
    expect(await tip.textContent()).toContain(own?.source ?? 'Quelle unbekannt');
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    const second = brief.sentences[1];
    await lines.nth(1).locator('button.cite-mark').first().focus();
    expect(await page.locator('[role=tooltip] q').textContent()).toBe(second?.text);
    await page.keyboard.press('Escape');
    await page.locator('[role=tooltip]').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the sources, the analysis sections and the coverage matrix', async () => {
    const detail = await storyWith('Wladiwostok');
    const { page, problems } = await openPage(`/#/story/${encodeURIComponent(detail.story.id)}`);
    await ready(page.locator('ol.sources > li').first(), problems);
    expect(await page.locator('ol.sources > li').count()).toBe(detail.articles.length);
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Kurzfassung',
        'Quellen',
        'Zitate',
        'Zeitleiste',
        'Personen, Orte, Organisationen',
      ]),
    );
    const cells = (detail.brief?.analysis?.coverage.matrix.length ?? 0) ** 2;
    if (detail.articles.length > 1) expect(await page.locator('svg.matrix rect').count()).toBe(cells);
    const quotes = detail.brief?.analysis?.quotes ?? [];
    if (quotes[0]?.speaker) expect(await page.locator('body').textContent()).toContain(quotes[0].speaker);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('highlights conflicting figures, each value with its source', async () => {
    const detail = await api<StoryDetail>(
      '/api/stories/' + encodeURIComponent((await api<{ story: string }>('/api/articles/storm-a')).story),
    );
    expect(detail.brief?.analysis?.conflicts.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(`/#/story/${encodeURIComponent(detail.story.id)}`);
    const conflict = page.locator('ul.conflicts > li.conflict').first();
    await ready(conflict, problems);
    expect(await page.locator('h2').allTextContents()).toContain('Figures that differ');
    const text = (await conflict.textContent()) ?? '';
    for (const v of ['at least 40', '12', 'about 41']) expect(text).toContain(v);
    const background = await page.evaluate(
      "getComputedStyle(document.querySelector('li.conflict')).backgroundColor",
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await conflict.locator('button.cite-mark').nth(1).hover();
    expect(await page.locator('[role=tooltip] q').textContent()).toBe(
      'Officials said 12 people died in the storm.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an article with <script> and <img onerror> shows them as text and runs nothing', async () => {
    const detail = await storyWith('Quellensteuerreform');
    const { page, problems } = await openPage(`/#/story/${encodeURIComponent(detail.story.id)}`);
    await ready(page.locator('ol.brief > li').first(), problems);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('<script>window.__pwned = "script"</script>');
    expect(body).toContain('<img src=x onerror="window.__pwned = \'img\'">');
    expect(body).toContain('<script>window.__pwned = "source"</script>Hackerblatt');
    for (const mark of await page.locator('button.cite-mark').all()) await mark.hover();
    await page.locator('ol.brief button.cite-mark').first().click();
    expect(await page.locator('[role=tooltip] q').textContent()).toContain('<');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!HAVE_CHROMIUM)('storylines on the web page in chromium', () => {
  it("shows a story's earlier and later chapters as links; a story alone in its storyline shows none", async () => {
    const verdict = await api<StoryDetail>(`/api/stories/${encodeURIComponent('s:prozess-urteil-1')}`);
    expect(verdict.storyline.chapters.map((c) => c.id)).toEqual([
      's:prozess-auftakt-1',
      's:prozess-urteil-1',
    ]);
    const { page, problems } = await openPage(`/#/story/${encodeURIComponent('s:prozess-urteil-1')}`);
    const earlier = page.locator('nav.storyline ol.earlier a');
    await ready(earlier.first(), problems);
    expect(await page.locator('nav.storyline h3').allTextContents()).toEqual(['Frühere Kapitel']);
    expect(await earlier.allTextContents()).toEqual([verdict.storyline.chapters[0]?.headline]);
    await earlier.first().click();
    const later = page.locator('nav.storyline ol.later a');
    await ready(later.first(), problems);
    expect(await page.locator('nav.storyline h3').allTextContents()).toEqual(['Spätere Kapitel']);
    expect(await later.getAttribute('href')).toBe(`#/story/${encodeURIComponent('s:prozess-urteil-1')}`);
    const alone = await storyWith('Wladiwostok');
    expect(alone.storyline.chapters).toHaveLength(1);
    await page.goto(`${harness().base}/#/story/${encodeURIComponent(alone.story.id)}`);
    await ready(page.locator('ol.sources > li').first(), problems);
    expect(await page.locator('nav.storyline').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
