import { createHash } from 'node:crypto';
import { withoutTrailing } from '../core/trim.js';
import type { StreamArticle } from './types.js';

/** Query parameters that only track a click, not name a page. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|wt_mc)$/iu;

/**
 * The URL as a key for duplicates: scheme and `www.` dropped, host lower-case, fragment and tracking parameters
 * removed, trailing slash dropped. Anything that does not parse as a URL is used trimmed as it is.
 */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const query = kept.length === 0 ? '' : `?${new URLSearchParams(kept).toString()}`;
  const host = parsed.host.toLowerCase().replace(/^www\./u, '');
  const path = withoutTrailing(parsed.pathname, (c) => c === '/');
  return `${host}${path}${query}`;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letters and digits of the Basic Multilingual Plane, learnt on first sight: 0 unknown, 1 letter or digit, 2 other. */
const BMP_CLASS = new Uint8Array(0x10000);

/** True for a letter or digit (`\p{L}`, `\p{N}`), without a regular expression for ASCII and known characters. */
function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  let cls = BMP_CLASS[code] ?? 0;
  if (cls === 0) BMP_CLASS[code] = cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return cls === 1;
}

/** Runs of letters and digits of `text`, lower-case, joined by single spaces (what `[^\p{L}\p{N}]+` → ` ` and trim give). */
export function normaliseForKey(text: string): string {
  const lower = text.toLowerCase();
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length;) {
    const code = lower.codePointAt(i) ?? 0;
    const next = i + (code > 0xffff ? 2 : 1);
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(lower.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs.join(' ');
}

/** The text as a key for duplicates: lower-case letters and digits with single spaces, hashed (SHA-1). */
export function textKey(text: string): string {
  const normal = normaliseForKey(text);
  return normal === '' ? '' : createHash('sha1').update(normal).digest('hex');
}

export interface DuplicateHit {
  readonly article: string;
  readonly reason: 'url' | 'text';
}

/** The keys of an article for duplicates: its URL's and its text's (the title's when it has no text); '' for none. */
export function articleKeys(article: StreamArticle): readonly [string, string] {
  const url = article.url === undefined || article.url.trim() === '' ? '' : urlKey(article.url);
  const text = textKey(article.text.trim() === '' ? (article.title ?? '') : article.text);
  return [url, text];
}

/**
 * The articles of the open stories by URL and by text (text, or the title when there is none). Each method takes
 * the article's keys when they are known (`articleKeys`), else works them out.
 */
export class DuplicateIndex {
  readonly #byUrl = new Map<string, string>();
  readonly #byText = new Map<string, string>();
  readonly #keys = new Map<string, readonly [string, string]>();
  /** The keys of the article last looked at: `find` and then `add` of one article hash its text once. */
  #last: { article: StreamArticle; from: readonly unknown[]; keys: readonly [string, string] } | undefined;

  #keysOf(article: StreamArticle, known: readonly [string, string] | undefined): readonly [string, string] {
    if (known !== undefined) return known;
    const from = [article.url, article.text, article.title];
    const last = this.#last;
    if (last?.article === article && from.every((value, i) => value === last.from[i])) return last.keys;
    const keys = articleKeys(article);
    this.#last = { article, from, keys };
    return keys;
  }

  /** The earlier article this one duplicates (URL first, then text), if any. */
  find(article: StreamArticle, known?: readonly [string, string]): DuplicateHit | undefined {
    const [url, text] = this.#keysOf(article, known);
    const byUrl = url === '' ? undefined : this.#byUrl.get(url);
    if (byUrl !== undefined) return { article: byUrl, reason: 'url' };
    const byText = text === '' ? undefined : this.#byText.get(text);
    return byText === undefined ? undefined : { article: byText, reason: 'text' };
  }

  /** Remembers an original article (duplicates are not added: they resolve to the original). */
  add(article: StreamArticle, known?: readonly [string, string]): void {
    const keys = this.#keysOf(article, known);
    const [url, text] = keys;
    if (url !== '' && !this.#byUrl.has(url)) this.#byUrl.set(url, article.id);
    if (text !== '' && !this.#byText.has(text)) this.#byText.set(text, article.id);
    this.#keys.set(article.id, keys);
  }

  /** Forgets an article (its story was closed). */
  remove(id: string): void {
    const keys = this.#keys.get(id);
    if (!keys) return;
    const [url, text] = keys;
    if (this.#byUrl.get(url) === id) this.#byUrl.delete(url);
    if (this.#byText.get(text) === id) this.#byText.delete(text);
    this.#keys.delete(id);
  }

  get size(): number {
    return this.#keys.size;
  }
}
