/**
 * The one rule for who published an article, shared by the brief (src/brief/publishers.ts), the store's story row
 * and what the store reads back (src/store/outlets.ts), the story list's `minSources` and alerts: an article's
 * publisher is its wire service when its text is wire copy, else its outlet — the outlet registry's name when the
 * registry knows it (`OUTLET_REGISTRY`: "SZ", "sz.de" and "www.sueddeutsche.de" are one Süddeutsche Zeitung), else
 * the name its metadata gives. An article with neither is from an unknown outlet: it has no publisher and never
 * counts as a source. Publishers are compared by `key` (the registry's name, or the given name, without case and
 * punctuation).
 */
import { OUTLET_REGISTRY, type OutletEntry } from './outlets.js';

/** An article's independent publisher. */
export interface Publisher {
  /** What publishers are compared by. */
  readonly key: string;
  /** The name shown. */
  readonly name: string;
}

/** What is known of an article's outlet (the brief adds text evidence: copyright lines, wire markers). */
export interface OutletFacts {
  /** The outlet's name as shown; undefined when unknown. */
  readonly name?: string;
  /** The registry's entry, when the outlet is in it. */
  readonly entry?: OutletEntry;
  /** The wire service whose copy the article is ("dpa"), when its text says so. */
  readonly wire?: string;
}

/** A name without case and punctuation ("Der Spiegel" = "DER SPIEGEL"). */
export const compactName = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Registry entries by every compacted name and alias. */
const BY_NAME: ReadonlyMap<string, OutletEntry> = (() => {
  const out = new Map<string, OutletEntry>();
  for (const entry of Object.values(OUTLET_REGISTRY))
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const key = compactName(name);
      if (key !== '' && !out.has(key)) out.set(key, entry);
    }
  return out;
})();

/** The registry entry a name (of an outlet or a wire service) stands for. */
export function entryByName(name: string | undefined): OutletEntry | undefined {
  return name === undefined ? undefined : BY_NAME.get(compactName(name));
}

/** The registry entry of a URL's (or bare domain's) host or one of its parent domains; `www.`, `www1.` dropped. */
export function entryByUrl(url: string | undefined): OutletEntry | undefined {
  if (url === undefined) return undefined;
  let host: string;
  try {
    host = new URL(/^https?:\/\//iu.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.replace(/^www\d*\./u, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = OUTLET_REGISTRY[labels.slice(i).join('.')];
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * The outlet an article's own fields name: its source (page metadata, feed title), with the registry's entry for
 * that name or its URL; else the registry's outlet of its URL's domain; undefined when neither tells.
 */
export function outletOfFields(
  source: string | null | undefined,
  url: string | null | undefined,
): { name: string; via: 'metadata' | 'domain'; entry?: OutletEntry } | undefined {
  const named = source?.trim();
  const link = url ?? undefined;
  if (named !== undefined && named !== '') {
    const entry = entryByName(named) ?? entryByUrl(link);
    return { name: named, via: 'metadata', ...(entry !== undefined ? { entry } : {}) };
  }
  const entry = entryByUrl(link);
  return entry === undefined ? undefined : { name: entry.name, via: 'domain', entry };
}

/** The key a publisher's name is compared by: the registry's name for it, else the name, compacted. */
export function publisherKey(name: string): string {
  return compactName(entryByName(name)?.name ?? name);
}

/** The publisher of an article whose outlet is `outlet` (see the module comment); undefined when unknown. */
export function publisherOf(outlet: OutletFacts | undefined): Publisher | undefined {
  const name = (outlet?.wire ?? outlet?.entry?.name ?? outlet?.name)?.trim();
  if (name === undefined || compactName(name) === '') return undefined;
  return { key: publisherKey(name), name };
}

/**
 * The publisher of a stored article, recomputed on read from its columns: `outlet` as stored since session 14 is
 * the publisher's name (text evidence included) or '' when unknown; rows stored before hold the source name, the
 * URL's host or the article's id there. A stored name the registry knows is taken; otherwise the article's source
 * and URL decide (so an old row's host or id never makes an outlet of its own).
 */
export function storedPublisher(row: {
  readonly source: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
}): Publisher | undefined {
  const known = entryByName(row.outlet ?? undefined);
  if (known !== undefined) return { key: compactName(known.name), name: known.name };
  return publisherOf(outletOfFields(row.source, row.url));
}
