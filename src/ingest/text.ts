/** Pure reader for plain text and Markdown as copied from a page: header lines → metadata, Markdown → text. */
import type { DocumentMeta, Removed } from '../core/types.js';
import { DATE_TOKEN, normaliseDate } from './dates.js';
import { normaliseLanguageTag } from '../lang/index.js';
import { headingText, replaceImages, replaceLinks, withoutStrong } from './markdown-spans.js';
import { compactMeta, mergeMeta, type MetaDraft } from './meta.js';

/** What a reader makes of one document's content (the shell adds id, file, format and encoding). */
export interface ParsedContent {
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly removed: readonly Removed[];
}

export interface TextOptions {
  /** Apply the Markdown rules (headings, emphasis, links, images, list markers); default true. */
  readonly markdown?: boolean;
}

type MetaKey = keyof DocumentMeta;

const HEADER_KEYS: Readonly<Record<string, MetaKey>> = {
  date: 'published',
  published: 'published',
  source: 'source',
  author: 'author',
  title: 'title',
  url: 'url',
  lang: 'language',
  language: 'language',
};

const HEADER_LINE = /^\s*(date|published|source|author|title|url|lang|language)(?:\s*:\s*|\s+)(\S.*)$/iu;
const URL_VALUE = /^(?:https?:\/\/|www\.)\S+$/iu;

interface Header {
  readonly key: MetaKey;
  readonly value: string;
  /** The header as written (recorded in `removed`). */
  readonly raw: string;
  /** Text on the same line after a date header (` date 2019-04 Nordkoreas …`). */
  readonly rest: string;
}

function dateHeader(raw: string, value: string): Omit<Header, 'key'> | undefined {
  const token = DATE_TOKEN.exec(value)?.[0];
  const iso = token === undefined ? undefined : normaliseDate(token);
  if (token === undefined || iso === undefined) return undefined;
  const restAt = raw.indexOf(value) + token.length;
  return { value: iso, raw: raw.slice(0, restAt).trim(), rest: raw.slice(restAt).trim() };
}

function valueHeader(key: MetaKey, raw: string, value: string): Omit<Header, 'key'> | undefined {
  const v = value.trim();
  if (key === 'url' && !URL_VALUE.test(v)) return undefined;
  if (key === 'language') {
    const lang = normaliseLanguageTag(v);
    return lang === undefined ? undefined : { value: lang, raw: raw.trim(), rest: '' };
  }
  return { value: v, raw: raw.trim(), rest: '' };
}

/** Reads one `key value` (or `key: value`) header line; undefined when the line is not a header. */
export function parseHeaderLine(line: string): Header | undefined {
  const m = HEADER_LINE.exec(line);
  const name = m?.[1]?.toLowerCase();
  const key = name === undefined ? undefined : HEADER_KEYS[name];
  if (!m || key === undefined || m[2] === undefined) return undefined;
  const parsed = key === 'published' ? dateHeader(line, m[2]) : valueHeader(key, line, m[2]);
  return parsed && { key, ...parsed };
}

interface HeaderSplit {
  readonly lines: string[];
  readonly meta: DocumentMeta;
  readonly removed: Removed[];
}

/** Takes the leading header lines off; the first non-header line (or a date header's rest) starts the text. */
export function splitHeaders(lines: readonly string[]): HeaderSplit {
  const draft: MetaDraft = {};
  const removed: Removed[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const header = parseHeaderLine(line);
    if (!header) break;
    draft[header.key] ??= header.value;
    removed.push({ text: header.raw, reason: 'header', rule: 'text/header' });
    if (header.rest !== '')
      return { lines: [header.rest, ...lines.slice(i + 1)], meta: compactMeta(draft), removed };
  }
  return { lines: lines.slice(i), meta: compactMeta(draft), removed };
}

const LIST_MARK = /^(\s*)[*+]\s+(?=\S)/u;
const QUOTE_MARK = /^\s{0,3}>\s?/u;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u;

/** One Markdown line → plain text; images go to `removed`. */
export function markdownLine(line: string, removed: Removed[]): string {
  if (RULE.test(line)) return '';
  let out = replaceImages(line, (image) => {
    removed.push({ text: image, reason: 'image', rule: 'text/markdown-image' });
    return '';
  });
  out = replaceLinks(out);
  out = out.replace(QUOTE_MARK, '');
  const heading = headingText(out);
  if (heading !== undefined) out = heading;
  out = withoutStrong(out).replace(LIST_MARK, '$1• ');
  return out.trim() === '' ? '' : out;
}

/**
 * Plain text or Markdown → text, metadata and what was taken out. Leading header lines (`date 2019-04`,
 * `source Spiegel`, …) become metadata; no title is guessed (the clean stage decides titles).
 */
export function parseText(input: string, options: TextOptions = {}, base: DocumentMeta = {}): ParsedContent {
  const { lines, meta, removed } = splitHeaders(input.replace(/\r\n?/gu, '\n').split('\n'));
  const body = options.markdown === false ? lines : lines.map((line) => markdownLine(line, removed));
  const text = body
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { text, meta: mergeMeta(base, meta), removed };
}
