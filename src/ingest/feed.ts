/**
 * Pure feed reader: RSS 0.9x/2.0, Atom 1.0, RDF (RSS 1.0) and JSON Feed, parsed with feedsmith → one record per
 * item or entry. HTML bodies go through the HTML reader; a bad item is reported and the others are still used.
 */
import { createRequire } from 'node:module';
import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { ok, type Result } from '../core/result.js';
import type { DocumentMeta, InputError } from '../core/types.js';
import { decodeBytes, isDecodeFailure } from './decode.js';
import type { InputBytes, InputOutcome, PendingDocument } from './documents.js';
import { parseDocument } from './dom.js';
import { extensionOf, isFeedPath, sniffFeed } from './format.js';
import { blockText } from './html-blocks.js';
import { elementMatches, replaceBetween, replaceTags, withoutXmlDeclarations } from './markup-scan.js';
import { isHtmlFailure, parseHtml } from './html.js';
import { normaliseDraft, type MetaDraft } from './meta.js';
import type { NormalisedIngestOptions } from './options.js';
import type { ParsedContent } from './text.js';

export type FeedKind = AnyFeed['format'];

/** One usable item; the shell turns it into a `SourceDocument` (id, file). */
export interface FeedRecord extends ParsedContent {
  /** 1-based position of the item in the feed (empty items count too). */
  readonly n: number;
  /** The item's guid / id, when it has one. */
  readonly id?: string;
  /** Whether the body was HTML (read by the HTML reader) or plain text. */
  readonly contentFormat: 'text' | 'html';
}

/** A problem with the whole feed (`n` undefined) or with one item (`n` = its position). */
export interface FeedProblem {
  readonly n?: number;
  readonly reason: string;
}

export interface FeedParse {
  readonly kind?: FeedKind;
  readonly records: readonly FeedRecord[];
  readonly problems: readonly FeedProblem[];
}

/** What the reader needs of one item, whatever the feed kind. */
interface ItemView {
  readonly id?: string | undefined;
  readonly draft: MetaDraft;
  /** Bodies in order of preference (full content first), each HTML or plain text. */
  readonly bodies: readonly Body[];
}

interface Body {
  readonly value: string | undefined;
  /** `true`: HTML; `false`: plain text; `undefined`: decide from the content. */
  readonly html?: boolean;
}

interface FeedView {
  readonly outlet?: string | undefined;
  readonly language?: string | undefined;
  readonly items: readonly ItemView[];
}

export const NO_ITEM_TEXT = 'item has neither text nor title';
const NO_ITEMS = 'feed has no items';

const HTML_MARK = /<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>|&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/iu;

/** The text of an HTML fragment with one block per line. */
function fragmentText(html: string): string {
  const body = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`).body;
  return body ? blockText(body) : '';
}

/** A one-line value (title, author, outlet): markup and entities resolved, whitespace collapsed. */
function inline(value: string | undefined, html?: boolean): string | undefined {
  if (value === undefined) return undefined;
  const text = (html ?? HTML_MARK.test(value)) ? fragmentText(value) : value;
  const clean = text.replace(/\s+/gu, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** Plain text: line ends unified, lines trimmed, at most one empty line between paragraphs. */
function plainText(value: string): string {
  return value
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Text-level and paragraph markup only: nothing a main-content extractor would need to take out. */
const SIMPLE_TAGS = new Set(
  ['p', 'br', 'b', 'i', 'em', 'strong', 'u', 's', 'small', 'sub', 'sup', 'span', 'abbr', 'q', 'cite', 'code',
   'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'mark', 'time'],
); // prettier-ignore
const TAG_NAME = /<\/?([a-z][\w:-]*)/giu;

function simpleMarkup(html: string): boolean {
  for (const m of html.matchAll(TAG_NAME)) if (!SIMPLE_TAGS.has((m[1] ?? '').toLowerCase())) return false;
  return true;
}

/**
 * An HTML body → text. Simple markup (paragraphs, emphasis) is read as block text directly; anything else (links,
 * lists, images, embeds) goes through the HTML reader (item metadata wins), falling back to the block text.
 */
function htmlContent(html: string, meta: DocumentMeta): ParsedContent | undefined {
  if (simpleMarkup(html)) {
    const text = fragmentText(html);
    return text.trim() === '' ? undefined : { text, meta, removed: [] };
  }
  const parsed = parseHtml(html, meta);
  if (!isHtmlFailure(parsed) && parsed.value.text.trim() !== '') return parsed.value;
  const text = fragmentText(html);
  return text.trim() === '' ? undefined : { text, meta, removed: [] };
}

type ItemRead = Result<Omit<FeedRecord, 'n'>, FeedProblem>;

function readItem(item: ItemView, feed: FeedView, n: number): ItemRead {
  const meta = normaliseDraft({
    ...item.draft,
    source: item.draft.source ?? feed.outlet,
    language: item.draft.language ?? feed.language,
  });
  const id = item.id?.trim();
  const base = id === undefined || id === '' ? {} : { id };
  for (const body of item.bodies) {
    if (body.value === undefined || body.value.trim() === '') continue;
    if (body.html ?? HTML_MARK.test(body.value)) {
      const content = htmlContent(body.value, meta);
      if (content) return ok({ ...base, contentFormat: 'html', ...content });
    } else {
      return ok({ ...base, contentFormat: 'text', text: plainText(body.value), meta, removed: [] });
    }
  }
  if (meta.title !== undefined)
    return ok({ ...base, contentFormat: 'text', text: meta.title, meta, removed: [] });
  return { ok: false, problem: { n, reason: NO_ITEM_TEXT } };
}

const first = <T>(values: readonly T[] | undefined): T | undefined => values?.[0];

function rssItem(item: RssFeed.Item<string>): ItemView {
  const guid = item.guid;
  const permalink = guid?.isPermaLink !== false && /^https?:\/\//iu.test(guid?.value ?? '');
  return {
    id: guid?.value,
    draft: {
      title: inline(item.title),
      url: item.link ?? (permalink ? guid?.value : undefined),
      published: item.pubDate ?? first(item.dc?.dates) ?? first(item.dcterms?.created),
      author: inline(first(item.authors)?.name ?? first(item.dc?.creators) ?? first(item.authors)?.email),
      source: inline(item.source?.title),
      language: first(item.dc?.languages),
    },
    bodies: [{ value: item.content?.encoded, html: true }, { value: item.description }],
  };
}

function rssView(feed: RssFeed.Feed<string>): FeedView {
  return {
    outlet: inline(feed.title),
    language: feed.language ?? first(feed.dc?.languages),
    items: (feed.items ?? []).map(rssItem),
  };
}

function rdfItem(item: RdfFeed.Item<string>): ItemView {
  return {
    id: item.rdf?.about,
    draft: {
      title: inline(item.title),
      url: item.link ?? item.rdf?.about,
      published: first(item.dc?.dates),
      author: inline(first(item.dc?.creators)),
      language: first(item.dc?.languages),
    },
    bodies: [{ value: item.content?.encoded, html: true }, { value: item.description }],
  };
}

function rdfView(feed: RdfFeed.Feed<string>): FeedView {
  return {
    outlet: inline(feed.title),
    language: first(feed.dc?.languages),
    items: (feed.items ?? []).map(rdfItem),
  };
}

const isMarkup = (type: string | undefined): boolean | undefined =>
  type === undefined ? undefined : /html/iu.test(type);

function atomText(text: AtomFeed.Text | undefined): string | undefined {
  return inline(text?.value, isMarkup(text?.type) ?? false);
}

function atomLink(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternate = links?.find((l) => l.rel === undefined || l.rel === 'alternate');
  return (alternate ?? first(links))?.href;
}

function atomEntry(entry: AtomFeed.Entry<string>): ItemView {
  const content = entry.content?.src === undefined ? entry.content : undefined;
  return {
    id: entry.id,
    draft: {
      title: atomText(entry.title),
      url: atomLink(entry.links),
      published: entry.published ?? entry.updated ?? first(entry.dc?.dates),
      author: inline(first(entry.authors)?.name ?? first(entry.dc?.creators)),
      source: atomText(entry.source?.title),
      language: entry.xml?.lang ?? first(entry.dc?.languages),
    },
    bodies: [
      { value: content?.value, html: isMarkup(content?.type) ?? false },
      { value: entry.summary?.value, html: isMarkup(entry.summary?.type) ?? false },
    ],
  };
}

function atomView(feed: AtomFeed.Feed<string>): FeedView {
  return {
    outlet: atomText(feed.title),
    language: feed.xml?.lang ?? first(feed.dc?.languages),
    items: (feed.entries ?? []).map(atomEntry),
  };
}

function jsonItem(item: JsonFeed.Item<string>, feed: JsonFeed.Feed<string>): ItemView {
  return {
    id: item.id,
    draft: {
      title: inline(item.title),
      url: item.url ?? item.external_url,
      published: item.date_published ?? item.date_modified,
      author: inline(first(item.authors)?.name ?? first(feed.authors)?.name),
      language: item.language,
    },
    bodies: [
      { value: item.content_html, html: true },
      { value: item.content_text, html: false },
      { value: item.summary, html: false },
    ],
  };
}

function jsonView(feed: JsonFeed.Feed<string>): FeedView {
  return {
    outlet: inline(feed.title),
    language: feed.language,
    items: (feed.items ?? []).map((item) => jsonItem(item, feed)),
  };
}

function view(parsed: AnyFeed): FeedView {
  switch (parsed.format) {
    case 'rss':
      return rssView(parsed.feed);
    case 'rdf':
      return rdfView(parsed.feed);
    case 'atom':
      return atomView(parsed.feed);
    case 'json':
      return jsonView(parsed.feed);
  }
}

/** `<config>` for an XML document's root element, `undefined` when there is none. */
function rootElement(text: string): string | undefined {
  return /<([\w:.-]+)/u.exec(withoutXmlDeclarations(text))?.[1];
}

/** A parse failure in words: what the input is and why it cannot be read as a feed. */
function failureReason(error: unknown, text: string): string {
  const name = error instanceof Error ? error.name : '';
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  if (name === 'MalformedError' || cause !== undefined)
    return `not a readable feed: the XML is malformed (${cause ?? 'parser error'})`;
  const root = /^\s*[{[]/u.test(text) ? undefined : rootElement(text);
  const what = root === undefined ? 'content' : `root element <${root}>`;
  return `not a feed: ${what} is not RSS, Atom, RDF or JSON Feed`;
}

/** Whether each item slot of the raw feed has content (feedsmith drops empty items without a trace). */
function itemSlots(text: string, kind: FeedKind): boolean[] | undefined {
  if (kind === 'json') return jsonSlots(text);
  // linear scans (src/ingest/markup-scan.ts): CDATA sections, then comments, then the items
  const masked = replaceBetween(
    replaceBetween(text, '<![CDATA[', ']]>', (inner) => (inner.trim() === '' ? '' : 'x')),
    '<!--',
    '-->',
  );
  const tag = kind === 'atom' ? 'entry' : 'item';
  const items = elementMatches(masked, `<(?:[\\w.-]+:)?${tag}\\b`, `</(?:[\\w.-]+:)?${tag}\\s*>`, {
    selfClosing: true,
  });
  return items.map(({ inner = '' }) => replaceTags(inner).trim() !== '' || inner.includes('='));
}

function jsonSlots(text: string): boolean[] | undefined {
  try {
    const items = (JSON.parse(text) as { items?: unknown }).items;
    if (!Array.isArray(items)) return undefined;
    return items.map(
      (item: unknown) =>
        typeof item === 'object' && item !== null && Object.values(item).some((v) => v !== '' && v !== null),
    );
  } catch {
    return undefined;
  }
}

/**
 * Item numbers (1-based) of the parsed items and of the empty items feedsmith left out; when the raw count does
 * not line up, the parsed order and one problem for the feed.
 */
function positions(
  text: string,
  kind: FeedKind,
  parsed: number,
): { numbers: number[]; problems: FeedProblem[] } {
  const slots = itemSlots(text, kind) ?? [];
  const full = slots.flatMap((ok, i) => (ok ? [i + 1] : []));
  if (full.length === parsed) {
    const empty = slots.flatMap((ok, i) => (ok ? [] : [{ n: i + 1, reason: NO_ITEM_TEXT }]));
    return { numbers: full, problems: empty };
  }
  const numbers = Array.from({ length: parsed }, (_, i) => i + 1);
  const missing = slots.length - parsed;
  const problems = missing > 0 ? [{ reason: `${String(missing)} empty or unreadable items left out` }] : [];
  return { numbers, problems };
}

/** feedsmith, loaded on the first feed (its CommonJS build, synchronously): a call that reads no feed never pays. */
let feedsmith: typeof import('feedsmith') | undefined;

/** One feed (RSS, Atom, RDF or JSON Feed text) → a record per item and the problems found. */
export function parseFeedText(text: string): FeedParse {
  const source = text.replace(/^\uFEFF/u, '');
  feedsmith ??= createRequire(import.meta.url)('feedsmith') as typeof import('feedsmith');
  let parsed: AnyFeed;
  try {
    parsed = feedsmith.parseFeed(source);
  } catch (error) {
    return { records: [], problems: [{ reason: failureReason(error, source) }] };
  }
  const feed = view(parsed);
  const { numbers, problems } = positions(source, parsed.format, feed.items.length);
  const records: FeedRecord[] = [];
  const found: FeedProblem[] = [...problems];
  feed.items.forEach((item, i) => {
    const n = numbers[i] ?? i + 1;
    const read = readItem(item, feed, n);
    if (read.ok) records.push({ n, ...read.value });
    else found.push(read.problem);
  });
  found.sort((a, b) => (a.n ?? 0) - (b.n ?? 0));
  if (records.length === 0 && found.length === 0) found.push({ reason: NO_ITEMS });
  return { kind: parsed.format, records, problems: found };
}

/** Extensions that are never feeds: no need to look at the content. */
const NOT_FEEDS: ReadonlySet<string> = new Set([
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'jsonl',
  'ndjson',
]);

const XML_ENCODING = /^(?:\uFEFF)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/u;

/** The charset of an XML declaration (`<?xml version="1.0" encoding="windows-1251"?>`), if there is one. */
function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return XML_ENCODING.exec(head)?.[1]?.toLowerCase();
}

function fromFeed(input: InputBytes, parsed: FeedParse, encoding: string): InputOutcome {
  const pending = parsed.records.map(({ n, id, contentFormat, text, meta, removed }): PendingDocument => ({
    idBase: id ?? `${input.base}#${String(n)}`,
    document: { file: `${input.file}#${String(n)}`, format: contentFormat, text, meta, removed, encoding },
  }));
  const errors = parsed.problems.map((p): InputError => ({
    file: p.n === undefined ? input.file : `${input.file}#${String(p.n)}`,
    reason: p.reason,
  }));
  return { pending, errors };
}

/**
 * Reads one input as a feed when it is one: a feed extension (`.rss`, `.atom`, `.rdf`, `.xml`), or, for stdin,
 * `.json` and unknown extensions, content that sniffs as a feed. `undefined`: not a feed, read it as before.
 */
export function readFeedBytes(
  input: InputBytes,
  options: NormalisedIngestOptions,
  checkpoint: () => void = () => undefined,
): InputOutcome | undefined {
  if (options.format !== 'auto') return undefined;
  const byPath = input.path !== undefined && isFeedPath(input.path);
  if (!byPath && input.path !== undefined && NOT_FEEDS.has(extensionOf(input.path))) return undefined;
  const declared = xmlEncoding(input.bytes);
  const decoded = decodeBytes(input.bytes, declared === undefined ? {} : { declaredCharset: declared });
  if (isDecodeFailure(decoded))
    return byPath ? { pending: [], errors: [{ file: input.file, reason: decoded.problem }] } : undefined;
  if (!byPath && !sniffFeed(decoded.value.text)) return undefined;
  // between the stages: an input over its read budget stops here (`readBytes` reports it)
  checkpoint();
  const parsed = parseFeedText(decoded.value.text);
  checkpoint();
  return fromFeed(input, parsed, decoded.value.encoding);
}
