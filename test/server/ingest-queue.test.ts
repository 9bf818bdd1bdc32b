/**
 * `POST /api/articles` answers 202 once the articles are stored and queues their stories' brief refresh
 * (src/server/ingest-queue.ts): the status route, reads of the old brief during a refresh, a full queue, a failing
 * article and a failing refresh, `?wait=true`, and the queue drained on close. Waits are counted turns of the
 * event loop, never wall-clock time.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiError } from '../../src/server/errors.js';
import { IngestQueue } from '../../src/server/ingest-queue.js';
import { IngestAcceptedSchema, IngestJobSchema, IngestResponseSchema } from '../../src/server/schemas.js';
import type { LagebildStore } from '../../src/flows/store.js';
import type { StoryDetail, Store } from '../../src/store/types.js';
import { SIXTH_REPORT } from '../alerts/sixth-report.js';
import { exampleServer, type TestServer } from './helpers.js';

type Job = z.output<typeof IngestJobSchema>;

const SIXTH = {
  id: SIXTH_REPORT.id,
  text: SIXTH_REPORT.text,
  ...SIXTH_REPORT.meta,
};

const WEATHER = {
  id: 'wetter-1',
  source: 'Wetterblatt',
  text: 'Ein ganz anderer Bericht über das Wetter in Hamburg. Es regnet seit drei Tagen ohne Pause.',
};

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The store, with `completeIngest` held until `open()` (and `entered` resolving when a refresh starts). */
function heldStore(): { wrap: (store: LagebildStore) => Store; open: () => void; entered: () => number } {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let entered = 0;
  const wrap = (store: LagebildStore): Store =>
    Object.create(store, {
      completeIngest: {
        value: async (added: Parameters<Store['completeIngest']>[0]) => {
          entered++;
          await gate;
          return store.completeIngest(added);
        },
      },
    }) as Store;
  return { wrap, open, entered: () => entered };
}

function post(s: TestServer, payload: unknown, query = ''): Promise<LightMyRequestResponse> {
  return s.app.inject({ method: 'POST', url: `/api/articles${query}`, payload: payload as object });
}

async function job(s: TestServer, url: string): Promise<Job> {
  const response = await s.app.inject({ method: 'GET', url });
  expect(response.statusCode).toBe(200);
  return IngestJobSchema.parse(response.json());
}

/** Polls the job until it is in one of `states` (a bounded number of turns). */
async function until(s: TestServer, url: string, states: readonly Job['status'][]): Promise<Job> {
  for (let i = 0; i < 10_000; i++) {
    const current = await job(s, url);
    if (states.includes(current.status)) return current;
    await turn();
  }
  throw new Error(`${url} never reached ${states.join('/')}`);
}

async function story(s: TestServer, id: string): Promise<StoryDetail> {
  const response = await s.app.inject({ method: 'GET', url: `/api/stories/${encodeURIComponent(id)}` });
  expect(response.statusCode).toBe(200);
  return response.json<StoryDetail>();
}

/** The example story: the one with the most articles. */
async function exampleStory(s: TestServer): Promise<string> {
  const page = (await s.app.inject({ method: 'GET', url: '/api/stories' })).json<{
    items: { id: string; articles: number }[];
  }>();
  const [top] = [...page.items].sort((a, b) => b.articles - a.articles);
  if (top === undefined) throw new Error('no example story');
  return top.id;
}

describe('POST /api/articles queues the brief refresh', () => {
  it('answers 202 with Location and the stored articles; the status ends done with the story', async () => {
    server = await exampleServer();
    const before = await exampleStory(server);
    const response = await post(server, SIXTH);
    expect(response.statusCode).toBe(202);
    const accepted = IngestAcceptedSchema.parse(response.json());
    expect(response.headers['location']).toBe(accepted.url);
    expect(accepted.url).toBe(`/api/ingest/${accepted.job}`);
    expect(accepted.added).toEqual([{ id: SIXTH.id, story: before }]);
    // stored before the answer: readable at once
    const stored = await server.app.inject({ method: 'GET', url: `/api/articles/${SIXTH.id}` });
    expect(stored.statusCode).toBe(200);
    const done = await until(server, accepted.url, ['done', 'failed']);
    expect(done).toMatchObject({ status: 'done', stories: [before], errors: [], failed: [] });
    expect(done.finished).not.toBeNull();
    const after = await story(server, before);
    expect(after.stale).toBe(false);
    expect(JSON.stringify(after.brief)).toContain(SIXTH.id);
  });

  it('keeps the old brief readable while the refresh runs, then shows the new one', async () => {
    const held = heldStore();
    server = await exampleServer({}, held.wrap);
    const id = await exampleStory(server);
    const old = await story(server, id);
    expect(old.stale).toBe(false);
    const accepted = IngestAcceptedSchema.parse((await post(server, SIXTH)).json());
    const running = await until(server, accepted.url, ['running']);
    expect(running.stories).toEqual([id]);
    expect(held.entered()).toBe(1);
    // reads during the refresh: the old brief, marked stale; the list and the Markdown answer too
    const during = await story(server, id);
    expect(during.stale).toBe(true);
    expect(during.brief).toEqual(old.brief);
    expect(during.articles.map((a) => a.id)).toContain(SIXTH.id);
    const markdown = await server.app.inject({
      method: 'GET',
      url: `/api/stories/${encodeURIComponent(id)}.md`,
    });
    expect(markdown.statusCode).toBe(200);
    const list = await server.app.inject({ method: 'GET', url: '/api/stories' });
    expect(list.statusCode).toBe(200);
    held.open();
    expect((await until(server, accepted.url, ['done', 'failed'])).status).toBe('done');
    const after = await story(server, id);
    expect(after.stale).toBe(false);
    expect(after.brief).not.toEqual(old.brief);
  });

  it('refuses a post with 503 queue_full and Retry-After when the queue is full, storing nothing', async () => {
    const held = heldStore();
    server = await exampleServer({ maxQueue: 1 }, held.wrap);
    const first = IngestAcceptedSchema.parse((await post(server, SIXTH)).json());
    await until(server, first.url, ['running']);
    const second = await post(server, WEATHER);
    expect(second.statusCode).toBe(202);
    const secondJob = IngestAcceptedSchema.parse(second.json());
    expect((await job(server, secondJob.url)).status).toBe('queued');
    const third = await post(server, {
      id: 'dritter',
      text: 'Der Stadtrat hat am Dienstag den Haushalt beschlossen.',
    });
    expect(third.statusCode).toBe(503);
    expect(third.headers['retry-after']).toBe('5');
    expect(third.json()).toMatchObject({ error: { code: 'queue_full' } });
    const stored = await server.app.inject({ method: 'GET', url: '/api/articles/dritter' });
    expect(stored.statusCode).toBe(404);
    held.open();
    expect((await until(server, first.url, ['done', 'failed'])).status).toBe('done');
    expect((await until(server, secondJob.url, ['done', 'failed'])).status).toBe('done');
    // room again
    expect(
      (await post(server, { id: 'dritter', text: 'Der Stadtrat hat am Dienstag den Haushalt beschlossen.' }))
        .statusCode,
    ).toBe(202);
  });
});

describe('the status of a queued post', () => {
  it('reports an article that could not be used on the job, and the others are stored', async () => {
    server = await exampleServer();
    const response = await post(server, [WEATHER, { html: '<html><body><img src="x.png"></body></html>' }]);
    expect(response.statusCode).toBe(202);
    const accepted = IngestAcceptedSchema.parse(response.json());
    const failed = [{ file: 'articles[1]', reason: 'no main text found in HTML' }];
    expect(accepted.failed).toEqual(failed);
    const done = await until(server, accepted.url, ['done', 'failed']);
    expect(done).toMatchObject({ status: 'done', failed, errors: [] });
    expect(done.added.map((a) => a.id)).toEqual([WEATHER.id]);
  });

  it('marks the job failed with the brief error when its story’s brief cannot be made', async () => {
    const problem = (story: string) => ({ file: `story ${story}`, reason: 'brief not recomputed: boom' });
    server = await exampleServer(
      {},
      (store) =>
        Object.create(store, {
          completeIngest: {
            value: async (added: Parameters<Store['completeIngest']>[0]) => [
              ...(await store.completeIngest(added)),
              ...added.map((a) => problem(a.story)),
              // a problem of a story the job did not touch is not the job's
              problem('s:elsewhere'),
            ],
          },
        }) as Store,
    );
    const accepted = IngestAcceptedSchema.parse((await post(server, WEATHER)).json());
    const story = accepted.added[0]?.story ?? '';
    const failed = await until(server, accepted.url, ['done', 'failed']);
    expect(failed).toMatchObject({ status: 'failed', errors: [problem(story)] });
    // the synchronous mode lists it in `failed`, as before the queue
    const sync = await post(
      server,
      { ...WEATHER, id: 'wetter-2', url: 'https://example.org/w2', text: `${WEATHER.text} Morgen auch.` },
      '?wait=true',
    );
    expect(sync.statusCode).toBe(201);
    const body = IngestResponseSchema.parse(sync.json());
    expect(body.failed).toContainEqual(problem(body.added[0]?.story ?? ''));
  });

  it('marks the job failed and logs when the refresh throws; the articles stay stored', async () => {
    server = await exampleServer(
      {},
      (store) =>
        Object.create(store, {
          completeIngest: { value: () => Promise.reject(new Error('database gone')) },
        }) as Store,
    );
    const accepted = IngestAcceptedSchema.parse((await post(server, WEATHER)).json());
    const failed = await until(server, accepted.url, ['done', 'failed']);
    expect(failed).toMatchObject({
      status: 'failed',
      errors: [{ file: 'ingest', reason: 'refresh not completed: database gone' }],
    });
    expect(server.logged.join('\n')).toContain('database gone');
    expect((await server.app.inject({ method: 'GET', url: `/api/articles/${WEATHER.id}` })).statusCode).toBe(
      200,
    );
  });

  it('answers 200 at once for duplicates only (nothing queued), and 404 for an unknown job', async () => {
    server = await exampleServer();
    const first = IngestAcceptedSchema.parse((await post(server, WEATHER)).json());
    await until(server, first.url, ['done']);
    const again = await post(server, WEATHER);
    expect(again.statusCode).toBe(200);
    expect(again.headers['location']).toBeUndefined();
    expect(IngestResponseSchema.parse(again.json()).duplicates.map((d) => d.of)).toEqual([WEATHER.id]);
    const unknown = await server.app.inject({ method: 'GET', url: '/api/ingest/nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const bad = await post(server, WEATHER, '?wait=maybe');
    expect(bad.statusCode).toBe(400);
  });

  it('drains the queue when the app closes: every accepted post gets its brief', async () => {
    const held = heldStore();
    const s = await exampleServer({}, held.wrap);
    const id = await exampleStory(s);
    const accepted = IngestAcceptedSchema.parse((await post(s, SIXTH)).json());
    expect((await story(s, id)).stale).toBe(true);
    const closing = s.app.close();
    let closed = false;
    void closing.then(() => {
      closed = true;
    });
    for (let i = 0; i < 20; i++) await turn();
    // the refresh is held: the app is not closed yet
    expect(closed).toBe(false);
    held.open();
    await closing;
    const detail = await s.store.getStory(id);
    expect(detail?.stale).toBe(false);
    expect(JSON.stringify(detail?.brief)).toContain(SIXTH.id);
    expect(accepted.status).toBe('queued');
    await s.store.close();
  });
});

describe('IngestQueue', () => {
  const nothing = { added: [], duplicates: [], failed: [] };

  it('forgets the oldest finished jobs beyond `keep`, and refuses with 503 shutting_down once closing', async () => {
    server = await exampleServer();
    const queue = new IngestQueue(server.store, {
      maxQueued: 5,
      retryAfter: 7,
      keep: 1,
      log: () => undefined,
    });
    const a = queue.reserve().submit(nothing, []);
    await queue.whenSettled(a);
    const b = queue.reserve().submit(nothing, []);
    await queue.whenSettled(b);
    expect(queue.get(a.id)).toBeUndefined();
    expect(queue.get(b.id)?.state).toBe('done');
    await queue.close();
    let refused: unknown;
    try {
      queue.reserve();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 503, code: 'shutting_down', headers: { 'retry-after': '7' } });
  });

  it('counts a held place against the limit until it is used or given back, once', async () => {
    server = await exampleServer();
    const queue = new IngestQueue(server.store, {
      maxQueued: 1,
      retryAfter: 5,
      keep: 10,
      log: () => undefined,
    });
    const place = queue.reserve();
    expect(queue.length).toBe(1);
    expect(() => queue.reserve()).toThrow(/queue is full/u);
    place.cancel();
    expect(queue.length).toBe(0);
    expect(() => place.cancel()).toThrow(/used already/u);
    await queue.close();
  });
});
