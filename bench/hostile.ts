/**
 * The hostile corpus (test/hostile/corpus.ts, issue 17) through every command, each input as its own process:
 * CPU seconds (user + system, from the child's `process.resourceUsage()` at exit, with its reader processes') of every run, and per command
 * the slowest input. A run killed by the safety limit or by a signal is a failure of the bench.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOOD_ARTICLE, hostileCorpus } from '../test/hostile/corpus.js';
import { PRELOAD, type Usage } from './startup.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/bin.js');
/** Ends a hang (wall time: generous, the machine may be shared); a run that reaches it fails the bench. */
const SAFETY_MS = 600_000;

interface Result {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: string;
}

const COMMANDS = ['brief', 'clean', 'cluster', 'ingest'] as const;

function runOnce(
  command: (typeof COMMANDS)[number],
  file: string,
  dir: string,
): Usage & { code: number | null } {
  const preload = join(dir, 'usage.cjs');
  const out = join(dir, 'usage.json');
  writeFileSync(preload, PRELOAD);
  rmSync(out, { force: true });
  const db = join(dir, 'hostile.db');
  rmSync(db, { force: true });
  const args = command === 'ingest' ? ['ingest', '--create', '--db', db, file] : [command, file];
  const child = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    env: { ...process.env, LAGEBILD_USAGE_FILE: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: SAFETY_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.signal !== null || child.status === null || child.status > 2)
    throw new Error(
      `lagebild ${args.join(' ')}: ${child.signal ?? String(child.status)} ${child.stderr.slice(-500)}`,
    );
  return { ...(JSON.parse(readFileSync(out, 'utf8')) as Usage), code: child.status };
}

/** Every class at `scale` of its campaign size (0.1: a tenth), every command; the slowest input per command. */
export function hostileBench(scale = 0.1): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-hostile-'));
  try {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const files = [...hostileCorpus(scale), GOOD_ARTICLE].map((input) => {
      writeFileSync(join(corpus, input.file), input.content);
      return input.file;
    });
    const results: Result[] = [];
    for (const command of COMMANDS) {
      let slowest = { file: '', cpu: 0, rssMb: 0 };
      let total = 0;
      for (const file of files) {
        const usage = runOnce(command, join(corpus, file), dir);
        total += usage.cpu;
        if (usage.cpu > slowest.cpu) slowest = { file, cpu: usage.cpu, rssMb: usage.rssMb };
      }
      process.stderr.write(
        `  ${command}: ${String(files.length)} inputs in ${total.toFixed(1)} CPU-s; slowest ${slowest.file} ` +
          `${slowest.cpu.toFixed(2)} CPU-s, ${slowest.rssMb.toFixed(0)} MB\n`,
      );
      results.push({
        name: `hostile corpus (×${String(scale)}): slowest input of ${command} (${slowest.file})`,
        value: slowest.cpu,
        unit: 'CPU-s',
        target: '< 60, no crash',
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
