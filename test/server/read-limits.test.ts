/**
 * `POST /api/articles` reads each article of 16 K characters or more in a worker thread under the time and memory
 * budget (issue 17, item 1; src/server/articles.ts): a hostile article fails alone — listed as failed on the 202 and
 * on its job's status — while the others are stored, and `GET /api/stories` answers while the worker is still
 * reading it. The worker is the built one (dist/); its hard timer is injected (never the wall clock): it runs out
 * when the test says, after the read was answered.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HardTimer } from '../../src/ingest/index.js';
import { hostileInput } from '../hostile/corpus.js';
import { exampleServer, type TestServer } from './helpers.js';

const WORKER = new URL('../../dist/src/ingest/read-worker.js', import.meta.url);

const WEATHER = {
  id: 'wetter-1',
  source: 'Wetterblatt',
  text: 'Ein ganz anderer Bericht über das Wetter in Hamburg. Es regnet seit drei Tagen ohne Pause.',
};
const HARBOUR = {
  id: 'hafen-1',
  source: 'Hafenblatt',
  text: 'Der Hafen von Kiel bekommt einen neuen Kai. Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.',
};
/** A real hostile page of the corpus: 200 000 `<`s, seconds of parsing. */
const HOSTILE = { id: 'feindlich', html: String(hostileInput('mostly-lt', 200_000).content) };

/**
 * A hard timer held for `file` until the test fires it; `started` resolves when the worker starts that file;
 * `armed` lists every input the worker started.
 */
function heldTimer(file: string): {
  timer: HardTimer;
  started: Promise<void>;
  fire: () => void;
  armed: string[];
} {
  let fire: () => void = () => undefined;
  let began: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (began = resolve));
  const armed: string[] = [];
  const timer: HardTimer = (_ms, expire, input) => {
    armed.push(input);
    if (input !== file) return () => undefined;
    fire = expire;
    began();
    return () => undefined;
  };
  return { timer, started, fire: () => fire(), armed };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('reading posted articles under the limits', () => {
  it('fails the article over its time budget alone; GET /api/stories answers while it is read', async () => {
    const held = heldTimer('articles[1]');
    server = await exampleServer({ reading: { isolate: true, workerUrl: WORKER, timer: held.timer } });
    const { app } = server;
    const posted = app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: [WEATHER, HOSTILE, HARBOUR],
    });
    // the hostile article is in the worker, not on the event loop: the post is not answered before it started
    await Promise.race([
      held.started,
      posted.then(() => {
        throw new Error('the post was answered without reading its long article in a worker');
      }),
    ]);
    const list = await app.inject({ method: 'GET', url: '/api/stories' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { total: number }).total).toBeGreaterThan(0);
    held.fire();
    const res = await posted;
    expect(res.statusCode, res.body).toBe(202);
    const body = res.json() as { url: string; added: { id: string }[]; failed: unknown[] };
    expect(body.added.map((a) => a.id).sort()).toEqual(['hafen-1', 'wetter-1']);
    const tooSlow = { file: 'articles[1]', reason: 'too slow to read (over its budget of 60 s)' };
    expect(body.failed).toEqual([tooSlow]);
    // the job's status says so too
    const status = await app.inject({ method: 'GET', url: body.url });
    expect((status.json() as { failed: unknown[] }).failed).toEqual([tooSlow]);
    // the short articles were read in this thread (no worker round trip)
    expect(held.armed).toEqual(['articles[1]']);
  });

  it('answers 422 for a post whose only article is over its memory budget; the server goes on', async () => {
    // 200 000 <p>s (3 MB of HTML): read, their DOM needs far more than 16 MB of heap
    const big = { id: 'gross', html: String(hostileInput('many-p', 1_000_000).content) };
    server = await exampleServer({
      bodyLimit: 64 * 1024 * 1024,
      reading: { isolate: true, workerUrl: WORKER, maxMemoryMb: 16 },
    });
    const { app } = server;
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: big });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      error: {
        code: 'no_usable_article',
        details: [{ file: 'article', reason: 'too large to read (over its memory budget of 16 MB)' }],
      },
    });
    const next = await app.inject({ method: 'POST', url: '/api/articles?wait=true', payload: WEATHER });
    expect(next.statusCode, next.body).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/api/stories' })).statusCode).toBe(200);
  });
});
