/**
 * The hostile corpus (test/hostile/corpus.ts) through standard input: `clean -`, `brief` (no input: stdin),
 * `cluster` (no input: stdin, its streaming JSONL path included) and `ingest -`, in process, one hostile file per
 * run. The same accounting as the folder run (commands.test.ts): every document read from the file is shown,
 * used or named on stderr, every error named with its reason, so an input that vanished fails the test; the
 * exit code is 0, 1 (some failed) or 2 (nothing usable), never a crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.js';
import type { IngestResult } from '../../src/core/types.js';
import { ingest } from '../../src/ingest/index.js';
import { fakeIo } from '../support/io.js';
import { hostileCorpus } from './corpus.js';

/** Small enough for the suite (the folder run uses the same). */
const SCALE = 0.01;
/** Ends a hang; not a speed limit (the runs take seconds; as in commands.test.ts). */
const HANG_MS = 240_000;
const corpus = hostileCorpus(SCALE);
const work = mkdtempSync(join(tmpdir(), 'lagebild-hostile-stdin-'));
/** What the library reads from each file given on stdin. */
const reads = new Map<string, IngestResult>();

beforeAll(async () => {
  for (const input of corpus) {
    const bytes = typeof input.content === 'string' ? new TextEncoder().encode(input.content) : input.content;
    reads.set(input.file, await ingest(['-'], {}, { readStdin: () => Promise.resolve(bytes) }));
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Answer {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function withStdin(args: readonly string[], content: string | Uint8Array): Promise<Answer> {
  const io = fakeIo(content);
  const code = await execute(args, io);
  return { code, out: io.out(), err: io.err() };
}

function expectAnswered(answer: Answer, file: string): void {
  expect([0, 1, 2], `${file}: ${answer.err.slice(0, 300)}`).toContain(answer.code);
  expect(answer.err, file).not.toMatch(/Maximum call stack|heap out of memory|\n\s+at /u);
}

const readOf = (file: string): IngestResult => {
  const read = reads.get(file);
  if (read === undefined) throw new Error(`not read: ${file}`);
  return read;
};

describe('the hostile corpus through standard input', { timeout: HANG_MS }, () => {
  it('clean -: every document shown or reported, every error named', async () => {
    for (const input of corpus) {
      const answer = await withStdin(['clean', '-'], input.content);
      expectAnswered(answer, input.file);
      const read = readOf(input.file);
      for (const d of read.documents) {
        const shown = answer.out.includes(`=== ${d.file ?? d.id}\n`);
        expect(shown || answer.err.includes(d.file ?? d.id), `${input.file} ${d.id}`).toBe(true);
      }
      for (const e of read.errors) expect(answer.err, input.file).toContain(`${e.file}: ${e.reason}`);
    }
  });

  it('brief: every article in the brief or reported, every error named', async () => {
    for (const input of corpus) {
      const answer = await withStdin(['brief', '--format', 'json'], input.content);
      expectAnswered(answer, input.file);
      const read = readOf(input.file);
      const used = new Set(
        answer.code === 2
          ? []
          : (JSON.parse(answer.out) as { articles: { id: string }[] }).articles.map((a) => a.id),
      );
      for (const d of read.documents)
        expect(used.has(d.id) || answer.err.includes(d.file ?? d.id), `${input.file} ${d.id}`).toBe(true);
      for (const e of read.errors) expect(answer.err, input.file).toContain(`${e.file}: ${e.reason}`);
    }
  });

  it('cluster: every article assigned a story or reported, every error named', async () => {
    for (const input of corpus) {
      const answer = await withStdin(['cluster'], input.content);
      expectAnswered(answer, input.file);
      const read = readOf(input.file);
      const lines = answer.out.trim() === '' ? [] : answer.out.trim().split('\n');
      const assigned = new Set(lines.map((l) => (JSON.parse(l) as { article: string }).article));
      // a one-line JSON record on stdin takes cluster's streaming JSONL path, which numbers it `stdin#1` (the
      // batch reader calls it `stdin`): the same article
      const named = (id: string): boolean => assigned.has(id) || (id === 'stdin' && assigned.has('stdin#1'));
      for (const d of read.documents)
        expect(named(d.id) || answer.err.includes(d.file ?? d.id), `${input.file} ${d.id}`).toBe(true);
      for (const e of read.errors) expect(answer.err, input.file).toContain(e.reason);
    }
  });

  it('ingest -: new + duplicate + failed = what was read, for every file', async () => {
    const db = join(work, 'stdin.db');
    for (const [i, input] of corpus.entries()) {
      const args = ['ingest', '--db', db, ...(i === 0 ? ['--create'] : []), '-'];
      const answer = await withStdin(args, input.content);
      expectAnswered(answer, input.file);
      const read = readOf(input.file);
      const summary = /: (\d+) new \(\d+ stor(?:y|ies) changed\), (\d+) duplicate, (\d+) failed/u.exec(
        answer.err,
      );
      if (summary === null) {
        // nothing usable: refused before the store, every error named
        expect(read.documents, `${input.file}: ${answer.err.slice(0, 300)}`).toEqual([]);
        for (const e of read.errors) expect(answer.err, input.file).toContain(`${e.file}: ${e.reason}`);
        continue;
      }
      const [added, duplicates, failed] = [summary[1], summary[2], summary[3]].map(Number);
      expect((added ?? 0) + (duplicates ?? 0) + (failed ?? 0), input.file).toBe(
        read.documents.length + read.errors.length,
      );
    }
  });
});
