/**
 * One `lagebild ingest <file> --db <db> --create` in this process (the bench runs it as a child), then one JSON
 * line on stdout: the exit code, CPU seconds (user + system), of them the main thread's (Linux; the rest is V8's
 * compiler and garbage-collector threads), and peak resident memory, as the process measured them.
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

const [file, db, flag, warm] = process.argv.slice(2);
if (
  file === undefined ||
  db === undefined ||
  (flag !== undefined && (flag !== '--warm' || warm === undefined))
)
  throw new Error('usage: ingest-child <file.jsonl> <db> [--warm <warm.jsonl>]');

/** The main thread's CPU seconds (utime + stime of /proc/self/task/<pid>/stat), NaN where there is no /proc. */
function mainThreadSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${String(process.pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14 and 15 of stat(5), counted from the state field (3) here; clock ticks of 1/100 s on Linux
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => Promise.resolve(new Uint8Array()),
  stdinIsTTY: true,
};

let cpuBefore = { user: 0, system: 0 };
let mainBefore = 0;
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
  mainBefore = mainThreadSeconds();
}
const code = await execute(['ingest', file, '--db', db, '--create'], io);
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({
    code,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mainCpuSeconds: mainThreadSeconds() - mainBefore,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
