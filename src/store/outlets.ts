/**
 * The outlets of a story, counted as independent sources by the one publisher rule (src/lang/publisher.ts, the
 * rule the brief uses): an article counts as its publisher — its wire service, else its outlet by page metadata or
 * the domain registry (and, for articles stored since session 14, copyright lines and page furniture) — and an
 * article whose outlet is unknown counts as no source at all. Publishers are compared by key ("SZ", "sz.de" and
 * "Süddeutsche Zeitung" are one).
 */
import { publisherKey, storedPublisher } from '../lang/publisher.js';
import { optStr, type Row } from './dialect.js';

export interface StoryOutlets {
  /** The independent publishers, each once, as the first article of each names it (in article order). */
  readonly names: readonly string[];
  /** Articles whose outlet is unknown (shown as unknown; they count as no source). */
  readonly unknown: number;
}

/** The columns of a stored article its publisher is read from on read (`storedPublisher`). */
export interface StoredOutletColumns {
  readonly source: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
}

/** The outlet columns of a stored article row (`SELECT source, url, outlet …`). */
export function outletColumns(row: Row): StoredOutletColumns {
  return { source: optStr(row.source), url: optStr(row.url), outlet: optStr(row.outlet) };
}

/** The publisher of a stored article row, recomputed on read (undefined: unknown outlet). */
export function rowPublisher(row: Row): ReturnType<typeof storedPublisher> {
  return storedPublisher(outletColumns(row));
}

/** Each publisher once (by key, as first named) and the number of articles with none. */
function countOutlets(names: Iterable<string | undefined>): StoryOutlets {
  const known = new Map<string, string>();
  let unknown = 0;
  for (const name of names) {
    const key = name === undefined ? '' : publisherKey(name);
    if (name === undefined || key === '') unknown++;
    else if (!known.has(key)) known.set(key, name);
  }
  return { names: [...known.values()], unknown };
}

/** The outlets of a story's stored articles (in article order). */
export function storyOutlets(articles: readonly StoredOutletColumns[]): StoryOutlets {
  return countOutlets(articles.map((a) => storedPublisher(a)?.name));
}

/** The number of independent sources: the known publishers; an article of an unknown outlet counts none. */
export function sourceCount(outlets: StoryOutlets): number {
  return outlets.names.length;
}

/** What the store reads of a brief for its outlets. */
export interface BriefOutletsInput {
  readonly articles: readonly { readonly source?: string; readonly publisher?: string }[];
}

/** Whether a brief names its articles' publishers (briefs made before the publisher rule do not). */
export function briefHasPublishers(brief: BriefOutletsInput): boolean {
  return brief.articles.some((a) => a.publisher !== undefined);
}

/**
 * The outlets as the brief identified them (src/brief/publishers.ts: the same rule, plus near-identical texts of
 * several outlets counted once): its independent publishers once each, and the articles whose outlet is unknown.
 */
export function briefOutlets(brief: BriefOutletsInput): StoryOutlets {
  return countOutlets(brief.articles.map((a) => a.publisher));
}

/** What the store reads of a brief for its kinds. */
export interface BriefKinds {
  readonly articles: readonly { readonly kind?: string }[];
}

/** How many articles of each kind a brief has (`{"report":2,"opinion":1}`), as the story row keeps it. */
export function briefKinds(brief: BriefKinds): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of brief.articles) if (kind !== undefined) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
