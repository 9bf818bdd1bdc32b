/**
 * Storylines over HTTP, in process (fastify inject): the example story split into its preview and report chapters
 * six days apart is stored by the project's clusterer as two stories of one storyline; a later meeting of Putin
 * in Sochi is a storyline of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/index.js';
import { StoryDetailSchema, StorylineSchema, StoryPageSchema } from '../../src/server/schemas.js';
import { openStore, type LagebildStore } from '../../src/flows/store.js';
import type { Storyline, StoryDetail, StoryPage } from '../../src/store/types.js';
import { kimPutinChapters, UNRELATED_LATER } from '../cluster/storyline-texts.js';

let store: LagebildStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(':memory:');
  const outcome = await store.ingest([...kimPutinChapters(), ...UNRELATED_LATER.slice(0, 1)]);
  if (outcome.failed.length > 0) throw new Error(`not stored: ${JSON.stringify(outcome.failed)}`);
  app = buildServer({ store, webRoot: null });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>() };
}

describe('storylines in the API', () => {
  it('gives every story its storyline; the two chapters of the summit share one, Sochi has its own', async () => {
    const page = StoryPageSchema.parse((await get<StoryPage>('/api/stories')).body);
    expect(page.items.map((s) => [s.id, s.articles, s.storyline])).toEqual([
      ['s:putin-erdogan', 1, 's:putin-erdogan'],
      ['s:001_2a559c43b46f36a7', 3, 's:000_62401ecbec18278e'],
      ['s:000_62401ecbec18278e', 2, 's:000_62401ecbec18278e'],
    ]);
  });

  it('GET /api/storylines/:id gives the chapters in time order, each with the story it continues', async () => {
    const { status, body } = await get<Storyline>(
      `/api/storylines/${encodeURIComponent('s:000_62401ecbec18278e')}`,
    );
    expect(status).toBe(200);
    const storyline = StorylineSchema.parse(body);
    expect(storyline.id).toBe('s:000_62401ecbec18278e');
    expect(storyline.chapters.map((c) => [c.id, c.first, c.continues])).toEqual([
      ['s:000_62401ecbec18278e', '2019-04-19T00:00:00Z', null],
      ['s:001_2a559c43b46f36a7', '2019-04-25T11:00:00Z', 's:000_62401ecbec18278e'],
    ]);
    expect(storyline.chapters[1]?.score).toBeGreaterThan(0.35);
  });

  it("a story's JSON carries its storyline with the earlier and later chapters", async () => {
    const { status, body } = await get<StoryDetail>(
      `/api/stories/${encodeURIComponent('s:001_2a559c43b46f36a7')}`,
    );
    expect(status).toBe(200);
    const detail = StoryDetailSchema.parse(body);
    expect(detail.story.storyline).toBe('s:000_62401ecbec18278e');
    expect(detail.storyline.chapters.map((c) => c.id)).toEqual([
      's:000_62401ecbec18278e',
      's:001_2a559c43b46f36a7',
    ]);
    const sochi = StoryDetailSchema.parse((await get<StoryDetail>('/api/stories/s:putin-erdogan')).body);
    expect(sochi.storyline).toMatchObject({ id: 's:putin-erdogan', chapters: [{ id: 's:putin-erdogan' }] });
  });

  it('answers 404 for an unknown storyline and 400 for an id out of bounds', async () => {
    const missing = await get<{ error: { code: string; message: string } }>('/api/storylines/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', message: 'no storyline with id "nope"' });
    // a later chapter's id is not a storyline's id
    expect(
      (await get<unknown>(`/api/storylines/${encodeURIComponent('s:001_2a559c43b46f36a7')}`)).status,
    ).toBe(404);
    expect((await get<unknown>(`/api/storylines/${'x'.repeat(201)}`)).status).toBe(400);
  });
});
