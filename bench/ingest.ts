/**
 * Ingest at scale: `lagebild ingest` of one JSONL file of 1 000, 10 000 and 100 000 articles into SQLite, each in a
 * child process that reports its own CPU time and peak resident memory (`process.resourceUsage()`: user + system
 * CPU, `maxRSS`), start-up included; and one vs two workers at once into PostgreSQL (articles per wall second).
 * The articles are the Multi-News documents (`/work/shared/data`), repeated as later "editions" (a new id, a date
 * two weeks on, an "Edition n." first line) to reach the size; without the data, texts built from the example.
 * `LAGEBILD_BENCH_100K=0` skips the 100 000 row (it takes many CPU-minutes).
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildCorpus } from './corpus.js';

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

const MULTINEWS = '/work/shared/data/multinews/clusters.jsonl';
const CHILD = new URL('./ingest-child.js', import.meta.url).pathname;
const SCRIPT = new URL('../../scripts/pg-test-server.sh', import.meta.url).pathname;
const DAY = 86_400_000;

function baseTexts(): { label: string; texts: { id: string; text: string }[] } {
  if (!existsSync(MULTINEWS)) {
    const texts = buildCorpus(300).map((text, i) => ({ id: `a${String(i)}`, text }));
    return { label: 'example-built articles', texts };
  }
  const texts = readFileSync(MULTINEWS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      const c = JSON.parse(l) as { id: string; documents: string[] };
      return c.documents.map((text, i) => ({ id: `${c.id}-${String(i)}`, text }));
    });
  return { label: 'Multi-News documents', texts };
}

/** Writes `from` … `to - 1` of the repeated corpus as JSONL (edition r = article i / corpus size, dated r × 14 days on). */
export function writeCorpus(path: string, from: number, to: number): string {
  const { label, texts } = baseTexts();
  const fd = openSync(path, 'w');
  try {
    let chunk = '';
    for (let i = from; i < to; i++) {
      const base = texts[i % texts.length] ?? { id: 'x', text: '' };
      const r = Math.floor(i / texts.length);
      const published = new Date(Date.UTC(2015, 0, 1) + r * 14 * DAY).toISOString().slice(0, 10);
      const text = r > 0 ? `Edition ${String(r)}. ${base.text}` : base.text;
      chunk += `${JSON.stringify({ id: `${base.id}-r${String(r)}`, published, text })}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return label;
}

interface ChildUsage {
  readonly code: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly summary: string;
}

/** Runs `lagebild ingest <file> --db <db>` in a child process; its CPU seconds and peak RSS as it measured them. */
export async function ingestChild(file: string, db: string): Promise<ChildUsage> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [CHILD, file, db], {
    maxBuffer: 64 << 20,
  }).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: error.stdout ?? '',
    stderr: error.stderr ?? '',
  }));
  const usage = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Partial<ChildUsage>;
  const summary = stderr.split('\n').find((l) => / new \(/u.test(l)) ?? stderr.trim().slice(-300);
  return {
    code: usage.code ?? -1,
    cpuSeconds: usage.cpuSeconds ?? NaN,
    maxRssMb: usage.maxRssMb ?? NaN,
    summary,
  };
}

function sizes(): number[] {
  return process.env.LAGEBILD_BENCH_100K === '0' ? [1_000, 10_000] : [1_000, 10_000, 100_000];
}

async function sqliteRows(tmp: string): Promise<Result[]> {
  const rows: Result[] = [];
  for (const n of sizes()) {
    const file = join(tmp, `articles-${String(n)}.jsonl`);
    const label = writeCorpus(file, 0, n);
    const usage = await ingestChild(file, join(tmp, `ingest-${String(n)}.db`));
    rmSync(file, { force: true });
    process.stderr.write(
      `  ${String(n)} ${label}: ${usage.summary.trim()} — ${usage.cpuSeconds.toFixed(1)} CPU-s, ` +
        `${usage.maxRssMb.toFixed(0)} MB peak\n`,
    );
    const what = `ingest ${n.toLocaleString('en')} ${label} into SQLite (child process, start-up included)`;
    rows.push({ name: what, value: n / usage.cpuSeconds, unit: 'articles/CPU-s', target: '≥ 300' });
    rows.push({ name: `${what}: peak RSS`, value: usage.maxRssMb, unit: 'MB', target: '< 1024' });
  }
  return rows;
}

/** Runs `lagebild ingest` of each file at once into `db` (each in a session of its own); wall seconds until the last ends. */
async function concurrent(files: readonly string[], db: string): Promise<number> {
  const started = performance.now();
  await Promise.all(
    files.map(
      (file) =>
        new Promise<void>((resolve, reject) => {
          const bin = new URL('../src/cli/bin.js', import.meta.url).pathname;
          // each worker in a session of its own, as on a host of its own (bench/pg-workers.ts says why)
          const args = [process.execPath, bin, 'ingest', file, '--db', db];
          const own = existsSync('/usr/bin/setsid');
          const child = own
            ? spawn('/usr/bin/setsid', ['-w', ...args], { stdio: 'ignore' })
            : spawn(process.execPath, args.slice(1), { stdio: 'ignore' });
          child.on('error', reject);
          child.on('close', () => resolve());
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

export async function createDatabase(url: string, name: string): Promise<string> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return url.replace(/\/[^/]*$/u, `/${name}`);
}

/**
 * The JSONL in two files in `dir` for two workers: every other block of 64 articles to each, so both work on every
 * story at the same time.
 */
export function splitInTwo(jsonl: string, dir: string): [string, string] {
  const lines = jsonl.split('\n').filter((l) => l !== '');
  const halves: [string, string] = [join(dir, 'pg-a.jsonl'), join(dir, 'pg-b.jsonl')];
  halves.forEach((path, k) => {
    const mine = lines.filter((_, i) => Math.floor(i / 64) % 2 === k);
    const fd = openSync(path, 'w');
    writeSync(fd, `${mine.join('\n')}\n`);
    closeSync(fd);
  });
  return halves;
}

/** One worker, then two at once (each half of the articles), into PostgreSQL: articles per wall second. */
export async function postgresRows(tmp: string, n: number): Promise<Result[]> {
  const run = promisify(execFile);
  const name = (k: number): string => `ingest ${String(n)} articles into PostgreSQL, ${String(k)} worker(s)`;
  let out: string;
  try {
    out = (await run('bash', [SCRIPT, 'start'], { timeout: 600_000 })).stdout;
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr ?? String(error)).trim();
    return [1, 2].map((k) => ({
      name: `${name(k)}: skipped, ${reason}`,
      value: NaN,
      unit: 'articles/s',
      target: '2 ≥ 1.7 × 1',
    }));
  }
  const url = /^PGTEST_URL=(.*)$/mu.exec(out)?.[1] ?? '';
  const dir = /^PGTEST_DIR=(.*)$/mu.exec(out)?.[1] ?? '';
  try {
    const all = join(tmp, 'pg-all.jsonl');
    writeCorpus(all, 0, n);
    const halves = splitInTwo(readFileSync(all, 'utf8'), tmp);
    const one = await concurrent([all], await createDatabase(url, `bench_one_${String(process.pid)}`));
    const two = await concurrent(halves, await createDatabase(url, `bench_two_${String(process.pid)}`));
    process.stderr.write(
      `  PostgreSQL ${String(n)} articles: 1 worker ${one.toFixed(1)} s, 2 workers ${two.toFixed(1)} s\n`,
    );
    return [
      { name: name(1), value: n / one, unit: 'articles/s', target: '' },
      { name: name(2), value: n / two, unit: 'articles/s', target: '≥ 1.7 × 1 worker' },
    ];
  } finally {
    await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
  }
}

/** The ingest rows of `npm run bench`. */
export async function ingestBench(): Promise<Result[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-bench-ingest-'));
  try {
    return [...(await sqliteRows(tmp)), ...(await postgresRows(tmp, 1_000))];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
