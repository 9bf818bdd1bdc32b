/** Ingest options as a user gives them, and the normalised form the stage works with. */
import { DEFAULT_BUDGET_MS, tooSlowReason } from '../core/budget.js';
import type { InputFormat } from '../core/types.js';

export { tooSlowReason };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 8;
/** Milliseconds one input may take to be read (decoded, parsed, its documents made) before it is refused. */
export const DEFAULT_READ_BUDGET_MS = DEFAULT_BUDGET_MS;

/** Options as a user (or the CLI) gives them; every field is optional. */
export interface IngestOptions {
  /** Inputs larger than this many bytes are refused (default 5 MB = 5 × 1024 × 1024). */
  readonly maxBytes?: number;
  /** Read every input as this format instead of detecting it (default `auto`). */
  readonly format?: InputFormat | 'auto';
  /** How many files are read at the same time (default 8). */
  readonly concurrency?: number;
  /**
   * How long one input may take to be read, in ms (default 60 000): checked between the reading stages (decode,
   * format, parse) and at the end; an input over it is refused alone as `too slow to read`.
   */
  readonly budgetMs?: number;
  /** The clock the budget is measured with, in ms (default `performance.now`; tests give their own). */
  readonly now?: () => number;
}

/** What the ingest stage works with: every option decided. */
export interface NormalisedIngestOptions {
  readonly maxBytes: number;
  readonly format: InputFormat | 'auto';
  readonly concurrency: number;
  readonly budgetMs: number;
  readonly now: () => number;
}

const FORMATS: ReadonlySet<string> = new Set(['auto', 'text', 'html', 'json']);

/** Fills in defaults and checks values; throws a `RangeError` with a user-facing message on a bad value. */
export function normaliseIngestOptions(options: IngestOptions = {}): NormalisedIngestOptions {
  const { maxBytes = DEFAULT_MAX_BYTES, format = 'auto', concurrency = DEFAULT_CONCURRENCY } = options;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`the size limit must be a positive number of bytes, not ${String(maxBytes)}`);
  }
  if (!FORMATS.has(format))
    throw new RangeError(`unknown input format "${String(format)}" (auto, text, html, json)`);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, not ${String(concurrency)}`);
  }
  const budgetMs = options.budgetMs ?? DEFAULT_READ_BUDGET_MS;
  if (!Number.isFinite(budgetMs) || budgetMs <= 0) {
    throw new RangeError(`the read budget must be a positive number of ms, not ${String(budgetMs)}`);
  }
  const now = options.now ?? (() => performance.now());
  return { maxBytes: Math.floor(maxBytes), format, concurrency, budgetMs, now };
}

function formatUnit(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${String(Number((bytes / MB).toFixed(1)))} MB`;
  if (bytes >= 1024) return `${String(Number((bytes / 1024).toFixed(1)))} KB`;
  return `${String(bytes)} bytes`;
}

/** `file is 7.2 MB, over the 5 MB limit (raise it with --max-size)`; exact byte counts when rounding hides the gap. */
export function sizeLimitReason(size: number, limit: number, what = 'file'): string {
  let shown = formatUnit(size);
  let allowed = formatUnit(limit);
  if (shown === allowed) [shown, allowed] = [`${String(size)} bytes`, `${String(limit)} bytes`];
  return `${what} is ${shown}, over the ${allowed} limit (raise it with --max-size)`;
}
