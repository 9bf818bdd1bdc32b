/**
 * The worker thread the commands read inputs with (src/ingest/read-pool.ts, read-serve.ts): it reads each input and
 * then cleans and analyses, as a guard, the documents of it with at least 64 K characters of text, all under the
 * pool's hard time limit and heap limit, so a document whose cleaning or analysis never ends or allocates without
 * bound fails its input alone (`too slow to read`, `too large to read`) instead of stalling the command. The results
 * are dropped (the command cleans and analyses again, with its own options and across documents; docs/design.md
 * "Bounded work per input"). The stages are loaded when a document first needs them. It also has the watcher's
 * readers of fetched pages and feeds (src/watch/readers.ts) and the built-in reader of posted articles, so
 * `watch`, `serve --watch` and `POST /api/articles` read in it too.
 */
import type { SourceDocument } from '../core/types.js';
import { processPort, serveReads, type Guard, type NamedReader } from '../ingest/index.js';

const guard: Guard = async (documents, job) => {
  const [{ cleanDocuments, normaliseCleanOptions }, { analyseArticle, normaliseAnalyseOptions }] =
    await Promise.all([import('../clean/index.js'), import('../analyse/index.js')]);
  const clean = normaliseCleanOptions({ crossDocument: false });
  const analyse = normaliseAnalyseOptions(job.language !== undefined ? { language: job.language } : {});
  for (const { idBase, document } of documents) {
    const doc: SourceDocument = { id: idBase, ...document };
    for (const article of cleanDocuments([doc], clean)) analyseArticle(article, analyse);
  }
};

/** The watcher's readers (`watch`, `serve --watch`), loaded when a page or feed first comes. */
const watchReaders: Record<string, NamedReader> = {
  page: async (payload) => (await import('../watch/readers.js')).readPageJob(payload),
  feed: async (payload) => (await import('../watch/readers.js')).readFeedJob(payload),
};

const port = processPort();
if (port !== undefined) serveReads(port, guard, watchReaders);
