/** Server options as a caller (or `lagebild serve`) gives them, and the normalised form the app works with. */
import type { ReadingOptions } from '../ingest/options.js';
import { normaliseLanguageTag } from '../lang/index.js';

/** Bodies larger than this are refused with 413 (default 8 MiB). */
export const DEFAULT_BODY_LIMIT = 8 * 1024 * 1024;
/** More articles than this in one `POST /api/articles` are refused with 413 (default 100). */
export const DEFAULT_MAX_BATCH = 100;
/** Most posts waiting for their brief refresh; one more is refused with 503 (default 100). */
export const DEFAULT_MAX_QUEUE = 100;
/** Seconds a client refused because the queue is full is told to wait (`Retry-After`). */
export const RETRY_AFTER = 5;
/** Finished ingest jobs whose status `GET /api/ingest/{id}` still answers. */
export const KEEP_JOBS = 1000;
/** Largest `limit` of `GET /api/stories`. */
export const MAX_PAGE = 100;

/** Options as a caller gives them; every field is optional. */
export interface ServerOptions {
  /** Largest request body in bytes (default 8 MiB). */
  readonly bodyLimit?: number;
  /** Most articles in one POST (default 100). */
  readonly maxBatch?: number;
  /** Most posts waiting in the ingest queue (default 100); more → 503 `queue_full` with `Retry-After`. */
  readonly maxQueue?: number;
  /**
   * Folder of the built web page (`index.html`, `assets/`); default `dist/web` of the package; `null` serves
   * no page.
   */
  readonly webRoot?: string | null;
  /** Where server-side errors (with their stack) are written; never sent to the client. Default: nowhere. */
  readonly log?: (line: string) => void;
  /**
   * The language of every article posted (a tag: `de`, `de-AT`), instead of its own `language` or the detected one
   * (`lagebild serve --lang`). Default: each article's own, else detected.
   */
  readonly language?: string;
  /**
   * How each posted article is read (issue 17): `budgetMs` (default 60 s) and `maxMemoryMb` (default 512) bound
   * the reading of an article of `isolateFromBytes` characters or more (default 16 K) in a worker thread
   * (`workerUrl`, default the built read-worker.js; `lagebild serve` gives the commands' worker, which also guards
   * the cleaning and analysis of articles of 64 K characters or more); `timer` and `onStage` are for tests.
   */
  readonly reading?: ReadingOptions;
}

/** What the app works with: every option decided. */
export interface NormalisedServerOptions {
  readonly bodyLimit: number;
  readonly maxBatch: number;
  readonly maxQueue: number;
  readonly webRoot: string | null;
  readonly log: (line: string) => void;
  /** The forced language as an ISO 639-1 code; `undefined`: each article's own, else detected. */
  readonly language: string | undefined;
}

function positiveInteger(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a whole number of at least 1, not ${String(value)}`);
  }
  return value;
}

function forcedLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined) return undefined;
  const code = normaliseLanguageTag(tag);
  if (code === undefined)
    throw new RangeError(`the language must be a tag such as "de" or "de-AT", not "${tag}"`);
  return code;
}

/** Fills in defaults and checks values; throws a `RangeError` with a user-facing message on a bad value. */
export function normaliseServerOptions(
  options: ServerOptions,
  defaultWebRoot: string | null,
): NormalisedServerOptions {
  return {
    bodyLimit: positiveInteger(options.bodyLimit ?? DEFAULT_BODY_LIMIT, 'the body limit'),
    maxBatch: positiveInteger(options.maxBatch ?? DEFAULT_MAX_BATCH, 'the batch limit'),
    maxQueue: positiveInteger(options.maxQueue ?? DEFAULT_MAX_QUEUE, 'the queue length'),
    webRoot: options.webRoot === undefined ? defaultWebRoot : options.webRoot,
    log: options.log ?? (() => undefined),
    language: forcedLanguage(options.language),
  };
}
