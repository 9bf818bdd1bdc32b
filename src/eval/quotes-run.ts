/** Runs `eval quotes` on one quotes-de folder: the articles, the system (as `brief` runs it) and the scorer. */
import { DataError } from './errors.js';
import { loadLagebildQuotes } from './lagebild.js';
import { evaluateQuotes, loadQuoteArticles, type QuotesReport } from './quotes.js';
import type { ProgressCallback } from './tasks.js';

export interface QuotesTask {
  readonly data: string;
  readonly limit?: number;
}

/** Measures one quotes-de folder; progress goes to the callback. Throws `DataError` on missing or bad data. */
export async function quotesEval(task: QuotesTask, onProgress?: ProgressCallback): Promise<QuotesReport> {
  const articles = loadQuoteArticles(task.data);
  const { systems, notes } = await loadLagebildQuotes();
  const system = systems['lagebild'];
  if (system === undefined) throw new DataError(notes.join('; '));
  return evaluateQuotes(articles, system, 'quotes-de', {
    ...(task.limit !== undefined ? { limit: task.limit } : {}),
    ...(onProgress !== undefined ? { onProgress } : {}),
  });
}
