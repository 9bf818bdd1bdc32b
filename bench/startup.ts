/**
 * Start-up cost of the CLI (issue 12): CPU time (user + system) and peak memory (max RSS) of `lagebild --help` and
 * of a 5-article `brief` (the example story; with the language detected, and with `--lang de`), each as its own
 * process, median of a few runs. Part of `npm run bench`; alone: `npm run bench:startup` (or
 * `node dist/bench/startup.js` after a build). The figures come from the child itself (`process.resourceUsage()` at
 * exit, through a preloaded module), so no outside tool is needed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHILDREN_CPU_SOURCE } from './children-cpu.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const EXAMPLE = join(ROOT, 'examples/kim-putin-2019');

/** Written at the child's exit: its CPU time in seconds and its peak RSS in MB. */
export const PRELOAD = `
${CHILDREN_CPU_SOURCE}
process.on('exit', () => {
  const u = process.resourceUsage();
  const children = childrenCpuSeconds();
  require('node:fs').writeFileSync(process.env.LAGEBILD_USAGE_FILE, JSON.stringify({
    cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 + children, user: u.userCPUTime / 1e6, system: u.systemCPUTime / 1e6,
    children, rssMb: u.maxRSS / 1024,
  }));
});
`;

export interface Usage {
  /** User + system CPU seconds of the command and of its reader processes (`children`). */
  readonly cpu: number;
  readonly user: number;
  readonly system: number;
  /** CPU seconds of the reader processes the command started (bench/children-cpu.ts). */
  readonly children: number;
  /** Peak resident memory of the command's own process (a reader process's heap is bounded by its budget). */
  readonly rssMb: number;
}

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

/** Runs `lagebild <args>` once and returns what it used; throws when it does not exit 0. */
export function measureCli(args: readonly string[], dir: string): Usage {
  const preload = join(dir, 'usage.cjs');
  const out = join(dir, 'usage.json');
  writeFileSync(preload, PRELOAD);
  rmSync(out, { force: true });
  const child = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    env: { ...process.env, LAGEBILD_USAGE_FILE: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (child.status !== 0)
    throw new Error(`lagebild ${args.join(' ')} exited ${String(child.status)}: ${child.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Usage;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const CASES: readonly { name: string; args: readonly string[]; cpu: string; rss: string }[] = [
  { name: 'lagebild --help', args: ['--help'], cpu: '—', rss: '—' },
  {
    name: 'brief of 5 articles (language detected)',
    args: ['brief', '--format', 'json', EXAMPLE],
    cpu: '< 0.8',
    rss: '< 150',
  },
  {
    name: 'brief of 5 articles (--lang de)',
    args: ['brief', '--format', 'json', '--lang', 'de', EXAMPLE],
    cpu: '< 0.8',
    rss: '< 150',
  },
];

/** Each case `runs` times (after one warm-up run for the file cache): median CPU seconds and median peak MB. */
export function startupBench(runs = 5): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-startup-'));
  try {
    const results: Result[] = [];
    for (const c of CASES) {
      measureCli(c.args, dir);
      const usages = Array.from({ length: runs }, () => measureCli(c.args, dir));
      process.stderr.write(
        `  ${c.name}: ${usages.map((u) => `${u.user.toFixed(2)} u + ${u.system.toFixed(2)} s, ${u.rssMb.toFixed(0)} MB`).join('; ')}\n`,
      );
      results.push(
        {
          name: `start-up: ${c.name}, CPU (median of ${String(runs)})`,
          value: median(usages.map((u) => u.cpu)),
          unit: 'CPU-s',
          target: c.cpu,
        },
        {
          name: `start-up: ${c.name}, peak RSS (median of ${String(runs)})`,
          value: median(usages.map((u) => u.rssMb)),
          unit: 'MB',
          target: c.rss,
        },
      );
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const results = startupBench();
  const width = Math.max(...results.map((r) => r.name.length));
  process.stdout.write(`\n${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  unit    target\n`);
  for (const r of results) {
    process.stdout.write(
      `${r.name.padEnd(width)}  ${r.value.toFixed(2).padStart(10)}  ${r.unit.padEnd(6)}  ${r.target}\n`,
    );
  }
}
