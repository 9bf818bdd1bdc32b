/**
 * One vs two ingest workers into PostgreSQL, measured in pairs: `rounds` rounds, each running one worker on all the
 * articles and two workers at once on halves of them (every other block of 64), in alternating order (ABBA), each
 * into a fresh database. Per run: wall seconds, articles per wall second, each child's CPU seconds, the 1-minute
 * load average before it. The ratio of the medians is the figure issue 17 item 5 asks for (≥ 1.7); beside it the
 * median CPU milliseconds per article of all workers together, and their ratio (2 workers ÷ 1).
 *
 * Each worker runs in a session of its own (`setsid`), as workers on their own hosts or containers would: Linux's
 * autogroup scheduling shares the CPU between sessions, not processes, so on a busy shared machine two workers in
 * one session get no more CPU than one (`shared` runs them in this process's session, to see that).
 *
 *   node dist/bench/pg-workers.js [articles=300] [rounds=2] [session|shared]   (PGTEST_URL=… for a running server)
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, splitInTwo, writeCorpus } from './ingest.js';

const SCRIPT = new URL('../../scripts/pg-test-server.sh', import.meta.url).pathname;
const CHILD = new URL('./ingest-child.js', import.meta.url).pathname;

interface Usage {
  readonly code: number;
  readonly cpuSeconds: number;
  readonly summary: string;
}

/** `lagebild ingest <file> --db <db>` in a child (in a session of its own with `own`); its exit code and CPU. */
function ingest(file: string, db: string, own: boolean): Promise<Usage> {
  const [command, args] = own
    ? ['setsid', ['-w', process.execPath, CHILD, file, db]]
    : [process.execPath, [CHILD, file, db]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', () => {
      const usage = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Partial<Usage>;
      const summary = err.split('\n').find((l) => / new \(/u.test(l)) ?? err.trim().slice(-300);
      resolve({ code: usage.code ?? -1, cpuSeconds: usage.cpuSeconds ?? NaN, summary });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

async function timed(
  files: readonly string[],
  db: string,
  own: boolean,
): Promise<{ wall: number; cpu: number[] }> {
  const started = performance.now();
  const usages = await Promise.all(files.map((file) => ingest(file, db, own)));
  const wall = (performance.now() - started) / 1000;
  // exit 1 is documented for inputs that failed (the Multi-News set has documents cleaning leaves empty)
  for (const usage of usages)
    if (usage.code !== 0 && usage.code !== 1) throw new Error(`ingest: ${usage.summary}`);
  return { wall, cpu: usages.map((u) => u.cpuSeconds) };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 300);
  const rounds = Number(process.argv[3] ?? 2);
  const own = (process.argv[4] ?? 'session') !== 'shared';
  const run = promisify(execFile);
  let url = process.env.PGTEST_URL ?? '';
  let dir = '';
  if (url === '') {
    const out = (await run('bash', [SCRIPT, 'start'], { timeout: 600_000 })).stdout;
    url = /^PGTEST_URL=(.*)$/mu.exec(out)?.[1] ?? '';
    dir = /^PGTEST_DIR=(.*)$/mu.exec(out)?.[1] ?? '';
  }
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-pg-workers-'));
  try {
    const all = join(tmp, 'all.jsonl');
    const label = writeCorpus(all, 0, n);
    const halves = splitInTwo(readFileSync(all, 'utf8'), tmp);
    const walls: Record<1 | 2, number[]> = { 1: [], 2: [] };
    // CPU seconds of all the run's workers together, and the load averages the runs began at
    const cpus: Record<1 | 2, number[]> = { 1: [], 2: [] };
    const loads: number[] = [];
    let k = 0;
    for (let r = 0; r < rounds; r++) {
      const order: (1 | 2)[] = r % 2 === 0 ? [1, 2] : [2, 1];
      for (const workers of order) {
        const load = loadavg()[0] ?? NaN;
        const db = await createDatabase(url, `bench_w${String(process.pid)}_${String(k++)}`);
        const { wall, cpu } = await timed(workers === 1 ? [all] : halves, db, own);
        walls[workers].push(wall);
        cpus[workers].push(cpu.reduce((a, b) => a + b, 0));
        loads.push(load);
        process.stderr.write(
          `  round ${String(r + 1)}, ${String(workers)} worker(s): ${wall.toFixed(1)} s wall, ` +
            `${(n / wall).toFixed(2)} articles/s, CPU ${cpu.map((c) => c.toFixed(1)).join(' + ')} s, ` +
            `load ${load.toFixed(2)}\n`,
        );
      }
    }
    const one = median(walls[1]);
    const two = median(walls[2]);
    // CPU milliseconds per article, all workers together: what two workers spend beyond one is the first limit
    // of the ratio on a busy machine (each worker gets a share of a core, not a core)
    const perArticle = (workers: 1 | 2): string =>
      `${((median(cpus[workers]) / n) * 1000).toFixed(1)} CPU-ms/article`;
    process.stdout.write(
      `${String(n)} ${label}: 1 worker ${one.toFixed(1)} s (${(n / one).toFixed(2)} articles/s, ${perArticle(1)}), ` +
        `2 workers ${two.toFixed(1)} s (${(n / two).toFixed(2)} articles/s, ${perArticle(2)}), ` +
        `ratio ${(one / two).toFixed(2)}, CPU ratio ${(median(cpus[2]) / median(cpus[1])).toFixed(2)} ` +
        `(medians of ${String(rounds)}, ${own ? 'a session per worker' : 'one session'}, ` +
        `load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (dir !== '') await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
  }
}

await main();
