/**
 * The worker thread of the read pool (read-pool.ts) that only reads: one input at a time (`readBytes`: decode →
 * format → parse) under the pool's resource limits, so an input that never ends or allocates without bound costs
 * this thread, not the process: the pool terminates it (time) or V8 stops it (memory) and the input alone is
 * refused. The command line's worker (src/cli/guard-worker.ts) also cleans and analyses large documents.
 */
import { processPort, serveReads } from './read-serve.js';

const port = processPort();
if (port !== undefined) serveReads(port);
