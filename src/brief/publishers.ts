/**
 * Who the sources are, and which of them are independent. An article's outlet comes from its page metadata or
 * feed (`meta.source`: og:site_name, JSON-LD publisher, the feed's title), its URL's domain, a copyright line
 * ("© SZ vom 26.04.2019") or page furniture only one outlet leaves (see `OutletEntry.signatures`), each looked up
 * in the outlet registry of the language tables. Wire copy is told by its dateline marker ("Berlin (dpa) -"), a
 * sign-off line ("dpa/lno") or a wire service's own domain. Independent publishers: an outlet's several articles
 * count once, all copy of one wire service counts once, and articles whose texts are near-identical (wire copy
 * reprinted by several outlets) count once. An article whose outlet is unknown belongs to no publisher: it never
 * counts as independent confirmation.
 */
import { mapped } from '../core/kept.js';
import type { AnalysedArticle } from '../core/types.js';
import { OUTLET_REGISTRY, type OutletEntry } from '../lang/outlets.js';
import {
  entryByName,
  entryByUrl,
  outletOfFields,
  publisherKey,
  publisherOf,
  type OutletFacts,
} from '../lang/publisher.js';

export { entryByName, entryByUrl };

/** How an article's outlet was found. */
export type OutletEvidence = 'metadata' | 'domain' | 'copyright' | 'signature';

/** What the story stage knows of one article's outlet. */
export interface ArticleOutlet extends OutletFacts {
  readonly via?: OutletEvidence;
}

/** Share of the shorter text's word 5-grams the other must hold for two texts to be copies of one text. */
export const COPY_OVERLAP = 0.6;
const SHINGLE = 5;

const WIRES = Object.values(OUTLET_REGISTRY).filter((e) => e.kind === 'wire');
const WIRE_NAMES = [...new Set(WIRES.flatMap((e) => [e.name, ...(e.aliases ?? [])]))].filter(
  (n) => /^[\p{L}-]+$/u.test(n) && n.length <= 12,
);
/** Longest first, so that "dpa-AFX" is read whole. */
const wireAlt = [...WIRE_NAMES].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
/** "Berlin (dpa) -", "WASHINGTON (AP) —", "Moskau (dpa/AFP) –" at the start of a paragraph. */
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{L}\\p{M} .'/-]{1,40}\\s*\\((${wireAlt})(?:\\s*[/,]\\s*[\\p{L}-]+)*\\)\\s*[-–—:]`,
  'mu',
);
/** A sign-off line that is only a wire credit: "dpa", "(AFP)", "dpa/lno", "Reuters/ks". */
const SIGNOFF = new RegExp(`^\\(?(${wireAlt})(?:/[\\p{L}-]+)*\\)?\\.?$`, 'u');

/** The registry entry a copyright line names ("© SZ vom 26.04.2019", "Copyright 2019 The Washington Post"). */
function entryOfCopyright(line: string): OutletEntry | undefined {
  const body = line.replace(/^\s*(?:©|\(c\)|copyright)\s*/iu, '').replace(/\b(?:19|20)\d{2}\b/gu, ' ');
  const words = body.split(/[\s,;|]+/u).filter((w) => w !== '');
  for (let n = Math.min(4, words.length); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const entry = entryByName(words.slice(i, i + n).join(' '));
      if (entry !== undefined) return entry;
    }
  return undefined;
}

/** The wire service an article's text is copy of, from its dateline or a sign-off line. */
function wireOf(article: AnalysedArticle, entry: OutletEntry | undefined): string | undefined {
  if (entry?.kind === 'wire') return entry.name;
  const head = article.text.slice(0, 2000);
  const dateline = DATELINE.exec(head)?.[1];
  if (dateline !== undefined) return entryByName(dateline)?.name ?? dateline;
  for (const r of article.removed) {
    if (r.reason !== 'signoff') continue;
    const signoff = SIGNOFF.exec(r.text.trim())?.[1];
    if (signoff !== undefined) return entryByName(signoff)?.name ?? signoff;
  }
  return undefined;
}

/** The outlet of one article (see the module comment). */
export function articleOutlet(article: AnalysedArticle): ArticleOutlet {
  const { meta } = article;
  const found = ((): { name: string; via: OutletEvidence; entry?: OutletEntry } | undefined => {
    const byFields = outletOfFields(meta.source, meta.url);
    if (byFields !== undefined) return byFields;
    for (const r of article.removed) {
      if (r.reason !== 'copyright') continue;
      const entry = entryOfCopyright(r.text);
      if (entry !== undefined) return { name: entry.name, via: 'copyright', entry };
    }
    const removed = new Set(article.removed.map((r) => r.text.trim()));
    for (const entry of Object.values(OUTLET_REGISTRY))
      if (entry.signatures?.some((set) => set.every((line) => removed.has(line))) === true)
        return { name: entry.name, via: 'signature', entry };
    return undefined;
  })();
  const wire = wireOf(article, found?.entry);
  return { ...(found ?? {}), ...(wire !== undefined ? { wire } : {}) };
}

/**
 * What `independentPublishers` found of each article (its word 5-grams) and of each pair of articles (whether one
 * is a copy of the other), kept between briefs of a growing story (keyed by the article objects).
 */
export interface CopyMemo {
  readonly shingles: Map<AnalysedArticle, Set<string>>;
  readonly pairs: Map<AnalysedArticle, Map<AnalysedArticle, boolean>>;
}

/** The word 5-grams of a text, hashed. */
function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Whether two texts are copies of one text: the shorter's 5-grams are mostly in the other. */
export function nearCopies(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared >= COPY_OVERLAP * small.size;
}

/**
 * The independent publisher of each article, as a name (undefined: unknown outlet, counts as none): the wire
 * service for wire copy, else the outlet (the registry's name when it knows the outlet, so "SZ" and
 * "Süddeutsche Zeitung" are one); articles whose texts are near-identical share the publisher of the first.
 */
export function independentPublishers(
  articles: readonly AnalysedArticle[],
  outlets: readonly ArticleOutlet[],
  memo?: CopyMemo,
): (string | undefined)[] {
  const own = mapped(outlets, (o) => publisherOf(o)?.name);
  const keyOf = publisherKey;
  const keys = mapped(own, (name) => (name !== undefined ? keyOf(name) : undefined));
  const grams: (Set<string> | undefined)[] = [];
  const gramsOf = (i: number): Set<string> => {
    let found = grams[i];
    if (found !== undefined) return found;
    const article = articles[i] as AnalysedArticle;
    found = memo?.shingles.get(article) ?? shingles(article.text);
    memo?.shingles.set(article, found);
    grams[i] = found;
    return found;
  };
  const copies = (i: number, j: number): boolean => {
    const [a, b] = [articles[i] as AnalysedArticle, articles[j] as AnalysedArticle];
    const kept = memo?.pairs.get(a)?.get(b);
    if (kept !== undefined) return kept;
    const found = nearCopies(gramsOf(i), gramsOf(j));
    if (memo !== undefined) {
      let pairs = memo.pairs.get(a);
      if (pairs === undefined) memo.pairs.set(a, (pairs = new Map()));
      pairs.set(b, found);
    }
    return found;
  };
  const publisher: (string | undefined)[] = [...own];
  for (let i = 0; i < articles.length; i++) {
    if (own[i] === undefined) continue;
    for (let j = 0; j < i; j++) {
      if (own[j] === undefined || keys[j] === keys[i]) continue;
      if (copies(i, j)) {
        publisher[i] = publisher[j];
        break;
      }
    }
  }
  // One name per publisher: the first article's way of writing it.
  const first = new Map<string, string>();
  return mapped(publisher, (p) => {
    if (p === undefined) return undefined;
    const key = keyOf(p);
    if (!first.has(key)) first.set(key, p);
    return first.get(key);
  });
}

/** How many independent publishers a set of articles (indices) comes from: unknown outlets count none. */
export function publisherCount(
  publishers: readonly (string | undefined)[],
  articles: readonly number[],
): number {
  return new Set(articles.map((a) => publishers[a]).filter((p) => p !== undefined)).size;
}
