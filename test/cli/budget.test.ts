/**
 * The time budget of one input covers its reading, cleaning and analysis (issue 17, item 1): measured with an
 * injected clock that ticks one ms per reading, never the wall clock. A document over it is refused alone as
 * `<file>: too slow to read (over its budget of N s)`, the others are used (stored), and the exit code is 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareArticlesWithin } from '../../src/brief/index.js';
import { cleanDocumentsWithin, normaliseCleanOptions } from '../../src/clean/index.js';
import { execute } from '../../src/cli/main.js';
import { parseBudget } from '../../src/cli/args.js';
import type { SourceDocument } from '../../src/core/types.js';
import { fakeIo } from '../support/io.js';
import { seedFiles } from '../support/seeds.js';
import { jumpingClock } from '../support/clock.js';

const work = mkdtempSync(join(tmpdir(), 'lagebild-budget-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const texts = [1, 2, 3].map((i) => seedFiles()[i]?.text ?? '');
const files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
  const path = join(work, name);
  writeFileSync(path, texts[i] ?? '');
  return path;
});
const docs: SourceDocument[] = ['a', 'b', 'c'].map((id, i) => ({
  id,
  file: `${id}.txt`,
  format: 'text',
  text: texts[i] ?? '',
  meta: {},
  removed: [],
}));

const clean = normaliseCleanOptions({ crossDocument: true });

describe('the budget of a document’s cleaning and analysis', () => {
  it('cleaning: the document over it is refused alone, in its place; the clock is read twice to split, twice to clean', () => {
    const probe = jumpingClock();
    expect(cleanDocumentsWithin(docs, clean, { budgetMs: 500, now: probe.now }).errors).toEqual([]);
    expect(probe.reads()).toBe(4 * docs.length);
    // readings 1–6 split the three documents, 7–8 clean a, 9–10 clean b: b jumps
    const slow = cleanDocumentsWithin(docs, clean, { budgetMs: 500, now: jumpingClock(10).now });
    expect(slow.errors).toEqual([{ file: 'b.txt', reason: 'too slow to read (over its budget of 0.5 s)' }]);
    expect(slow.articles.map((a) => a.id)).toEqual(['a', 'c']);
    // a document over the budget already while it is split is not cleaned
    const split = cleanDocumentsWithin(docs, clean, { budgetMs: 500, now: jumpingClock(2).now });
    expect(split.errors.map((e) => e.file)).toEqual(['a.txt']);
    expect(split.articles.map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('analysis: counts on from the cleaning, so a document slow to analyse is refused alone', () => {
    const probe = jumpingClock();
    expect(prepareArticlesWithin(docs, {}, { budgetMs: 500, now: probe.now }).errors).toEqual([]);
    expect(probe.reads()).toBe(6 * docs.length);
    // 1–6 split, 7–12 clean a, b, c; 13–14 analyse a, 15–16 analyse b, 17–18 analyse c: c jumps
    const slow = prepareArticlesWithin(docs, {}, { budgetMs: 500, now: jumpingClock(18).now });
    expect(slow.errors).toEqual([{ file: 'c.txt', reason: 'too slow to read (over its budget of 0.5 s)' }]);
    expect(slow.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });
});

async function run(args: readonly string[], now: () => number): Promise<{ code: number; err: string }> {
  const io = { ...fakeIo(), now };
  const code = await execute(args, io);
  return { code, err: io.err() };
}

describe('--budget on the commands that read inputs', () => {
  it('clean: the slow document is reported with its file, the others are shown, exit 1', async () => {
    const args = ['clean', ...files, '--budget', '0.5', '--format', 'json'];
    const probe = jumpingClock();
    expect((await run(args, probe.now)).code).toBe(0);
    // after reading, the clock is read 4 times per document (split, clean): b's cleaning ends at reading R + 10
    const reading = probe.reads() - 4 * files.length;
    const io = { ...fakeIo(), now: jumpingClock(reading + 10).now };
    const code = await execute(args, io);
    expect(code).toBe(1);
    expect(io.err()).toContain(`${files[1] as string}: too slow to read (over its budget of 0.5 s)`);
    const shown = JSON.parse(io.out()) as { id: string }[];
    expect(shown.map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('ingest: the document slow to analyse is failed alone and the others are stored, exit 1', async () => {
    const db = (name: string): string[] => ['--db', join(work, name), '--create'];
    const args = ['ingest', ...files, '--budget', '0.5'];
    const probe = jumpingClock();
    expect((await run([...args, ...db('probe.db')], probe.now)).code).toBe(0);
    // after reading, 6 readings per document (split, clean, analyse), in order a, b, c: b's analysis ends at R + 12
    const reading = probe.reads() - 6 * files.length;
    const { code, err } = await run([...args, ...db('slow.db')], jumpingClock(reading + 12).now);
    expect(code).toBe(1);
    expect(err).toContain(`failed ${files[1] as string}: too slow to read (over its budget of 0.5 s)`);
    expect(err).toMatch(/: 2 new \(\d+ stor(?:y|ies) changed\), 0 duplicate, 1 failed/u);
    // a rerun with the default budget stores the refused one, the others are there already
    const again = await run([...args.slice(0, -2), ...db('slow.db')], jumpingClock().now);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/: 1 new \(1 story changed\), 2 duplicate, 0 failed/u);
  });

  it('brief and cluster: one slow document is left out of the brief and the stories, exit 1', async () => {
    for (const [command, perDocument] of [
      ['brief', 6],
      ['cluster', 6],
    ] as const) {
      const args = [command, ...files, '--budget', '0.5', '--format', 'json'];
      const probe = jumpingClock();
      expect((await run(args, probe.now)).code).toBe(0);
      const reading = probe.reads() - perDocument * files.length;
      // the second document's cleaning ends at reading R + 10 (after 6 readings splitting, 2 cleaning the first)
      const io = { ...fakeIo(), now: jumpingClock(reading + 10).now };
      expect(await execute(args, io)).toBe(1);
      expect(io.err()).toMatch(/b\.txt: too slow to read \(over its budget of 0\.5 s\)/u);
      const out = JSON.parse(io.out()) as {
        articles?: { id: string }[];
        assignments?: { article: string }[];
      };
      const used = out.articles?.map((a) => a.id) ?? out.assignments?.map((a) => a.article).sort();
      expect(used).toEqual(['a', 'c']);
    }
  });

  it('a bad --budget is a usage error (exit 2) that says what is expected; --help documents it', async () => {
    for (const bad of ['0', '-1', 'ten', '10s', '']) {
      expect(() => parseBudget(bad)).toThrow(/positive number of seconds/u);
      for (const command of ['clean', 'brief', 'cluster', 'ingest']) {
        const { code, err } = await run([command, files[0] as string, '--budget', bad], jumpingClock().now);
        expect(code).toBe(2);
        expect(err).toMatch(/--budget.*positive number of seconds/u);
      }
    }
    expect(parseBudget('0.5')).toBe(500);
    expect(parseBudget('60')).toBe(60_000);
    for (const command of ['clean', 'brief', 'cluster', 'ingest']) {
      const io = fakeIo();
      expect(await execute([command, '--help'], io)).toBe(0);
      expect(io.out()).toContain('--budget <seconds>');
    }
  });
});

describe('the budget of each record in stream-mode cluster', () => {
  const jsonl = join(work, 'stream.jsonl');
  writeFileSync(
    jsonl,
    ['a', 'b', 'c'].map((id, i) => JSON.stringify({ id, title: `Titel ${id}`, text: texts[i] })).join('\n'),
  );
  const args = ['cluster', '--stream', jsonl, '--budget', '0.5'];

  it('reads the clock twice per record (when it is read, after it is cleaned) and refuses the slow one alone, exit 1', async () => {
    const probe = jumpingClock();
    const io = { ...fakeIo(), now: probe.now };
    expect(await execute(args, io)).toBe(0);
    expect(probe.reads()).toBe(2 * 3);
    // readings 1–2 are a's, 3–4 b's: b's cleaning ends 1 001 ms after it was read
    const slow = { ...fakeIo(), now: jumpingClock(4).now };
    expect(await execute(args, slow)).toBe(1);
    expect(slow.err()).toContain(`${jsonl}#2: too slow to read (over its budget of 0.5 s)`);
    const lines = slow
      .out()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { article?: string });
    expect(lines.flatMap((l) => (l.article === undefined ? [] : [l.article]))).toEqual(['a', 'c']);
  });
});

describe('--budget on serve and watch', () => {
  it('is taken, documented and checked like the other commands (a bad value is exit 2)', async () => {
    for (const command of ['serve', 'watch']) {
      const help = fakeIo();
      expect(await execute([command, '--help'], help)).toBe(0);
      expect(help.out()).toContain('--budget <seconds>');
      for (const bad of ['0', 'ten']) {
        const { code, err } = await run(
          [command, '--budget', bad, '--db', join(work, 'none.db')],
          jumpingClock().now,
        );
        expect(code).toBe(2);
        expect(err).toMatch(/--budget.*positive number of seconds/u);
      }
    }
  });
});
