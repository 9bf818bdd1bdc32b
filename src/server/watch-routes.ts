/** Saved searches (issue 16): a story that matches one raises an alert POSTed to its webhook (src/flows/alerts.ts). */
import { normaliseLanguageTag } from '../lang/index.js';
import { parseOr400 } from './articles.js';
import { notFound } from './errors.js';
import {
  BAD_REQUEST,
  NOT_FOUND,
  type RouteInput,
  type RouteContext,
  type RouteResult,
  type RouteSpec,
} from './route-types.js';
import {
  IdParamsSchema,
  WatchDetailSchema,
  WatchInputSchema,
  WatchListSchema,
  WatchSchema,
} from './schemas.js';

async function addWatch(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const body = parseOr400(WatchInputSchema, input.body, 'body');
  const watch = await ctx.store.addWatch({
    query: body.query.trim(),
    lang: body.lang !== undefined ? (normaliseLanguageTag(body.lang) ?? null) : null,
    minSources: body.minSources,
    webhook: body.webhook,
  });
  return { status: 201, body: watch };
}

async function listWatches(_input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  return { status: 200, body: { items: await ctx.store.listWatches() } };
}

async function getWatch(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const watch = await ctx.store.getWatch(id);
  if (watch === undefined) throw notFound(`no watch with id "${id}"`);
  return { status: 200, body: watch };
}

async function deleteWatch(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  if (!(await ctx.store.deleteWatch(id))) throw notFound(`no watch with id "${id}"`);
  return { status: 204, body: undefined };
}

export const WATCH_ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/api/watches',
    operationId: 'addWatch',
    summary:
      'Save a search: from now on, a story that matches it (search, language, at least `minSources` independent sources) and is created or gains a source raises one alert, POSTed as JSON to `webhook`.',
    body: WatchInputSchema,
    responses: {
      201: { description: 'The watch', schema: WatchSchema },
      400: BAD_REQUEST,
      415: { description: 'Content-Type is not application/json' },
    },
    handle: addWatch,
  },
  {
    method: 'GET',
    path: '/api/watches',
    operationId: 'listWatches',
    summary: 'The saved searches, oldest first.',
    responses: { 200: { description: 'The watches', schema: WatchListSchema } },
    handle: listWatches,
  },
  {
    method: 'GET',
    path: '/api/watches/{id}',
    operationId: 'getWatch',
    summary: 'One saved search with its latest alerts and their delivery state.',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The watch', schema: WatchDetailSchema },
      400: BAD_REQUEST,
      404: NOT_FOUND,
    },
    handle: getWatch,
  },
  {
    method: 'DELETE',
    path: '/api/watches/{id}',
    operationId: 'deleteWatch',
    summary: 'Delete a saved search and its alerts (pending ones are not sent).',
    params: IdParamsSchema,
    responses: { 204: { description: 'Deleted' }, 400: BAD_REQUEST, 404: NOT_FOUND },
    handle: deleteWatch,
  },
];
