import { afterEach, describe, expect, it } from 'vitest';
import type { StoredArticle, StoryPage } from '../../src/store/types.js';
import { exampleServer, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** German text; posted with a tag of another language, the tag wins over detection. */
const TEXT =
  'Die Wahlen in Österreich brachten den Parteien große Verluste. Die Wähler blieben zu Hause, sagte ein Sprecher.';

async function post(s: TestServer, payload: object): Promise<{ status: number; body: unknown }> {
  const response = await s.app.inject({ method: 'POST', url: '/api/articles?wait=true', payload });
  return { status: response.statusCode, body: response.json() };
}

async function language(s: TestServer, id: string): Promise<string> {
  const response = await s.app.inject({ method: 'GET', url: `/api/articles/${id}` });
  return response.json<StoredArticle>().language;
}

describe('language tags at the server', () => {
  it('an article posted with language "de-AT" is stored as "de", "EN" as "en"', async () => {
    server = await exampleServer();
    expect((await post(server, { id: 'at', text: TEXT, language: 'de-AT' })).status).toBe(201);
    expect(await language(server, 'at')).toBe('de');
    const other = `${TEXT} Noch ein Satz, damit der Text ein anderer ist.`;
    expect((await post(server, { id: 'en', text: other, language: 'EN' })).status).toBe(201);
    expect(await language(server, 'en')).toBe('en');
  });

  it('an article posted with a language that is no tag is refused (400 naming the field), not stored', async () => {
    server = await exampleServer();
    for (const tag of ['123', 'xx-!!', 'deutsch']) {
      const { status, body } = await post(server, { id: `bad-${tag}`, text: TEXT, language: tag });
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toContain('body.language');
      const stored = await server.app.inject({ method: 'GET', url: `/api/articles/bad-${tag}` });
      expect(stored.statusCode).toBe(404);
    }
  });

  it('?lang= takes a tag: de-AT and DE filter as de; a malformed one is a 400', async () => {
    server = await exampleServer();
    const all = (await server.app.inject({ method: 'GET', url: '/api/stories' })).json<StoryPage>().total;
    for (const tag of ['de', 'de-AT', 'DE']) {
      const page = await server.app.inject({ method: 'GET', url: `/api/stories?lang=${tag}` });
      expect(page.statusCode).toBe(200);
      expect(page.json<StoryPage>().total).toBe(all);
    }
    const none = await server.app.inject({ method: 'GET', url: '/api/stories?lang=en-GB' });
    expect(none.json<StoryPage>().total).toBe(0);
    const bad = await server.app.inject({ method: 'GET', url: '/api/stories?lang=xx-!!' });
    expect(bad.statusCode).toBe(400);
  });

  it("the language option (serve --lang) is every posted article's language, whatever it declares", async () => {
    server = await exampleServer({ language: 'en-US' });
    expect((await post(server, { id: 'forced', text: TEXT, language: 'de' })).status).toBe(201);
    expect(await language(server, 'forced')).toBe('en');
  });

  it('a language option that is no tag is refused when the server is built', async () => {
    await expect(exampleServer({ language: '123' })).rejects.toThrow(/language must be a tag/u);
  });
});
