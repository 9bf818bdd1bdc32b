/**
 * The one place errors become responses: every error, ours or fastify's, turns into
 * `{ error: { code, message } }` with the right status. A 500 never carries the message or stack of the cause.
 */
import type { ZodError } from 'zod';

/** An error meant for the client: status, a stable machine code and a message in words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Response headers the error needs (e.g. `Retry-After` on a 503). */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  /** The cause was not the client's fault (status 500): log it. */
  readonly internal: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Fastify's own errors, by their code: status and our code. */
const FASTIFY_ERRORS: Readonly<Record<string, readonly [number, string]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request'],
  FST_ERR_BAD_URL: [400, 'bad_request'],
};

/** `body[2].title: expected string, received number; query.limit: …` */
export function describeZodError(error: ZodError, where: string): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path
        .map((p) => (typeof p === 'number' ? `[${String(p)}]` : `.${String(p)}`))
        .join('');
      return `${where}${path}: ${issue.message}`;
    })
    .join('; ');
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

function body(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

/** Any thrown value → status and JSON body. */
export function errorResponse(error: unknown): ErrorResponse {
  if (error instanceof ApiError) {
    return {
      status: error.status,
      body: body(error.code, error.message, error.details),
      internal: false,
      ...(error.headers !== undefined ? { headers: error.headers } : {}),
    };
  }
  const fastifyCode = field(error, 'code');
  const known = typeof fastifyCode === 'string' ? FASTIFY_ERRORS[fastifyCode] : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (known !== undefined) {
    const [status, code] = known;
    return { status, body: body(code, message), internal: false };
  }
  const status = field(error, 'statusCode');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: body('bad_request', message), internal: false };
  }
  return { status: 500, body: body('internal', 'internal server error'), internal: true };
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'not_found', what);
}

/** 503 when the ingest queue holds `length` jobs already: nothing was stored; try again after `retryAfter` s. */
export function queueFull(length: number, retryAfter: number): ApiError {
  return new ApiError(
    503,
    'queue_full',
    `the ingest queue is full (${String(length)} waiting); nothing was stored: send again after ${String(retryAfter)} s`,
    undefined,
    { 'retry-after': String(retryAfter) },
  );
}
