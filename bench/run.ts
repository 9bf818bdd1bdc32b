import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseArticle, normaliseAnalyseOptions } from '../src/analyse/index.js';
import { cleanDocuments, normaliseCleanOptions } from '../src/clean/index.js';
import { ingest } from '../src/ingest/index.js';
import { briefFromDocuments } from '../src/brief/index.js';
import { briefScaleBench } from './brief-scale.js';
import { buildCorpus, EXAMPLE } from './corpus.js';
import { hostileBench } from './hostile.js';
import { httpBench } from './http.js';
import { ingestBench } from './ingest.js';
import { listBench } from './list.js';
import { startupBench } from './startup.js';
import { storeBench } from './store.js';
import { streamBench } from './stream.js';

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Ingest (from files) + clean + segment/tokenise, one thread, articles per second (`rounds` passes over `dir`). */
async function throughput(label: string, dir: string, rounds = 1): Promise<Result> {
  const cleanOptions = normaliseCleanOptions();
  const analyseOptions = normaliseAnalyseOptions({});
  let sentences = 0;
  let count = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    const { documents, errors } = await ingest([dir], {});
    if (errors.length > 0) throw new Error(`bench corpus had errors: ${errors[0]?.reason}`);
    count += documents.length;
    for (const article of cleanDocuments(documents, cleanOptions)) {
      sentences += analyseArticle(article, analyseOptions).sentences.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`  ${label}: ${count} articles, ${sentences} sentences in ${seconds.toFixed(2)} s\n`);
  return {
    name: `ingest + clean + segment (${label})`,
    value: count / seconds,
    unit: 'articles/s',
    target: '≥ 500',
  };
}

async function briefTime(): Promise<Result[]> {
  const { documents } = await ingest([EXAMPLE], {});
  for (let i = 0; i < 5; i++) briefFromDocuments(documents);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    briefFromDocuments(documents);
    times.push(performance.now() - t);
  }
  return [
    {
      name: 'one 5-article brief, warm (median of 30)',
      value: percentile(times, 50),
      unit: 'ms',
      target: '< 100',
    },
    {
      name: 'one 5-article brief, warm (p95 of 30)',
      value: percentile(times, 95),
      unit: 'ms',
      target: '< 100',
    },
  ];
}

/** One brief as the story grows (bench/brief-scale.ts): CPU time and peak memory per size, the update at 200. */
function briefScale(): Result[] {
  const { sizes, update } = briefScaleBench();
  const at20 = sizes.find((f) => f.articles === 20)?.cpu ?? NaN;
  return [
    ...sizes.flatMap((f): Result[] => [
      {
        name: `one brief of ${f.articles} articles (CPU)`,
        value: f.cpu * 1000,
        unit: 'ms',
        target: f.articles === 200 ? `≤ 20× the 20-article brief (${(20 * at20).toFixed(1)} s)` : '-',
      },
      {
        name: `one brief of ${f.articles} articles (peak RSS of the process)`,
        value: f.rssMb,
        unit: 'MB',
        target: f.articles === 200 ? '< 400' : '-',
      },
    ]),
    {
      name: `one added article, story of ${update.articles}, state from a full brief (updateBrief, CPU; median of three)`,
      value: (update.update ?? NaN) * 1000,
      unit: 'ms',
      target: `< a tenth of a full brief (median of three: ${((update.full ?? NaN) * 100).toFixed(0)} ms)`,
    },
    {
      name: `one added article, story of ${update.articles}, state from updates (updateBrief, CPU; mean of twenty)`,
      value: (update.nextUpdate ?? NaN) * 1000,
      unit: 'ms',
      target: `< a tenth of a full brief (median of three: ${((update.full ?? NaN) * 100).toFixed(0)} ms)`,
    },
  ];
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
  const results: Result[] = [];
  try {
    process.stderr.write('  start-up (lagebild --help, a 5-article brief) …\n');
    results.push(...startupBench());
    await throughput('warm-up', EXAMPLE, 20);
    results.push(await throughput('example story, 200 passes', EXAMPLE, 200));
    const size = 2000;
    const dir = join(tmp, `corpus-${size}`);
    mkdirSync(dir);
    buildCorpus(size).forEach((t, i) => writeFileSync(join(dir, `a${String(i).padStart(5, '0')}.txt`), t));
    results.push(await throughput(`corpus of ${size} built from the example`, dir));
    results.push(...(await briefTime()));
    process.stderr.write(
      '  one brief at 5 … 500 articles, each in its own process; one added article at 200 …\n',
    );
    results.push(...briefScale());
    process.stderr.write('  stream clustering (100 000 articles) …\n');
    results.push(...(await streamBench(100_000)));
    process.stderr.write('  store ingest (SQLite, PostgreSQL) …\n');
    results.push(...(await storeBench()));
    process.stderr.write(
      '  ingest at 1 000, 10 000, 100 000 articles (SQLite); 1 and 2 workers (PostgreSQL) …\n',
    );
    results.push(...(await ingestBench()));
    process.stderr.write('  HTTP (GET /api/stories/:id, 50 clients) …\n');
    results.push(...(await httpBench()));
    process.stderr.write('  HTTP (GET /api/stories and ?q= at 10 000 stories, 20 clients) …\n');
    results.push(...(await listBench()));
    process.stderr.write('  hostile corpus, every input through every command …\n');
    results.push(...hostileBench());
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const width = Math.max(...results.map((r) => r.name.length));
  process.stdout.write(`\n${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  unit         target\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(10)}  ${r.unit.padEnd(11)}  ${r.target}\n`,
    );
  }
  const outDir = new URL('../../bench/out/', import.meta.url).pathname;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'latest.json'),
    `${JSON.stringify({ node: process.version, results }, null, 2)}\n`,
  );
}

await main();
