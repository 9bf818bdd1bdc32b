/**
 * A fetched feed → the items to follow: RSS, Atom, RDF and JSON Feed through the project's feed reader
 * (src/ingest/feed.ts), news sitemaps (`<urlset>` with `<news:news>`, or plain `<url><loc>`) read here. Each item is
 * keyed by its guid, else its URL, else the hash of its text.
 */
import type { DocumentMeta } from '../core/types.js';
import {
  decodeBytes,
  isDecodeFailure,
  normaliseDate,
  parseFeedText,
  type FeedRecord,
} from '../ingest/index.js';
import { contentHash } from '../store/hash.js';

export interface WatchItem {
  /** Unique within the feed: guid, else URL, else `text:<hash>`. */
  readonly key: string;
  /** The page to fetch; undefined when the item has no link (its own text is used). */
  readonly url?: string;
  /** What the feed says of the item; the page's own metadata wins where it has some. */
  readonly meta: DocumentMeta;
  /** The item as the feed reader read it (feeds only): its text is used when there is no page to fetch. */
  readonly record?: FeedRecord;
}

export interface FeedRead {
  readonly kind: 'rss' | 'atom' | 'rdf' | 'json' | 'sitemap' | undefined;
  readonly items: readonly WatchItem[];
  /** Problems with the whole feed (no items usable) or with single items (`n`, 1-based). */
  readonly problems: readonly { readonly n?: number; readonly reason: string }[];
}

const XML_ENCODING = /^(?:\uFEFF)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/u;

/** The root element's name (without prefix), skipping the XML declaration, comments and doctype. */
function rootName(text: string): string | undefined {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^[>]*>/gu, '');
  return /<(?:[\w.-]+:)?([\w.-]+)/u.exec(head)?.[1];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An XML text node's value: CDATA unwrapped, the five entities and character references resolved. */
function xmlText(value: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/u.exec(value);
  if (cdata) return (cdata[1] ?? '').trim();
  return value
    .replace(
      /&(?:#x([\da-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu,
      (m, hex?: string, dec?: string, name?: string) => {
        if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
        if (dec !== undefined) return String.fromCodePoint(Number(dec));
        return ENTITIES[name ?? ''] ?? m;
      },
    )
    .trim();
}

/** The text of the first `<prefix:tag>` (any prefix) inside `xml`. */
function element(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}\\s*>`, 'u').exec(
    xml,
  );
  if (!m) return undefined;
  const text = xmlText(m[1] ?? '');
  return text === '' ? undefined : text;
}

/** A news sitemap (or a plain one): one item per `<url>` with a `<loc>`. */
export function parseSitemap(text: string): FeedRead {
  const items: WatchItem[] = [];
  const problems: { n?: number; reason: string }[] = [];
  let n = 0;
  for (const m of text.matchAll(/<(?:[\w.-]+:)?url\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?url\s*>/gu)) {
    n++;
    const block = m[1] ?? '';
    const loc = element(block, 'loc');
    if (loc === undefined || !/^https?:\/\//iu.test(loc)) {
      problems.push({ n, reason: 'sitemap entry without an http(s) <loc>' });
      continue;
    }
    const published = element(block, 'publication_date') ?? element(block, 'lastmod');
    const title = element(block, 'title');
    const source = element(block, 'name');
    const language = element(block, 'language');
    const date = published === undefined ? undefined : normaliseDate(published);
    items.push({
      key: loc,
      url: loc,
      meta: {
        url: loc,
        ...(title !== undefined ? { title } : {}),
        ...(date !== undefined ? { published: date } : {}),
        ...(source !== undefined ? { source } : {}),
        ...(language !== undefined ? { language: language.toLowerCase().split(/[-_]/u)[0] ?? language } : {}),
      },
    });
  }
  if (n === 0) problems.push({ reason: 'sitemap has no <url> entries' });
  return { kind: 'sitemap', items, problems };
}

function fromRecord(record: FeedRecord): WatchItem {
  const url = record.meta.url;
  const link = url !== undefined && /^https?:\/\//iu.test(url) ? url : undefined;
  const key = record.id ?? link ?? `text:${contentHash(record.text).slice(0, 32)}`;
  return { key, ...(link !== undefined ? { url: link } : {}), meta: record.meta, record };
}

/** The fetched bytes of a feed or news sitemap (`charset` from the Content-Type header, when it said one). */
export function readFeed(bytes: Uint8Array, charset?: string): FeedRead {
  const declared = charset ?? XML_ENCODING.exec(String.fromCharCode(...bytes.subarray(0, 256)))?.[1];
  const decoded = decodeBytes(bytes, declared === undefined ? {} : { declaredCharset: declared });
  if (isDecodeFailure(decoded))
    return { kind: undefined, items: [], problems: [{ reason: decoded.problem }] };
  const text = decoded.value.text;
  const root = rootName(text);
  if (root === 'urlset') return parseSitemap(text);
  if (root === 'sitemapindex')
    return {
      kind: undefined,
      items: [],
      problems: [{ reason: 'a sitemap index, not a sitemap: follow the news sitemaps it lists instead' }],
    };
  const parsed = parseFeedText(text);
  // one item per key: a feed that repeats a guid gives its first item
  const seen = new Set<string>();
  const items: WatchItem[] = [];
  for (const record of parsed.records) {
    const item = fromRecord(record);
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    items.push(item);
  }
  return { kind: parsed.kind, items, problems: parsed.problems };
}
