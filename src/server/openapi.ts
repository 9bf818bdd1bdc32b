/** The OpenAPI 3.1 document of the API, generated from the route table and its zod schemas. */
import { z } from 'zod';
import type { RouteSpec } from './routes.js';
import { ErrorSchema } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema 2020-12 (the dialect of OpenAPI 3.1) of a zod schema, without the `$schema` key. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json: JsonSchema = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }),
  };
  delete json['$schema'];
  return json;
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly schema: unknown;
  readonly description?: string;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): Parameter[] {
  if (schema === undefined) return [];
  const json = jsonSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

function responses(route: RouteSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    if (spec.mediaType !== undefined) {
      out[status] = {
        description: spec.description,
        content: { [spec.mediaType]: { schema: { type: 'string' } } },
      };
      continue;
    }
    const schema = spec.schema ?? (Number(status) >= 400 ? ErrorSchema : undefined);
    out[status] = {
      description: spec.description,
      ...(schema !== undefined
        ? { content: { 'application/json': { schema: jsonSchema(schema, 'output') } } }
        : {}),
    };
  }
  out['500'] = {
    description: 'Internal error (no details are sent; the server logs them)',
    content: { 'application/json': { schema: jsonSchema(ErrorSchema, 'output') } },
  };
  return out;
}

function operation(route: RouteSpec): Record<string, unknown> {
  const params = [...parameters(route.params, 'path'), ...parameters(route.query, 'query')];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body !== undefined
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: responses(route),
  };
}

export function openApiDocument(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  paths['/api/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document.',
      responses: { 200: { description: 'The OpenAPI 3.1 document', content: { 'application/json': {} } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lagebild',
      version,
      description:
        'Source-attributed briefs of news stories: add articles, read stories, briefs and analyses.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
  };
}
