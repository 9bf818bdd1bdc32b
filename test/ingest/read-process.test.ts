/**
 * The read pool's readers are child processes (src/ingest/read-pool.ts, issue 17 item 1: nothing crashes): a
 * reader that aborts — as Node itself did once in CI while a worker thread over its budget was torn down — or one
 * that allocates past its heap limit in one large array, fails its input alone and the next input is read by a fresh process. And a process that uses a pool ends by itself: an idle
 * reader does not keep it alive, and `close` waits for its readers to end. Runs the built scripts (dist/).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadPool, stoppedReason, tooLargeReason, type JobOptions } from '../../src/ingest/index.js';

const INDEX = new URL('../../dist/src/ingest/index.js', import.meta.url).href;
const work = mkdtempSync(join(tmpdir(), 'lagebild-read-process-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A reader script with the built-in readers and three of its own: one that aborts, one that allocates, one that echoes. */
const SCRIPT = join(work, 'reader.mjs');
writeFileSync(
  SCRIPT,
  `import { processPort, serveReads } from ${JSON.stringify(INDEX)};
const ok = (value) => ({ outcome: { pending: [], errors: [] }, value });
const readers = {
  abort: () => process.abort(),
  // one large array filled by index: a shape that, Node reports, can abort a whole process when the heap limit is a
  // worker thread's; a reader process that aborts is only its exit
  huge: () => { const a = new Array(1e8); for (let i = 0; i < a.length; i++) a[i] = { i }; return ok(a.length); },
  echo: (payload) => ok({ payload, pid: process.pid }),
};
const port = processPort();
if (port !== undefined) serveReads(port, undefined, readers);
`,
);

const JOB: JobOptions = { maxBytes: 1024, format: 'auto', budgetMs: 60_000 };
const pool = (): ReadPool =>
  new ReadPool({ budgetMs: 60_000, maxMemoryMb: 16, workerUrl: pathToFileURL(SCRIPT), size: 1 });

describe('reading in child processes', () => {
  it('a reader that aborts fails its input alone; a fresh process reads the next', async () => {
    const readers = pool();
    try {
      const first = await readers.readNamed('a.txt', { name: 'echo', payload: 'eins' }, JOB);
      const aborted = await readers.readNamed('b.txt', { name: 'abort', payload: null }, JOB);
      const next = await readers.readNamed('c.txt', { name: 'echo', payload: 'drei' }, JOB);
      expect(aborted).toEqual({
        outcome: {
          pending: [],
          errors: [{ file: 'b.txt', reason: 'could not be read: the reader stopped (signal SIGABRT)' }],
        },
      });
      const value = (r: typeof first) => r.value as { payload: string; pid: number };
      expect(value(first).payload).toBe('eins');
      expect(value(next).payload).toBe('drei');
      expect(value(next).pid).not.toBe(value(first).pid);
    } finally {
      await readers.close();
    }
  });

  it('a reader over its heap limit in one large array fails as too large; the next is read', async () => {
    const readers = pool();
    try {
      const huge = await readers.readNamed('gross.json', { name: 'huge', payload: null }, JOB);
      expect(huge.outcome.errors).toEqual([{ file: 'gross.json', reason: tooLargeReason(16) }]);
      const next = await readers.readNamed('klein.json', { name: 'echo', payload: 'klein' }, JOB);
      expect((next.value as { payload: string }).payload).toBe('klein');
    } finally {
      await readers.close();
    }
  });

  it('says why a reader stopped: its heap limit, else its signal or exit code and first line', () => {
    const oom =
      '<--- Last few GCs --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
    expect(stoppedReason({ code: null, signal: 'SIGABRT', stderr: oom }, 512)).toBe(tooLargeReason(512));
    expect(stoppedReason({ code: 3, signal: null, stderr: '' }, 512)).toBe(
      'could not be read: the reader stopped (exit code 3)',
    );
    const assertion =
      'node[7]: ../src/node_platform.cc:521: Assertion failed: (data.first) != nullptr\n----- Native stack trace -----\n\n 1: 0xd3a3c0  [node]\n';
    expect(stoppedReason({ code: null, signal: 'SIGABRT', stderr: assertion }, 512)).toBe(
      'could not be read: the reader stopped (signal SIGABRT): node[7]: ../src/node_platform.cc:521: Assertion failed: (data.first) != nullptr',
    );
  });

  it('a process with a pool ends by itself: idle readers do not hold it, close waits for them', () => {
    const script = `
import { ReadPool } from ${JSON.stringify(INDEX)};
const job = ${JSON.stringify(JOB)};
const idle = new ReadPool({ budgetMs: 60000, maxMemoryMb: 64, workerUrl: new URL(${JSON.stringify(pathToFileURL(SCRIPT).href)}) });
console.log((await idle.readNamed('a', { name: 'echo', payload: 'idle' }, job)).value.payload);
const closed = new ReadPool({ budgetMs: 60000, maxMemoryMb: 64, workerUrl: new URL(${JSON.stringify(pathToFileURL(SCRIPT).href)}) });
console.log((await closed.readNamed('b', { name: 'echo', payload: 'closed' }, job)).value.payload);
await closed.close();
console.log('done');
`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('idle\nclosed\ndone\n');
    expect(run.status).toBe(0);
  });
});
