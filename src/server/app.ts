/**
 * The HTTP shell around the store: `buildServer` returns a fastify app (not listening; tests use `inject`,
 * `lagebild serve` calls `listen`). Routes come from one table (`routes.ts`); every error goes through one
 * handler (`errors.ts`); every response carries the security headers (`headers.ts`).
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { openInputReader } from '../ingest/files.js';
import type { Store } from '../store/types.js';
import { ApiError, errorResponse } from './errors.js';
import { SECURITY_HEADERS } from './headers.js';
import { openApiDocument } from './openapi.js';
import { IngestQueue } from './ingest-queue.js';
import {
  KEEP_JOBS,
  normaliseServerOptions,
  RETRY_AFTER,
  type NormalisedServerOptions,
  type ServerOptions,
} from './options.js';
import { packageInfo } from './package-info.js';
import { fastifyPath, ROUTES, type RouteContext, type RouteSpec } from './routes.js';
import { loadWebFiles } from './web.js';

export interface BuildServerOptions extends ServerOptions {
  readonly store: Store;
}

function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function registerErrors(app: FastifyInstance, options: NormalisedServerOptions): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const response = errorResponse(error);
    if (response.internal) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      options.log(`lagebild serve: ${request.method} ${clip(request.url)} failed: ${detail}`);
    }
    if (response.headers !== undefined) reply.headers(response.headers);
    return reply.status(response.status).send(response.body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${clip(request.url)}` },
    }),
  );
}

function registerRoute(app: FastifyInstance, route: RouteSpec, ctx: RouteContext): void {
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    handler: async (request, reply) => {
      const result = await route.handle(
        { params: request.params, query: request.query, body: request.body },
        ctx,
      );
      if (result.type !== undefined) reply.type(result.type);
      if (result.headers !== undefined) reply.headers(result.headers);
      return reply.status(result.status).send(result.body);
    },
  });
}

function registerWeb(app: FastifyInstance, webRoot: string | null): void {
  const files = loadWebFiles(webRoot);
  if (files.size === 0) {
    app.get('/', () => {
      throw new ApiError(
        503,
        'web_not_built',
        'the web page is not built (run npm run build); the API works',
      );
    });
    return;
  }
  for (const [url, file] of files) {
    app.get(url, (_request, reply) =>
      reply.header('content-type', file.type).header('cache-control', file.cache).send(file.body),
    );
  }
}

/** The app with every route, the error handler and the security headers; call `listen` or `inject` on it. */
export function buildServer(options: BuildServerOptions): FastifyInstance {
  const info = packageInfo();
  const normalised = normaliseServerOptions(
    options,
    info !== undefined ? join(info.root, 'dist', 'web') : null,
  );
  const app = Fastify({
    logger: false,
    bodyLimit: normalised.bodyLimit,
    // A client gets 60 s to send its whole request (slow senders cannot hold connections for ever).
    requestTimeout: 60_000,
    routerOptions: { maxParamLength: 500 },
  });
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  registerErrors(app, normalised);
  const queue = new IngestQueue(options.store, {
    maxQueued: normalised.maxQueue,
    retryAfter: RETRY_AFTER,
    keep: KEEP_JOBS,
    log: normalised.log,
  });
  // the articles of a post are read (long ones in a worker thread) before anything is queued
  const reader = openInputReader(options.reading ?? {});
  // closing the app drains the queue: every accepted post gets its briefs before the store may close
  app.addHook('onClose', async () => {
    await queue.close();
    await reader.close();
  });
  const ctx: RouteContext = { store: options.store, options: normalised, queue, reader };
  for (const route of ROUTES) registerRoute(app, route, ctx);
  const document = openApiDocument(ROUTES, info?.version ?? 'unknown');
  app.get('/api/openapi.json', () => document);
  registerWeb(app, normalised.webRoot);
  return app;
}
