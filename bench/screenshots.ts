/**
 * The screenshots in docs/ (README, docs/server.md): the front page and a story page at 1366 and 390 CSS px, in
 * German, taken with Debian's chromium through playwright-core (as the browser tests do) from a temporary SQLite
 * store holding the example story and a few short demo reports (the fixtures of test/browser/front.test.ts), served
 * by the real app on 127.0.0.1. Needs the build: `npm run build && node dist/bench/screenshots.js [out-dir]`
 * (default docs/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { openStore } from '../src/flows/store.js';
import { ingest } from '../src/ingest/index.js';
import { boundPort, buildServer } from '../src/server/index.js';
import { EXAMPLE } from './corpus.js';

const CHROMIUM = process.env['LAGEBILD_CHROMIUM'] ?? '/usr/bin/chromium';

const LONG_SENTENCE =
  'Nach wochenlangen Verhandlungen zwischen den Tarifparteien, die mehrfach unterbrochen und von Warnstreiks in ' +
  'Häfen, Kliniken und Kitas begleitet wurden, haben sich die Gewerkschaft und die kommunalen Arbeitgeber in der ' +
  'Nacht zum Freitag in Potsdam auf einen neuen Tarifvertrag für mehr als zwei Millionen Beschäftigte geeinigt.';

const DEMO = [
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
    ['tarif-a', 'https://www.zeit.de/tarif', '2024-05-03T08:00:00Z', 'Die Laufzeit beträgt zwei Jahre.'],
    ['tarif-b', 'https://www.spiegel.de/tarif', '2024-05-03T09:30:00Z', 'Der Vertrag gilt zwei Jahre.'],
  ].map(([id, url, published, last]) => ({
    id,
    url,
    published,
    language: 'de',
    text: `${LONG_SENTENCE} Die Einigung sieht höhere Löhne in zwei Stufen vor. ${last ?? ''}`,
  })),
];

const SHOTS = [
  { name: 'screenshot-list', width: 1366, height: 900, story: false },
  { name: 'screenshot-list-phone', width: 390, height: 844, story: false },
  { name: 'screenshot-story', width: 1366, height: 900, story: true },
  { name: 'screenshot-story-phone', width: 390, height: 844, story: true },
] as const;

export async function screenshots(outDir: string): Promise<string[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  const work = mkdtempSync(join(tmpdir(), 'lagebild-shots-'));
  const store = await openStore(join(work, 'store.db'));
  const app = buildServer({ store });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
  });
  try {
    const { documents } = await ingest([EXAMPLE], {});
    await store.ingest(documents);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${String(boundPort(app))}`;
    const posted = await fetch(`${base}/api/articles?wait=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO),
    });
    if (posted.status !== 201) throw new Error(`demo articles not stored: ${await posted.text()}`);
    const list = (await (await fetch(`${base}/api/stories?q=Wladiwostok`)).json()) as {
      items: { id: string; articles: number }[];
    };
    const example = [...list.items].sort((a, b) => b.articles - a.articles)[0];
    if (example === undefined) throw new Error('the example story is missing');
    const written: string[] = [];
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        locale: 'de-DE',
        viewport: { width: shot.width, height: shot.height },
      });
      const page = await context.newPage();
      if (shot.story) {
        await page.goto(`${base}/#/story/${encodeURIComponent(example.id)}`);
        await page.locator('ol.brief > li').first().waitFor();
        // a citation's popover open, as a reader sees it after a tap
        await page.locator('ol.brief button.cite-mark').nth(1).click();
        await page.locator('[role=tooltip]').waitFor();
      } else {
        await page.goto(`${base}/`);
        await page.locator('li.story-row').first().waitFor();
      }
      const path = join(outDir, `${shot.name}.png`);
      await page.screenshot({ path });
      written.push(path);
      await context.close();
    }
    return written;
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = resolve(process.argv[2] ?? 'docs');
  for (const path of await screenshots(out)) process.stdout.write(`${path}\n`);
}
