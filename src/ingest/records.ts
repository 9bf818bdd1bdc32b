/** Articles given as data (library calls, HTTP bodies) → documents, through the same reader as JSON files. */
import type { Result } from '../core/result.js';
import type { InputError, SourceDocument } from '../core/types.js';
import { uniqueId } from './documents.js';
import { readRecord, type JsonProblem, type JsonRecord } from './json.js';

export interface RecordNaming {
  /** What errors and documents call item `i` (`articles[3]`). */
  readonly file: (index: number) => string;
  /** The id of an item that has none of its own. */
  readonly fallbackId: (record: JsonRecord, index: number) => string;
}

/**
 * What reading item `i` gave: the record or why it is not usable (`readRecord`), or an error that stopped its
 * reading (a worker's limits: `too slow to read`).
 */
export type RecordRead = Result<JsonRecord, JsonProblem> | { readonly ok: false; readonly stopped: string };

/**
 * Reads each item as a JSON record; unusable ones become `{file, reason}` errors. Ids are the record's `id` or
 * the fallback, made unique within the batch with `-2`, `-3`, ….
 */
export function documentsFromRecords(
  items: readonly unknown[],
  naming: RecordNaming,
): { documents: SourceDocument[]; errors: InputError[] } {
  return documentsFromReads(
    items.map((item, i) => readRecord(item, i + 1)),
    naming,
  );
}

/** `documentsFromRecords` for items already read, each by `readRecord` (here or in a worker) or stopped. */
export function documentsFromReads(
  reads: readonly RecordRead[],
  naming: RecordNaming,
): { documents: SourceDocument[]; errors: InputError[] } {
  const documents: SourceDocument[] = [];
  const errors: InputError[] = [];
  const used = new Set<string>();
  reads.forEach((read, i) => {
    const file = naming.file(i);
    if (!read.ok) {
      errors.push({ file, reason: 'stopped' in read ? read.stopped : read.problem.reason });
      return;
    }
    const record = read.value;
    const id = uniqueId(record.id ?? naming.fallbackId(record, i), used);
    documents.push({
      id,
      file,
      format: record.contentFormat,
      text: record.text,
      meta: record.meta,
      removed: record.removed,
    });
  });
  return { documents, errors };
}
