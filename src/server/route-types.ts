/** The shape of a route of the API table (src/server/routes.ts): its OpenAPI description and its handler. */
import type { z } from 'zod';
import type { Store } from '../store/types.js';
import type { IngestQueue } from './ingest-queue.js';
import type { NormalisedServerOptions } from './options.js';
import type { InputReader } from '../ingest/files.js';

export interface RouteContext {
  readonly store: Store;
  readonly options: NormalisedServerOptions;
  /** Where `POST /api/articles` queues the brief refreshes (src/server/ingest-queue.ts). */
  readonly queue: IngestQueue;
  /** What reads each posted article (its long ones in a worker thread under the limits; articles.ts). */
  readonly reader: InputReader;
}

export interface RouteInput {
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
}

export interface RouteResult {
  readonly status: number;
  readonly body: unknown;
  /** The Content-Type of a body that is not JSON (a string). */
  readonly type?: string;
  /** Further response headers (e.g. `Location` of a 202). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ResponseSpec {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** The media type of a response that is not JSON (its body is text). */
  readonly mediaType?: string;
}

export interface RouteSpec {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI form: `/api/stories/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  readonly handle: (input: RouteInput, ctx: RouteContext) => Promise<RouteResult>;
}

export const BAD_REQUEST: ResponseSpec = { description: 'Invalid JSON, wrong types or values out of range' };
export const NOT_FOUND: ResponseSpec = { description: 'No such id' };
