/** The HTTP server of `lagebild serve`: fastify app factory, options, the OpenAPI document. */
export { buildServer, type BuildServerOptions } from './app.js';
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_MAX_BATCH,
  MAX_PAGE,
  normaliseServerOptions,
  type NormalisedServerOptions,
  type ServerOptions,
} from './options.js';
export { ApiError, errorResponse, type ErrorBody } from './errors.js';
export { openApiDocument } from './openapi.js';
export { ROUTES } from './routes.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './headers.js';
export { boundPort, serveUntil, serverUrl, stopSignal, type ListenSettings } from './run.js';
