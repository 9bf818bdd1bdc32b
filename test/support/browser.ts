/**
 * What the browser tests share: Debian's chromium (never a downloaded browser) and its flags, the web page built
 * into a folder, and `lagebild serve`'s app over a store, listening on 127.0.0.1 (port 0).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import type { LagebildStore } from '../../src/flows/store.js';
import { boundPort, buildServer } from '../../src/server/index.js';

export const CHROMIUM = process.env['LAGEBILD_CHROMIUM'] ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  process.stderr.write(`\n  SKIPPED browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)\n\n`);
}

/** Headless, no sandbox (root in CI), and none of chromium's own calls out to the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Builds the web page into `work/web` and serves it with the API over `store`; the app and its base URL. */
export async function serveWeb(
  work: string,
  store: LagebildStore,
): Promise<{ readonly app: FastifyInstance; readonly base: string }> {
  const webRoot = join(work, 'web');
  await build({
    configFile: new URL('../../web/vite.config.ts', import.meta.url).pathname,
    logLevel: 'silent',
    build: { outDir: webRoot },
  });
  const app = buildServer({ store, webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base: `http://127.0.0.1:${String(boundPort(app))}` };
}

/** What a predicate run in the page uses of its globals (the tests are typed without the DOM). */
interface PageGlobals {
  readonly document: { querySelectorAll(selector: string): { readonly length: number } };
}

/**
 * Waits until the list shows `n` rows (a function predicate: the page's CSP forbids the eval a string one needs
 * while polling).
 */
export async function rowsAre(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      (globalThis as unknown as PageGlobals).document.querySelectorAll('li.story-row').length === count,
    n,
  );
}
