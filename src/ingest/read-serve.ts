/**
 * The loop of a worker thread of the read pool (read-pool.ts): it reads one input at a time (`readBytes`: decode →
 * format → parse, with the soft checkpoints of the budget by its own clock) and posts the outcome back. A worker
 * script that can clean and analyse (src/cli/guard-worker.ts) gives a `guard`: the documents of the input whose
 * text is at least `guard.fromChars` long are then cleaned and analysed here too, under the same hard limits, and
 * the results dropped (only the read outcome goes back: a structured clone of analysed articles costs a quarter of
 * their analysis, docs/design.md "Bounded work per input"). A document the guard cannot finish fails its input.
 */
import type { MessagePort } from 'node:worker_threads';
import type { PendingDocument } from './documents.js';
import { readBytes, thrownReason } from './files.js';
import { normaliseIngestOptions } from './options.js';
import { guarded, type GuardJob, type ReadJob, type ReadReply } from './read-pool.js';

/** Cleans and analyses the documents as the commands will, and drops the result (throws if a stage does). */
export type Guard = (documents: readonly PendingDocument[], job: GuardJob) => void | Promise<void>;

/** Serves read jobs on `port` (a worker's `parentPort`), guarding the large documents when `guard` is given. */
export function serveReads(port: MessagePort, guard?: Guard): void {
  port.on('message', (job: ReadJob) => {
    port.postMessage({ id: job.id, started: true } satisfies ReadReply);
    const { guard: guardJob, ...read } = job.options;
    // a record already read is only guarded: its outcome carries no documents (the caller keeps its own)
    const outcome =
      job.documents !== undefined
        ? { pending: [], errors: [] }
        : readBytes(job.input, normaliseIngestOptions({ ...read, isolate: false }));
    const documents = job.documents ?? outcome.pending;
    const large = guard !== undefined && guardJob !== undefined ? guarded(documents, guardJob) : [];
    if (guard === undefined || guardJob === undefined || large.length === 0) {
      port.postMessage({ id: job.id, outcome } satisfies ReadReply);
      return;
    }
    port.postMessage({ id: job.id, stage: 'prepare' } satisfies ReadReply);
    Promise.resolve()
      .then(() => guard(large, guardJob))
      .then(
        () => port.postMessage({ id: job.id, outcome } satisfies ReadReply),
        (error: unknown) => {
          const errors = [{ file: job.input.file, reason: thrownReason(error) }];
          port.postMessage({ id: job.id, outcome: { pending: [], errors } } satisfies ReadReply);
        },
      );
  });
}
