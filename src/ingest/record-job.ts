/**
 * The worker's built-in `record` reader (read-serve.ts): one article given as data (an item of a
 * `POST /api/articles` body) read by `readRecord`, whose HTML parsing is as hostile-prone as a file's. Its value is
 * the read record (or why it is unusable); its outcome holds the record's document for the guard.
 */
import { readRecord } from './json.js';
import type { ReaderResult } from './read-pool.js';

/** What the `record` reader is sent: the item, its 1-based number and what errors call it (`articles[3]`). */
export interface RecordPayload {
  readonly item: unknown;
  readonly n: number;
  readonly file: string;
}

export function readRecordJob(payload: unknown): ReaderResult {
  const { item, n, file } = payload as RecordPayload;
  const read = readRecord(item, n);
  const pending = read.ok
    ? [
        {
          idBase: read.value.id ?? file,
          document: {
            file,
            format: read.value.contentFormat,
            text: read.value.text,
            meta: read.value.meta,
            removed: read.value.removed,
          },
        },
      ]
    : [];
  return { outcome: { pending, errors: [] }, value: read };
}
