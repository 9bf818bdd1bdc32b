/**
 * The watcher's readers in a worker thread of the read pool (issue 17): `page` reads a fetched article page
 * (`pageDocument`: decode → HTML or text reader → metadata) and `feed` a fetched feed or news sitemap (`readFeed`),
 * each under the pool's hard time and memory limits, so a hostile page or feed fails alone instead of stalling
 * the watcher (or the server it runs in). Registered by the watcher's worker script (read-worker.ts) and the
 * commands' one (src/cli/guard-worker.ts, which also guards the cleaning and analysis of long pages).
 */
import type { NamedReader, ReaderResult } from '../ingest/index.js';
import type { Fetched } from './http.js';
import { readFeed } from './items.js';
import type { WatchItem } from './items.js';
import { pageDocument } from './page.js';

/** What the `page` reader is sent: the fetched page (what it needs of it) and the item it belongs to. */
export interface PagePayload {
  readonly page: Pick<Fetched, 'url' | 'mediaType' | 'charset' | 'bytes'>;
  readonly item: WatchItem;
}

/** What the `feed` reader is sent: the fetched bytes and the charset of the Content-Type header. */
export interface FeedPayload {
  readonly bytes: Uint8Array;
  readonly charset: string | undefined;
}

/** The page as a document (its value: `pageDocument`'s result); the document also goes to the guard. */
export function readPageJob(payload: unknown): ReaderResult {
  const { page, item } = payload as PagePayload;
  const read = pageDocument({ ...page, kind: 'ok', status: 200, etag: null, lastModified: null }, item);
  const pending = read.ok ? [{ idBase: read.value.id, document: read.value }] : [];
  return { outcome: { pending, errors: [] }, value: read };
}

/** The feed's items (its value: `readFeed`'s result). */
export function readFeedJob(payload: unknown): ReaderResult {
  const { bytes, charset } = payload as FeedPayload;
  return { outcome: { pending: [], errors: [] }, value: readFeed(bytes, charset) };
}

export const WATCH_READERS: Readonly<Record<string, NamedReader>> = { page: readPageJob, feed: readFeedJob };
