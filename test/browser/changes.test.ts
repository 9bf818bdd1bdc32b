/**
 * "What is new since I looked" on the story page (issue 16 item 2), in Debian's chromium: a reader opens the example
 * story with four reports, the fifth arrives, and on the next visit the page marks the brief lines that are new or
 * changed, lists the new article, and opens an earlier version of the brief. The last visit is kept in the
 * browser (localStorage of the context), the changes come from `GET /api/stories/:id/changes`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { SourceDocument } from '../../src/core/types.js';
import { ingest } from '../../src/ingest/index.js';
import { messages as de } from '../../src/lang/de/messages.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import type { StoryChanges, StoryPage } from '../../src/store/types.js';
import { CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM, serveWeb } from '../support/browser.js';
import { EXAMPLE_DIR } from '../support/seeds.js';

interface Harness {
  readonly work: string;
  readonly store: LagebildStore;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: Browser;
  readonly fifth: SourceDocument;
}

let h: Harness | undefined;

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  const work = mkdtempSync(join(tmpdir(), 'lagebild-changes-'));
  const store = await openStore(join(work, 'store.db'));
  const { documents } = await ingest([EXAMPLE_DIR], {});
  const sorted = [...documents].sort((a, b) => a.id.localeCompare(b.id));
  const fifth = sorted[4];
  if (fifth === undefined) throw new Error('the example has five articles');
  await store.ingest(sorted.slice(0, 4));
  const { app, base } = await serveWeb(work, store);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  h = { work, store, app, base, browser, fifth };
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

async function storyId(): Promise<string> {
  const list = (await (await fetch(`${harness().base}/api/stories?q=Putin&limit=10`)).json()) as StoryPage;
  const top = [...list.items].sort((a, b) => b.articles - a.articles)[0];
  if (top === undefined) throw new Error('no example story');
  return top.id;
}

describe.skipIf(!HAVE_CHROMIUM)('what is new since the last visit, in chromium', () => {
  it('marks nothing on a first visit; after the fifth report it marks the new and changed lines, lists the new article and opens an earlier version', async () => {
    const { browser, base, store, fifth } = harness();
    const id = await storyId();
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.setDefaultTimeout(10_000);
    const url = `${base}/#/story/${encodeURIComponent(id)}`;

    await page.goto(url);
    await page.locator('ol.brief > li').first().waitFor();
    expect(await page.locator('.since-visit').count()).toBe(0);
    expect(await page.locator('ol.brief .mark').count()).toBe(0);
    const seen = await page.evaluate(
      (key) =>
        (
          globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
        ).localStorage.getItem(key),
      `lagebild:lastVisit:${id}`,
    );
    expect(seen).toMatch(/^\d{4}-\d\d-\d\dT/u);

    const outcome = await store.ingest([fifth]);
    expect(outcome.added).toHaveLength(1);
    const live = await storyId();
    // what the server says is new since that visit: the page must show exactly this
    const changes = (await (
      await fetch(
        `${base}/api/stories/${encodeURIComponent(live)}/changes?since=${encodeURIComponent(seen ?? '')}`,
      )
    ).json()) as StoryChanges;
    expect(changes.articles.map((a) => a.id)).toEqual([fifth.id]);
    expect(changes.lines.length).toBeGreaterThan(0);

    await page.goto(`${base}/#/story/${encodeURIComponent(live)}`);
    await page.reload();
    const section = page.locator('section.since-visit');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toContain('Neu seit Ihrem letzten Besuch');
    expect(await section.locator('ul.new-articles li').count()).toBe(1);
    expect(await section.locator('ul.new-articles li').textContent()).toContain(
      changes.articles[0]?.title ?? '',
    );
    const marked = page.locator('ol.brief > li.new, ol.brief > li.changed');
    await marked.first().waitFor();
    const texts = await marked.allTextContents();
    expect(texts).toHaveLength(
      changes.lines.filter((l) => l.status === 'new' || l.status === 'changed').length,
    );
    for (const line of changes.lines) {
      const mark = line.status === 'new' ? de.web.newMark : de.web.changedMark;
      expect(texts.some((t) => t.startsWith(mark) && t.includes(line.text))).toBe(true);
    }

    // the earlier version of the brief (the one with four reports) opens from the list
    const versions = page.locator('details.versions');
    await versions.locator('summary').click();
    const entries = versions.locator(':scope > ul > li');
    expect(await entries.count()).toBeGreaterThanOrEqual(1);
    await entries.first().getByRole('button', { name: de.web.showVersion }).click();
    await versions.locator('ol.version-lines li').first().waitFor();
    expect(await versions.locator('ol.version-lines li').count()).toBeGreaterThan(0);

    // the visit is recorded: a third visit with nothing new marks nothing
    await page.reload();
    await page.locator('.since-visit').waitFor();
    expect(await page.locator('.since-visit').textContent()).toContain('nichts Neues');
    expect(await page.locator('ol.brief .mark').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
