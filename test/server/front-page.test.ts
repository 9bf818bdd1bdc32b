/**
 * The story list as the front page asks for it (issue 16 item 4) and the Markdown export (item 7): news order,
 * minimum of independent sources, language, time; outlets, unknown outlets and kinds on each row; the total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryPage } from '../../src/store/types.js';
import { StoryPageSchema } from '../../src/server/schemas.js';
import { spanStart } from '../../src/server/routes.js';
import { exampleServer, type TestServer } from './helpers.js';

let server: TestServer;
const today = new Date().toISOString().slice(0, 10);

/** A fresh storm (today) told by two outlets, one named by its source and one only by its address. */
const STORM = [
  {
    id: 'flood-a',
    source: 'Frankfurter Allgemeine',
    url: 'https://www.faz.net/aktuell/flut-1.html',
    published: `${today}T06:00:00Z`,
    language: 'de',
    text: 'Das Hochwasser an der Oder hat am Morgen die Altstadt von Frankfurt erreicht. Die Feuerwehr baute Sandsäcke auf.',
  },
  {
    id: 'flood-b',
    url: 'https://www.tagesspiegel.de/flut-oder.html',
    published: `${today}T08:00:00Z`,
    language: 'de',
    text: 'An der Oder hat das Hochwasser die Altstadt von Frankfurt erreicht. Die Feuerwehr stapelte Sandsäcke am Ufer.',
  },
  {
    id: 'flood-c',
    source: 'FAZ.NET',
    url: 'https://www.faz.net/aktuell/flut-2.html',
    published: `${today}T09:00:00Z`,
    language: 'de',
    text: 'Das Hochwasser der Oder erreichte die Altstadt von Frankfurt, die Feuerwehr baute weitere Sandsäcke auf.',
  },
];

/** An English report with no date and no outlet: ordered by when it was stored, shown as such. */
const UNDATED = {
  id: 'undated',
  language: 'en',
  text: 'The harbour authority closed the northern pier after a crane collapsed during the night. Nobody was hurt.',
};

beforeAll(async () => {
  server = await exampleServer();
  for (const body of [STORM, UNDATED]) {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/articles?wait=true',
      payload: body,
    });
    if (response.statusCode !== 201) throw new Error(response.body);
  }
});
afterAll(async () => {
  await server.close();
});

async function list(query: string): Promise<StoryPage> {
  const response = await server.app.inject({ method: 'GET', url: `/api/stories${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return StoryPageSchema.parse(response.json()) as StoryPage;
}

describe('GET /api/stories for the front page', () => {
  it('orders by news time: the dated stories by their latest publication date, the undated by when stored', async () => {
    const page = await list('?limit=100');
    const news = page.items.map((s) => s.news);
    expect(news).toEqual([...news].sort().reverse());
    const flood = page.items.find((s) => s.articles === 3 && s.languages.includes('de'));
    expect(flood?.news).toBe(`${today}T09:00:00Z`);
    expect(flood?.dated).toBe(true);
    const undated = page.items.find((s) => s.languages.includes('en'));
    expect(undated?.dated).toBe(false);
    expect(undated?.news).toBe(undated?.updated);
    const example = page.items.find((s) => s.headline.includes('Kim') || s.articles === 5);
    expect(example?.dated).toBe(true);
    expect(example?.news.startsWith('2019-04')).toBe(true);
  });

  it('counts independent publishers: a source name, its alias and the host of one outlet are one; unknown none', async () => {
    const page = await list('?limit=100');
    const flood = page.items.find((s) => s.articles === 3 && s.languages.includes('de'));
    // "Frankfurter Allgemeine" (source) and "FAZ.NET" (source, the registry's other name for it) are one
    // publisher; the Tagesspiegel article is known by its host alone
    expect(flood?.outlets).toEqual(['Frankfurter Allgemeine', 'Der Tagesspiegel']);
    expect(flood?.unknownOutlets).toBe(0);
    expect(flood?.sources).toBe(2);
    // an article that names no outlet is shown as unknown and is no source: not even one
    const undated = page.items.find((s) => s.languages.includes('en'));
    expect(undated).toMatchObject({ outlets: [], unknownOutlets: 1, sources: 0 });
    // minSources=1 is "all stories" (the default), those without a known outlet included
    const atLeastOne = await list('?limit=100&minSources=1');
    expect(atLeastOne.items.map((s) => s.id)).toContain(undated?.id);
    const two = await list('?limit=100&minSources=2');
    expect(two.items.map((s) => s.id)).not.toContain(undated?.id);
    expect(two.items.every((s) => s.sources >= 2)).toBe(true);
  });

  it('carries the kinds of the brief, and the total', async () => {
    const page = await list('?limit=100');
    expect(page.total).toBe(page.items.length);
    const example = page.items.find((s) => s.articles === 5);
    expect(example?.kinds).toEqual({ preview: 2, report: 2, opinion: 1 });
  });

  it('minSources keeps the stories with at least that many sources; the total counts them', async () => {
    const all = await list('?limit=100');
    const two = await list('?limit=100&minSources=2');
    expect(two.items.map((s) => s.id)).toEqual(all.items.filter((s) => s.sources >= 2).map((s) => s.id));
    expect(two.total).toBe(two.items.length);
    expect(two.items.every((s) => s.sources >= 2)).toBe(true);
    expect(two.items.some((s) => s.languages.includes('en'))).toBe(false);
    const four = await list('?limit=100&minSources=4');
    expect(four.items.map((s) => s.sources)).toEqual(
      all.items.filter((s) => s.sources >= 4).map((s) => s.sources),
    );
    const paged = await list('?limit=1&offset=1&minSources=2');
    expect(paged.total).toBe(two.total);
    expect(paged.items.map((s) => s.id)).toEqual(two.items.slice(1, 2).map((s) => s.id));
  });

  it('since, until and span filter by news time; lang by language', async () => {
    const all = await list('?limit=100');
    const recent = await list(`?limit=100&since=${today}`);
    expect(recent.items.every((s) => s.news >= today)).toBe(true);
    expect(recent.items.some((s) => s.news.startsWith('2019'))).toBe(false);
    const old = await list('?limit=100&until=2020-01-01');
    expect(old.items.length).toBeGreaterThan(0);
    expect(old.items.every((s) => s.news.startsWith('2019'))).toBe(true);
    expect(old.total + recent.total).toBe(all.total);
    const week = await list('?limit=100&span=7d');
    expect(week.items.map((s) => s.id)).toEqual(recent.items.map((s) => s.id));
    const english = await list('?limit=100&lang=en');
    expect(english.items.map((s) => s.languages)).toEqual([['en']]);
    const both = await list('?limit=100&lang=de&minSources=2&span=24h');
    expect(both.items.map((s) => s.articles)).toEqual([3]);
  });

  it('refuses a minimum below 1, a broken date and an unknown span with a 400 naming the parameter', async () => {
    for (const [query, name] of [
      ['?minSources=0', 'minSources'],
      ['?minSources=two', 'minSources'],
      ['?since=yesterday', 'since'],
      ['?until=2019-13', 'until'],
      ['?span=7w', 'span'],
      ['?span=0d', 'span'],
    ] as const) {
      const response = await server.app.inject({ method: 'GET', url: `/api/stories${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: 'invalid_request',
        message: expect.stringContaining(`query.${name}`) as string,
      });
    }
  });

  it('spanStart: hours give a time, days the start of a day', () => {
    const now = new Date('2026-12-06T04:30:00Z');
    expect(spanStart('24h', now)).toBe('2026-12-05T04:30:00.000Z');
    expect(spanStart('7d', now)).toBe('2026-11-29');
  });
});

describe('GET /api/stories/:id.md', () => {
  it('gives the brief with its sources as Markdown (text/markdown; charset=utf-8)', async () => {
    const page = await list('?limit=100');
    const example = page.items.find((s) => s.articles === 5);
    if (example === undefined) throw new Error('no example story');
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/stories/${encodeURIComponent(example.id)}.md`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const md = response.body;
    expect(md.startsWith('# ')).toBe(true);
    expect(md).toContain('\n## Quellen\n');
    expect(md).toMatch(/\n5\. \*\*/u);
    expect(md).toContain('Wladiwostok');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 (JSON) for an unknown story', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/stories/s%3Anone.md' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('not_found');
  });

  it('is in the OpenAPI document with its media type', async () => {
    const doc = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    }>();
    const op = doc.paths['/api/stories/{id}.md']?.get;
    expect(Object.keys(op?.responses['200']?.content ?? {})).toEqual(['text/markdown; charset=utf-8']);
    const params = (doc.paths['/api/stories']?.get as unknown as { parameters: { name: string }[] })
      .parameters;
    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['minSources', 'since', 'until', 'span', 'lang', 'q']),
    );
  });
});
