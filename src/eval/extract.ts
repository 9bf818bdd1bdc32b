/**
 * Main-text extraction evaluation on the two HTML sets in `../shared/data`:
 *
 * - `extract-trafilatura` (`evaldata.json`): per page, snippets that must (`with`) and must not (`without`) be
 *   in the output. Whitespace is normalised on both sides; TP = `with` snippets found, FN = `with` missing,
 *   FP = `without` found; precision/recall/F1 over the whole corpus (micro); a failed extraction counts as all
 *   misses. Recall is exactly "share of the `with` snippets kept". Also per language (`lang_guess.json`).
 * - `extract-scrapinghub` (`ground-truth.json`): tokens `\w+` (Unicode), multisets of token 4-grams of gold vs
 *   output give tp/fp/fn per page, normalised to tp+fp+fn = 1; P and R are means over pages, F1 from the two
 *   means (as the benchmark's `evaluate.py` does). The stored outputs of published systems in
 *   `system-outputs/*.json` are re-scored with the same code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, isDecodeFailure } from '../ingest/index.js';
import { DataError, readDataFile } from './errors.js';
import { fmeasure } from './rouge.js';

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export type ExtractFormat = 'trafilatura' | 'scrapinghub';

/** `html` in, main text out; `null` (or a throw) is a failed extraction. */
export type ExtractSystem = (html: string, url: string | undefined) => string | null;

export function detectExtractFormat(dir: string): ExtractFormat | undefined {
  if (existsSync(join(dir, 'evaldata.json'))) return 'trafilatura';
  if (existsSync(join(dir, 'ground-truth.json'))) return 'scrapinghub';
  return undefined;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- trafilatura: snippets

export interface SnippetCounts {
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly tn: number;
}

/** Counts of one page; `output === null` is a failed extraction (every `with` missed, no `without` found). */
export function snippetCounts(
  output: string | null,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetCounts {
  if (output === null) return { tp: 0, fn: withSnippets.length, fp: 0, tn: withoutSnippets.length };
  const text = normaliseWhitespace(output);
  let tp = 0;
  let fp = 0;
  for (const s of withSnippets) if (text.includes(normaliseWhitespace(s))) tp++;
  for (const s of withoutSnippets) if (text.includes(normaliseWhitespace(s))) fp++;
  return { tp, fn: withSnippets.length - tp, fp, tn: withoutSnippets.length - fp };
}

/** Micro precision/recall/F1 over summed counts. */
export function microPrf(all: readonly SnippetCounts[]): Prf {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const c of all) {
    tp += c.tp;
    fn += c.fn;
    fp += c.fp;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { p, r, f: fmeasure(p, r) };
}

// ---------------------------------------------------------------- scrapinghub: 4-gram shingles

const WORD = /[\p{L}\p{N}_]+/gu;

/** Token shingles as `evaluate.py` builds them: all n-grams, or the whole token list when shorter than n. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** tp/fp/fn of one page, normalised so that they sum to 1 (all 0 when both sides are empty). */
export function shingleCounts(gold: string, prediction: string, n = 4): ShingleCounts {
  const g = shingles(gold, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Mean precision over pages with tp+fp > 0, mean recall over pages with tp+fn > 0, F1 of the means. */
export function shingleMetrics(all: readonly ShingleCounts[]): Prf {
  const precision = (c: ShingleCounts): number =>
    c.fp === 0 && c.fn === 0 ? 1 : c.tp === 0 && c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = (c: ShingleCounts): number =>
    c.fp === 0 && c.fn === 0 ? 1 : c.tp === 0 && c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const p = mean(all.filter((c) => c.tp + c.fp > 0).map(precision));
  const r = mean(all.filter((c) => c.tp + c.fn > 0).map(recall));
  return { p, r, f: fmeasure(p, r) };
}

// ---------------------------------------------------------------- data sets

export interface SnippetPage {
  readonly id: string;
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly language: string;
}

export interface GoldPage {
  readonly id: string;
  readonly file: string;
  readonly url?: string;
  readonly gold: string;
}

function readJson(file: string): unknown {
  const text = readDataFile(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function asObject(value: unknown, file: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DataError(`${file}: expected a JSON object`);
  }
  return value as Record<string, unknown>;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function loadSnippetPages(dir: string): SnippetPage[] {
  const file = join(dir, 'evaldata.json');
  const data = asObject(readJson(file), file);
  const langFile = join(dir, 'lang_guess.json');
  const langs = existsSync(langFile) ? asObject(readJson(langFile), langFile) : {};
  return Object.entries(data).map(([url, raw]) => {
    const entry = asObject(raw, file);
    if (typeof entry.file !== 'string') throw new DataError(`${file}: ${url} has no "file"`);
    const language = langs[url];
    return {
      id: url,
      file: join(dir, 'html', `${entry.file}.gz`),
      with: strings(entry.with),
      without: strings(entry.without),
      language: typeof language === 'string' ? language : 'und',
    };
  });
}

export function loadGoldPages(dir: string): GoldPage[] {
  const file = join(dir, 'ground-truth.json');
  const data = asObject(readJson(file), file);
  return Object.entries(data).map(([id, raw]) => {
    const entry = asObject(raw, file);
    return {
      id,
      file: join(dir, 'html', `${id}.html.gz`),
      ...(typeof entry.url === 'string' ? { url: entry.url } : {}),
      gold: typeof entry.articleBody === 'string' ? entry.articleBody : '',
    };
  });
}

/** `{id: {articleBody}}`, possibly wrapped in `{"output": …}` → id → text. */
export function parseStoredOutput(value: unknown, file = 'output'): Map<string, string> {
  let data = asObject(value, file);
  if ('output' in data && data.output !== null && typeof data.output === 'object')
    data = asObject(data.output, file);
  const out = new Map<string, string>();
  for (const [id, raw] of Object.entries(data)) {
    if (raw === null || typeof raw !== 'object') continue;
    const body = (raw as { articleBody?: unknown }).articleBody;
    out.set(id, typeof body === 'string' ? body : '');
  }
  return out;
}

/** Stored outputs of published systems, by system name (file name without `.json`), sorted by name. */
export function loadStoredOutputs(dir: string): Map<string, Map<string, string>> {
  const folder = join(dir, 'system-outputs');
  const out = new Map<string, Map<string, string>>();
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = join(folder, name);
    out.set(name.slice(0, -'.json'.length), parseStoredOutput(readJson(file), file));
  }
  return out;
}

/** Reads one page: gunzip when gzipped, then decode by BOM / UTF-8 validity / declared charset. */
export function readPage(file: string): string {
  const raw = readFileSync(file);
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const decoded = decodeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (isDecodeFailure(decoded)) throw new DataError(`${file}: ${decoded.problem}`);
  return decoded.value.text;
}

// ---------------------------------------------------------------- running

function tryReadPage(file: string): string | null {
  try {
    return readPage(file);
  } catch {
    return null;
  }
}

export interface ExtractResult extends Prf {
  readonly n: number;
  readonly failures: number;
  readonly seconds: number;
  /** Trafilatura set: per guessed language. */
  readonly byLanguage?: Record<string, Prf & { readonly n: number }>;
  /** Scored from a published system's stored output, not run here. */
  readonly stored?: boolean;
}

export interface ExtractReport {
  readonly task: 'extract';
  readonly dataset: string;
  readonly format: ExtractFormat;
  readonly n: number;
  readonly systems: Record<string, ExtractResult>;
  readonly notes: readonly string[];
}

export interface ExtractRunOptions {
  readonly limit?: number;
  /** Re-score `system-outputs/*.json` (scrapinghub set); default true. */
  readonly stored?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  readonly notes?: readonly string[];
}

function run(system: ExtractSystem, html: string, url: string | undefined): string | null {
  try {
    return system(html, url);
  } catch {
    return null;
  }
}

function byLanguage(
  pages: readonly SnippetPage[],
  counts: readonly SnippetCounts[],
): Record<string, Prf & { n: number }> {
  const groups = new Map<string, SnippetCounts[]>();
  pages.forEach((page, i) => {
    const list = groups.get(page.language) ?? [];
    list.push(counts[i]!);
    groups.set(page.language, list);
  });
  const out: Record<string, Prf & { n: number }> = {};
  for (const [lang, list] of [...groups].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    out[lang] = { ...microPrf(list), n: list.length };
  }
  return out;
}

/** What running every system over the pages gave: per system, one count per page, time and failures. */
interface PageRuns<C> {
  readonly counts: ReadonlyMap<string, C[]>;
  readonly time: ReadonlyMap<string, { ms: number; failures: number }>;
}

/** Runs every system on every page (the page read once) and scores each output with `score`. */
function runPages<P extends { readonly file: string }, C>(
  pages: readonly P[],
  systems: Readonly<Record<string, ExtractSystem>>,
  urlOf: (page: P) => string | undefined,
  score: (page: P, output: string | null) => C,
  onProgress: ((done: number, total: number) => void) | undefined,
): PageRuns<C> {
  const names = Object.keys(systems);
  const counts = new Map<string, C[]>(names.map((n) => [n, []]));
  const time = new Map<string, { ms: number; failures: number }>(
    names.map((n) => [n, { ms: 0, failures: 0 }]),
  );
  let done = 0;
  for (const page of pages) {
    const html = tryReadPage(page.file);
    for (const name of names) {
      const started = performance.now();
      const output = html === null ? null : run(systems[name]!, html, urlOf(page));
      const t = time.get(name)!;
      t.ms += performance.now() - started;
      if (output === null) t.failures++;
      counts.get(name)!.push(score(page, output));
      onProgress?.(++done, pages.length * names.length);
    }
  }
  return { counts, time };
}

export function evaluateExtraction(
  dir: string,
  dataset: string,
  systems: Readonly<Record<string, ExtractSystem>>,
  options: ExtractRunOptions = {},
): ExtractReport {
  const format = detectExtractFormat(dir);
  if (format === undefined) throw new DataError(`${dir}: neither evaldata.json nor ground-truth.json found`);
  const names = Object.keys(systems);
  const notes = [...(options.notes ?? [])];
  const result: Record<string, ExtractResult> = {};
  const limit = options.limit ?? Infinity;

  if (format === 'trafilatura') {
    const pages = loadSnippetPages(dir).slice(0, limit);
    const { counts, time } = runPages(
      pages,
      systems,
      (page) => page.id,
      (page, output) => snippetCounts(output, page.with, page.without),
      options.onProgress,
    );
    for (const name of names) {
      const list = counts.get(name)!;
      const t = time.get(name)!;
      result[name] = {
        ...microPrf(list),
        n: pages.length,
        failures: t.failures,
        seconds: t.ms / 1000,
        byLanguage: byLanguage(pages, list),
      };
    }
    return { task: 'extract', dataset, format, n: pages.length, systems: result, notes };
  }

  const pages = loadGoldPages(dir).slice(0, limit);
  const { counts, time } = runPages(
    pages,
    systems,
    (page) => page.url,
    (page, output) => shingleCounts(page.gold, output ?? ''),
    options.onProgress,
  );
  for (const name of names) {
    const t = time.get(name)!;
    result[name] = {
      ...shingleMetrics(counts.get(name)!),
      n: pages.length,
      failures: t.failures,
      seconds: t.ms / 1000,
    };
  }
  if (options.stored ?? true) {
    for (const [name, outputs] of loadStoredOutputs(dir)) {
      const list = pages.map((page) => shingleCounts(page.gold, outputs.get(page.id) ?? ''));
      const missing = pages.filter((page) => !outputs.has(page.id)).length;
      result[`${name} (stored)`] = {
        ...shingleMetrics(list),
        n: pages.length,
        failures: missing,
        seconds: 0,
        stored: true,
      };
    }
  }
  return { task: 'extract', dataset, format, n: pages.length, systems: result, notes };
}
