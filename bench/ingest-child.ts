/**
 * One `lagebild ingest <file> --db <db> --create` in this process (the bench runs it as a child), then one JSON
 * line on stdout: the exit code, CPU seconds (user + system, with those of the reader processes it started), of them the main thread's (Linux; the rest is V8's
 * compiler and garbage-collector threads), the main thread's seconds waiting in the run queue for a CPU, the wall
 * seconds (the main thread was blocked for what is left of them after its CPU and run-queue seconds), and peak
 * resident memory, as the process measured them.
 *
 * With `--warm <warm.jsonl>` the child is a long-lived worker caught mid-life: it first ingests `warm.jsonl` into a
 * store in memory (so V8 has compiled the cleaning, analysis, clustering and brief code, as in any worker that has
 * run for a while), writes `warm` on stdout, waits for a line on stdin, and only then ingests `<file>` into `<db>`;
 * the CPU reported is that of the second ingest alone.
 *
 *   node dist/bench/ingest-child.js <file.jsonl> <db> [--warm <warm.jsonl>]
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { execute } from '../src/cli/main.js';
import { childrenCpuSeconds } from './children-cpu.js';

const [file, db, flag, warm] = process.argv.slice(2);
if (
  file === undefined ||
  db === undefined ||
  (flag !== undefined && (flag !== '--warm' || warm === undefined))
)
  throw new Error('usage: ingest-child <file.jsonl> <db> [--warm <warm.jsonl>]');

/**
 * The main thread's seconds on a CPU and waiting in the run queue for one (/proc/self/task/<pid>/schedstat, in ns);
 * NaN where there is no /proc. The rest of its wall time it was blocked (on PostgreSQL, a lock, a file).
 */
function mainThread(): { run: number; queue: number } {
  try {
    const [run, queue] = readFileSync(`/proc/self/task/${String(process.pid)}/schedstat`, 'utf8')
      .trim()
      .split(' ')
      .map((v) => Number(v) / 1e9);
    return { run: run ?? NaN, queue: queue ?? NaN };
  } catch {
    return { run: NaN, queue: NaN };
  }
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => Promise.resolve(new Uint8Array()),
  stdinIsTTY: true,
};

let cpuBefore = { user: 0, system: 0 };
let childrenBefore = 0;
let mainBefore = { run: 0, queue: 0 };
let wallBefore = performance.now();
if (warm !== undefined) {
  const warmed = await execute(['ingest', warm, '--db', ':memory:'], {
    ...io,
    stderr: { write: () => undefined },
  });
  if (warmed !== 0 && warmed !== 1) throw new Error(`warm-up ingest exited ${String(warmed)}`);
  process.stdout.write('warm\n');
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.close();
  cpuBefore = process.cpuUsage();
  childrenBefore = childrenCpuSeconds();
  mainBefore = mainThread();
  wallBefore = performance.now();
}
const code = await execute(['ingest', file, '--db', db, '--create'], io);
const cpu = process.cpuUsage(cpuBefore);
const main = mainThread();
process.stdout.write(
  `${JSON.stringify({
    code,
    cpuSeconds: (cpu.user + cpu.system) / 1e6 + childrenCpuSeconds() - childrenBefore,
    mainCpuSeconds: main.run - mainBefore.run,
    mainQueueSeconds: main.queue - mainBefore.queue,
    wallSeconds: (performance.now() - wallBefore) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
