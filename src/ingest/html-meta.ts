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

const TITLE_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
/** Characters that separate a title from its tails; a tail holds none of the strong ones (a hyphen it may). */
const TAIL_SEPARATORS = '|–—-·•»';
const STRONG_SEPARATORS = '|–—·•»';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

function namesSite(tail: string, sites: readonly string[]): boolean {
  const t = tail.toLowerCase();
  return sites.some((site) => {
    const s = site.toLowerCase();
    return t === s || t.startsWith(s) || s.startsWith(t);
  });
}

/** A separator with white space on both sides: where the head before it ends and the tail after it starts. */
interface TailCut {
  readonly at: number;
  readonly headEnd: number;
  readonly tailStart: number;
}

/** Every separator standing between white space, in order, in one pass over the title. */
function tailCuts(title: string): TailCut[] {
  const n = title.length;
  const runStart: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++)
    runStart[i] = isSpace(title[i]) ? (i > 0 && isSpace(title[i - 1]) ? (runStart[i - 1] ?? i) : i) : i;
  const runEnd: number[] = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--)
    runEnd[i] = isSpace(title[i]) ? (i + 1 < n && isSpace(title[i + 1]) ? (runEnd[i + 1] ?? i) : i + 1) : i;
  const cuts: TailCut[] = [];
  for (let i = 1; i + 1 < n; i++) {
    if (!TAIL_SEPARATORS.includes(title[i] ?? '') || !isSpace(title[i - 1]) || !isSpace(title[i + 1]))
      continue;
    const headEnd = runStart[i - 1] ?? i;
    if (headEnd > 0) cuts.push({ at: i, headEnd, tailStart: runEnd[i + 1] ?? i + 1 });
  }
  return cuts;
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

/**
 * The title without site and date tails, and the date a tail gave (ISO day). The tail is what follows the first
 * separator after the last strong one (`|`, dashes, bullets, `»`); tails are cut from the end while they name
 * the site (or, once, give a date). One pass to find the separators, then each step looks at its own tail only:
 * linear in the title's length.
 */
export function splitTitle(
  title: string | undefined,
  site: string | readonly (string | undefined)[] | undefined,
): { title: string | undefined; date?: string } {
  const sites = (typeof site === 'string' ? [site] : (site ?? [])).filter(
    (s): s is string => s !== undefined && s.trim() !== '',
  );
  if (title === undefined || sites.length === 0) return { title };
  const cuts = tailCuts(title);
  // strongBelow[i]: the index of the last strong separator before position i (-1: none).
  const strongBelow: number[] = [-1];
  for (let i = 0; i < title.length; i++)
    strongBelow.push(STRONG_SEPARATORS.includes(title[i] ?? '') ? i : (strongBelow[i] ?? -1));
  let end = title.length;
  let date: string | undefined;
  // The tail of `title.slice(0, end)` follows the first cut at or after its last strong separator.
  let k = cuts.length - 1;
  for (;;) {
    while (k >= 0 && (cuts[k]?.tailStart ?? end) >= end) k--;
    const limit = strongBelow[end] ?? -1;
    if (k < 0 || (cuts[k]?.at ?? -1) < limit) break;
    let chosen = k;
    while (chosen > 0 && (cuts[chosen - 1]?.at ?? -1) >= limit) chosen--;
    const cut = cuts[chosen];
    if (cut === undefined) break;
    const tail = title.slice(cut.tailStart, end).trim();
    const d = TITLE_DATE.exec(tail);
    if (d && date === undefined) date = normaliseDate(`${d[3]}-${d[2]}-${d[1]}`) ?? date;
    else if (!namesSite(tail, sites)) break;
    end = cut.headEnd;
    k = chosen - 1;
  }
  if (end === title.length) return { title };
  const rest = title.slice(0, end);
  return date === undefined ? { title: rest } : { title: rest, date };
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
