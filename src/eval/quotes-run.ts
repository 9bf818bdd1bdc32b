/** Runs `eval quotes` on one quotes-de folder: the articles, the system (as `brief` runs it) and the scorer. */
import type { CliIo } from '../cli/io.js';
import { DataError } from './errors.js';
import { loadLagebildQuotes } from './lagebild.js';
import { evaluateQuotes, loadQuoteArticles, type QuotesReport } from './quotes.js';
import { progress } from './report.js';

export interface QuotesFlags {
  readonly data: string;
  readonly json?: boolean;
  readonly limit?: number;
}

/** Runs the evaluation (progress on stderr, nothing on stdout). Throws `DataError`. */
export async function quotesEval(flags: QuotesFlags, io: Pick<CliIo, 'stderr'>): Promise<QuotesReport> {
  const articles = loadQuoteArticles(flags.data);
  const { systems, notes } = await loadLagebildQuotes();
  const system = systems['lagebild'];
  if (system === undefined) throw new DataError(notes.join('; '));
  const bar = progress(io.stderr, 'eval quotes');
  try {
    return evaluateQuotes(articles, system, 'quotes-de', {
      ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
      onProgress: (done, total) => bar.update(done, total),
    });
  } finally {
    bar.stop();
  }
}
