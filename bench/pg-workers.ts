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
 * `cold` (the default) times each worker from its start, as a `lagebild ingest` run from a script; `warm` times
 * long-lived workers: each child first ingests 150 other articles into a store in memory (V8 compiles the code then,
 * 3–4 CPU-s a process), and the clock starts when every worker is warm (bench/ingest-child.ts).
 *
 * Besides the workers' CPU, each run reports the PostgreSQL server's CPU (the postmaster and every backend, from
 * /proc) when the bench started the server or `PGTEST_DIR` names its folder, and each worker's main thread's wall
 * time split three ways (/proc schedstat): running, queued for a CPU (the machine is busy), blocked (waiting for
 * PostgreSQL, a lock, a file). Each run's database is dropped after it.
 *
 *   node dist/bench/pg-workers.js [articles=300] [rounds=2] [session|shared] [cold|warm]
 *   (PGTEST_URL=… [PGTEST_DIR=…] for a running server)
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createDatabase, splitInTwo, writeCorpus } from './ingest.js';

const SCRIPT = new URL('../../scripts/pg-test-server.sh', import.meta.url).pathname;
const CHILD = new URL('./ingest-child.js', import.meta.url).pathname;
/** Articles each warm worker ingests into a store in memory before it is timed. */
const WARM_ARTICLES = 150;

interface Usage {
  readonly code: number;
  readonly cpuSeconds: number;
  readonly mainCpuSeconds: number;
  readonly mainQueueSeconds: number;
  readonly wallSeconds: number;
  readonly summary: string;
}

/** A worker started: `ready` resolves when it may be timed (at once when cold), `go()` starts it, `done` its usage. */
interface Worker {
  readonly ready: Promise<void>;
  go(): void;
  readonly done: Promise<Usage>;
}

/**
 * `lagebild ingest <file> --db <db>` in a child (in a session of its own with `own`); with `warm`, the child first
 * ingests that file into a store in memory and waits for `go()`.
 */
function worker(file: string, db: string, own: boolean, warm: string | undefined): Worker {
  const childArgs = [CHILD, file, db, ...(warm !== undefined ? ['--warm', warm] : [])];
  const [command, args] = own
    ? ['setsid', ['-w', process.execPath, ...childArgs]]
    : [process.execPath, childArgs];
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let warmed: () => void = () => undefined;
  const ready = warm === undefined ? Promise.resolve() : new Promise<void>((resolve) => (warmed = resolve));
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (/^warm$/mu.test(out)) warmed();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<Usage>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      warmed();
      const usage = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Partial<Usage>;
      const summary = err.split('\n').find((l) => / new \(/u.test(l)) ?? err.trim().slice(-300);
      resolve({
        code: usage.code ?? -1,
        cpuSeconds: usage.cpuSeconds ?? NaN,
        mainCpuSeconds: usage.mainCpuSeconds ?? NaN,
        mainQueueSeconds: usage.mainQueueSeconds ?? NaN,
        wallSeconds: usage.wallSeconds ?? NaN,
        summary,
      });
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

/**
 * The CPU seconds the PostgreSQL server of `dir` has used so far: the postmaster's own and its ended children's
 * (fields 14–17 of /proc/PID/stat), plus its live children's (the backends); NaN when it cannot be read.
 */
export function serverSeconds(dir: string): number {
  const stat = (pid: string): string[] => {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  };
  try {
    const postmaster = readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '';
    const own = stat(postmaster);
    let ticks = own.slice(11, 15).reduce((a, b) => a + Number(b), 0);
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/u.test(p))) {
      try {
        const fields = stat(pid);
        if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // a process that ended meanwhile
      }
    }
    return ticks / 100;
  } catch {
    return NaN;
  }
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
  } finally {
    await client.end();
  }
}

/** The main thread's wall time split: on a CPU, waiting for one (the machine), blocked (PostgreSQL, locks). */
function mainThreadTimes(u: Usage): string {
  const blocked = u.wallSeconds - u.mainCpuSeconds - u.mainQueueSeconds;
  return `run ${u.mainCpuSeconds.toFixed(1)} / queued ${u.mainQueueSeconds.toFixed(1)} / blocked ${blocked.toFixed(1)} s`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

interface Run {
  readonly wall: number;
  readonly usages: readonly Usage[];
  /** The PostgreSQL server's CPU seconds during the run (NaN when not known). */
  readonly server: number;
}

async function timed(
  files: readonly string[],
  db: string,
  own: boolean,
  warm: string | undefined,
  pgDir: string,
): Promise<Run> {
  const workers = files.map((file) => worker(file, db, own, warm));
  await Promise.all(workers.map((w) => w.ready));
  const serverBefore = serverSeconds(pgDir);
  const started = performance.now();
  for (const w of workers) w.go();
  const usages = await Promise.all(workers.map((w) => w.done));
  const wall = (performance.now() - started) / 1000;
  const server = serverSeconds(pgDir) - serverBefore;
  // exit 1 is documented for inputs that failed (the Multi-News set has documents cleaning leaves empty)
  for (const usage of usages)
    if (usage.code !== 0 && usage.code !== 1) throw new Error(`ingest: ${usage.summary}`);
  return { wall, usages, server };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 300);
  const rounds = Number(process.argv[3] ?? 2);
  const own = (process.argv[4] ?? 'session') !== 'shared';
  const warmUp = (process.argv[5] ?? 'cold') === 'warm';
  const run = promisify(execFile);
  let url = process.env.PGTEST_URL ?? '';
  let dir = '';
  let pgDir = process.env.PGTEST_DIR ?? '';
  if (url === '') {
    const out = (await run('bash', [SCRIPT, 'start'], { timeout: 600_000 })).stdout;
    url = /^PGTEST_URL=(.*)$/mu.exec(out)?.[1] ?? '';
    dir = /^PGTEST_DIR=(.*)$/mu.exec(out)?.[1] ?? '';
    pgDir = dir;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-pg-workers-'));
  try {
    const all = join(tmp, 'all.jsonl');
    const label = writeCorpus(all, 0, n);
    const halves = splitInTwo(readFileSync(all, 'utf8'), tmp);
    // other articles than the measured ones, into each worker's own store in memory
    const warm = warmUp ? join(tmp, 'warm.jsonl') : undefined;
    if (warm !== undefined) writeCorpus(warm, n, n + WARM_ARTICLES);
    const walls: Record<1 | 2, number[]> = { 1: [], 2: [] };
    // CPU seconds of all the run's workers together, and the load averages the runs began at
    const cpus: Record<1 | 2, number[]> = { 1: [], 2: [] };
    const loads: number[] = [];
    const servers: Record<1 | 2, number[]> = { 1: [], 2: [] };
    let k = 0;
    for (let r = 0; r < rounds; r++) {
      const order: (1 | 2)[] = r % 2 === 0 ? [1, 2] : [2, 1];
      for (const workers of order) {
        const load = loadavg()[0] ?? NaN;
        const name = `bench_w${String(process.pid)}_${String(k++)}`;
        const db = await createDatabase(url, name);
        const { wall, usages, server } = await timed(workers === 1 ? [all] : halves, db, own, warm, pgDir);
        // a running server (PGTEST_URL) would otherwise keep every run's database (about 50 MB at 1 000 articles)
        await dropDatabase(url, name);
        walls[workers].push(wall);
        cpus[workers].push(usages.reduce((a, u) => a + u.cpuSeconds, 0));
        servers[workers].push(server);
        loads.push(load);
        process.stderr.write(
          `  round ${String(r + 1)}, ${String(workers)} worker(s): ${wall.toFixed(1)} s wall, ` +
            `${(n / wall).toFixed(2)} articles/s, CPU ${usages.map((u) => u.cpuSeconds.toFixed(1)).join(' + ')} s, ` +
            `server ${server.toFixed(1)} s, load ${load.toFixed(2)}; main thread${workers === 1 ? '' : 's'} ` +
            `${usages.map(mainThreadTimes).join(', ')}\n`,
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
        `ratio ${(one / two).toFixed(2)}, CPU ratio ${(median(cpus[2]) / median(cpus[1])).toFixed(2)}, ` +
        `server CPU ${median(servers[1]).toFixed(1)} / ${median(servers[2]).toFixed(1)} s ` +
        `(medians of ${String(rounds)}, ${warmUp ? 'warm' : 'cold'} workers, ` +
        `${own ? 'a session per worker' : 'one session'}, ` +
        `load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)})\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    if (dir !== '') await run('bash', [SCRIPT, 'stop', dir]).catch(() => undefined);
  }
}

await main();
