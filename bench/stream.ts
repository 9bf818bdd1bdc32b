/**
 * Stream benchmark (issue 5): a synthetic stream of articles built from text the project ships (the example story
 * and the docs), rotated through time so that there are many stories: story s starts every 10 minutes, lives
 * about two days, and every article is four paragraphs of the shipped text plus story-specific names and figures.
 * Measures the clusterer alone (featurise + assign, one thread) over the whole stream, cleaning + clustering on
 * the first tenth, and the peak resident memory of the process.
 *
 * Run alone: `npm run build && node dist/bench/stream.js [N]` (default 100 000 articles).
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

/** Paragraphs (≥ 80 characters) of the example story and the docs. */
function paragraphs(root: string): string[] {
  const dirs = [join(root, 'examples', 'kim-putin-2019'), join(root, 'docs')];
  const out: string[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(txt|md)$/u.test(file)) continue;
      for (const p of readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/u))
        if (p.trim().length >= 80) out.push(p.trim());
    }
  }
  return out;
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

function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

export async function streamBench(n = 100_000): Promise<Result[]> {
  const pool = paragraphs(repoRoot());
  const articles = Array.from({ length: n }, (_, i) => syntheticArticle(i, pool)).sort((a, b) =>
    (a.published ?? '').localeCompare(b.published ?? ''),
  );
  let peak = rssMb();
  const clusterer = createClusterer();
  const started = performance.now();
  articles.forEach((a, i) => {
    clusterer.add(a);
    if (i % 1000 === 0) peak = Math.max(peak, rssMb());
  });
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, rssMb());
  const stats = clusterer.stats();
  const sample = articles.slice(0, Math.max(1, Math.floor(n / 10)));
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
      name: `stream: peak resident memory (${String(n)} articles, generated stream included)`,
      value: peak,
      unit: 'MB',
      target: '< 1024',
    },
  ];
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const n = process.argv[2] !== undefined ? Number(process.argv[2]) : 100_000;
  for (const r of await streamBench(n))
    console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit} (target ${r.target})`);
}
