import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleServer, type TestServer } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await exampleServer();
});
afterAll(async () => {
  await server.close();
});

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }
  >;
}

type Paths = Record<string, Record<string, Operation>>;

async function document(): Promise<{ openapi: string; info: { version: string }; paths: Paths }> {
  const response = await server.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/u);
  return JSON.parse(response.body) as { openapi: string; info: { version: string }; paths: Paths };
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every route of the API', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/u);
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'POST /api/articles',
        'GET /api/ingest/{id}',
        'GET /api/stories',
        'GET /api/stories/{id}',
        'GET /api/stories/{id}.md',
        'GET /api/storylines/{id}',
        'GET /api/articles/{id}',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/stories/{id}/changes',
        'GET /api/stories/{id}/versions',
        'GET /api/stories/{id}/versions/{n}',
        'POST /api/watches',
        'GET /api/watches',
        'GET /api/watches/{id}',
        'DELETE /api/watches/{id}',
      ].sort(),
    );
  });

  it('names only routes the server really has', async () => {
    const doc = await document();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const url = path.replace(/\{(\w+)\}/gu, ':$1');
        expect(server.app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${path}`).toBe(
          true,
        );
      }
    }
  });

  it('describes parameters, bodies and error responses from the zod schemas', async () => {
    const { paths } = await document();
    const list = paths['/api/stories']?.['get'];
    const limit = list?.parameters?.find((p) => p.name === 'limit');
    expect(limit).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    });
    expect(list?.parameters?.map((p) => p.name).sort()).toEqual([
      'lang',
      'limit',
      'minSources',
      'offset',
      'q',
      'since',
      'span',
      'until',
    ]);
    const story = paths['/api/stories/{id}']?.['get'];
    expect(story?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(Object.keys(story?.responses ?? {}).sort()).toEqual(['200', '400', '404', '500']);
    const notFound = story?.responses['404']?.content?.['application/json']?.schema;
    expect(JSON.stringify(notFound)).toContain('"code"');
    const post = paths['/api/articles']?.['post'];
    const body = JSON.stringify(post?.requestBody?.content['application/json']?.schema);
    for (const field of ['text', 'html', 'id', 'title', 'url', 'source', 'author', 'published', 'language']) {
      expect(body).toContain(`"${field}"`);
    }
    expect(Object.keys(post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '201', '202', '400', '413', '415', '422', '503']),
    );
    expect(post?.parameters).toEqual([
      expect.objectContaining({ name: 'wait', in: 'query', required: false }),
    ]);
    const job = paths['/api/ingest/{id}']?.['get'];
    const jobSchema = JSON.stringify(job?.responses['200']?.content?.['application/json']?.schema);
    for (const state of ['queued', 'running', 'done', 'failed']) expect(jobSchema).toContain(`"${state}"`);
  });
});
