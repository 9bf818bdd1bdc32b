/**
 * `--max-memory` on the commands that read inputs (issue 17, item 1), through the built CLI (whole inputs from
 * 16 KB are read in a worker thread, which needs the built worker script): an input whose reading needs more heap
 * than the budget is refused alone as `<file>: too large to read (over its memory budget of N MB)`, the others are
 * used, and the exit code is 1. Bad values are usage errors (exit 2) on every command that takes the option.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import { MIN_MEMORY_MB, parseMemory } from '../../src/cli/args.js';
import { hostileInput } from '../hostile/corpus.js';
import { BIN } from '../store/cli-process.js';
import { fakeIo } from '../support/io.js';
import { writeGoodSeeds } from '../support/seeds.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-memory-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const good = writeGoodSeeds(work, [1, 2]);
// the corpus class "a JSON array of articles", large (about 9 MB): parsed, it needs far more than 16 MB of heap
const big = hostileInput('json-array', 40_000);
const bigPath = join(work, big.file);
writeFileSync(bigPath, big.content);

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => void (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => void (stderr += c));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('--max-memory', () => {
  it('refuses the input over it with its file; the others are used; exit 1 (clean, brief, cluster, ingest)', async () => {
    const inputs = [
      good[0] as string,
      bigPath,
      good[1] as string,
      '--max-memory',
      '16',
      '--max-size',
      '64MB',
    ];
    const refused = `${bigPath}: too large to read (over its memory budget of 16 MB)`;
    const clean = await run(['clean', ...inputs, '--format', 'json']);
    expect(clean.code).toBe(1);
    expect(clean.stderr).toContain(refused);
    expect((JSON.parse(clean.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['good-1', 'good-2']);
    const brief = await run(['brief', ...inputs, '--format', 'json']);
    expect(brief.code).toBe(1);
    expect(brief.stderr).toContain(refused);
    expect((JSON.parse(brief.stdout) as { articles: { id: string }[] }).articles.map((a) => a.id)).toEqual([
      'good-1',
      'good-2',
    ]);
    const cluster = await run(['cluster', ...inputs, '--format', 'json']);
    expect(cluster.code).toBe(1);
    expect(cluster.stderr).toContain(refused);
    const ingest = await run(['ingest', ...inputs, '--db', join(work, 'store.db'), '--create']);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toContain(`failed ${refused}`);
    expect(ingest.stderr).toMatch(/: 2 new \(\d+ stor(?:y|ies) changed\), 0 duplicate, 1 failed/u);
  });

  it('is a whole number of MB of at least 16; anything else is a usage error (exit 2); --help documents it', async () => {
    expect(MIN_MEMORY_MB).toBe(16);
    expect(parseMemory('512')).toBe(512);
    expect(parseMemory(' 16 ')).toBe(16);
    for (const bad of ['0', '8', '15', '1.5', '-512', 'lots', '512MB', '']) {
      expect(() => parseMemory(bad), bad).toThrow(/whole number of megabytes of at least 16/u);
      for (const command of ['clean', 'brief', 'cluster', 'ingest']) {
        const io = fakeIo();
        expect(await execute([command, good[0] as string, '--max-memory', bad], io)).toBe(2);
        expect(io.err()).toMatch(/--max-memory.*whole number of megabytes/u);
      }
    }
    for (const command of ['clean', 'brief', 'cluster', 'ingest']) {
      const io = fakeIo();
      expect(await execute([command, '--help'], io)).toBe(0);
      expect(io.out()).toContain('--max-memory <MB>');
    }
  });
});
