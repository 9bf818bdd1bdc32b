/**
 * Alerts of saved searches (issue 16) delivered to a real local receiver (node:http on 127.0.0.1, port 0; fetch is
 * never mocked). The clock's waits are injected: backoff is counted, not waited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import { openStore, type LagebildStore, type StoreOptions } from '../../src/flows/store.js';
import { exampleDocuments, STORM } from '../store/fixtures.js';
import { startReceiver, type Receiver } from './receiver.js';
import { SIXTH_REPORT } from './sixth-report.js';

let example: SourceDocument[] = [];
beforeAll(async () => {
  example = await exampleDocuments();
});

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

interface Opened {
  readonly store: LagebildStore;
  readonly sleeps: number[];
  readonly logged: string[];
}

async function open(target: string, options: StoreOptions = {}): Promise<Opened> {
  const sleeps: number[] = [];
  const logged: string[] = [];
  const store = await openStore(target, {
    log: (line) => logged.push(line),
    alerts: {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      publicUrl: 'http://lagebild.test/',
    },
    ...options,
  });
  return { store, sleeps, logged };
}

async function receiver(statuses: readonly number[] = []): Promise<Receiver> {
  const r = await startReceiver(statuses);
  cleanup.push(() => r.close());
  return r;
}

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-alerts-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'store.db');
}

describe('alerts of saved searches', () => {
  it('a saved search "Wladiwostok" fires exactly one webhook when a sixth report joins the example story', async () => {
    const hook = await receiver();
    const { store } = await open(':memory:');
    cleanup.push(() => store.close());
    await store.ingest(example);
    const watch = await store.addWatch({
      query: 'Wladiwostok',
      lang: null,
      minSources: 2,
      webhook: hook.url,
    });
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(0); // a watch alerts on what happens after it is saved

    const outcome = await store.ingest([SIXTH_REPORT]);
    expect(outcome.failed).toEqual([]);
    const story = outcome.added[0]?.story ?? '';
    const detail = await store.getStory(story);
    expect(detail?.articles).toHaveLength(6);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(1);
    const [call] = hook.calls;
    const body = call?.body ?? {};
    expect(body).toMatchObject({
      alert: `${watch.id}/${story}/6`,
      watch: watch.id,
      query: 'Wladiwostok',
      story,
      headline: detail?.brief?.headline,
      reason: 'new_source',
      sourceCount: 6,
      link: `http://lagebild.test/#/story/${encodeURIComponent(story)}`,
    });
    expect(call?.headers['idempotency-key']).toBe(body.alert);
    expect(call?.headers['content-type']).toMatch(/^application\/json/u);
    expect(body.sources).toHaveLength(6);
    expect(body.sources).toContain('Ostsee-Rundschau');
    const news = body.new as { articles: { id: string; outlet: string }[]; lines: { status: string }[] };
    expect(news.articles.map((a) => [a.id, a.outlet])).toEqual([['sechster-bericht', 'Ostsee-Rundschau']]);
    expect(Array.isArray(news.lines)).toBe(true);

    // the same report again, and another ingest that adds nothing: no second call
    await store.ingest([SIXTH_REPORT]);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(1);
    const state = await store.getWatch(watch.id);
    expect(state?.alerts.map((a) => [a.story, a.sources, a.status, a.attempts])).toEqual([
      [story, 6, 'delivered', 1],
    ]);
  });
});
