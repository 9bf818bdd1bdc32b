/**
 * Stream benchmark (issue 5): a synthetic stream of articles built from text the repository holds for it (the
 * example story and a frozen pool of paragraphs, `bench/stream-pool.txt`), rotated through time so that there are
 * many stories: story s starts every 10 minutes, lives about two days, and every article is a lead with
 * story-specific names and figures plus two paragraphs of that text. Measures the clusterer alone (featurise +
 * assign, one thread) over the whole stream, cleaning + clustering on the first tenth, and the peak resident memory
 * of the process.
 *
 * The stream depends on `N` alone. It used to read the paragraphs of `docs/` as they were at run time, so recording
 * a figure in `docs/clustering.md` changed the stream (100 000 articles: 11 674 stories before that edit, 11 262
 * after, fresh process or not). `stream-pool.txt` holds those paragraphs as they were at commit cb95ae0, so the
 * stream is the one `npm run bench` measured then (11 262 stories); it is never to be edited.
 *
 * Run alone: `npm run build && node --expose-gc dist/bench/stream.js [N]` (default 100 000 articles). The stream is
 * generated lazily, so the memory figures are the clusterer's, not the test data's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument, normaliseCleanOptions } from '../src/clean/index.js';
import { createClusterer, streamArticleOf, type StreamArticle } from '../src/cluster/index.js';

export interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

const MINUTE = 60_000;
const START = Date.UTC(2024, 0, 1);

function repoRoot(): string {
  let dir = resolve(fileURLToPath(new URL('.', import.meta.url)));
  for (let i = 0; i < 4 && !readdirSync(dir).includes('package.json'); i++) dir = resolve(dir, '..');
  return dir;
}

/** Where the stream's text comes from, under the repository root: files that do not change. */
export const POOL_FILES = {
  example: join('examples', 'kim-putin-2019'),
  frozen: join('bench', 'stream-pool.txt'),
} as const;

/** Paragraphs of at least 80 characters (blank lines apart). */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length >= 80);
}

/** The text pool of the stream: paragraphs of the example story's files, then those of the frozen pool. */
export function streamPool(root: string): string[] {
  const example = join(root, POOL_FILES.example);
  const files = readdirSync(example)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(example, f));
  files.push(join(root, POOL_FILES.frozen));
  return files.flatMap((file) => paragraphsOf(readFileSync(file, 'utf8')));
}

/** A made-up name for a number (letters only): stories get their own names. */
function name(n: number, salt: string): string {
  let s = '';
  let x = n + 1;
  while (x > 0) {
    s += 'bcdfghklmnprstvz'[x % 16]! + 'aeiou'[(x >> 4) % 5]!;
    x = Math.floor(x / 37);
  }
  return salt + s;
}

/** The i-th article of the synthetic stream: story ⌊i / 8⌋, its articles 45 minutes apart, stories 10 minutes apart. */
export function syntheticArticle(i: number, pool: readonly string[]): StreamArticle {
  const story = Math.floor(i / 8);
  const j = i % 8;
  const time = START + story * 10 * MINUTE + j * 45 * MINUTE;
  const [a, b, c, place] = [
    name(story, 'K'),
    name(story * 7 + 3, 'V'),
    name(story * 11 + 5, 'M'),
    name(story, 'W'),
  ];
  const figure = String(1000 + (story % 9000));
  const lead = [
    `${a} und ${b} treffen sich in ${place}.`,
    `${c} sagte, es gehe um ${figure} Millionen und die Zukunft von ${place}.`,
    `Beobachter in ${place} erwarten, dass ${a} mit ${b} eine Einigung über ${figure} Millionen erzielt.`,
  ];
  const body = [0, 1].map((k) => pool[(story * 13 + k * 7 + j) % pool.length]!);
  return {
    id: `a${String(i)}`,
    title: `${a} und ${b}: Gipfel in ${place}`,
    text: [lead.slice(j % 2).join(' '), ...body].join('\n\n'),
    published: new Date(time).toISOString(),
  };
}

/**
 * The first `n` articles of the synthetic stream in order of publication (ties in index order), generated lazily:
 * a story's articles all come within 315 minutes of its start and stories start 10 minutes apart, so once story
 * `s` is generated every pending article before story `s + 1` starts is final. Only about 32 stories are held.
 */
export function* syntheticStream(n: number, pool: readonly string[]): Generator<StreamArticle> {
  const timeOf = (a: StreamArticle): number => Date.parse(a.published ?? '');
  let pending: { article: StreamArticle; time: number; index: number }[] = [];
  for (let i = 0; i < n; i++) {
    const article = syntheticArticle(i, pool);
    pending.push({ article, time: timeOf(article), index: i });
    if (i % 8 !== 7 && i !== n - 1) continue;
    const horizon = i === n - 1 ? Infinity : START + (Math.floor(i / 8) + 1) * 10 * MINUTE;
    pending.sort((a, b) => a.time - b.time || a.index - b.index);
    const cut = pending.findIndex((p) => p.time >= horizon);
    const ready = cut === -1 ? pending : pending.slice(0, cut);
    pending = cut === -1 ? [] : pending.slice(cut);
    for (const p of ready) yield p.article;
  }
}

const MB = 1024 * 1024;

/** Heap in use after a full collection when the process runs with `--expose-gc`; else the heap in use now. */
function heapAfterGcMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage().heapUsed / MB;
}

interface Measured {
  readonly seconds: number;
  readonly peakRss: number;
  readonly heap: number;
  readonly stats: ReturnType<ReturnType<typeof createClusterer>['stats']>;
}

/** Adds the stream to a fresh clusterer: time, peak resident memory (sampled every 1 000 articles), heap at the end. */
function measure(n: number, pool: readonly string[]): Measured {
  const clusterer = createClusterer();
  let peakRss = process.memoryUsage().rss / MB;
  const started = performance.now();
  let i = 0;
  for (const article of syntheticStream(n, pool)) {
    clusterer.add(article);
    if (++i % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss / MB);
  }
  const seconds = (performance.now() - started) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss / MB);
  return { seconds, peakRss, heap: heapAfterGcMb(), stats: clusterer.stats() };
}

export async function streamBench(n = 100_000): Promise<Result[]> {
  const pool = streamPool(repoRoot());
  const { seconds, peakRss, heap, stats } = measure(n, pool);
  const sample = [...syntheticStream(Math.max(1, Math.floor(n / 10)), pool)];
  const clean = normaliseCleanOptions({ crossDocument: false });
  const withClean = createClusterer();
  const t0 = performance.now();
  for (const a of sample) {
    const doc = {
      id: a.id,
      format: 'text' as const,
      text: a.text,
      meta: { title: a.title ?? '', published: a.published ?? '' },
      removed: [],
    };
    withClean.add(streamArticleOf(cleanDocument(doc, clean)));
  }
  const cleanSeconds = (performance.now() - t0) / 1000;
  await Promise.resolve();
  return [
    {
      name: `stream: featurise + assign (${String(n)} articles, ${String(stats.open + stats.closed)} stories)`,
      value: n / seconds,
      unit: 'articles/s',
      target: '≥ 1000',
    },
    {
      name: `stream: clean + featurise + assign (${String(sample.length)} articles)`,
      value: sample.length / cleanSeconds,
      unit: 'articles/s',
      target: '—',
    },
    {
      name: `stream: peak resident memory (${String(n)} articles, stream generated lazily)`,
      value: peakRss,
      unit: 'MB',
      target: '< 1024',
    },
    {
      name: `stream: heap after the stream (${String(stats.open)} open stories, ${String(stats.articles)} articles held${gcNote()})`,
      value: heap,
      unit: 'MB',
      target: '—',
    },
  ];
}

function gcNote(): string {
  return (globalThis as { gc?: unknown }).gc === undefined
    ? '; run with --expose-gc for the heap after GC'
    : ', after GC';
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const n = process.argv[2] !== undefined ? Number(process.argv[2]) : 100_000;
  for (const r of await streamBench(n))
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (target ${r.target})`);
}
