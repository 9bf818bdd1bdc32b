import { createHash } from 'node:crypto';
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
  const path = parsed.pathname.replace(/\/+$/u, '');
  return `${host}${path}${query}`;
}

/** The text as a key for duplicates: lower-case letters and digits with single spaces, hashed (SHA-1). */
export function textKey(text: string): string {
  const normal = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return normal === '' ? '' : createHash('sha1').update(normal).digest('hex');
}

export interface DuplicateHit {
  readonly article: string;
  readonly reason: 'url' | 'text';
}

/** The articles of the open stories by URL and by text (text, or the title when there is none). */
export class DuplicateIndex {
  readonly #byUrl = new Map<string, string>();
  readonly #byText = new Map<string, string>();
  readonly #keys = new Map<string, readonly [string, string]>();
  /** The keys of the article last looked at: `find` and then `add` of one article hash its text once. */
  #last: { article: StreamArticle; from: readonly unknown[]; keys: readonly [string, string] } | undefined;

  #keysOf(article: StreamArticle): readonly [string, string] {
    const from = [article.url, article.text, article.title];
    const last = this.#last;
    if (last?.article === article && from.every((value, i) => value === last.from[i])) return last.keys;
    const keys = this.#computeKeys(article);
    this.#last = { article, from, keys };
    return keys;
  }

  #computeKeys(article: StreamArticle): readonly [string, string] {
    const url = article.url === undefined || article.url.trim() === '' ? '' : urlKey(article.url);
    const text = textKey(article.text.trim() === '' ? (article.title ?? '') : article.text);
    return [url, text];
  }

  /** The earlier article this one duplicates (URL first, then text), if any. */
  find(article: StreamArticle): DuplicateHit | undefined {
    const [url, text] = this.#keysOf(article);
    const byUrl = url === '' ? undefined : this.#byUrl.get(url);
    if (byUrl !== undefined) return { article: byUrl, reason: 'url' };
    const byText = text === '' ? undefined : this.#byText.get(text);
    return byText === undefined ? undefined : { article: byText, reason: 'text' };
  }

  /** Remembers an original article (duplicates are not added: they resolve to the original). */
  add(article: StreamArticle): void {
    const keys = this.#keysOf(article);
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
