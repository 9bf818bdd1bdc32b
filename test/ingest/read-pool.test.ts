/**
 * Whole inputs read in a worker thread under the time and memory budget (src/ingest/read-pool.ts, issue 17 item 1),
 * with the built worker (dist/, built before the tests run). The hard time limit is an injected timer that runs
 * out (never the wall clock); the memory limit is V8's own. An input stopped by either fails alone, with its file,
 * and the inputs before and after it are read, by a fresh worker.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ISOLATE_FROM_BYTES,
  DEFAULT_MEMORY_MB,
  ingest,
  ingestStream,
  normaliseIngestOptions,
  openInputReader,
  readBytes,
  ReadPool,
  tooLargeReason,
  type HardTimer,
  type IngestItem,
  type IngestOptions,
} from '../../src/ingest/index.js';
import { hostileInput } from '../hostile/corpus.js';

const WORKER = new URL('../../dist/src/ingest/read-worker.js', import.meta.url);
const TEXT = 'Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.';

const work = mkdtempSync(join(tmpdir(), 'lagebild-read-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const good = [write('a.txt', `${TEXT} Eins.`), write('c.txt', `${TEXT} Drei.`)];
/** A real hostile page, still slow to read: 200 000 `<`s (seconds of parsing, the slowest class of the corpus). */
const hostile = hostileInput('mostly-lt', 200_000);
const slow = write(hostile.file, hostile.content);

/**
 * A hard timer that records every input it is started for and every cancel, and runs out at once (in the same
 * turn the worker says it started) for the inputs `expires` names: the worker is then seconds into the page.
 */
function timer(expires: (file: string) => boolean): {
  timer: HardTimer;
  armed: { ms: number; file: string }[];
  cancelled: string[];
} {
  const armed: { ms: number; file: string }[] = [];
  const cancelled: string[] = [];
  return {
    armed,
    cancelled,
    timer: (ms, fire, file) => {
      armed.push({ ms, file });
      if (expires(file)) queueMicrotask(fire);
      return () => cancelled.push(file);
    },
  };
}

const isolated = (options: IngestOptions = {}): IngestOptions => ({
  isolate: true,
  workerUrl: WORKER,
  isolateFromBytes: 0,
  ...options,
});

describe('reading in a worker thread', () => {
  it('stops an input whose reading passes its time budget; the inputs before and after it are read', async () => {
    const clock = timer((file) => file === slow);
    const files = [good[0] as string, slow, good[1] as string];
    const result = await ingest(files, isolated({ timer: clock.timer, concurrency: 1 }));
    expect(result.errors).toEqual([{ file: slow, reason: 'too slow to read (over its budget of 60 s)' }]);
    expect(result.documents.map((d) => d.text)).toEqual([`${TEXT} Eins.`, `${TEXT} Drei.`]);
    // every input's limit is its budget, counted from when the worker started it; those read in time are cancelled
    expect(clock.armed).toEqual(files.map((file) => ({ ms: 60_000, file })));
    expect(clock.cancelled).toEqual(expect.arrayContaining(good));
  });

  it('stops an input that allocates past the memory budget; the others are read', async () => {
    // the corpus class "a JSON array of articles", large: parsed, it needs far more than 16 MB of heap
    const big = hostileInput('json-array', 40_000);
    const path = write(big.file, big.content);
    const files = [good[0] as string, path, good[1] as string];
    const result = await ingest(files, isolated({ maxMemoryMb: 16, maxBytes: 256 * 1024 * 1024 }));
    expect(result.errors).toEqual([
      { file: path, reason: 'too large to read (over its memory budget of 16 MB)' },
    ]);
    expect(result.documents.map((d) => d.text)).toEqual([`${TEXT} Eins.`, `${TEXT} Drei.`]);
    // with the default budget the same input is read
    const read = await ingest([path], isolated({ maxBytes: 256 * 1024 * 1024 }));
    expect(read.errors).toEqual([]);
    expect(read.documents).toHaveLength(40_000);
  });

  it('gives the same documents and errors as reading in this thread', async () => {
    const inputs: [string, string][] = [
      ['page.html', `<html><head><title>Haushalt</title></head><body><article><p>${TEXT}</p></article></body></html>`],
      ['feed.rss', `<rss version="2.0"><channel><item><title>T</title><description>${TEXT}</description></item></channel></rss>`],
      ['records.json', JSON.stringify([{ id: 'x', title: 'T', text: TEXT }, { text: '' }])],
      ['note.txt', `title: Haushalt\n\n${TEXT}`],
      ['binary.txt', '\u0000\u0001\u0002'.repeat(100)],
    ]; // prettier-ignore
    const pool = new ReadPool({ budgetMs: 60_000, maxMemoryMb: DEFAULT_MEMORY_MB, workerUrl: WORKER });
    try {
      for (const [file, content] of inputs) {
        const input = { file, base: file, path: file, bytes: new TextEncoder().encode(content) };
        const job = { maxBytes: 5 * 1024 * 1024, format: 'auto', budgetMs: 60_000 } as const;
        expect(await pool.read(input, job), file).toEqual(readBytes(input, normaliseIngestOptions()));
      }
    } finally {
      await pool.close();
    }
  });

  it('reads inputs smaller than isolateFromBytes in this thread (no worker, no hard timer)', async () => {
    const clock = timer(() => true);
    const result = await ingest(good, isolated({ timer: clock.timer, isolateFromBytes: 1024 }));
    expect(result.errors).toEqual([]);
    expect(result.documents).toHaveLength(2);
    expect(clock.armed).toEqual([]);
  });

  it('streams too: the stopped input is an error in its place', async () => {
    const clock = timer((file) => file === slow);
    const items: IngestItem[] = [];
    for await (const item of ingestStream(
      [good[0] as string, slow, good[1] as string],
      isolated({ timer: clock.timer }),
    ))
      items.push(item);
    expect(items.map((i) => ('error' in i ? i.error.reason : i.document.text))).toEqual([
      `${TEXT} Eins.`,
      'too slow to read (over its budget of 60 s)',
      `${TEXT} Drei.`,
    ]);
  });

  it('keeps a reader the caller opened across calls (one worker), until the caller closes it', async () => {
    const options = isolated();
    const reader = openInputReader(options);
    const first = await ingest([good[0] as string], options, { reader });
    const second = await ingest([good[1] as string], options, { reader });
    expect([...first.documents, ...second.documents].map((d) => d.text)).toEqual([
      `${TEXT} Eins.`,
      `${TEXT} Drei.`,
    ]);
    await reader.close();
    expect((await ingest([good[0] as string], options, { reader })).errors).toEqual([
      { file: good[0], reason: 'could not be read: reading stopped' },
    ]);
  });

  it('fails inputs still waiting when the pool is closed', async () => {
    const pool = new ReadPool({ budgetMs: 60_000, maxMemoryMb: 64, workerUrl: WORKER, size: 1 });
    const input = (file: string) => ({ file, base: file, bytes: new TextEncoder().encode(TEXT) });
    const job = { maxBytes: 1024, format: 'auto', budgetMs: 60_000 } as const;
    const first = pool.read(input('one.txt'), job);
    const second = pool.read(input('two.txt'), job);
    await pool.close();
    const stopped = {
      pending: [],
      errors: [{ file: 'two.txt', reason: 'could not be read: reading stopped' }],
    };
    expect(await second).toEqual(stopped);
    expect((await first).errors.map((e) => e.file)).toEqual(['one.txt']);
    expect(await pool.read(input('three.txt'), job)).toEqual({
      pending: [],
      errors: [{ file: 'three.txt', reason: 'could not be read: reading stopped' }],
    });
  });
});

describe('the options of reading in a worker', () => {
  it('has a memory budget of 512 MB and isolates inputs from 16 KB unless told', () => {
    expect(DEFAULT_MEMORY_MB).toBe(512);
    expect(DEFAULT_ISOLATE_FROM_BYTES).toBe(16 * 1024);
    expect(tooLargeReason(512)).toBe('too large to read (over its memory budget of 512 MB)');
    const options = normaliseIngestOptions({ isolate: true });
    expect(options.maxMemoryMb).toBe(512);
    expect(options.isolation?.fromBytes).toBe(16 * 1024);
    expect(() => normaliseIngestOptions({ maxMemoryMb: 0 })).toThrow(/memory budget must be a whole number/u);
    expect(() => normaliseIngestOptions({ maxMemoryMb: 1.5 })).toThrow(/memory budget/u);
    expect(() => normaliseIngestOptions({ isolate: true, isolateFromBytes: -1 })).toThrow(
      /isolateFromBytes/u,
    );
  });

  it('reads in this thread when a clock is given, or when the worker script is not built', () => {
    expect(normaliseIngestOptions({ workerUrl: WORKER }).isolation?.workerUrl).toEqual(WORKER);
    expect(normaliseIngestOptions({ workerUrl: WORKER, now: () => 0 }).isolation).toBeUndefined();
    const missing = new URL('./no-such-worker.js', WORKER);
    expect(normaliseIngestOptions({ workerUrl: missing }).isolation).toBeUndefined();
  });
});

describe('named readers in a worker (posted articles, watched pages and feeds)', () => {
  const WATCH_WORKER = new URL('../../dist/src/watch/read-worker.js', import.meta.url);
  const page = `<html><head><title>Haushalt</title></head><body><article><p>${TEXT}</p></article></body></html>`;

  it('gives the same record, page and feed as reading in this thread', async () => {
    const { readRecord } = await import('../../src/ingest/json.js');
    const { readPageJob, readFeedJob } = await import('../../src/watch/readers.js');
    const reader = openInputReader({ isolate: true, workerUrl: WATCH_WORKER, isolateFromBytes: 0 });
    try {
      const item = { id: 'x', title: 'T', html: page };
      const record = await reader.named('articles[0]', { name: 'record', payload: { item, n: 1, file: 'articles[0]' } }, 1, () => {
        throw new Error('read in this thread');
      }); // prettier-ignore
      expect(record).toEqual({ outcome: { pending: [], errors: [] }, value: readRecord(item, 1) });
      const url = 'https://example.org/haushalt';
      const bytes = new TextEncoder().encode(page);
      const pagePayload = {
        page: { url, mediaType: 'text/html', charset: 'utf-8', bytes },
        item: { key: url, url, meta: {} },
      };
      const fetched = await reader.named(url, { name: 'page', payload: pagePayload }, 1, () => readPageJob(pagePayload)); // prettier-ignore
      expect(fetched.value).toEqual(readPageJob(pagePayload).value);
      expect(fetched.value).toMatchObject({ ok: true, value: { file: url, text: TEXT } });
      const feed = new TextEncoder().encode(
        `<rss version="2.0"><channel><item><title>T</title><link>${url}</link><description>${TEXT}</description></item></channel></rss>`,
      );
      const feedPayload = { bytes: feed, charset: undefined };
      const items = await reader.named('feed', { name: 'feed', payload: feedPayload }, 1, () => readFeedJob(feedPayload)); // prettier-ignore
      expect(items.value).toEqual(readFeedJob(feedPayload).value);
    } finally {
      await reader.close();
    }
  });

  it('fails what names a reader the worker script has not, alone', async () => {
    // the plain read worker has the built-in `record` reader only, not the watcher's `page`
    const reader = openInputReader({ isolate: true, workerUrl: WORKER, isolateFromBytes: 0 });
    try {
      const result = await reader.named('https://example.org/x', { name: 'page', payload: {} }, 1, () => {
        throw new Error('read in this thread');
      });
      expect(result).toEqual({
        outcome: {
          pending: [],
          errors: [
            { file: 'https://example.org/x', reason: 'could not be read: this worker has no reader "page"' },
          ],
        },
      });
      const after = await reader.read({
        file: 'a.txt',
        base: 'a',
        path: 'a.txt',
        bytes: new TextEncoder().encode(TEXT),
      });
      expect(after.pending.map((p) => p.document.text)).toEqual([TEXT]);
    } finally {
      await reader.close();
    }
  });

  it('reads what is smaller than isolateFromBytes in this thread; what throws there fails alone', async () => {
    const reader = openInputReader({ isolate: true, workerUrl: WORKER, isolateFromBytes: 1000 });
    try {
      const here = await reader.named('small', { name: 'record', payload: {} }, 999, () => ({
        outcome: { pending: [], errors: [] },
        value: 'here',
      }));
      expect(here.value).toBe('here');
      const thrown = await reader.named('deep', { name: 'record', payload: {} }, 1, () => {
        throw new RangeError('Maximum call stack size exceeded');
      });
      expect(thrown.outcome.errors).toEqual([{ file: 'deep', reason: 'too deeply nested to read' }]);
    } finally {
      await reader.close();
    }
  });
});
