/**
 * A fetched article page (or an item without a link) → the `SourceDocument` the ingest flow stores: the page's main
 * text by the project's HTML reader, its own metadata first, the feed's where the page says nothing.
 */
import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../core/result.js';
import type { SourceDocument } from '../core/types.js';
import { decodeBytes, isDecodeFailure, isHtmlFailure, parseHtml, parseText } from '../ingest/index.js';
import { mergeMeta } from '../ingest/meta.js';
import type { Fetched } from './http.js';
import type { WatchItem } from './items.js';

/** Media types an article page may have. */
export const PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * A readable, stable article id from the URL: host and path as words, with a short hash of the whole URL so two
 * URLs never share one (`tagesblatt.example-politik-kim-putin-3f2a9c`).
 */
export function articleId(url: string): string {
  let words = url;
  try {
    const u = new URL(url);
    words = `${u.hostname.replace(/^www\./u, '')}${u.pathname}`;
  } catch {
    // not a URL: its own characters
  }
  const slug = words
    .toLowerCase()
    .replace(/\.(?:s?html?|php|aspx?)$/u, '')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 6);
  return `${slug === '' ? 'item' : slug}-${hash}`;
}

/** The page as a document, or why it has no usable text. */
export function pageDocument(page: Fetched, item: WatchItem): Result<SourceDocument> {
  const decoded = decodeBytes(
    page.bytes,
    page.charset === undefined ? {} : { declaredCharset: page.charset },
  );
  if (isDecodeFailure(decoded)) return fail(page.url, decoded.problem);
  const base = { ...item.meta, url: page.url };
  const plain = page.mediaType === 'text/plain';
  let text: string;
  let meta;
  let removed;
  if (plain) {
    ({ text, meta, removed } = parseText(decoded.value.text, {}, base));
  } else {
    const parsed = parseHtml(decoded.value.text, { url: page.url });
    if (isHtmlFailure(parsed)) return fail(page.url, parsed.problem);
    ({ text, removed } = parsed.value);
    // the page's own metadata first; the feed's where the page has none
    meta = mergeMeta(parsed.value.meta, base);
  }
  return ok({
    id: articleId(page.url),
    file: page.url,
    format: plain ? 'text' : 'html',
    text,
    meta,
    removed,
    encoding: decoded.value.encoding,
  });
}

/** An item without a link: the feed's own text of it, as `lagebild ingest` reads a feed file. */
export function itemDocument(feedUrl: string, item: WatchItem): Result<SourceDocument> {
  const record = item.record;
  const file = `${feedUrl}#${String(record?.n ?? 0)}`;
  if (!record) return fail(file, 'item has no link and no text');
  return ok({
    id: articleId(`${feedUrl}#${item.key}`),
    file,
    format: record.contentFormat,
    text: record.text,
    meta: record.meta,
    removed: record.removed,
  });
}
