/**
 * The hostile corpus (test/hostile/corpus.ts) through `lagebild serve`: every input is posted as an article to
 * `POST /api/articles` (in-process, fastify inject), long ones read in the built worker under the budgets. Every
 * input ends stored, a duplicate, or a failure naming it (`articles[i]`) — on the 202 and on its job's status URL —
 * and nothing vanishes: inputs = stored + duplicates + failed, each exactly once. The one article the schema
 * refuses (the empty one) is answered 400 naming it. `GET /api/stories` still answers afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../store/cli-process.js';
import { exampleServer, type TestServer } from '../server/helpers.js';
import { GOOD_ARTICLE, hostileCorpus } from './corpus.js';

const WORKER = new URL('../../dist/src/ingest/read-worker.js', import.meta.url);
/** The same scale as the commands' run (test/hostile/commands.test.ts). */
const SCALE = 0.01;
/** Ends a hang; not a speed limit (the runs take seconds; as in commands.test.ts). */
const HANG_MS = 240_000;
/** Event-loop turns the job's brief refresh may take before the test gives up (a count, not a clock). */
const MAX_TURNS = 200_000;

interface Article {
  readonly id: string;
  readonly text?: string;
  readonly html?: string;
}

/** A hostile file as a client would post it: HTML pages as `html`, everything else as `text` (bytes decoded). */
function asArticle(name: string, file: string, content: string | Uint8Array): Article {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return file.endsWith('.html') ? { id: `h-${name}`, html: text } : { id: `h-${name}`, text };
}

const articles: Article[] = [
  ...hostileCorpus(SCALE).map((i) => asArticle(i.name, i.file, i.content)),
  { id: 'h-good', text: GOOD_ARTICLE.content },
];
/** What the schema accepts: a non-empty `text` or `html`. */
const postable = articles.filter((a) => (a.text ?? a.html ?? '').trim() !== '');
const refused = articles.filter((a) => !postable.includes(a));

let server: TestServer;
beforeAll(async () => {
  await ensureBuilt();
  server = await exampleServer({
    bodyLimit: 64 * 1024 * 1024,
    maxBatch: 100,
    reading: { isolate: true, workerUrl: WORKER },
  });
});
afterAll(async () => server.close());

interface Posted {
  readonly url: string;
  readonly added: readonly { id: string; story: string }[];
  readonly duplicates: readonly { id: string; of: string }[];
  readonly failed: readonly { file: string; reason: string }[];
}

/** Where each posted article ended, by its index in the post: 'stored', 'duplicate' or 'failed: reason'. */
function endings(body: Posted): Map<number, string[]> {
  const ends = new Map<number, string[]>();
  const note = (i: number, how: string): void => void ends.set(i, [...(ends.get(i) ?? []), how]);
  // an id taken in the store gets `-2`, `-3`, …
  const index = (id: string): number => {
    const exact = postable.findIndex((a) => a.id === id);
    return exact >= 0 ? exact : postable.findIndex((a) => a.id === id.replace(/-\d+$/u, ''));
  };
  for (const a of body.added) note(index(a.id), 'stored');
  for (const d of body.duplicates) note(index(d.id), 'duplicate');
  for (const f of body.failed)
    note(Number(/^articles\[(\d+)\]$/u.exec(f.file)?.[1] ?? -1), `failed: ${f.reason}`);
  return ends;
}

describe('the hostile corpus through serve (POST /api/articles)', { timeout: HANG_MS }, () => {
  it('every article is stored, a duplicate or failed by name; the job says the same; the list answers', async () => {
    const { app, store } = server;
    const before = (await store.health()).articles;
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: postable });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(202);
    const body = res.json() as Posted;
    const ends = endings(body);
    // exact accounting: every article ends exactly once, none is unnamed (index -1)
    expect(ends.has(-1), JSON.stringify(ends.get(-1))).toBe(false);
    for (const [i, a] of postable.entries()) expect(ends.get(i), a.id).toHaveLength(1);
    expect(body.added.length + body.duplicates.length + body.failed.length).toBe(postable.length);
    for (const f of body.failed) expect(f.reason.trim(), f.file).not.toBe('');
    expect(ends.get(postable.findIndex((a) => a.id === 'h-good'))).toEqual(['stored']);
    expect((await store.health()).articles).toBe(before + body.added.length);

    // the job's status URL tells the same (and its refresh ends)
    let job = { status: 'queued' } as Posted & { status: string; errors: unknown[] };
    for (let turn = 0; turn < MAX_TURNS && (job.status === 'queued' || job.status === 'running'); turn++) {
      await new Promise((resolve) => setImmediate(resolve));
      const status = await app.inject({ method: 'GET', url: body.url });
      expect(status.statusCode).toBe(200);
      job = status.json();
    }
    expect(job.status, JSON.stringify(job.errors)).toBe('done');
    expect(job.added).toEqual(body.added);
    expect(job.duplicates).toEqual(body.duplicates);
    expect(job.failed).toEqual(body.failed);

    const list = await app.inject({ method: 'GET', url: '/api/stories' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { total: number }).total).toBeGreaterThan(0);
  });

  it('the article the schema refuses (empty) is answered 400 naming it; the server goes on', async () => {
    expect(refused.map((a) => a.id)).toEqual(['h-empty']);
    const { app } = server;
    for (const a of refused) {
      const res = await app.inject({ method: 'POST', url: '/api/articles', payload: [a] });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('body[0]');
      expect(res.body).toContain('an article needs a non-empty');
    }
    expect((await app.inject({ method: 'GET', url: '/api/stories' })).statusCode).toBe(200);
  });
});
