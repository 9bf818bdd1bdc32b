/**
 * The outlets of a story, counted as independent sources: an article's outlet is its source name, else the name
 * the domain registry (`OUTLET_DOMAINS`) gives its URL's host, else the host; an article with neither is from an
 * unknown outlet. Names are compared without case and punctuation ("Der Spiegel" = "DER SPIEGEL").
 */
import { OUTLET_DOMAINS } from '../lang/outlets.js';

export interface StoryOutlets {
  /** The known outlets, each once, as the first article of each names it (in article order). */
  readonly names: readonly string[];
  /** Articles whose outlet is unknown (each counts as a source of its own: nothing says two are the same). */
  readonly unknown: number;
}

function hostOf(url: string | null): string | undefined {
  if (url === null) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The registry's name for a host or any of its parent domains. */
function registered(host: string): string | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = OUTLET_DOMAINS[labels.slice(i).join('.')];
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The article's outlet as a name, or undefined when unknown. */
export function outletOf(source: string | null, url: string | null): string | undefined {
  const named = source?.trim();
  if (named !== undefined && named !== '') return named;
  const host = hostOf(url);
  return host === undefined ? undefined : (registered(host) ?? host);
}

const key = (name: string): string =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Each outlet once (by `key`, as first named) and the number of articles with none. */
function countOutlets(names: Iterable<string | undefined>): StoryOutlets {
  const known = new Map<string, string>();
  let unknown = 0;
  for (const name of names) {
    if (name === undefined || key(name) === '') unknown++;
    else if (!known.has(key(name))) known.set(key(name), name);
  }
  return { names: [...known.values()], unknown };
}

/** The outlets of a story's articles (in article order). */
export function storyOutlets(
  articles: readonly { source: string | null; url: string | null }[],
): StoryOutlets {
  return countOutlets(articles.map((a) => outletOf(a.source, a.url)));
}

/** The number of independent sources: the known outlets and each article of an unknown one. */
export function sourceCount(outlets: StoryOutlets): number {
  return outlets.names.length + outlets.unknown;
}

/** What the store reads of a brief for its outlets. */
export interface BriefOutletsInput {
  readonly articles: readonly { readonly source?: string; readonly publisher?: string }[];
}

/**
 * The outlets as the brief identified them (page metadata, the domain registry, copyright lines, page furniture,
 * wire markers: src/brief/publishers.ts), which knows more of them than the articles' own fields: the named outlets
 * once each, and the articles whose outlet stays unknown. Counted as `sourceCount` counts them.
 */
export function briefOutlets(brief: BriefOutletsInput): StoryOutlets {
  return countOutlets(
    brief.articles.map((a) => (a.publisher === undefined ? undefined : (a.source ?? a.publisher))),
  );
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
