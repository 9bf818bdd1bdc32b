/**
 * The budget of one input (issue 17): reading it, then cleaning and analysing each of its documents, are measured
 * against a time budget with a clock the caller gives (tests tick their own); an input over it is refused alone as
 * `too slow to read (over its budget of 60 s)` and the others go on. Checked between the stages; the reading of a
 * whole input also runs in a worker thread (src/ingest/read-pool.ts) that is stopped when the budget passes, or
 * when it uses more heap than the memory budget: `too large to read (over its memory budget of 512 MB)`; the
 * commands' worker also cleans and analyses the input's long documents there first (src/cli/guard-worker.ts).
 */

/** Milliseconds one input may take in each checked part of its work before it is refused (default 60 s). */
export const DEFAULT_BUDGET_MS = 60_000;

/** Megabytes of heap the reading of one input may use before it is refused (default 512). */
export const DEFAULT_MEMORY_MB = 512;

export interface Budget {
  /** Milliseconds allowed. */
  readonly budgetMs: number;
  /** The clock, in ms (`performance.now` unless a test gives its own). */
  readonly now: () => number;
}

/** The default budget: 60 s by `performance.now`. */
export function defaultBudget(): Budget {
  return { budgetMs: DEFAULT_BUDGET_MS, now: () => performance.now() };
}

/** `too slow to read (over its budget of 60 s)` */
export function tooSlowReason(budgetMs: number): string {
  return `too slow to read (over its budget of ${String(Number((budgetMs / 1000).toFixed(3)))} s)`;
}

/** `too large to read (over its memory budget of 512 MB)` */
export function tooLargeReason(maxMemoryMb: number): string {
  return `too large to read (over its memory budget of ${String(maxMemoryMb)} MB)`;
}

/** Starts the clock of one piece of work: the function it returns says whether the work is over its budget. */
export function startBudget(budget: Budget): () => boolean {
  const started = budget.now();
  return () => budget.now() - started > budget.budgetMs;
}
