/**
 * The read budget of one input (src/ingest/files.ts `readBytes`): measured with an injected clock, never the
 * wall clock. An input over it is refused alone, as `too slow to read`, with its file; the others go on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_READ_BUDGET_MS,
  ingest,
  normaliseIngestOptions,
  readBytes,
  tooSlowReason,
} from '../../src/ingest/index.js';

const TEXT = 'Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.';
const HTML = `<html><body><article><p>${TEXT}</p></article></body></html>`;
const bytes = (text: string) => new TextEncoder().encode(text);

/** A clock that moves `step` ms each time it is read. */
function ticking(step: number): { now: () => number; reads: () => number } {
  let t = 0;
  let reads = 0;
  return {
    now: () => {
      reads++;
      return (t += step);
    },
    reads: () => reads,
  };
}

const work = mkdtempSync(join(tmpdir(), 'lagebild-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the read budget of an input', () => {
  it('refuses an input read past its budget with its file, and reads it within the budget', () => {
    for (const [file, content] of [
      ['page.html', HTML],
      ['note.txt', TEXT],
      [
        'feed.rss',
        `<rss version="2.0"><channel><item><title>T</title><description>${TEXT}</description></item></channel></rss>`,
      ],
    ] as const) {
      const input = { file, base: file, path: file, bytes: bytes(content) };
      const slow = readBytes(input, normaliseIngestOptions({ budgetMs: 150, now: ticking(100).now }));
      expect(slow).toEqual({
        pending: [],
        errors: [{ file, reason: 'too slow to read (over its budget of 0.15 s)' }],
      });
      const fast = readBytes(input, normaliseIngestOptions({ budgetMs: 10_000, now: ticking(100).now }));
      expect(fast.errors).toEqual([]);
      expect(fast.pending.length).toBeGreaterThan(0);
    }
  });

  it('is 60 s unless given, and must be a positive number', () => {
    expect(DEFAULT_READ_BUDGET_MS).toBe(60_000);
    expect(normaliseIngestOptions().budgetMs).toBe(60_000);
    expect(tooSlowReason(60_000)).toBe('too slow to read (over its budget of 60 s)');
    expect(() => normaliseIngestOptions({ budgetMs: 0 })).toThrow(/read budget must be a positive number/u);
    expect(() => normaliseIngestOptions({ budgetMs: Number.NaN })).toThrow(/read budget/u);
  });

  it('fails the slow input alone: the inputs before and after it are read', async () => {
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      const path = join(work, name);
      writeFileSync(path, `${TEXT} Nummer ${String(i)}.`);
      return path;
    });
    // how often reading one input reads the clock
    const probe = ticking(1);
    await ingest([files[0] as string], { now: probe.now, concurrency: 1 });
    const perInput = probe.reads();
    expect(perInput).toBeGreaterThanOrEqual(2);
    // a clock that jumps by 1 000 ms while the second input is read (its first reading is at call perInput + 1)
    let calls = 0;
    const now = (): number => {
      calls++;
      return calls > perInput + 1 ? calls + 1000 : calls;
    };
    const result = await ingest(files, { now, budgetMs: 500, concurrency: 1 });
    expect(result.errors).toEqual([
      { file: files[1], reason: 'too slow to read (over its budget of 0.5 s)' },
    ]);
    expect(result.documents.map((d) => d.text)).toEqual([`${TEXT} Nummer 0.`, `${TEXT} Nummer 2.`]);
  });
});
