import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryDetail, StoryPage } from '../../src/store/types.js';
import {
  HealthSchema,
  IngestResponseSchema,
  StoredArticleSchema,
  StoryDetailSchema,
  StoryPageSchema,
} from '../../src/server/schemas.js';
import { exampleServer, type TestServer } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await exampleServer();
});
afterAll(async () => {
  await server.close();
});

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await server.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>() };
}

/** The story holding the most articles of the example. */
async function biggestStory(): Promise<StoryDetail> {
  const { body } = await get<StoryPage>('/api/stories?limit=100');
  const top = [...body.items].sort((a, b) => b.articles - a.articles)[0];
  if (top === undefined) throw new Error('no story');
  return (await get<StoryDetail>(`/api/stories/${encodeURIComponent(top.id)}`)).body;
}

describe('GET /api/health', () => {
  it('reports the store and its counts', async () => {
    const { status, body } = await get<unknown>('/api/health');
    expect(status).toBe(200);
    expect(HealthSchema.parse(body)).toMatchObject({ ok: true, kind: 'sqlite', articles: 5 });
  });
});

describe('GET /api/stories', () => {
  it('lists every story of the example, newest change first, with the documented shape', async () => {
    const { status, body } = await get<StoryPage>('/api/stories');
    expect(status).toBe(200);
    const page = StoryPageSchema.parse(body);
    expect(page.limit).toBe(20);
    expect(page.offset).toBe(0);
    expect(page.items.length).toBe(page.total);
    expect(page.items.reduce((n, s) => n + s.articles, 0)).toBe(5);
    const updated = page.items.map((s) => s.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const s of page.items) expect(s.languages).toEqual(['de']);
  });

  it('pages with limit and offset', async () => {
    const all = (await get<StoryPage>('/api/stories')).body;
    const first = (await get<StoryPage>('/api/stories?limit=1')).body;
    const second = (await get<StoryPage>('/api/stories?limit=1&offset=1')).body;
    expect(first.items.map((s) => s.id)).toEqual([all.items[0]?.id]);
    expect(second.items.map((s) => s.id)).toEqual(all.total > 1 ? [all.items[1]?.id] : []);
    expect(first.total).toBe(all.total);
    const beyond = (await get<StoryPage>(`/api/stories?offset=${String(all.total)}`)).body;
    expect(beyond.items).toEqual([]);
  });

  it('searches the articles (?q=) and filters by language (?lang=)', async () => {
    const hit = (await get<StoryPage>('/api/stories?q=Wladiwostok')).body;
    expect(hit.total).toBeGreaterThan(0);
    const miss = (await get<StoryPage>('/api/stories?q=Quarkstrudelkuchen')).body;
    expect(miss.total).toBe(0);
    expect((await get<StoryPage>('/api/stories?lang=en')).body.total).toBe(0);
    const de = (await get<StoryPage>('/api/stories?lang=de')).body;
    expect(de.total).toBe((await get<StoryPage>('/api/stories')).body.total);
    expect((await get<StoryPage>('/api/stories?q=%20%20')).body.total).toBe(de.total);
  });

  it('any search text up to 200 characters (quotes, operators, any Unicode) gets a page, never an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (q) => {
        const { status, body } = await get<StoryPage>(`/api/stories?q=${encodeURIComponent(q)}`);
        expect(status).toBe(200);
        expect(body.items.length).toBeLessThanOrEqual(body.total);
      }),
      {
        numRuns: 150,
        seed: 6,
        examples: [['"'], ['NEAR('], ['Kim*'], ['a OR'], ["'; DROP TABLE stories; --"]],
      },
    );
  });

  it.each([
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=abc', 'query.limit'],
    ['offset=-1', 'query.offset'],
    ['lang=DEUTSCH', 'query.lang'],
    [`q=${'x'.repeat(201)}`, 'query.q'],
    ['limit=1&limit=2', 'query.limit'],
  ])('refuses ?%s with 400 naming the parameter', async (query, where) => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(`/api/stories?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain(where);
  });
});

describe('GET /api/stories/:id', () => {
  it('returns the brief with its analysis and the articles; every brief line is the text its offsets point at', async () => {
    const detail = StoryDetailSchema.parse(await biggestStory());
    expect(detail.brief).not.toBeNull();
    const brief = detail.brief;
    if (brief === null) return;
    expect(brief.analysis?.coverage.matrix.length).toBe(brief.articles.length);
    expect(detail.articles.map((a) => a.id).sort()).toEqual(brief.articles.map((a) => a.id).sort());
    const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
    expect(brief.sentences.length).toBeGreaterThan(0);
    for (const s of brief.sentences) expect(texts.get(s.article)?.slice(s.start, s.end)).toBe(s.text);
  });

  it('404 for an unknown id, 400 for an id over 200 characters', async () => {
    const missing = await get<{ error: { code: string; message: string } }>('/api/stories/no-such-story');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 'not_found', message: 'no story with id "no-such-story"' });
    const long = await get<{ error: { code: string } }>(`/api/stories/${'x'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('invalid_request');
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the stored article with its cleaned text', async () => {
    const detail = await biggestStory();
    const id = detail.articles[0]?.id ?? '';
    const { status, body } = await get<unknown>(`/api/articles/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    const article = StoredArticleSchema.parse(body);
    expect(article.id).toBe(id);
    expect(article.story).toBe(detail.story.id);
    expect(article.text).toBe(detail.brief?.articles.find((a) => a.id === id)?.text);
  });

  it('404 for an unknown id', async () => {
    const { status, body } = await get<{ error: { code: string } }>('/api/articles/nope');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('POST /api/articles', () => {
  const article = {
    id: 'post-1',
    title: 'Gipfel in Wladiwostok',
    source: 'Testblatt',
    author: 'Erika Muster',
    published: '2019-04-25',
    url: 'https://example.org/gipfel',
    text: 'Kim Jong-un und Wladimir Putin haben sich in Wladiwostok getroffen. Das Treffen dauerte mehrere Stunden. Beide Seiten sprachen von einem guten Gespräch.',
  };

  it('adds one article (201 with ?wait=true), then reports it as a duplicate (200) without storing it twice', async () => {
    const first = await server.app.inject({
      method: 'POST',
      url: '/api/articles?wait=true',
      payload: article,
    });
    expect(first.statusCode).toBe(201);
    const added = IngestResponseSchema.parse(first.json());
    expect(added.added.map((a) => a.id)).toEqual(['post-1']);
    const again = await server.app.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(again.statusCode).toBe(200);
    const repeat = IngestResponseSchema.parse(again.json());
    expect(repeat.added).toEqual([]);
    expect(repeat.duplicates.map((d) => d.of)).toEqual(['post-1']);
    const stored = await server.app.inject({ method: 'GET', url: '/api/articles/post-1' });
    expect(stored.json()).toMatchObject({
      source: 'Testblatt',
      author: 'Erika Muster',
      published: '2019-04-25',
    });
  });

  it('adds an array; an HTML article without main text is listed as failed, the others are used', async () => {
    const payload = [
      {
        text: 'Ein ganz anderer Bericht über das Wetter in Hamburg. Es regnet seit drei Tagen ohne Pause.',
        source: 'Wetterblatt',
      },
      { html: '<html><body><img src="x.png"></body></html>', source: 'Leer' },
    ];
    const response = await server.app.inject({ method: 'POST', url: '/api/articles?wait=true', payload });
    expect(response.statusCode).toBe(201);
    const body = IngestResponseSchema.parse(response.json());
    expect(body.added).toHaveLength(1);
    expect(body.added[0]?.id).toMatch(/^a-[0-9a-f]{16}$/u);
    expect(body.failed).toEqual([{ file: 'articles[1]', reason: 'no main text found in HTML' }]);
  });

  it('422 when no article holds usable text, with each reason', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: { html: '<html><body><img src="x.png"></body></html>' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      error: {
        code: 'no_usable_article',
        message: 'none of the articles holds usable text',
        details: [{ file: 'article', reason: 'no main text found in HTML' }],
      },
    });
  });
});
