/**
 * The worker thread the watcher reads fetched pages and feeds in (readers.ts) when no other script is given: the
 * read pool's loop (src/ingest/read-serve.ts) with the watcher's `page` and `feed` readers, no guard.
 */
import { processPort, serveReads } from '../ingest/index.js';
import { WATCH_READERS } from './readers.js';

const port = processPort();
if (port !== undefined) serveReads(port, undefined, WATCH_READERS);
