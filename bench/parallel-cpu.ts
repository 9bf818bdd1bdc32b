/**
 * What a CPU-second buys when processes run side by side on this machine: the same fixed work (cleaning and
 * analysing the first `articles` Multi-News documents with `prepareDocument`, the ingest's own step, after two warm-up
 * passes) timed by CPU in one process alone, then in two processes at once, in alternating order (ABBA), each in a
 * session of its own as bench/pg-workers.ts runs its workers. Per run: the CPU seconds each process spent on the
 * timed passes. When two at once spend more CPU on the same work than one alone, the difference is the machine
 * (caches, memory bandwidth, the hypervisor's cores), not the program, and it bounds what a second worker can add.
 *
 *   node dist/bench/parallel-cpu.js [articles=300] [passes=3] [rounds=2]
 *   node dist/bench/parallel-cpu.js --child <file.jsonl> <passes>   (one process's work; prints its CPU seconds)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/types.js';
import { prepareDocument } from '../src/flows/prepare.js';
import { ingest } from '../src/ingest/files.js';
import { writeCorpus } from './ingest.js';

const SELF = new URL(import.meta.url).pathname;
const WARM_PASSES = 2;

async function child(file: string, passes: number): Promise<void> {
  const documents: readonly SourceDocument[] = (await ingest([file])).documents;
  const pass = (): number => documents.filter((d) => prepareDocument(d).ok).length;
  for (let i = 0; i < WARM_PASSES; i++) pass();
  const before = process.cpuUsage();
  let kept = 0;
  for (let i = 0; i < passes; i++) kept += pass();
  const cpu = process.cpuUsage(before);
  process.stdout.write(`${JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, kept })}\n`);
}

function run(file: string, passes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn('setsid', ['-w', process.execPath, SELF, '--child', file, String(passes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    proc.on('error', reject);
    proc.on('close', () => {
      const parsed = JSON.parse(out.trim() || '{}') as { cpuSeconds?: number };
      resolve(parsed.cpuSeconds ?? NaN);
    });
  });
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 300);
  const passes = Number(process.argv[3] ?? 3);
  const rounds = Number(process.argv[4] ?? 2);
  const tmp = mkdtempSync(join(tmpdir(), 'lagebild-parallel-cpu-'));
  try {
    const file = join(tmp, 'docs.jsonl');
    const label = writeCorpus(file, 0, n);
    const alone: number[] = [];
    const together: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const k of r % 2 === 0 ? [1, 2] : [2, 1]) {
        const load = loadavg()[0] ?? NaN;
        const cpus = await Promise.all(Array.from({ length: k }, () => run(file, passes)));
        (k === 1 ? alone : together).push(...cpus);
        process.stderr.write(
          `  round ${String(r + 1)}, ${String(k)} process(es): ${cpus.map((c) => c.toFixed(2)).join(' + ')} CPU-s, ` +
            `load ${load.toFixed(2)}\n`,
        );
      }
    }
    const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    process.stdout.write(
      `${String(passes)} passes over ${String(n)} ${label}: alone ${mean(alone).toFixed(2)} CPU-s a process, ` +
        `two at once ${mean(together).toFixed(2)} CPU-s a process: ×${(mean(together) / mean(alone)).toFixed(2)} ` +
        `(means of ${String(alone.length)} and ${String(together.length)} processes)\n`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', Number(process.argv[4] ?? 3));
else await main();
