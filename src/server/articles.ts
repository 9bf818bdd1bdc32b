/** `POST /api/articles` bodies → `SourceDocument`s (pure): validation, the JSON record reader, ids. */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { InputError, SourceDocument } from '../core/types.js';
import { withLanguage } from '../ingest/meta.js';
import { documentsFromRecords } from '../ingest/records.js';
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

/**
 * A validated body (one article or an array) → documents for the store; ids unique within the request
 * (`-2`, `-3`, … on a repeat), each document's `file` names its place in the body.
 */
export function articleDocuments(
  body: unknown,
  maxBatch: number,
  language: string | undefined,
): ArticleDocuments {
  const { items, many } = validatedItems(body, maxBatch);
  const { documents, errors } = documentsFromRecords(items, {
    file: (i) => (many ? `articles[${String(i)}]` : 'article'),
    fallbackId: (record) => contentId(record.text),
  });
  return {
    documents: language === undefined ? documents : withLanguage(documents, language),
    failed: errors,
  };
}
