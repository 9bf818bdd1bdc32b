/** Story history routes (issue 16): what is new in a story since a time, and its earlier briefs. */
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
  BriefVersionSchema,
  ChangesQuerySchema,
  IdParamsSchema,
  parseIsoTime,
  StoryChangesSchema,
  StoryVersionsSchema,
  VersionParamsSchema,
} from './schemas.js';

async function storyChanges(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const { since } = parseOr400(ChangesQuerySchema, input.query, 'query');
  // the schema accepted it, so it parses
  const changes = await ctx.store.storyChanges(id, parseIsoTime(since) ?? since);
  if (changes === undefined) throw notFound(`no story with id "${id}"`);
  return { status: 200, body: changes };
}

async function storyVersions(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const versions = await ctx.store.storyVersions(id);
  if (versions === undefined) throw notFound(`no story with id "${id}"`);
  return { status: 200, body: versions };
}

async function briefVersion(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id, n } = parseOr400(VersionParamsSchema, input.params, 'path');
  const version = await ctx.store.briefVersion(id, n);
  if (version === undefined) {
    const known = await ctx.store.storyVersions(id);
    throw notFound(
      known === undefined ? `no story with id "${id}"` : `story "${id}" has no brief version ${String(n)}`,
    );
  }
  return { status: 200, body: version };
}

export const HISTORY_ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/stories/{id}/changes',
    operationId: 'getStoryChanges',
    summary:
      'What is new in a story since a time: the articles added after it, and the brief lines that are new or changed relative to the last brief version made at or before it.',
    params: IdParamsSchema,
    query: ChangesQuerySchema,
    responses: {
      200: { description: 'The changes (empty lists when nothing is new)', schema: StoryChangesSchema },
      400: { description: 'A missing or malformed `since`, or a bad id' },
      404: NOT_FOUND,
    },
    handle: storyChanges,
  },
  {
    method: 'GET',
    path: '/api/stories/{id}/versions',
    operationId: 'listStoryVersions',
    summary:
      'The brief versions of a story, oldest first (a merged story keeps its own; `mergedInto` and `mergedFrom` lead to the rest of the history).',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The versions', schema: StoryVersionsSchema },
      400: BAD_REQUEST,
      404: NOT_FOUND,
    },
    handle: storyVersions,
  },
  {
    method: 'GET',
    path: '/api/stories/{id}/versions/{n}',
    operationId: 'getStoryVersion',
    summary: 'One earlier brief of a story, as it was made.',
    params: VersionParamsSchema,
    responses: {
      200: { description: 'The brief version', schema: BriefVersionSchema },
      400: BAD_REQUEST,
      404: { description: 'No such story, or no such version of it' },
    },
    handle: briefVersion,
  },
];
