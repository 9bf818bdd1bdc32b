/**
 * The commands read inputs from 16 KB in a worker that also cleans and analyses their long documents as a guard
 * (src/cli/guard-worker.ts, issue 17 item 1): an input quick to read but too slow to CLEAN and ANALYSE is stopped
 * by the hard limit and reported alone — `<file>: too slow to read (over its budget of 60 s)` — while the good
 * inputs of the same call are used, and the exit code is 1. The worker is the built one (dist/); its hard timer is
 * injected and runs out when the worker says it started the guard on that file (never the wall clock). A long
 * JSON Lines record that `ingest` reads line by line is guarded the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { HardTimer } from '../../src/ingest/index.js';
import { hostileInput } from '../hostile/corpus.js';
import { fakeIo } from '../support/io.js';
import { seedFiles, writeGoodSeeds } from '../support/seeds.js';

const GUARD = new URL('../../dist/src/cli/guard-worker.js', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'lagebild-guard-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const good = writeGoodSeeds(work, [1, 2]);
// "many initials" on one line, 480 KB: read in a few ms, cleaned and analysed in about a second
const initials = hostileInput('initials', 480_000);
const slow = join(work, initials.file);
writeFileSync(slow, initials.content);
// the same class at 1.5 MB: read in a few MB of heap; cleaned and analysed, it needs more than 64 MB
const greedy = join(work, 'greedy.txt');
writeFileSync(greedy, hostileInput('initials', 1_500_000).content);

/** The worker of the commands, with a hard timer that runs out when the guard starts on `file`. */
function worker(file: string): NonNullable<CliIo['readWorker']> {
  const fires = new Map<string, () => void>();
  const timer: HardTimer = (_ms, fire, input) => {
    fires.set(input, fire);
    return () => fires.delete(input);
  };
  return { url: GUARD, timer, onStage: (input) => (input === file ? fires.get(input)?.() : undefined) };
}

describe('the guard of cleaning and analysis in the commands', () => {
  for (const command of ['brief', 'clean', 'cluster']) {
    it(`${command}: the input too slow to clean and analyse fails alone; exit 1`, async () => {
      const io = { ...fakeIo(), readWorker: worker(slow) };
      const code = await execute([command, good[0] as string, slow, good[1] as string], io);
      expect(code).toBe(1);
      expect(io.err()).toContain(`${slow}: too slow to read (over its budget of 60 s)`);
      expect(io.out()).not.toBe('');
    });
  }

  it('ingest: the others are stored; exit 1', async () => {
    const io = { ...fakeIo(), readWorker: worker(slow) };
    const db = join(work, 'guard.db');
    const code = await execute(
      ['ingest', good[0] as string, slow, good[1] as string, '--db', db, '--create'],
      io,
    );
    expect(io.err()).toContain(`${slow}: too slow to read (over its budget of 60 s)`);
    expect(code).toBe(1);
    expect(io.err()).toContain(`${db}: 2 new (1 story changed), 0 duplicate, 1 failed`);
  });

  it('brief --max-memory: the input too greedy to clean and analyse fails alone; exit 1', async () => {
    const io = { ...fakeIo(), readWorker: { url: GUARD } };
    const args = ['brief', good[0] as string, greedy, good[1] as string, '--max-memory', '48'];
    expect(await execute(args, io)).toBe(1);
    expect(io.err()).toContain(`${greedy}: too large to read (over its memory budget of 48 MB)`);
    expect(io.out()).not.toBe('');
  });

  it('ingest of JSON Lines: the long record too slow to clean and analyse fails alone; exit 1', async () => {
    const jsonl = join(work, 'records.jsonl');
    const texts = [seedFiles()[1]?.text ?? '', String(initials.content), seedFiles()[2]?.text ?? ''];
    writeFileSync(jsonl, texts.map((text, i) => JSON.stringify({ id: `r${String(i)}`, text })).join('\n'));
    const io = { ...fakeIo(), readWorker: worker(`${jsonl}#2`) };
    const db = join(work, 'records.db');
    expect(await execute(['ingest', jsonl, '--db', db, '--create'], io)).toBe(1);
    expect(io.err()).toContain(`${jsonl}#2: too slow to read (over its budget of 60 s)`);
    expect(io.err()).toContain(`${db}: 2 new (`);
  });
});
