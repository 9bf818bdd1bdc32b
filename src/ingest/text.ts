/** Pure reader for plain text and Markdown as copied from a page: header lines → metadata, Markdown → text. */
import type { DocumentMeta, Removed } from '../core/types.js';
import { DATE_TOKEN, normaliseDate } from './dates.js';
import { normaliseLanguageTag } from '../lang/index.js';
import { replaceImages, replaceLinks } from './markdown-spans.js';
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

/** One white-space character (what `\s` matches), tested alone: the reader below is a loop, not a pattern. */
const SPACE = /^\s$/u;
/** Characters `.` does not match: a heading's text stops before them. */
const LINE_BREAKS = /[\n\r\u2028\u2029]/u;
const LINE_BREAK_AT = /[\n\r\u2028\u2029]/gu;
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/**
 * The text of an ATX heading line ("## Title ##" → "Title"), or undefined: what
 * `/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u` captures, read in one pass. That pattern tried its closing hashes after
 * every character of the text, quadratic in a run of spaces (a 64 000-character line: 7 s).
 */
export function headingText(line: string): string | undefined {
  let i = 0;
  while (i < 3 && isSpace(line[i])) i++;
  let hashes = 0;
  while (line[i + hashes] === '#') hashes++;
  if (hashes < 1 || hashes > 6) return undefined;
  i += hashes;
  if (!isSpace(line[i])) return undefined;
  while (isSpace(line[i])) i++;
  // The text ends before trailing white space, and before a closing run of hashes that white space sets off.
  let end = line.length;
  while (end > i && isSpace(line[end - 1])) end--;
  let close = end;
  while (close > i && line[close - 1] === '#') close--;
  if (close < end && close > i && isSpace(line[close - 1])) {
    let before = close;
    while (before > i && isSpace(line[before - 1])) before--;
    end = before;
  }
  const text = line.slice(i, end);
  return LINE_BREAKS.test(text) ? undefined : text;
}
/** Where each `**` / `__` stands that could close a strong span: after a character that is no white space. */
function closers(line: string, mark: string): number[] {
  const out: number[] = [];
  for (let q = line.indexOf(mark, 1); q >= 0; q = line.indexOf(mark, q + 1))
    if (!isSpace(line[q - 1])) out.push(q);
  return out;
}

/**
 * Strong emphasis (`**text**`, `__text__`) replaced by its text, in one pass: what
 * `line.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')` gives. That pattern looked for the closing mark from every
 * opening one to the end of the line, quadratic in a line of marks that never close ("**a " repeated: 128 KB, 7 s);
 * here each opening mark takes the nearest closing one after it from a list read once (a pointer that only moves
 * on), and a line break (which `.` does not cross) ends the search.
 */
export function withoutStrong(line: string): string {
  if (!line.includes('**') && !line.includes('__')) return line;
  const lists = { '**': closers(line, '**'), __: closers(line, '__') };
  const next = { '**': 0, __: 0 };
  let breakAt = -1;
  let out = '';
  let copied = 0;
  let p = 0;
  while (p + 1 < line.length) {
    const mark = line.startsWith('**', p) ? '**' : line.startsWith('__', p) ? '__' : undefined;
    const first = line[p + 2];
    if (mark === undefined || first === undefined || isSpace(first)) {
      p++;
      continue;
    }
    if (breakAt < p + 2) {
      LINE_BREAK_AT.lastIndex = p + 2;
      breakAt = LINE_BREAK_AT.test(line) ? LINE_BREAK_AT.lastIndex - 1 : line.length;
    }
    const list = lists[mark];
    let k = next[mark];
    while (k < list.length && (list[k] as number) < p + 3) k++;
    next[mark] = k;
    const q = list[k];
    if (q === undefined || q > breakAt) {
      p++;
      continue;
    }
    out += line.slice(copied, p) + line.slice(p + 2, q);
    copied = q + 2;
    p = q + 2;
  }
  return copied === 0 ? line : out + line.slice(copied);
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
