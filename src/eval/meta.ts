/**
 * `eval meta`: page metadata and main text on news pages with gold title, authors, date and body (the Fundus set,
 * `extract-fundus-de`). Scorers, each per page: title exact after normalising white space; author set exact after
 * normalising names (case, white space, a leading "von"/"by"); publication date to the day; outlet named (a name,
 * not a bare domain such as "bild.de"), and whether it loosely names the gold publisher; main text as the
 * Scrapinghub set (4-gram shingles, F1 of the mean P and R). Pages split by a hash of their id: 80 % dev, 20 %
 * held-out.
 */
import { join } from 'node:path';
import { DataError, readDataFile } from './errors.js';
import { shingleCounts, shingleMetrics, type Prf, type ShingleCounts } from './extract.js';
import { fnv1a } from './quotes.js';

export interface MetaGoldPage {
  readonly id: string;
  readonly file: string;
  readonly publisher: string;
  readonly url?: string;
  readonly title: string;
  readonly authors: readonly string[];
  /** "YYYY-MM-DD HH:MM:SS", optionally with a zone: the publisher's local time. */
  readonly published: string;
  readonly body: string;
}

/** What a system read from one page. */
export interface MetaPrediction {
  readonly title?: string;
  /** As the product keeps it: one string, names separated by commas or "und". */
  readonly author?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly text: string;
}

export type MetaSystem = (html: string, url: string | undefined) => MetaPrediction | null;

export const META_FIELDS = ['title', 'authors', 'date', 'outlet'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaScores {
  readonly pages: number;
  /** Share of pages right, per field. */
  readonly title: number;
  readonly authors: number;
  readonly date: number;
  readonly outlet: number;
  /** Share of pages whose outlet loosely names the gold publisher (report only). */
  readonly outletMatchesPublisher: number;
  /** Main text, Scrapinghub scorer. */
  readonly text: Prf;
  /** Up to 5 wrong pages per field: `id: got … / want …`. */
  readonly examples: Record<MetaField, string[]>;
  readonly errors: Record<MetaField, number>;
}

export interface MetaReport {
  readonly dataset: string;
  readonly dev: MetaScores;
  readonly heldOut: MetaScores;
  readonly split: { readonly dev: readonly string[]; readonly heldOut: readonly string[] };
}

/** Whether a page belongs to the held-out 20 % (FNV-1a of its id). */
export function isHeldOutPage(id: string): boolean {
  return fnv1a(`meta:${id}`) % 5 === 0;
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** A name for comparison: lower case, white space collapsed, a leading "von"/"by" and trailing punctuation gone. */
export function normaliseName(name: string): string {
  return norm(name)
    .toLowerCase()
    .replace(/^(?:von|by)\s+/u, '')
    .replace(/[\s,.;:]+$/u, '');
}

/** The product's author string as a set of names ("A, B und C" → three). */
export function authorSet(author: string | undefined): Set<string> {
  if (author === undefined) return new Set();
  return new Set(
    author
      .split(/\s*(?:[,;/|&]|\bund\b|\band\b)\s*/u)
      .map(normaliseName)
      .filter((n) => n !== ''),
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

const ZONE = /(Z|[+-]\d{2}:?\d{2})$/u;

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/u.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The day of `predicted` as the gold states it: when both carry a zone, the predicted instant in the gold's
 * zone; otherwise the date as written.
 */
export function dayOf(predicted: string, gold: string): string {
  const pz = ZONE.exec(predicted)?.[1];
  const gz = ZONE.exec(norm(gold))?.[1];
  if (pz === undefined || gz === undefined || !/T|\s\d/u.test(predicted)) return predicted.slice(0, 10);
  const ms = Date.parse(predicted);
  if (Number.isNaN(ms)) return predicted.slice(0, 10);
  return new Date(ms + zoneMinutes(gz) * 60_000).toISOString().slice(0, 10);
}

/** A bare domain ("bild.de", "www.spiegel.de"), not a name. */
export function isDomain(outlet: string): boolean {
  return /^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/?$/iu.test(outlet.trim());
}

const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** "Berliner Morgenpost" names "BerlinerMorgenpost"; "SPIEGEL" names "DerSpiegel" (one contains the other). */
export function namesPublisher(outlet: string, publisher: string): boolean {
  const a = compact(outlet);
  const b = compact(publisher);
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

interface PageResult {
  readonly id: string;
  readonly right: Record<MetaField, boolean>;
  readonly matchesPublisher: boolean;
  readonly text: ShingleCounts;
  readonly shown: Record<MetaField, string>;
}

const quoted = (s: string | undefined): string => (s === undefined ? '–' : `„${s}“`);

/** Scores one page. */
export function scorePage(page: MetaGoldPage, predicted: MetaPrediction | null): PageResult {
  const p = predicted ?? { text: '' };
  const goldAuthors = new Set(page.authors.map(normaliseName).filter((n) => n !== ''));
  const gotAuthors = authorSet(p.author);
  const goldDay = norm(page.published).slice(0, 10);
  const gotDay = p.published === undefined ? undefined : dayOf(p.published, page.published);
  const outlet = p.outlet?.trim();
  return {
    id: page.id,
    right: {
      title: p.title !== undefined && norm(p.title) === norm(page.title),
      authors: sameSet(gotAuthors, goldAuthors),
      date: gotDay === goldDay,
      outlet: outlet !== undefined && outlet !== '' && !isDomain(outlet),
    },
    matchesPublisher: outlet !== undefined && namesPublisher(outlet, page.publisher),
    text: shingleCounts(page.body, p.text),
    shown: {
      title: `${quoted(p.title)} / want ${quoted(page.title)}`,
      authors: `${quoted(p.author)} / want ${quoted(page.authors.join(', '))}`,
      date: `${quoted(p.published)} / want ${quoted(page.published)}`,
      outlet: `${quoted(p.outlet)} (publisher ${page.publisher})`,
    },
  };
}

function emptyFields<T>(make: () => T): Record<MetaField, T> {
  return { title: make(), authors: make(), date: make(), outlet: make() };
}

export function summarise(results: readonly PageResult[]): MetaScores {
  const n = results.length;
  const share = (f: (r: PageResult) => boolean): number => (n === 0 ? 0 : results.filter(f).length / n);
  const examples = emptyFields<string[]>(() => []);
  const errors = emptyFields(() => 0);
  for (const r of results) {
    for (const field of META_FIELDS) {
      if (r.right[field]) continue;
      errors[field]++;
      if (examples[field].length < 5) examples[field].push(`${r.id}: ${r.shown[field]}`);
    }
  }
  return {
    pages: n,
    title: share((r) => r.right.title),
    authors: share((r) => r.right.authors),
    date: share((r) => r.right.date),
    outlet: share((r) => r.right.outlet),
    outletMatchesPublisher: share((r) => r.matchesPublisher),
    text: shingleMetrics(results.map((r) => r.text)),
    examples,
    errors,
  };
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DataError(`${where}: expected a JSON object`);
  return value as Record<string, unknown>;
}

/** Reads `gold.json` of a Fundus-style folder. Throws `DataError` on a missing file or a wrong shape. */
export function loadMetaPages(dir: string): MetaGoldPage[] {
  const file = join(dir, 'gold.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readDataFile(file)) as unknown;
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return Object.entries(asObject(raw, file)).map(([id, value]) => {
    const e = asObject(value, `${file}: ${id}`);
    const { title, published, body, authors, publisher, url } = e;
    if (typeof title !== 'string' || typeof published !== 'string' || !Array.isArray(body))
      throw new DataError(`${file}: ${id} needs "title", "published" and "body"`);
    return {
      id,
      file: join(dir, typeof e.file === 'string' ? e.file : `html/${id}.html.gz`),
      publisher: typeof publisher === 'string' ? publisher : '',
      ...(typeof url === 'string' ? { url } : {}),
      title,
      authors: Array.isArray(authors) ? authors.filter((a): a is string => typeof a === 'string') : [],
      published,
      body: body.filter((b): b is string => typeof b === 'string').join('\n'),
    };
  });
}

export interface MetaOptions {
  readonly limit?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs the system on every page (its HTML from `read`) and scores dev and held-out pages apart. */
export function evaluateMeta(
  pages: readonly MetaGoldPage[],
  read: (page: MetaGoldPage) => string,
  system: MetaSystem,
  dataset: string,
  options: MetaOptions = {},
): MetaReport {
  const chosen = options.limit !== undefined ? pages.slice(0, options.limit) : pages;
  const dev: PageResult[] = [];
  const held: PageResult[] = [];
  chosen.forEach((page, i) => {
    const result = scorePage(page, system(read(page), page.url));
    (isHeldOutPage(page.id) ? held : dev).push(result);
    options.onProgress?.(i + 1, chosen.length);
  });
  return {
    dataset,
    dev: summarise(dev),
    heldOut: summarise(held),
    split: { dev: dev.map((r) => r.id), heldOut: held.map((r) => r.id) },
  };
}
