/**
 * `POST /api/articles` bodies → `SourceDocument`s: validation, the JSON record reader, ids. Each article is read
 * on its own (its HTML parsed) by the server's reader: one of 16 K characters or more in a worker thread under
 * the time and memory budget (issue 17), so an article over them fails alone (`too slow to read`) and the event
 * loop keeps answering reads.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { InputError, SourceDocument } from '../core/types.js';
import type { InputReader } from '../ingest/files.js';
import { readRecord } from '../ingest/json.js';
import { withLanguage } from '../ingest/meta.js';
import type { RecordPayload } from '../ingest/record-job.js';
import { documentsFromReads, type RecordRead } from '../ingest/records.js';
import { ApiError, describeZodError } from './errors.js';
import { ArticleInputSchema } from './schemas.js';

export interface ArticleDocuments {
  readonly documents: readonly SourceDocument[];
  /** Articles that passed validation but hold nothing usable (e.g. HTML without main text). */
  readonly failed: readonly InputError[];
}

/** Parses `value` with `schema` or throws a 400 naming where the request is wrong. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, 'invalid_request', describeZodError(result.error, where));
  return result.data;
}

/** The body as a list of raw articles, checked against the batch limit and the article schema. */
function validatedItems(body: unknown, maxBatch: number): { items: readonly unknown[]; many: boolean } {
  if (!Array.isArray(body)) {
    parseOr400(ArticleInputSchema, body, 'body');
    return { items: [body], many: false };
  }
  if (body.length === 0) throw new ApiError(400, 'invalid_request', 'body: the array of articles is empty');
  if (body.length > maxBatch) {
    throw new ApiError(
      413,
      'too_many_articles',
      `${String(body.length)} articles in one request, over the limit of ${String(maxBatch)}: send them in smaller batches`,
    );
  }
  body.forEach((item: unknown, i) => parseOr400(ArticleInputSchema, item, `body[${String(i)}]`));
  return { items: body, many: true };
}

/** Content-derived id for an article sent without one: the same text always gets the same id. */
function contentId(text: string): string {
  return `a-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** How long an article is, for the choice of where it is read: the characters of its `text` and `html`. */
function articleSize(item: unknown): number {
  const { text, html } = item as { text?: unknown; html?: unknown };
  return (typeof text === 'string' ? text.length : 0) + (typeof html === 'string' ? html.length : 0);
}

/** One article read by `reader` (`record`, record-job.ts): the record, why it is unusable, or what stopped it. */
async function readArticle(item: unknown, i: number, file: string, reader: InputReader): Promise<RecordRead> {
  const payload: RecordPayload = { item, n: i + 1, file };
  const result = await reader.named(file, { name: 'record', payload }, articleSize(item), () => ({
    outcome: { pending: [], errors: [] },
    value: readRecord(item, i + 1),
  }));
  const stopped = result.outcome.errors[0];
  if (stopped !== undefined || result.value === undefined)
    return { ok: false, stopped: stopped?.reason ?? 'could not be read' };
  return result.value as RecordRead;
}

/**
 * A validated body (one article or an array) → documents for the store; ids unique within the request
 * (`-2`, `-3`, … on a repeat), each document's `file` names its place in the body. Articles are read one after
 * the other, each by `reader`; one that passes the limits is a failed article like one without text.
 */
export async function articleDocuments(
  body: unknown,
  maxBatch: number,
  language: string | undefined,
  reader: InputReader,
): Promise<ArticleDocuments> {
  const { items, many } = validatedItems(body, maxBatch);
  const file = (i: number): string => (many ? `articles[${String(i)}]` : 'article');
  const reads: RecordRead[] = [];
  for (const [i, item] of items.entries()) reads.push(await readArticle(item, i, file(i), reader));
  const { documents, errors } = documentsFromReads(reads, {
    file,
    fallbackId: (record) => contentId(record.text),
  });
  return {
    documents: language === undefined ? documents : withLanguage(documents, language),
    failed: errors,
  };
}
