/** Pure metadata extraction from a parsed page: meta tags, JSON-LD, `<time>`, `<link rel=canonical>`, `<html lang>`. */
import { normaliseDate } from './dates.js';
import type { DomDocument } from './dom.js';
import { pageAuthors } from './html-authors.js';
import { hostName, outletName } from './html-outlet.js';
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

/** The first JSON-LD object that describes an article (has `datePublished` or `headline`, or an article type). */
export function jsonLdArticle(doc: DomDocument): JsonObject | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '') as JsonValue;
    } catch {
      continue;
    }
    const article = ldObjects(parsed).find(
      (o) =>
        'datePublished' in o ||
        'headline' in o ||
        /Article|BlogPosting|Report/u.test(JSON.stringify(o['@type'] ?? '')),
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

const TITLE_TAIL = /^(.+?)\s+[|–—\-·•»]\s+([^|–—·•»]+)$/u;
const TITLE_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

function namesSite(tail: string, sites: readonly string[]): boolean {
  const t = tail.toLowerCase();
  return sites.some((site) => {
    const s = site.toLowerCase();
    return t === s || t.startsWith(s) || s.startsWith(t);
  });
}

/**
 * "Kim trifft Putin | SZ.de" → "Kim trifft Putin" when the tail is the site's name; a date tail goes with it
 * ("Ziele, Chancen, Risiken | DW | 28.04.2023"). `site`: the site's names (og:site_name, publisher, outlet).
 */
export function stripSiteSuffix(
  title: string | undefined,
  site: string | readonly (string | undefined)[] | undefined,
): string | undefined {
  return splitTitle(title, site).title;
}

/** The title without site and date tails, and the date a tail gave (ISO day). */
export function splitTitle(
  title: string | undefined,
  site: string | readonly (string | undefined)[] | undefined,
): { title: string | undefined; date?: string } {
  const sites = (typeof site === 'string' ? [site] : (site ?? [])).filter(
    (s): s is string => s !== undefined && s.trim() !== '',
  );
  if (title === undefined || sites.length === 0) return { title };
  let rest = title;
  let date: string | undefined;
  for (;;) {
    const m = TITLE_TAIL.exec(rest);
    const head = m?.[1];
    const tail = m?.[2]?.trim();
    if (head === undefined || tail === undefined) break;
    const d = TITLE_DATE.exec(tail);
    if (d && date === undefined) {
      date = normaliseDate(`${d[3]}-${d[2]}-${d[1]}`) ?? date;
      rest = head;
    } else if (
      /[|–—\-·•»]/u.test(rest.slice(head.length, rest.length - tail.length)) &&
      namesSite(tail, sites)
    ) {
      rest = head;
    } else break;
  }
  if (rest === title) return { title };
  return date === undefined ? { title: rest } : { title: rest, date };
}

/** Names of the organisations the page's JSON-LD describes (publisher, brand, NewsMediaOrganization). */
function ldOrganisations(doc: DomDocument): string[] {
  const names: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '') as JsonValue;
    } catch {
      continue;
    }
    const visit = (v: JsonValue | undefined): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (isObject(v)) {
        const type = JSON.stringify(v['@type'] ?? '');
        const name = typeof v['name'] === 'string' ? cleanMetaText(v['name']) : undefined;
        if (/Organization/u.test(type) && name !== undefined) names.push(name);
        for (const value of Object.values(v)) visit(value);
      }
    };
    visit(parsed);
  }
  return names;
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
  const rawTitle =
    first(tags, ['og:title', 'twitter:title']) ??
    cleanMetaText(doc.querySelector('title')?.textContent) ??
    ldString(ld, 'headline');
  const { title, date } = splitTitle(rawTitle, [source, ...said, host]);
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
