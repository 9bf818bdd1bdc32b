/**
 * The history and alert routes (issue 16) over a real in-memory SQLite store holding the example story: a saved
 * search "Wladiwostok", then a sixth report posted — one webhook call to a real local receiver, the report listed
 * by `changes`, two brief versions — and the bad requests.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import { buildServer } from '../../src/server/index.js';
import {
  BriefVersionSchema,
  ErrorSchema,
  StoryChangesSchema,
  StoryVersionsSchema,
  WatchDetailSchema,
  WatchListSchema,
  WatchSchema,
} from '../../src/server/schemas.js';
import { startReceiver, type Receiver } from '../alerts/receiver.js';
import { SIXTH_REPORT } from '../alerts/sixth-report.js';
import { exampleDocuments } from '../store/fixtures.js';

let store: LagebildStore;
let app: FastifyInstance;
let hook: Receiver;
let story = '';
let watchId = '';
let beforeSixth = '';

async function get(url: string): Promise<{ status: number; body: unknown }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.body === '' ? undefined : JSON.parse(response.body) };
}

async function send(method: 'POST' | 'DELETE', url: string, payload?: unknown) {
  const response = await app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? undefined : (JSON.parse(response.body) as unknown),
  };
}

const enc = (id: string): string => encodeURIComponent(id);

beforeAll(async () => {
  hook = await startReceiver();
  store = await openStore(':memory:', { alerts: { sleep: () => Promise.resolve() } });
  const outcome = await store.ingest(await exampleDocuments());
  story = outcome.added[0]?.story ?? '';
  app = buildServer({ store, webRoot: null });
  await app.ready();
  const created = await send('POST', '/api/watches', {
    query: 'Wladiwostok',
    minSources: 2,
    webhook: hook.url,
  });
  expect(created.status).toBe(201);
  watchId = WatchSchema.parse(created.body).id;
  beforeSixth = new Date().toISOString();
  while (new Date().toISOString() === beforeSixth) await new Promise((resolve) => setTimeout(resolve, 1));
  const { meta } = SIXTH_REPORT;
  const posted = await send('POST', '/api/articles?wait=true', {
    id: SIXTH_REPORT.id,
    text: SIXTH_REPORT.text,
    title: meta.title,
    source: meta.source,
    url: meta.url,
    published: meta.published,
    language: 'de',
  });
  expect(posted.status).toBe(201);
  await store.deliverAlerts();
});
afterAll(async () => {
  await app.close();
  await store.close();
  await hook.close();
});

describe('a sixth report under a saved search "Wladiwostok"', () => {
  it('joins the example story and fires exactly one webhook', async () => {
    const detail = (await get(`/api/stories/${enc(story)}`)).body as { articles: { id: string }[] };
    expect(detail.articles.map((a) => a.id)).toContain(SIXTH_REPORT.id);
    expect(hook.calls).toHaveLength(1);
    expect(hook.calls[0]?.body).toMatchObject({
      watch: watchId,
      story,
      sourceCount: 4, // DER STANDARD, SZ, Der Tagesspiegel, Ostsee-Rundschau: the example's two unknown outlets none
      link: `/#/story/${enc(story)}`,
    });
    const watch = WatchDetailSchema.parse((await get(`/api/watches/${watchId}`)).body);
    expect(watch.alerts.map((a) => [a.story, a.sources, a.status])).toEqual([[story, 4, 'delivered']]);
  });

  it('shows up as new in changes since before it was posted', async () => {
    const response = await get(`/api/stories/${enc(story)}/changes?since=${enc(beforeSixth)}`);
    expect(response.status).toBe(200);
    const changes = StoryChangesSchema.parse(response.body);
    expect(changes).toMatchObject({ story, since: beforeSixth, current_version: 2, previous_version: 1 });
    expect(changes.articles.map((a) => [a.id, a.outlet])).toEqual([[SIXTH_REPORT.id, 'Ostsee-Rundschau']]);
    expect(changes.lines.length).toBeGreaterThan(0);
    for (const line of changes.lines) {
      expect(['new', 'changed']).toContain(line.status);
      expect(line.previous === null).toBe(line.status === 'new');
    }
    // a time with an offset is the same instant
    const local = beforeSixth.replace('Z', '+00:00');
    const again = StoryChangesSchema.parse(
      (await get(`/api/stories/${enc(story)}/changes?since=${enc(local)}`)).body,
    );
    expect(again.since).toBe(beforeSixth);
    expect(again.lines).toEqual(changes.lines);
    // as_of, the time of the answer, as the next since: nothing new
    const next = await get(`/api/stories/${enc(story)}/changes?since=${enc(changes.as_of)}`);
    expect(next.body).toMatchObject({ articles: [], lines: [], previous_version: 2 });
  });

  it('keeps both briefs as versions', async () => {
    const list = StoryVersionsSchema.parse((await get(`/api/stories/${enc(story)}/versions`)).body);
    expect(list.versions.map((v) => [v.version, v.articles.length])).toEqual([
      [1, 5],
      [2, 6],
    ]);
    const first = BriefVersionSchema.parse((await get(`/api/stories/${enc(story)}/versions/1`)).body);
    expect(first.brief.articles.map((a) => a.id)).not.toContain(SIXTH_REPORT.id);
    const texts = new Map(first.brief.articles.map((a) => [a.id, a.text]));
    for (const line of first.brief.sentences)
      expect(texts.get(line.article)?.slice(line.start, line.end)).toBe(line.text);
  });
});

describe('bad requests', () => {
  it.each([
    ['missing', ''],
    ['a word', '?since=gestern'],
    ['a 30 February', '?since=2026-02-30'],
    ['a time without a zone', '?since=2026-12-06T10:00:00'],
    ['a number', '?since=1733472000'],
    ['an hour 25', '?since=2026-12-06T25:00:00Z'],
  ])('answers 400 to a since that is %s', async (_what, query) => {
    const response = await get(`/api/stories/${enc(story)}/changes${query}`);
    expect(response.status).toBe(400);
    const body = ErrorSchema.parse(response.body);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toMatch(/^query\.since: .*ISO 8601 time with a time zone/u);
  });

  it('answers 404 to an unknown story or version', async () => {
    for (const url of [
      '/api/stories/s%3Anope/changes?since=2026-01-01',
      '/api/stories/s%3Anope/versions',
      '/api/stories/s%3Anope/versions/1',
      `/api/stories/${enc(story)}/versions/3`,
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(ErrorSchema.parse(response.body).error.code).toBe('not_found');
    }
    expect((await get(`/api/stories/${enc(story)}/versions/0`)).status).toBe(400);
  });

  it.each([
    ['an ftp webhook', { query: 'Kim', webhook: 'ftp://example.org/x' }, 'body.webhook'],
    ['a javascript: webhook', { query: 'Kim', webhook: 'javascript:alert(1)' }, 'body.webhook'],
    ['no webhook', { query: 'Kim' }, 'body.webhook'],
    ['a query without words', { query: ' !? ', webhook: 'http://127.0.0.1:9/' }, 'body.query'],
    ['minSources 0', { query: 'Kim', minSources: 0, webhook: 'http://127.0.0.1:9/' }, 'body.minSources'],
    ['minSources "2"', { query: 'Kim', minSources: '2', webhook: 'http://127.0.0.1:9/' }, 'body.minSources'],
    ['a bad language', { query: 'Kim', lang: 'deutsch!', webhook: 'http://127.0.0.1:9/' }, 'body.lang'],
    ['an unknown field', { query: 'Kim', webhook: 'http://127.0.0.1:9/', min_sources: 2 }, 'body'],
  ])('answers 400 to a watch with %s', async (_what, payload, where) => {
    const response = await send('POST', '/api/watches', payload);
    expect(response.status).toBe(400);
    expect(ErrorSchema.parse(response.body).error.message).toContain(where);
  });
});

describe('watches', () => {
  it('lists, reads and deletes a watch; an unknown one is 404', async () => {
    const created = await send('POST', '/api/watches', {
      query: 'Putin Kim',
      lang: 'de-AT',
      webhook: 'https://hooks.example.org/lagebild',
    });
    const watch = WatchSchema.parse(created.body);
    expect(watch).toMatchObject({ query: 'Putin Kim', lang: 'de', minSources: 1, lastError: null });
    const list = WatchListSchema.parse((await get('/api/watches')).body);
    expect(list.items.map((w) => w.id)).toEqual([watchId, watch.id]);
    expect(WatchDetailSchema.parse((await get(`/api/watches/${watch.id}`)).body).alerts).toEqual([]);
    expect((await send('DELETE', `/api/watches/${watch.id}`)).status).toBe(204);
    expect((await send('DELETE', `/api/watches/${watch.id}`)).status).toBe(404);
    const gone = await get(`/api/watches/${watch.id}`);
    expect(gone.status).toBe(404);
    expect(ErrorSchema.parse(gone.body).error.message).toBe(`no watch with id "${watch.id}"`);
    expect(WatchListSchema.parse((await get('/api/watches')).body).items.map((w) => w.id)).toEqual([watchId]);
  });
});
