/**
 * The loop of a reader process of the read pool (read-pool.ts): it reads one input at a time (`readBytes`: decode →
 * format → parse, with the soft checkpoints of the budget by its own clock) and posts the outcome back. A job may
 * name a reader instead (`readers`: the built-in `record`, one posted article; a worker script adds its own, such
 * as the watcher's `page` and `feed`, src/watch/read-worker.ts). A worker script that can clean and analyse
 * (src/cli/guard-worker.ts) gives a `guard`: the documents of the input whose text is at least `guard.fromChars`
 * long are then cleaned and analysed here too, under the same hard limits, and the results dropped (only the read
 * outcome goes back: a structured clone of analysed articles costs a quarter of their analysis, docs/design.md
 * "Bounded work per input"). A document the guard cannot finish fails its input.
 */
import type { PendingDocument } from './documents.js';
import { readBytes, thrownReason } from './files.js';
import { normaliseIngestOptions } from './options.js';
import { guarded, type GuardJob, type ReadJob, type ReaderResult, type ReadReply } from './read-pool.js';
import { readRecordJob } from './record-job.js';

/** Cleans and analyses the documents as the commands will, and drops the result (throws if a stage does). */
export type Guard = (documents: readonly PendingDocument[], job: GuardJob) => void | Promise<void>;

/** A reader a job may name: its payload → what goes back (may throw: the input then fails with the reason). */
export type NamedReader = (payload: unknown) => ReaderResult | Promise<ReaderResult>;

/** The readers every worker has: `record`, one article given as data (`POST /api/articles`; record-job.ts). */
export const BUILT_IN_READERS: Readonly<Record<string, NamedReader>> = { record: readRecordJob };

async function readJob(job: ReadJob, readers: Readonly<Record<string, NamedReader>>): Promise<ReaderResult> {
  // a record already read is only guarded: its outcome carries no documents (the caller keeps its own)
  if (job.documents !== undefined) return { outcome: { pending: [], errors: [] } };
  if (job.reader === undefined) {
    const { maxBytes, format, budgetMs } = job.options;
    const options = normaliseIngestOptions({ maxBytes, format, budgetMs, isolate: false });
    return { outcome: readBytes(job.input, options) };
  }
  const reader = readers[job.reader.name];
  if (reader === undefined) throw new Error(`this worker has no reader "${job.reader.name}"`);
  return reader(job.reader.payload);
}

/** Where a reader process gets its jobs and posts its replies (its IPC channel to the pool: `processPort`). */
export interface JobPort {
  on(event: 'message', listener: (job: ReadJob) => void): unknown;
  postMessage(reply: ReadReply): void;
}

/**
 * The IPC channel of this process when the read pool forked it (read-pool.ts), else none (the script was run some
 * other way: it then serves nothing and ends). The process ends when the pool goes (the channel closes).
 */
export function processPort(): JobPort | undefined {
  const send = process.send?.bind(process);
  if (send === undefined) return undefined;
  process.on('disconnect', () => process.exit(0));
  return {
    on: (_event, listener) => process.on('message', (job) => listener(job as ReadJob)),
    postMessage: (reply) => void send(reply),
  };
}

/**
 * Serves read jobs on `port` (the process's channel to the pool: `processPort`) with the built-in readers and
 * `readers`, guarding the large documents when `guard` is given.
 */
export function serveReads(
  port: JobPort,
  guard?: Guard,
  readers: Readonly<Record<string, NamedReader>> = {},
): void {
  const all = { ...BUILT_IN_READERS, ...readers };
  port.on('message', (job: ReadJob) => {
    port.postMessage({ id: job.id, started: true } satisfies ReadReply);
    const failed = (error: unknown): void => {
      const errors = [{ file: job.input.file, reason: thrownReason(error) }];
      port.postMessage({ id: job.id, outcome: { pending: [], errors } } satisfies ReadReply);
    };
    const reply = (result: ReaderResult): void =>
      port.postMessage({
        id: job.id,
        outcome: job.reader === undefined ? result.outcome : { pending: [], errors: result.outcome.errors },
        ...(result.value !== undefined ? { value: result.value } : {}),
      } satisfies ReadReply);
    Promise.resolve()
      .then(() => readJob(job, all))
      .then((result) => {
        const guardJob = job.options.guard;
        const documents = job.documents ?? result.outcome.pending;
        const large = guard !== undefined && guardJob !== undefined ? guarded(documents, guardJob) : [];
        if (guard === undefined || guardJob === undefined || large.length === 0) return reply(result);
        port.postMessage({ id: job.id, stage: 'prepare' } satisfies ReadReply);
        return Promise.resolve()
          .then(() => guard(large, guardJob))
          .then(() => reply(result));
      })
      .catch(failed);
  });
}
