/** Pure metadata extraction from a parsed page: meta tags, JSON-LD, `<time>`, `<link rel=canonical>`, `<html lang>`. */
import { normaliseDate } from './dates.js';
import type { DomDocument } from './dom.js';
import { cleanMetaText, type MetaDraft } from './meta.js';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

/** `<meta name|property|itemprop|http-equiv=… content=…>` by lower-cased key; the first of each key wins. */
export function metaTags(doc: DomDocument): Map<string, string> {
  const found = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const content = cleanMetaText(el?.getAttribute('content'));
    if (!el || content === undefined) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !found.has(key)) found.set(key, content);
    }
  }
  return found;
}

function first(tags: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value !== undefined) return value;
  }
  return undefined;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** All objects in a JSON-LD value (arrays and `@graph` flattened). */
function ldObjects(value: JsonValue | undefined, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) for (const v of value) ldObjects(v, out);
  else if (isObject(value)) {
    out.push(value);
    ldObjects(value['@graph'], out);
  }
  return out;
}

/** The first JSON-LD object that describes an article (has `datePublished` or `headline`). */
export function jsonLdArticle(doc: DomDocument): JsonObject | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '') as JsonValue;
    } catch {
      continue;
    }
    const article = ldObjects(parsed).find((o) => 'datePublished' in o || 'headline' in o);
    if (article) return article;
  }
  return undefined;
}

/** A JSON-LD person/organisation value (`"A"`, `{name}`, or a list of them) → `"A, B"`. */
function ldNames(value: JsonValue | undefined): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((v) =>
      typeof v === 'string' ? v : isObject(v) && typeof v['name'] === 'string' ? v['name'] : undefined,
    )
    .map((v) => cleanMetaText(v))
    .filter((v): v is string => v !== undefined && !/^https?:\/\//u.test(v));
  return names.length > 0 ? names.join(', ') : undefined;
}

function ldString(article: JsonObject | undefined, key: string): string | undefined {
  const v = article?.[key];
  return typeof v === 'string' ? cleanMetaText(v) : undefined;
}

/** Dates in order of trust; the first that parses wins. */
function publishedOf(
  doc: DomDocument,
  tags: ReadonlyMap<string, string>,
  ld: JsonObject | undefined,
): string | undefined {
  const timeEl =
    doc.querySelector('time[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('time[datetime]');
  const candidates = [
    first(tags, [
      'article:published_time',
      'og:published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
    ]),
    first(tags, ['dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']),
    ldString(ld, 'datePublished'),
    timeEl?.getAttribute('datetime') ?? undefined,
  ];
  for (const c of candidates) {
    const iso = c === undefined ? undefined : normaliseDate(c);
    if (iso !== undefined) return iso;
  }
  return undefined;
}

function authorOf(tags: ReadonlyMap<string, string>, ld: JsonObject | undefined): string | undefined {
  const fromTags = [
    tags.get('author'),
    tags.get('article:author'),
    tags.get('dc.creator'),
    tags.get('byl'),
  ].find((v) => v !== undefined && !/^https?:\/\//u.test(v));
  return stripBylineWord(fromTags ?? ldNames(ld?.['author']));
}

/** "Von Silke Bigalke" / "By Jane Doe" → the name. */
export function stripBylineWord(value: string | undefined): string | undefined {
  return cleanMetaText(value?.replace(/^\s*(?:von|by|text:|autor:|author:)\s+/iu, ''));
}

function urlOf(doc: DomDocument, tags: ReadonlyMap<string, string>): string | undefined {
  const canonical = cleanMetaText(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  return [canonical, tags.get('og:url')].find((u) => u !== undefined && /^https?:\/\//iu.test(u));
}

function languageOf(
  doc: DomDocument,
  tags: ReadonlyMap<string, string>,
  ld: JsonObject | undefined,
): string | undefined {
  return (
    cleanMetaText(doc.documentElement?.getAttribute('lang')) ??
    cleanMetaText(doc.documentElement?.getAttribute('xml:lang')) ??
    first(tags, ['content-language', 'language', 'dc.language', 'og:locale']) ??
    ldString(ld, 'inLanguage')
  );
}

/** "Kim trifft Putin | SZ.de" → "Kim trifft Putin" when the tail is the site's name. */
export function stripSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (title === undefined || site === undefined) return title;
  const m = /^(.+)\s+[|–—\-·•»]\s+(.+)$/u.exec(title);
  const tail = m?.[2]?.toLowerCase();
  const siteLower = site.toLowerCase();
  if (!m?.[1] || tail === undefined) return title;
  return tail === siteLower || tail.startsWith(siteLower) || siteLower.startsWith(tail) ? m[1] : title;
}

/** Metadata a page states about itself (before Readability changes the document). */
export function pageMeta(doc: DomDocument): MetaDraft {
  const tags = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const ldPublisher = ld?.['publisher'];
  const source =
    first(tags, ['og:site_name', 'application-name', 'publisher']) ??
    (isObject(ldPublisher) ? ldNames(ldPublisher) : undefined);
  const title =
    first(tags, ['og:title', 'twitter:title']) ??
    cleanMetaText(doc.querySelector('title')?.textContent) ??
    ldString(ld, 'headline');
  return {
    title: stripSiteSuffix(title, source),
    author: authorOf(tags, ld),
    published: publishedOf(doc, tags, ld),
    source,
    url: urlOf(doc, tags),
    language: languageOf(doc, tags, ld),
  };
}
