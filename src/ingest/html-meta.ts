/** Pure metadata extraction from a parsed page: meta tags, JSON-LD, `<time>`, `<link rel=canonical>`, `<html lang>`. */
import { normaliseDate } from './dates.js';
import type { DomDocument } from './dom.js';
import { pageAuthors } from './html-authors.js';
import { hostName, outletName } from './html-outlet.js';
import { decodeEntities, pageTitle } from './html-title.js';
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

/** The first `<meta property|name=key>`'s content as written (white space kept: a cut-short value ends in it). */
function rawMeta(doc: DomDocument, key: string): string | undefined {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  return el?.getAttribute('content') ?? undefined;
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

/** All objects in a JSON-LD value (arrays and `@graph` flattened), in document order; iterative (any depth). */
function ldObjects(value: JsonValue | undefined): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: (JsonValue | undefined)[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (isObject(v)) {
      out.push(v);
      stack.push(v['@graph']);
    }
  }
  return out;
}

/** Every object anywhere inside a JSON-LD value, iteratively (a deeply nested value cannot exhaust the stack). */
function allLdObjects(value: JsonValue): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: JsonValue[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i] as JsonValue);
    else if (isObject(v)) {
      out.push(v);
      const values = Object.values(v);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i] as JsonValue);
    }
  }
  return out;
}

/** The `@type` names of a JSON-LD object (a string or a list of strings; anything else names none). */
function ldTypes(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** The parsed JSON-LD scripts of the page (those that parse). */
function ldScripts(doc: DomDocument): JsonValue[] {
  const parsed: JsonValue[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      parsed.push(JSON.parse(scripts[i]?.textContent ?? '') as JsonValue);
    } catch {
      continue;
    }
  }
  return parsed;
}

/** The first JSON-LD object that describes an article (has `datePublished` or `headline`, or an article type). */
export function jsonLdArticle(doc: DomDocument): JsonObject | undefined {
  for (const parsed of ldScripts(doc)) {
    const article = ldObjects(parsed).find(
      (o) =>
        'datePublished' in o ||
        'headline' in o ||
        ldTypes(o).some((t) => /Article|BlogPosting|Report/u.test(t)),
    );
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

/**
 * Dates in order of trust; the first that parses wins, except that a bare day ("2024-04-26", often a print
 * issue's date) gives way to a later structured timestamp within a day of it. `<time>` and a date in the title
 * ("… | DW | 28.04.2023") come last.
 */
function publishedOf(
  doc: DomDocument,
  tags: ReadonlyMap<string, string>,
  ld: JsonObject | undefined,
  titleDate: string | undefined,
): string | undefined {
  const timeEl =
    doc.querySelector('time[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('time[datetime]');
  const structured = [
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
  ]
    .map((c) => (c === undefined ? undefined : normaliseDate(c)))
    .filter((c): c is string => c !== undefined);
  const chosen = structured[0];
  if (chosen !== undefined) {
    if (chosen.length > 10) return chosen;
    const day = Date.parse(chosen);
    const precise = structured.find(
      (c) => c.length > 10 && Math.abs(Date.parse(c.slice(0, 10)) - day) <= 86_400_000,
    );
    return precise ?? chosen;
  }
  const fromTime = timeEl?.getAttribute('datetime');
  return (fromTime ? normaliseDate(fromTime) : undefined) ?? titleDate;
}

export { stripBylineWord } from './html-authors.js';
export { splitTitle, stripSiteSuffix } from './html-title-tails.js';

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

/** Names of the organisations the page's JSON-LD describes (publisher, brand, NewsMediaOrganization). */
function ldOrganisations(doc: DomDocument): string[] {
  const names: string[] = [];
  for (const parsed of ldScripts(doc))
    for (const o of allLdObjects(parsed)) {
      const name = typeof o['name'] === 'string' ? cleanMetaText(o['name']) : undefined;
      if (name !== undefined && ldTypes(o).some((t) => t.includes('Organization'))) names.push(name);
    }
  return names;
}

/**
 * Every title the page states about itself, as written (entities decoded): `og:title`, `twitter:title`, the
 * JSON-LD headline, `<title>` and `<meta name="title">`. Read before Readability changes the document.
 */
export function statedTitles(doc: DomDocument): string[] {
  const raw = [
    rawMeta(doc, 'og:title'),
    rawMeta(doc, 'twitter:title'),
    ldString(jsonLdArticle(doc), 'headline'),
    doc.querySelector('title')?.textContent ?? undefined,
    doc.querySelector('meta[name="title"]')?.getAttribute('content') ?? undefined,
  ];
  return raw
    .map((r) => cleanMetaText(r === undefined ? undefined : decodeEntities(r)))
    .filter((r): r is string => r !== undefined);
}

/** Metadata a page states about itself (before Readability changes the document). */
export function pageMeta(doc: DomDocument, baseUrl?: string): MetaDraft {
  const tags = metaTags(doc);
  const ld = jsonLdArticle(doc);
  const ldPublisher = ld?.['publisher'];
  const url = urlOf(doc, tags);
  const said = [
    first(tags, ['og:site_name']),
    first(tags, ['application-name']),
    isObject(ldPublisher) ? ldNames(ldPublisher) : undefined,
    first(tags, ['publisher']),
  ];
  const source = outletName(said, ldOrganisations(doc), baseUrl ?? url);
  const host = hostName(baseUrl ?? url)
    ?.split('.')
    .slice(-2, -1)[0];
  const { title, date } = pageTitle(
    doc,
    {
      named: doc.querySelector('meta[name="title"]')?.getAttribute('content') ?? undefined,
      og: rawMeta(doc, 'og:title'),
      twitter: rawMeta(doc, 'twitter:title'),
      ld: ldString(ld, 'headline'),
      titleTag: doc.querySelector('title')?.textContent ?? undefined,
    },
    [source, ...said, host],
  );
  return {
    title,
    author: pageAuthors(doc, {
      ld: ld?.['author'],
      tags: [tags.get('author'), tags.get('article:author'), tags.get('dc.creator'), tags.get('byl')],
      outlet: [source, ...said, host],
    }),
    published: publishedOf(doc, tags, ld, date),
    source,
    url,
    language: languageOf(doc, tags, ld),
  };
}
