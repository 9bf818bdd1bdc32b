/**
 * The worker thread of the read pool (read-pool.ts): it reads one input at a time (`readBytes`: decode → format →
 * parse, with the soft checkpoints of the budget by its own clock) and posts the outcome back. It lives under the
 * pool's resource limits, so an input that never ends or allocates without bound costs this thread, not the
 * process: the pool terminates it (time) or V8 stops it (memory) and the input alone is refused.
 */
import { parentPort } from 'node:worker_threads';
import { readBytes } from './files.js';
import { normaliseIngestOptions } from './options.js';
import type { ReadJob, ReadReply } from './read-pool.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (job: ReadJob) => {
    port.postMessage({ id: job.id, started: true } satisfies ReadReply);
    const options = normaliseIngestOptions({ ...job.options, isolate: false });
    port.postMessage({ id: job.id, outcome: readBytes(job.input, options) } satisfies ReadReply);
  });
}
