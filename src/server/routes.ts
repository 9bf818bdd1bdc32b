/**
 * The API routes: one table drives both the fastify routes and the OpenAPI document, with the zod schemas the
 * handlers validate against.
 */
import { normaliseLanguageTag } from '../lang/index.js';
import { renderMarkdown } from '../render/index.js';
import { articleDocuments, parseOr400 } from './articles.js';
import type { InputError } from '../core/types.js';
import type { IngestOutcome } from '../store/types.js';
import { ApiError, notFound } from './errors.js';
import type { IngestJob } from './ingest-queue.js';
import { HISTORY_ROUTES } from './history-routes.js';
import {
  BAD_REQUEST,
  NOT_FOUND,
  type RouteContext,
  type RouteInput,
  type RouteResult,
  type RouteSpec,
} from './route-types.js';
import { WATCH_ROUTES } from './watch-routes.js';
import {
  ArticleBatchSchema,
  ArticlePostQuerySchema,
  IngestAcceptedSchema,
  IngestJobSchema,
  HealthSchema,
  IdParamsSchema,
  IngestResponseSchema,
  StoredArticleSchema,
  StoryDetailSchema,
  StoryPageSchema,
  StoryQuerySchema,
  StorylineSchema,
} from './schemas.js';

export type { ResponseSpec, RouteContext, RouteInput, RouteResult, RouteSpec } from './route-types.js';

function notUsable(failed: readonly InputError[]): ApiError {
  return new ApiError(422, 'no_usable_article', 'none of the articles holds usable text', failed);
}

function jobBody(job: IngestJob): Record<string, unknown> {
  return {
    job: job.id,
    status: job.state,
    stories: [...new Set(job.added.map((a) => a.story))],
    submitted: job.submitted,
    finished: job.finished,
    added: job.added,
    duplicates: job.duplicates,
    failed: job.failed,
    errors: job.errors,
  };
}

/**
 * Stores the articles in the request and queues their stories' brief refresh: 202 with the job's URL, or (with
 * `?wait=true`) 201/200 once the job is done. Nothing new: 200 at once, nothing queued.
 */
async function postArticles(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { wait } = parseOr400(ArticlePostQuerySchema, input.query, 'query');
  const { documents, failed } = await articleDocuments(
    input.body,
    ctx.options.maxBatch,
    ctx.options.language,
    ctx.reader,
  );
  if (documents.length === 0) throw notUsable(failed);
  const place = ctx.queue.reserve();
  let outcome: IngestOutcome;
  try {
    outcome = await ctx.store.ingest(documents, undefined, { briefs: 'later' });
  } catch (error) {
    place.cancel();
    throw error;
  }
  const allFailed = [...failed, ...outcome.failed];
  if (outcome.added.length === 0) {
    place.cancel();
    if (outcome.duplicates.length === 0) throw notUsable(allFailed);
    return { status: 200, body: { added: [], duplicates: outcome.duplicates, failed: allFailed } };
  }
  const job = place.submit(outcome, allFailed);
  const url = `/api/ingest/${job.id}`;
  if (wait === 'true') {
    await ctx.queue.whenSettled(job);
    return {
      status: 201,
      body: { added: job.added, duplicates: job.duplicates, failed: [...job.failed, ...job.errors] },
    };
  }
  return {
    status: 202,
    headers: { location: url },
    body: {
      job: job.id,
      status: job.state,
      url,
      added: job.added,
      duplicates: job.duplicates,
      failed: allFailed,
    },
  };
}

async function getIngestJob(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const job = ctx.queue.get(id);
  if (job === undefined)
    throw notFound(`no ingest job "${id}" (unknown, or finished long ago and forgotten)`);
  return { status: 200, body: jobBody(job) };
}

/**
 * The start of a span before `now`: "24h" → 24 hours ago (a timestamp); "7d" → the start of the day 7 days ago
 * (a date, so that stories dated by day alone on that day count).
 */
export function spanStart(span: string, now: Date): string {
  const n = Number(span.slice(0, -1));
  if (span.endsWith('h')) return new Date(now.getTime() - n * 3_600_000).toISOString();
  return new Date(now.getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

/** The later of two optional ISO times (as text, as the store compares them). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

async function listStories(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const query = parseOr400(StoryQuerySchema, input.query, 'query');
  const q = query.q?.trim();
  const lang = normaliseLanguageTag(query.lang);
  const since = later(query.since, query.span === undefined ? undefined : spanStart(query.span, new Date()));
  const page = await ctx.store.listStories({
    limit: query.limit,
    offset: query.offset,
    ...(q !== undefined && q !== '' ? { q } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(query.minSources > 1 ? { minSources: query.minSources } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(query.until !== undefined ? { until: query.until } : {}),
  });
  return {
    status: 200,
    body: { items: page.items, total: page.total, limit: query.limit, offset: query.offset },
  };
}

async function getStory(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const story = await ctx.store.getStory(id);
  if (story === undefined) throw notFound(`no story with id "${id}"`);
  return { status: 200, body: story };
}

/** The brief as Markdown with its sources (the same as `lagebild brief --format md`). */
async function getStoryMarkdown(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const story = await ctx.store.getStory(id);
  if (story === undefined) throw notFound(`no story with id "${id}"`);
  if (story.brief === null)
    throw new ApiError(
      409,
      'brief_pending',
      `the story "${id}" has no brief yet; try again after its refresh`,
    );
  return { status: 200, body: renderMarkdown(story.brief), type: 'text/markdown; charset=utf-8' };
}

async function getStoryline(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const storyline = await ctx.store.getStoryline(id);
  if (storyline === undefined) throw notFound(`no storyline with id "${id}"`);
  return { status: 200, body: storyline };
}

async function getArticle(input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  const { id } = parseOr400(IdParamsSchema, input.params, 'path');
  const article = await ctx.store.getArticle(id);
  if (article === undefined) throw notFound(`no article with id "${id}"`);
  return { status: 200, body: article };
}

async function health(_input: RouteInput, ctx: RouteContext): Promise<RouteResult> {
  try {
    return { status: 200, body: await ctx.store.health() };
  } catch {
    throw new ApiError(503, 'store_unavailable', 'the store does not answer');
  }
}

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'POST',
    path: '/api/articles',
    operationId: 'addArticles',
    summary:
      'Add one article or an array of articles; they are cleaned, de-duplicated and clustered into stories and stored before the answer; the briefs of their stories are made again by a queue (status at the `Location` URL), or before the answer with `?wait=true`.',
    query: ArticlePostQuerySchema,
    body: ArticleBatchSchema,
    responses: {
      202: {
        description: 'Stored; the brief refresh is queued (`Location: /api/ingest/{job}`)',
        schema: IngestAcceptedSchema,
      },
      201: { description: 'With `?wait=true`: added, and the briefs made', schema: IngestResponseSchema },
      200: {
        description: 'Nothing new: every usable article was a duplicate (nothing queued)',
        schema: IngestResponseSchema,
      },
      400: BAD_REQUEST,
      413: { description: 'Body over the size limit, or more articles than the batch limit' },
      415: { description: 'Content-Type is not application/json' },
      422: { description: 'No article holds usable text (details lists each with its reason)' },
      503: {
        description:
          'The ingest queue is full (`queue_full`) or the server is stopping (`shutting_down`); nothing was stored; see `Retry-After`',
      },
    },
    handle: postArticles,
  },
  {
    method: 'GET',
    path: '/api/ingest/{id}',
    operationId: 'getIngestJob',
    summary:
      'The status of a post’s brief refresh: queued, running, done or failed (with its errors), and the stories it changed.',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The job', schema: IngestJobSchema },
      400: BAD_REQUEST,
      404: { description: 'No such job (or finished long ago: the last 1 000 are kept)' },
    },
    handle: getIngestJob,
  },
  {
    method: 'GET',
    path: '/api/stories',
    operationId: 'listStories',
    summary:
      'Stories in news order (latest publication date of their articles, else when stored), with the total; optional full-text search and filters by language, minimum of independent sources and time.',
    query: StoryQuerySchema,
    responses: { 200: { description: 'One page of stories', schema: StoryPageSchema }, 400: BAD_REQUEST },
    handle: listStories,
  },
  {
    method: 'GET',
    path: '/api/stories/{id}',
    operationId: 'getStory',
    summary: 'One story: its brief with the analysis, and its articles.',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The story', schema: StoryDetailSchema },
      400: BAD_REQUEST,
      404: NOT_FOUND,
    },
    handle: getStory,
  },
  {
    method: 'GET',
    path: '/api/stories/{id}.md',
    operationId: 'getStoryMarkdown',
    summary: 'One story’s brief as Markdown, with its sources (text/markdown).',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The brief as Markdown', mediaType: 'text/markdown; charset=utf-8' },
      400: BAD_REQUEST,
      404: NOT_FOUND,
      409: { description: 'The story has no brief yet' },
    },
    handle: getStoryMarkdown,
  },
  {
    method: 'GET',
    path: '/api/storylines/{id}',
    operationId: 'getStoryline',
    summary:
      'One storyline (a story that went quiet and continued later): its stories in time order. Its id is that of its first story.',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The storyline', schema: StorylineSchema },
      400: BAD_REQUEST,
      404: NOT_FOUND,
    },
    handle: getStoryline,
  },
  {
    method: 'GET',
    path: '/api/articles/{id}',
    operationId: 'getArticle',
    summary: 'One stored article with its cleaned text (the text brief offsets refer to).',
    params: IdParamsSchema,
    responses: {
      200: { description: 'The article', schema: StoredArticleSchema },
      400: BAD_REQUEST,
      404: NOT_FOUND,
    },
    handle: getArticle,
  },
  {
    method: 'GET',
    path: '/api/health',
    operationId: 'health',
    summary: 'Whether the store answers, its kind, schema version and counts.',
    responses: {
      200: { description: 'The store answers', schema: HealthSchema },
      503: { description: 'The store does not answer' },
    },
    handle: health,
  },
  ...HISTORY_ROUTES,
  ...WATCH_ROUTES,
];

/** `/api/stories/{id}` → `/api/stories/:id` */
export function fastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/gu, ':$1');
}
