/**
 * The front page and the story page on a desktop (1366 px) and a phone (390 px) in Debian's chromium
 * (playwright-core, never a downloaded browser), against `lagebild serve`'s app on 127.0.0.1 (port 0) over a
 * temporary SQLite store: the example story, a storm told by three outlets, a report with a 300-character first
 * sentence told by two, and single-source reports (one of them undated). Issue 16 items 4, 5 and 7. Skipped, with
 * a message, only when chromium is not installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { StoryDetail, StoryPage } from '../../src/store/types.js';
import { ingest } from '../../src/ingest/index.js';
import { messages as de } from '../../src/lang/de/messages.js';
import { renderText } from '../../src/render/text.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM, rowsAre, serveWeb } from '../support/browser.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

const LONG_SENTENCE =
  'Nach wochenlangen Verhandlungen zwischen den Tarifparteien, die mehrfach unterbrochen und von Warnstreiks in ' +
  'Häfen, Kliniken und Kitas begleitet wurden, haben sich die Gewerkschaft und die kommunalen Arbeitgeber in der ' +
  'Nacht zum Freitag in Potsdam auf einen neuen Tarifvertrag für mehr als zwei Millionen Beschäftigte geeinigt.';

/** Seed articles: posted through the API, as a newsroom's tools would. */
const ARTICLES = [
  ...[
    [
      'storm-a',
      'Coast Herald',
      'The storm killed at least 40 people in the region. Damage was put at $2 billion.',
    ],
    ['storm-b', 'Daily Wire', 'Officials said 12 people died in the storm. About 3,000 homes lost power.'],
    [
      'storm-c',
      'Valley News',
      'Rescuers said about 41 people died in the storm. Some 3,100 homes lost power.',
    ],
  ].map(([id, source, text]) => ({ id, source, text, language: 'en', published: '2024-03-02' })),
  ...[
    ['tarif-a', 'https://www.zeit.de/tarif', '2024-05-03T08:00:00Z'],
    ['tarif-b', 'https://www.spiegel.de/tarif', '2024-05-03T09:30:00Z'],
  ].map(([id, url, published]) => ({
    id,
    url,
    published,
    language: 'de',
    text: `${LONG_SENTENCE} Die Einigung sieht höhere Löhne in zwei Stufen vor. ${id === 'tarif-a' ? 'Die Laufzeit beträgt zwei Jahre.' : 'Der Vertrag gilt zwei Jahre.'}`,
  })),
  {
    id: 'pier',
    source: 'Harbour Post',
    language: 'en',
    published: '2024-02-01',
    text: 'The harbour authority closed the northern pier after a crane collapsed during the night. Nobody was hurt.',
  },
  {
    id: 'orgel',
    language: 'de',
    text: 'Die Orgel der Stadtkirche wird nach zwei Jahren Restaurierung am Sonntag wieder gespielt. Der Kantor lädt ein.',
  },
];

interface Harness {
  readonly work: string;
  readonly store: LagebildStore;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: Browser;
}

let h: Harness | undefined;

async function setUp(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'lagebild-front-'));
  const store = await openStore(join(work, 'store.db'));
  const { documents } = await ingest([EXAMPLE_DIR], {});
  await store.ingest(documents);
  const { app, base } = await serveWeb(work, store);
  const posted = await fetch(`${base}/api/articles?wait=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ARTICLES),
  });
  if (posted.status !== 201) throw new Error(`articles not stored: ${await posted.text()}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return { work, store, app, base, browser };
}

beforeAll(async () => {
  if (HAVE_CHROMIUM) h = await setUp();
}, 180_000);

afterAll(async () => {
  if (h === undefined) return;
  await h.browser.close();
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

const WIDTHS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** A tab in a fresh context of `locale` at `width`, recording page errors (none may happen). */
async function open(
  path: string,
  locale: string,
  width: keyof typeof WIDTHS,
  clipboard = false,
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await harness().browser.newContext({ locale, viewport: WIDTHS[width] });
  if (clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness().base });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon') && !m.text().includes('404'))
      problems.push(m.text());
  });
  page.setDefaultTimeout(10_000);
  await page.goto(`${harness().base}${path}`);
  return { page, context, problems };
}

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

async function exampleStory(): Promise<StoryDetail> {
  const list = await api<StoryPage>('/api/stories?q=Wladiwostok&limit=100');
  const top = [...list.items].sort((a, b) => b.articles - a.articles)[0];
  if (top === undefined) throw new Error('no example story');
  return api<StoryDetail>(`/api/stories/${encodeURIComponent(top.id)}`);
}

describe.skipIf(!HAVE_CHROMIUM)('the front page in chromium', () => {
  it('shows the stories with two sources or more in news order, with the total; filters and page live in the URL and Back restores them', async () => {
    const { page, context, problems } = await open('/', 'de-DE', 'desktop');
    await ready(page.locator('li.story-row').first(), problems);
    const two = await api<StoryPage>('/api/stories?minSources=2');
    const all = await api<StoryPage>('/api/stories');
    expect(two.total).toBeLessThan(all.total);
    expect(await page.locator('p.total').textContent()).toBe(`${String(two.total)} Geschichten`);
    expect(await page.locator('li.story-row').count()).toBe(two.items.length);
    expect(
      await page.locator('li.story-row time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
    ).toEqual(two.items.map((s) => s.news));
    // all stories, then a search: each a new address
    await page.locator('select[name=min]').selectOption('1');
    await rowsAre(page, all.total);
    expect(new URL(page.url()).search).toBe('?min=1');
    expect(await page.locator('p.total').textContent()).toBe(`${String(all.total)} Geschichten`);
    await page.getByRole('searchbox').fill('Orgel');
    await page.getByRole('searchbox').press('Enter');
    await rowsAre(page, 1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Orgel');
    expect(await page.locator('p.total').textContent()).toBe('1 Geschichte');
    // into the story and Back: the search is still there
    await page.locator('li.story-row .story-link').click();
    await ready(page.locator('article.story'), problems);
    await page.goBack();
    await rowsAre(page, 1);
    expect(await page.getByRole('searchbox').inputValue()).toBe('Orgel');
    // Back: all stories without the search; Back again: the front page's default
    await page.goBack();
    await rowsAre(page, all.total);
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.locator('select[name=min]').inputValue()).toBe('1');
    await page.goBack();
    await rowsAre(page, two.total);
    expect(await page.locator('select[name=min]').inputValue()).toBe('2');
    // a shared link opens the same list
    await page.goto(`${harness().base}/?min=1&lang=en&span=all`);
    await rowsAre(page, 2);
    expect(await page.locator('select[name=lang]').inputValue()).toBe('en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes counts with the language’s plural forms: "1 Quelle", "2 Quellen", "1 source", never "1 sources"', async () => {
    for (const [locale, one, wrong] of [
      ['de-DE', /(?<!\d)1 Quelle(?!n)/u, /(?<!\d)1 (?:Quellen|Geschichten)\b/u],
      ['en-US', /(?<!\d)1 source(?!s)/u, /(?<!\d)1 (?:sources|articles|stories)\b/u],
    ] as const) {
      const { page, context, problems } = await open('/?min=1', locale, 'desktop');
      await ready(page.locator('li.story-row').first(), problems);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toMatch(one);
      expect(text).not.toMatch(wrong);
      expect(text).toMatch(locale === 'de-DE' ? /\b3 Quellen\b/u : /\b3 sources\b/u);
      // the undated story is shown by when it was stored
      const orgel = page.locator('li.story-row', { hasText: 'Orgel' });
      expect(await orgel.locator('time').textContent()).toMatch(
        locale === 'de-DE' ? /^eingelesen / : /^stored /,
      );
      // an article of unknown outlet is counted as an article, never read as one more source
      expect(await orgel.locator('.facts').textContent()).toContain(
        locale === 'de-DE' ? '1 Artikel unbekannter Herkunft' : '1 article of unknown origin',
      );
      const storm = page.locator('li.story-row', { hasText: 'storm' });
      expect(await storm.locator('.facts').textContent()).toMatch(
        locale === 'de-DE' ? /\b3 Quellen: \w/u : /\b3 sources: \w/u,
      );
      expect(text).not.toMatch(/unbekannte\)|unknown\)/u);
      // the pier story: its outlet, its language by name
      const pier = page.locator('li.story-row', { hasText: 'harbour' });
      expect(await pier.locator('.facts').textContent()).toContain('Harbour Post');
      expect(await pier.locator('.facts').textContent()).toContain(
        locale === 'de-DE' ? 'Englisch' : 'English',
      );
      await context.close();
    }
  });

  it('cuts a long headline at a word with "…"; one click shows all of it', async () => {
    // all stories: the two Tarif texts are near-identical, so they count as one independent publisher
    const { page, context, problems } = await open('/?min=1', 'de-DE', 'phone');
    const row = page.locator('li.story-row', { hasText: 'Tarifparteien' });
    await ready(row, problems);
    const link = row.locator('.story-link');
    const short = (await link.textContent()) ?? '';
    expect(short.length).toBeLessThanOrEqual(121);
    expect(short.endsWith('…')).toBe(true);
    expect(LONG_SENTENCE.startsWith(short.slice(0, -1))).toBe(true);
    // cut at a word: what follows the kept text is no letter
    expect(LONG_SENTENCE[short.length - 1]).toMatch(/[^\p{L}\p{N}]/u);
    const more = row.getByRole('button', { name: de.web.fullHeadline });
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await link.textContent()).toContain(LONG_SENTENCE);
    expect(await row.getByRole('button').getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a German page shows German errors, never the server’s English message', async () => {
    const { page, context, problems } = await open('/#/story/s%3Anichts', 'de-DE', 'phone');
    const alert = page.getByRole('alert');
    await ready(alert, problems);
    expect(await alert.textContent()).toBe(de.errors.notFound);
    await page.goto(`${harness().base}/?lang=zz`);
    await ready(page.getByRole('alert'), problems);
    expect(await page.getByRole('alert').textContent()).toBe(de.errors.badRequest.replace('{status}', '400'));
    expect(await page.locator('body').textContent()).not.toMatch(/no story|must be|query\./u);
    await context.close();
  });
});

describe.skipIf(!HAVE_CHROMIUM)('the story page on a phone and a desktop in chromium', () => {
  for (const width of ['phone', 'desktop'] as const) {
    it(`${width}: every citation is a tap target of at least 24×24 px and its popover stays inside the screen`, async () => {
      const detail = await exampleStory();
      const { page, context, problems } = await open(
        `/#/story/${encodeURIComponent(detail.story.id)}`,
        'de-DE',
        width,
      );
      await ready(page.locator('ol.brief > li').first(), problems);
      const viewport = WIDTHS[width].width;
      const marks = page.locator('button.cite-mark');
      const count = await marks.count();
      expect(count).toBeGreaterThan(10);
      const sizes = await marks.evaluateAll((bs) =>
        bs.map((b) => {
          const r = b.getBoundingClientRect();
          return [r.width, r.height];
        }),
      );
      for (const [w, hgt] of sizes) {
        expect(w).toBeGreaterThanOrEqual(24);
        expect(hgt).toBeGreaterThanOrEqual(24);
      }
      for (const control of await page.locator('button, select, input').all()) {
        const box = await control.boundingBox();
        if (box === null) continue;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      // the popovers of the brief's lines, the rightmost marks first (they would run off the screen)
      const brief = page.locator('ol.brief button.cite-mark');
      const n = await brief.count();
      for (let i = 0; i < n; i++) {
        const mark = brief.nth(i);
        await mark.scrollIntoViewIfNeeded();
        await mark.click();
        const tip = page.locator('[role=tooltip]');
        await tip.waitFor();
        const box = await tip.evaluate((t) => {
          const r = t.getBoundingClientRect();
          return { left: r.left, right: r.right };
        });
        expect(box.left, `popover ${String(i)}`).toBeGreaterThanOrEqual(0);
        expect(box.right, `popover ${String(i)}`).toBeLessThanOrEqual(viewport);
        await page.keyboard.press('Escape');
        await tip.waitFor({ state: 'detached' });
      }
      const scroll = await page.evaluate('document.documentElement.scrollWidth');
      expect(scroll).toBeLessThanOrEqual(viewport);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('"Als Text kopieren" puts the brief with its sources on the clipboard as plain text', async () => {
    const detail = await exampleStory();
    if (detail.brief === null) throw new Error('no brief');
    const { page, context, problems } = await open(
      `/#/story/${encodeURIComponent(detail.story.id)}`,
      'de-DE',
      'desktop',
      true,
    );
    const button = page.getByRole('button', { name: de.web.copyText });
    await ready(button, problems);
    await button.click();
    await ready(page.getByRole('status').filter({ hasText: de.web.copied }), problems);
    const copied = await page.evaluate('navigator.clipboard.readText()');
    expect(copied).toBe(renderText(detail.brief));
    expect(copied).toContain(detail.brief.sentences[0]?.text);
    expect(copied).toContain('Quellen:');
    const md = page.locator('a.export-md');
    expect(await md.getAttribute('href')).toBe(`/api/stories/${encodeURIComponent(detail.story.id)}.md`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('where the clipboard refuses, the same text is shown selected to copy by hand', async () => {
    const detail = await exampleStory();
    if (detail.brief === null) throw new Error('no brief');
    const context = await harness().browser.newContext({ locale: 'de-DE', viewport: WIDTHS.phone });
    await context.addInitScript(
      "Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });",
    );
    const page = await context.newPage();
    await page.goto(`${harness().base}/#/story/${encodeURIComponent(detail.story.id)}`);
    await page.getByRole('button', { name: de.web.copyText }).click();
    const box = page.locator('textarea.copy-box');
    await box.waitFor();
    expect(await box.inputValue()).toBe(renderText(detail.brief));
    expect(await page.getByRole('status').textContent()).toBe(de.web.copyByHand);
    expect(await page.evaluate('document.activeElement?.className')).toBe('copy-box');
    await context.close();
  });
});
