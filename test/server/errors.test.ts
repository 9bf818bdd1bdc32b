import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorSchema } from '../../src/server/schemas.js';
import { buildServer } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';
import { exampleServer, type TestServer } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await exampleServer({ bodyLimit: 64 * 1024, maxBatch: 3 });
});
afterAll(async () => {
  await server.close();
});

interface Sent {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly raw: string;
}

async function post(payload: string, contentType = 'application/json'): Promise<Sent> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/articles',
    payload,
    headers: { 'content-type': contentType },
  });
  const body = ErrorSchema.parse(response.json());
  return {
    status: response.statusCode,
    code: body.error.code,
    message: body.error.message,
    raw: response.body,
  };
}

describe('bad requests to POST /api/articles', () => {
  it('invalid JSON → 400 invalid_json', async () => {
    expect(await post('{"text": "Hallo",')).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(await post('')).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('wrong types → 400 naming the field', async () => {
    const wrongText = await post(JSON.stringify({ text: 42 }));
    expect(wrongText).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(wrongText.message).toContain('body.text');
    const wrongTitle = await post(
      JSON.stringify([{ text: 'Ein Satz.' }, { text: 'Noch einer.', title: ['x'] }]),
    );
    expect(wrongTitle.message).toContain('body[1].title');
    expect((await post('"just a string"')).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    expect((await post('42')).status).toBe(400);
  });

  it('an article without text or html → 400', async () => {
    const sent = await post(JSON.stringify({ title: 'nur ein Titel', text: '   ' }));
    expect(sent).toMatchObject({ status: 400, code: 'invalid_request' });
    expect(sent.message).toContain('"text" or "html"');
  });

  it('an empty array → 400', async () => {
    expect(await post('[]')).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('a body over the size limit → 413 too_large', async () => {
    const sent = await post(JSON.stringify({ text: 'Wort '.repeat(20_000) }));
    expect(sent).toMatchObject({ status: 413, code: 'too_large' });
  });

  it('more articles than the batch limit → 413 too_many_articles, nothing stored', async () => {
    const before = (await server.store.health()).articles;
    const items = ['Eins ist hier.', 'Zwei ist da.', 'Drei ist dort.', 'Vier ist weg.'].map((text) => ({
      text,
    }));
    const sent = await post(JSON.stringify(items));
    expect(sent).toMatchObject({ status: 413, code: 'too_many_articles' });
    expect(sent.message).toContain('limit of 3');
    expect((await server.store.health()).articles).toBe(before);
  });

  it('a content type other than JSON → 415', async () => {
    expect(await post('text=Hallo', 'text/plain')).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
    expect(await post('text=Hallo', 'application/x-www-form-urlencoded')).toMatchObject({ status: 415 });
  });

  it('any JSON value gets a JSON answer, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const response = await server.app.inject({
          method: 'POST',
          url: '/api/articles',
          payload: JSON.stringify(value),
          headers: { 'content-type': 'application/json' },
        });
        expect([200, 201, 400, 413, 422]).toContain(response.statusCode);
        if (response.statusCode >= 400) ErrorSchema.parse(response.json());
      }),
      { numRuns: 60, seed: 6 },
    );
  });
});

describe('unknown routes and ids', () => {
  it.each(['/api/nope', '/api/stories/x/y', '/nope.html', '/assets/index.js'])(
    'GET %s → 404 JSON',
    async (url) => {
      const response = await server.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/u);
      expect(ErrorSchema.parse(response.json()).error.code).toBe('not_found');
    },
  );

  it('a method the route does not have → 404 JSON', async () => {
    const response = await server.app.inject({ method: 'DELETE', url: '/api/stories' });
    expect(response.statusCode).toBe(404);
    expect(ErrorSchema.parse(response.json()).error.code).toBe('not_found');
  });
});

describe('internal errors', () => {
  it('a failing store gives 500 with no message or stack of the cause; the log has them', async () => {
    const logged: string[] = [];
    const broken: Store = Object.create(server.store, {
      getArticle: { value: () => Promise.reject(new Error('secret database detail')) },
    }) as Store;
    const app = buildServer({ store: broken, webRoot: null, log: (line) => logged.push(line) });
    const response = await app.inject({ method: 'GET', url: '/api/articles/anything' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } });
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toMatch(/\bat \S+:\d+/u);
    expect(logged.join('\n')).toContain('secret database detail');
    expect(logged.join('\n')).toMatch(/\bat /u);
  });

  it('a store that does not answer makes /api/health 503', async () => {
    const down: Store = Object.create(server.store, {
      health: { value: () => Promise.reject(new Error('connection refused')) },
    }) as Store;
    const app = buildServer({ store: down, webRoot: null });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({
      error: { code: 'store_unavailable', message: 'the store does not answer' },
    });
  });
});
