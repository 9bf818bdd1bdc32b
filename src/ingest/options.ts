/** Ingest options as a user gives them, and the normalised form the stage works with. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUDGET_MS, DEFAULT_MEMORY_MB, tooLargeReason, tooSlowReason } from '../core/budget.js';
import type { InputFormat } from '../core/types.js';

export { tooLargeReason, tooSlowReason, DEFAULT_MEMORY_MB };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_CONCURRENCY = 8;
/** Milliseconds one input may take to be read (decoded, parsed, its documents made) before it is refused. */
export const DEFAULT_READ_BUDGET_MS = DEFAULT_BUDGET_MS;

/**
 * Starts the hard time limit of one input (`ms` after the worker started it, `fire` ends it) and returns what
 * cancels it; `file` names the input. The default is `setTimeout`; a test gives its own (never the wall clock).
 */
export type HardTimer = (ms: number, fire: () => void, file: string) => () => void;

/** A stage of an input's work in a worker after its reading: `prepare` is the guard's cleaning and analysis. */
export type ReadStage = 'prepare';

/** The worker script that reads inputs (read-pool.ts): beside this module (in a build it is JavaScript). */
export const DEFAULT_WORKER_URL = new URL('./read-worker.js', import.meta.url);

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
  /**
   * Megabytes of heap the reading of one whole input may use (default 512): enforced when it is read in a worker
   * thread (`isolate`); an input over it is refused alone as `too large to read`.
   */
  readonly maxMemoryMb?: number;
  /**
   * Read each whole input in a worker thread under the time and memory budget, stopped when it passes them
   * (src/ingest/read-pool.ts). Default: when the worker script is built (JavaScript beside this module), unless
   * a clock is given (`now`: the budget is then measured by that clock, in this thread).
   */
  readonly isolate?: boolean;
  /**
   * Inputs smaller than this many bytes are read in this thread even when `isolate` (default 16 KB): a worker
   * costs about 0.1–0.15 CPU-s to start, as much as reading a few hundred small text files (docs/design.md).
   */
  readonly isolateFromBytes?: number;
  /** The worker script (default read-worker.js beside this module; tests give the built one). */
  readonly workerUrl?: URL;
  /** The hard time limit of an input read in a worker (default `setTimeout`; tests give their own). */
  readonly timer?: HardTimer;
  /**
   * Documents of an input read in a worker with at least this many characters of text are also cleaned and
   * analysed there, under the same hard limits, by a worker script that guards (src/cli/guard-worker.ts; the
   * default read-worker.js only reads): one that passes them fails its input alone (default 64 K characters).
   */
  readonly guardFromChars?: number;
  /** The language the guard analyses in (the command's `--lang`; default: detected, as the analysis does). */
  readonly guardLanguage?: string;
  /** Told when a worker moves on to a stage of an input after reading it (`prepare`: the guard). */
  readonly onStage?: (file: string, stage: ReadStage) => void;
}

/**
 * The options of reading whole inputs that a long-running shell (`serve`, `watch`) passes on: the worker thread and
 * its limits, and the test hooks.
 */
export type ReadingOptions = Pick<
  IngestOptions,
  | 'budgetMs'
  | 'maxMemoryMb'
  | 'isolate'
  | 'isolateFromBytes'
  | 'workerUrl'
  | 'timer'
  | 'onStage'
  | 'guardFromChars'
  | 'guardLanguage'
>;

/** What the ingest stage works with: every option decided. */
export interface NormalisedIngestOptions {
  readonly maxBytes: number;
  readonly format: InputFormat | 'auto';
  readonly concurrency: number;
  readonly budgetMs: number;
  readonly now: () => number;
  readonly maxMemoryMb: number;
  /**
   * Set when whole inputs are read in worker threads: the script, the size from which an input is (smaller ones
   * are read in this thread) and the hard timer (undefined: `setTimeout`).
   */
  readonly isolation?: {
    readonly workerUrl: URL;
    readonly fromBytes: number;
    readonly timer?: HardTimer;
    /** What a worker that guards cleans and analyses: documents from `fromChars` characters, in `language`. */
    readonly guard: { readonly fromChars: number; readonly language?: string };
    readonly onStage?: (file: string, stage: ReadStage) => void;
  };
}

/** Inputs from this size on are read in a worker thread (when isolated); smaller ones in this thread. */
export const DEFAULT_ISOLATE_FROM_BYTES = 16 * 1024;

/**
 * Documents from this many characters of text on are cleaned and analysed in the worker as a guard (64 K): none
 * of the 271 Multi-News documents and 181 Scrapinghub article bodies is as long (the longest: 40 K, 53 K), so a
 * command on ordinary news pays nothing; at 32 K one of each was, and a call paid about 0.25 CPU-s for loading
 * and warming the stages in the worker (docs/design.md, "Bounded work per input").
 */
export const DEFAULT_GUARD_FROM_CHARS = 64 * 1024;

/** Whether the worker script exists (it does in a build; a test run from the TypeScript sources has none). */
function built(url: URL): boolean {
  return url.protocol === 'file:' && existsSync(fileURLToPath(url));
}

function isolation(options: IngestOptions): NormalisedIngestOptions['isolation'] {
  const workerUrl = options.workerUrl ?? DEFAULT_WORKER_URL;
  const wanted = options.isolate ?? (options.now === undefined && built(workerUrl));
  if (!wanted) return undefined;
  const fromBytes = options.isolateFromBytes ?? DEFAULT_ISOLATE_FROM_BYTES;
  if (!Number.isFinite(fromBytes) || fromBytes < 0)
    throw new RangeError(`isolateFromBytes must be a number of bytes, not ${String(fromBytes)}`);
  const fromChars = options.guardFromChars ?? DEFAULT_GUARD_FROM_CHARS;
  if (!Number.isFinite(fromChars) || fromChars < 0)
    throw new RangeError(`guardFromChars must be a number of characters, not ${String(fromChars)}`);
  const language = options.guardLanguage;
  return {
    workerUrl,
    fromBytes,
    guard: { fromChars, ...(language !== undefined ? { language } : {}) },
    ...(options.timer !== undefined ? { timer: options.timer } : {}),
    ...(options.onStage !== undefined ? { onStage: options.onStage } : {}),
  };
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
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MEMORY_MB;
  if (!Number.isInteger(maxMemoryMb) || maxMemoryMb < 1) {
    throw new RangeError(`the memory budget must be a whole number of MB, not ${String(maxMemoryMb)}`);
  }
  const isolated = isolation(options);
  return {
    maxBytes: Math.floor(maxBytes),
    format,
    concurrency,
    budgetMs,
    now,
    maxMemoryMb,
    ...(isolated !== undefined ? { isolation: isolated } : {}),
  };
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
