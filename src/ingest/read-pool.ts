/**
 * Reading untrusted inputs in worker threads (issue 17, item 1): each whole input is read (`readBytes`: decode →
 * format → parse) by one of a few reused workers, each under V8 resource limits (`maxOldGenerationSizeMb` = the
 * memory budget) and a hard time limit (the worker is terminated when the time budget passes). So even a stage
 * that never ends, or one that allocates without bound, fails its input alone — `too slow to read` or `too large
 * to read`, with the file — and the other inputs go on in a fresh worker. A worker costs about 0.1–0.15 CPU-s to
 * start (it loads and compiles the readers again); the pool starts them as inputs wait, at most `size`, and
 * reuses them. The worker script decides what a job is: read-worker.js reads; the commands' guard-worker.js
 * (src/cli) also cleans and analyses the input's long documents under the same limits (read-serve.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tooLargeReason, tooSlowReason } from '../core/budget.js';
import type { InputBytes, InputOutcome, PendingDocument } from './documents.js';
import { DEFAULT_WORKER_URL, type HardTimer, type IngestOptions, type ReadStage } from './options.js';

export type { ReadStage };

/**
 * What a worker that guards (read-serve.ts) cleans and analyses after reading: the documents with at least
 * `fromChars` characters of text, analysed in `language` when the command forces one.
 */
export interface GuardJob {
  readonly fromChars: number;
  readonly language?: string;
}

/** The documents the guard runs on: those with at least `fromChars` characters of text. */
export function guarded(documents: readonly PendingDocument[], job: GuardJob): PendingDocument[] {
  return documents.filter((p) => p.document.text.length >= job.fromChars);
}

/** The options a worker reads an input with (the clock is its own), and what it guards. */
export type JobOptions = Pick<Required<IngestOptions>, 'maxBytes' | 'format' | 'budgetMs'> & {
  readonly guard?: GuardJob;
};

/**
 * A reader of the worker script by name (read-serve.ts `readers`: the built-in `record`, the watcher's `page` and
 * `feed`), with what it reads (structured-cloned to the worker).
 */
export interface NamedRead {
  readonly name: string;
  readonly payload: unknown;
}

/**
 * One input sent to a worker; with `documents`, an input already read (a JSON Lines record) whose documents the
 * worker only guards (its outcome then has no documents: the caller keeps its own); with `reader`, something the
 * named reader of the worker reads instead of `input.bytes` (`input.file` still names it).
 */
export interface ReadJob {
  readonly id: number;
  readonly input: InputBytes;
  readonly options: JobOptions;
  readonly documents?: readonly PendingDocument[];
  readonly reader?: NamedRead;
}

/**
 * What a named reader gives back: its `value` (sent back as is) and, in `outcome`, the documents the guard cleans
 * and analyses (when the script guards) and the errors that failed the input.
 */
export interface ReaderResult {
  readonly outcome: InputOutcome;
  readonly value?: unknown;
}

/** What a worker posts back: that it started an input, that it moved on to a stage, then the outcome. */
export type ReadReply =
  | { readonly id: number; readonly started: true }
  | { readonly id: number; readonly stage: ReadStage }
  | { readonly id: number; readonly outcome: InputOutcome; readonly value?: unknown };

export interface ReadLimits {
  /** Milliseconds one input may take to be read. */
  readonly budgetMs: number;
  /** Megabytes of heap (V8's old generation) the worker reading one input may use. */
  readonly maxMemoryMb: number;
  /** The worker script (default: read-worker.js next to this module). */
  readonly workerUrl?: URL;
  /** How many workers at most (default: the machine's cores, at most `concurrency`). */
  readonly size?: number;
  readonly timer?: HardTimer;
  /** Told when a worker moves on to a stage of an input (progress; a test's timer runs out there). */
  readonly onStage?: (file: string, stage: ReadStage) => void;
}

const setTimer: HardTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms);
  return () => clearTimeout(timer);
};

interface Waiting {
  readonly job: ReadJob;
  readonly done: (result: ReaderResult) => void;
}

interface Slot {
  readonly worker: Worker;
  running?: Waiting | undefined;
  cancel?: (() => void) | undefined;
  /** Set when the pool gave up on this worker (its input failed, or the pool closed). */
  dead?: boolean;
  /** The last error the worker raised (an out-of-memory stop comes as one, then the exit). */
  error?: unknown;
}

const fail = (file: string, reason: string): ReaderResult => ({
  outcome: { pending: [], errors: [{ file, reason }] },
});

/** Why a worker that stopped in the middle of an input failed it. */
function stoppedReason(error: unknown, maxMemoryMb: number): string {
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return tooLargeReason(maxMemoryMb);
  const message = error instanceof Error ? error.message : 'the reader stopped';
  return `could not be read: ${message}`;
}

/** A few reused worker threads that read whole inputs under the time and memory budget. */
export class ReadPool {
  private readonly idle: Slot[] = [];
  private readonly busy = new Set<Slot>();
  private readonly queue: Waiting[] = [];
  private readonly size: number;
  private readonly timer: HardTimer;
  private nextId = 0;
  private closed = false;

  constructor(private readonly limits: ReadLimits) {
    this.size = Math.max(1, limits.size ?? availableParallelism());
    this.timer = limits.timer ?? setTimer;
  }

  /** Reads one input in a worker; never rejects (a failure is the input's error). */
  read(
    input: InputBytes,
    options: JobOptions,
    documents?: readonly PendingDocument[],
  ): Promise<InputOutcome> {
    return this.run(input, options, documents !== undefined ? { documents } : {}).then((r) => r.outcome);
  }

  /**
   * Reads `payload` with the worker script's reader `name` (read-serve.ts), `file` naming it in errors; never
   * rejects: an input over the limits, or one the reader threw on, comes back with its error and no value.
   */
  readNamed(file: string, reader: NamedRead, options: JobOptions): Promise<ReaderResult> {
    return this.run({ file, base: '', bytes: new Uint8Array() }, options, { reader });
  }

  private run(
    input: InputBytes,
    options: JobOptions,
    extra: Pick<ReadJob, 'documents' | 'reader'>,
  ): Promise<ReaderResult> {
    if (this.closed) return Promise.resolve(fail(input.file, 'could not be read: reading stopped'));
    return new Promise((done) => {
      const job: ReadJob = { id: this.nextId++, input, options, ...extra };
      this.queue.push({ job, done });
      this.pump();
    });
  }

  /**
   * Guards documents already read (`file`'s JSON Lines record) in a worker: their cleaning and analysis under the
   * limits, the result dropped. Resolves with the error that stopped them, or none; never rejects.
   */
  async guard(
    file: string,
    documents: readonly PendingDocument[],
    options: JobOptions,
  ): Promise<InputOutcome['errors']> {
    const input: InputBytes = { file, base: '', bytes: new Uint8Array() };
    return (await this.read(input, options, documents)).errors;
  }

  /** Ends every worker; inputs still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0))
      waiting.done(fail(waiting.job.input.file, 'could not be read: reading stopped'));
    const slots = [...this.idle.splice(0), ...this.busy];
    for (const slot of slots) this.giveUp(slot, 'could not be read: reading stopped');
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (slot === undefined) return;
      const waiting = this.queue.shift() as Waiting;
      slot.running = waiting;
      this.busy.add(slot);
      slot.worker.ref();
      slot.worker.postMessage(waiting.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.limits.workerUrl ?? DEFAULT_WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker };
    worker.on('message', (reply: ReadReply) => this.replied(slot, reply));
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', () => {
      if (slot.dead === true) return;
      this.giveUp(slot, stoppedReason(slot.error, this.limits.maxMemoryMb));
      this.pump();
    });
    return slot;
  }

  private replied(slot: Slot, reply: ReadReply): void {
    const running = slot.running;
    if (slot.dead === true || running === undefined || running.job.id !== reply.id) return;
    if ('started' in reply) {
      const { file } = running.job.input;
      slot.cancel = this.timer(this.limits.budgetMs, () => this.expire(slot, running), file);
      return;
    }
    if ('stage' in reply) {
      this.limits.onStage?.(running.job.input.file, reply.stage);
      return;
    }
    slot.cancel?.();
    slot.cancel = undefined;
    slot.running = undefined;
    this.busy.delete(slot);
    slot.worker.unref();
    this.idle.push(slot);
    running.done({ outcome: reply.outcome, ...(reply.value !== undefined ? { value: reply.value } : {}) });
    this.pump();
  }

  /**
   * The input's time is up: the worker is stopped and the input fails, unless its outcome came meanwhile. The
   * check waits one turn of the event loop (`setImmediate` runs after the messages that wait are delivered), so an
   * outcome posted while this thread was busy elsewhere (a long analysis) is taken, not thrown away.
   */
  private expire(slot: Slot, running: Waiting): void {
    setImmediate(() => {
      if (slot.dead === true || slot.running !== running) return;
      this.giveUp(slot, tooSlowReason(this.limits.budgetMs));
      void slot.worker.terminate();
      this.pump();
    });
  }

  /** Takes a worker out of the pool; its input, if any, fails with `reason`. */
  private giveUp(slot: Slot, reason: string): void {
    slot.dead = true;
    slot.cancel?.();
    this.busy.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    const running = slot.running;
    slot.running = undefined;
    running?.done(fail(running.job.input.file, reason));
  }
}
