/**
 * Alerts of saved searches (issue 16) delivered to a real local receiver (node:http on 127.0.0.1, port 0; fetch is
 * never mocked). The clock's waits are injected: backoff is counted, not waited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import { createClusterer } from '../../src/cluster/index.js';
import { openStore, storeClusterer, type LagebildStore, type StoreOptions } from '../../src/flows/store.js';
import { openRepository } from '../../src/store/index.js';
import { exampleDocuments, STORM } from '../store/fixtures.js';
import { startReceiver, type Receiver } from './receiver.js';
import { ANONYMOUS_REPORT, SIXTH_REPORT } from './sixth-report.js';

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
      alert: `${watch.id}/${story}/4`,
      watch: watch.id,
      query: 'Wladiwostok',
      story,
      headline: detail?.brief?.headline,
      reason: 'new_source',
      // the example's two articles of unknown outlets count no source: DER STANDARD, SZ, Der Tagesspiegel, this one
      sourceCount: 4,
      link: `http://lagebild.test/#/story/${encodeURIComponent(story)}`,
    });
    expect(call?.headers['idempotency-key']).toBe(body.alert);
    expect(call?.headers['content-type']).toMatch(/^application\/json/u);
    expect(body.sources).toEqual([
      'DER STANDARD',
      'Süddeutsche Zeitung',
      'Der Tagesspiegel',
      'Ostsee-Rundschau',
    ]);
    const news = body.new as { articles: { id: string; outlet: string }[]; lines: { status: string }[] };
    expect(news.articles.map((a) => [a.id, a.outlet])).toEqual([['sechster-bericht', 'Ostsee-Rundschau']]);
    expect(Array.isArray(news.lines)).toBe(true);

    // the same report again, and another ingest that adds nothing: no second call
    await store.ingest([SIXTH_REPORT]);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(1);
    const state = await store.getWatch(watch.id);
    expect(state?.alerts.map((a) => [a.story, a.sources, a.status, a.attempts])).toEqual([
      [story, 4, 'delivered', 1],
    ]);

    // an anonymous report (no source, no URL, no outlet in its text) joins the story: no source gained, no alert
    const anonymous = await store.ingest([ANONYMOUS_REPORT]);
    expect(anonymous.added.map((a) => a.story)).toEqual([story]);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(1);
    expect((await store.getStory(story))?.story.sources).toBe(4);
  });
});

describe('alert delivery', () => {
  it('sends each alert exactly once across two ingests and a restart', async () => {
    const hook = await receiver();
    const db = tempDb();
    const first = await open(db);
    const watch = await first.store.addWatch({
      query: 'Putin',
      lang: 'de',
      minSources: 1,
      webhook: hook.url,
    });
    await first.store.ingest(example.slice(0, 4));
    await first.store.ingest(example.slice(0, 4)); // duplicates only
    await first.store.close(); // close delivers what is pending
    // 000 and 003 are of unknown outlets: 001 (DER STANDARD) and 002 (SZ) count
    expect(hook.calls.map((c) => c.body.sourceCount)).toEqual([2]);
    expect(hook.calls[0]?.body.reason).toBe('created');

    const second = await open(db);
    cleanup.push(() => second.store.close());
    await second.store.deliverAlerts(); // nothing pending: the delivered alert is not sent again
    expect(hook.calls).toHaveLength(1);
    await second.store.ingest(example.slice(4));
    await second.store.deliverAlerts();
    expect(hook.calls.map((c) => c.body.sourceCount)).toEqual([2, 3]);
    const news = hook.calls[1]?.body.new as { articles: { id: string }[] };
    expect(news.articles.map((a) => a.id)).toEqual([example[4]?.id]);
    const alerts = (await second.store.getWatch(watch.id))?.alerts ?? [];
    expect(alerts.map((a) => [a.sources, a.status])).toEqual([
      [3, 'delivered'],
      [2, 'delivered'],
    ]);
  });

  it('sends an alert a stopped process left pending, or was sending past its lease, when the store opens again, once', async () => {
    const db = tempDb();
    const hook = await receiver();
    // a process that stopped after raising one alert and while sending another (written through the repository)
    const repo = await openRepository(db, { clusterer: () => storeClusterer(createClusterer()) });
    const watch = await repo.addWatch({ query: 'Kim', lang: null, minSources: 1, webhook: hook.url });
    for (const sources of [1, 2]) {
      const payload = JSON.stringify({ alert: `left-${String(sources)}` });
      expect(await repo.raiseAlert({ watch: watch.id, story: 's:x', sources, payload })).toBe(true);
    }
    expect(await repo.raiseAlert({ watch: watch.id, story: 's:x', sources: 1, payload: '{}' })).toBe(false);
    const claimed = await repo.claimAlert('2026-01-01T00:00:00.000Z', 60_000);
    expect(claimed?.payload).toBe('{"alert":"left-1"}');
    await repo.close();

    const first = await open(db);
    await first.store.deliverAlerts();
    await first.store.close();
    // left-2 was pending; left-1 was claimed long ago (its lease of 10 minutes ran out): both sent, each once
    expect(hook.calls.map((c) => c.body.alert)).toEqual(['left-1', 'left-2']);
    const second = await open(db);
    cleanup.push(() => second.store.close());
    await second.store.deliverAlerts();
    expect(hook.calls).toHaveLength(2);
  });

  it('retries a 500 with backoff, then delivers; the failure is kept on the watch', async () => {
    const hook = await receiver([500, 503]);
    const { store, sleeps, logged } = await open(':memory:');
    cleanup.push(() => store.close());
    const watch = await store.addWatch({ query: 'Kim', lang: null, minSources: 1, webhook: hook.url });
    await store.ingest(example.slice(0, 2));
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(3);
    expect(hook.delivered()).toHaveLength(1);
    expect(new Set(hook.calls.map((c) => c.body.alert)).size).toBe(1);
    expect(sleeps).toEqual([1000, 2000]);
    expect(logged.filter((l) => l.includes('failed'))).toHaveLength(2);
    const state = await store.getWatch(watch.id);
    expect(state?.alerts.map((a) => [a.status, a.attempts, a.lastError])).toEqual([
      ['delivered', 3, 'attempt 2: HTTP 503'],
    ]);
    expect(state?.lastError).toBe('attempt 2: HTTP 503');
  });

  it('gives an alert up after its attempts, reporting it, and sends nothing more for it', async () => {
    const hook = await receiver([500, 500, 500, 500, 500, 500]);
    const { store, sleeps, logged } = await open(':memory:', {});
    cleanup.push(() => store.close());
    const watch = await store.addWatch({ query: 'Kim', lang: null, minSources: 1, webhook: hook.url });
    await store.ingest(example.slice(1, 2));
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(logged.join('\n')).toMatch(/given up after 5 attempt/u);
    const state = await store.getWatch(watch.id);
    expect(state?.alerts.map((a) => [a.status, a.attempts])).toEqual([['failed', 5]]);
    expect(state?.lastError).toBe('attempt 5: HTTP 500');
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(5);
  });

  it('reports a webhook nobody listens on (connection refused)', async () => {
    const gone = await startReceiver();
    const url = gone.url;
    await gone.close();
    const { store, logged } = await open(':memory:', {});
    cleanup.push(() => store.close());
    const watch = await store.addWatch({ query: 'Kim', lang: null, minSources: 1, webhook: url });
    await store.ingest(example.slice(1, 2));
    await store.deliverAlerts();
    const state = await store.getWatch(watch.id);
    expect(state?.alerts[0]?.status).toBe('failed');
    expect(state?.lastError).toMatch(/ECONNREFUSED/u);
    expect(logged.some((l) => l.includes('ECONNREFUSED'))).toBe(true);
  });
});

describe('which stories alert', () => {
  it('raises no alert for a story that does not match the search or the language', async () => {
    const hook = await receiver();
    const { store } = await open(':memory:');
    cleanup.push(() => store.close());
    await store.addWatch({ query: 'Cornwall', lang: null, minSources: 1, webhook: hook.url });
    await store.addWatch({ query: 'Wladiwostok', lang: 'en', minSources: 1, webhook: hook.url });
    const cornwall = await store.addWatch({
      query: 'Cornwall',
      lang: 'en',
      minSources: 1,
      webhook: hook.url,
    });
    await store.ingest(example);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(0);
    await store.ingest([...STORM]);
    await store.deliverAlerts();
    // the storm matches both Cornwall watches, never the Wladiwostok one in English
    expect(hook.calls.map((c) => c.body.query)).toEqual(['Cornwall', 'Cornwall']);
    expect(hook.calls.map((c) => c.body.watch)).toContain(cornwall.id);
  });

  it('honours minSources: no alert below it, one when the story reaches it and one for each source after', async () => {
    const hook = await receiver();
    const { store } = await open(':memory:');
    cleanup.push(() => store.close());
    await store.addWatch({ query: 'Putin', lang: null, minSources: 2, webhook: hook.url });
    // 000 (unknown outlet) and 001 (DER STANDARD): one source
    await store.ingest(example.slice(0, 1));
    await store.ingest(example.slice(1, 2));
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(0);
    await store.ingest(example.slice(2, 3)); // SZ
    await store.deliverAlerts();
    expect(hook.calls.map((c) => c.body.sourceCount)).toEqual([2]);
    await store.ingest(example.slice(3, 4)); // an unknown outlet: no source gained, no alert
    await store.deliverAlerts();
    expect(hook.calls.map((c) => c.body.sourceCount)).toEqual([2]);
    await store.ingest(example.slice(4, 5)); // Der Tagesspiegel
    await store.deliverAlerts();
    expect(hook.calls.map((c) => c.body.sourceCount)).toEqual([2, 3]);
  });

  it('raises no alert when a story gains an article from an outlet it already has', async () => {
    const hook = await receiver();
    const { store } = await open(':memory:');
    cleanup.push(() => store.close());
    const outlet = { ...SIXTH_REPORT.meta, source: 'Ostsee-Rundschau' };
    const first = { ...example[0]!, meta: { ...example[0]!.meta, source: 'Ostsee-Rundschau' } };
    await store.ingest([first]);
    await store.addWatch({ query: 'Putin', lang: null, minSources: 1, webhook: hook.url });
    const outcome = await store.ingest([{ ...SIXTH_REPORT, meta: outlet }]);
    expect(outcome.added.map((a) => a.story)).toEqual([`s:${first.id}`]);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(0);
  });

  it('raises no alert when a story gains an article of www.sz.de and has one of sueddeutsche.de', async () => {
    const hook = await receiver();
    const { store } = await open(':memory:');
    cleanup.push(() => store.close());
    const sz = {
      ...example[0]!,
      meta: { ...example[0]!.meta, url: 'https://www.sueddeutsche.de/politik/gipfel-1' },
    };
    await store.ingest([sz]);
    await store.addWatch({ query: 'Putin', lang: null, minSources: 1, webhook: hook.url });
    const meta = { ...SIXTH_REPORT.meta, url: 'https://www.sz.de/politik/putin-kim-1.2345' };
    delete meta.source;
    const outcome = await store.ingest([{ ...SIXTH_REPORT, meta }]);
    expect(outcome.added.map((a) => a.story)).toEqual([`s:${sz.id}`]);
    await store.deliverAlerts();
    expect(hook.calls).toHaveLength(0);
    expect((await store.getStory(`s:${sz.id}`))?.story.sources).toBe(1);
  });
});
