/**
 * Reading untrusted inputs in child processes (issue 17, item 1): each whole input is read (`readBytes`: decode →
 * format → parse) by one of a few reused reader processes, each under a heap limit (`--max-old-space-size` = the
 * memory budget) and a hard time limit (the process is killed when the time budget passes). So even a stage that
 * never ends, or one that allocates without bound, fails its input alone — `too slow to read` or `too large to
 * read`, with the file — and the other inputs go on in a fresh process. Processes, not worker threads: a worker
 * stopped at its heap limit, or terminated in the middle of its work, can abort the whole process inside Node
 * (seen once in CI: `NodePlatform::ForIsolate` asserting while V8's compiler posted a task for a worker being torn
 * down; Node documents the worker's heap limit as best-effort), while a reader process that aborts is one exit
 * code. A reader costs about 0.1–0.2 CPU-s to start (Node and the readers are loaded again); the pool starts them
 * as inputs wait, at most `size`, and reuses them. The script decides what a job is: read-worker.js reads; the
 * commands' guard-worker.js (src/cli) also cleans and analyses the input's long documents under the same limits
 * (read-serve.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { tooLargeReason, tooSlowReason } from '../core/budget.js';
import type { InputBytes, InputOutcome, PendingDocument } from './documents.js';
import { DEFAULT_WORKER_URL, type HardTimer, type IngestOptions, type ReadStage } from './options.js';

export type { ReadStage };

/**
 * What a reader process that guards (read-serve.ts) cleans and analyses after reading: the documents with at least
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

/** The options a reader process reads an input with (the clock is its own), and what it guards. */
export type JobOptions = Pick<Required<IngestOptions>, 'maxBytes' | 'format' | 'budgetMs'> & {
  readonly guard?: GuardJob;
};

/**
 * A reader of the reader script by name (read-serve.ts `readers`: the built-in `record`, the watcher's `page` and
 * `feed`), with what it reads (structured-cloned to the process).
 */
export interface NamedRead {
  readonly name: string;
  readonly payload: unknown;
}

/**
 * One input sent to a reader process; with `documents`, an input already read (a JSON Lines record) whose documents the
 * process only guards (its outcome then has no documents: the caller keeps its own); with `reader`, something the
 * named reader of the script reads instead of `input.bytes` (`input.file` still names it).
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

/** What a reader process posts back: that it started an input, that it moved on to a stage, then the outcome. */
export type ReadReply =
  | { readonly id: number; readonly started: true }
  | { readonly id: number; readonly stage: ReadStage }
  | { readonly id: number; readonly outcome: InputOutcome; readonly value?: unknown };

export interface ReadLimits {
  /** Milliseconds one input may take to be read. */
  readonly budgetMs: number;
  /** Megabytes of heap (V8's old generation) the process reading one input may use. */
  readonly maxMemoryMb: number;
  /** The reader script (default: read-worker.js next to this module). */
  readonly workerUrl?: URL;
  /** How many reader processes at most (default: the machine's cores, at most `concurrency`). */
  readonly size?: number;
  readonly timer?: HardTimer;
  /** Told when a reader process moves on to a stage of an input (progress; a test's timer runs out there). */
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
  readonly child: ChildProcess;
  /** Resolves when the process has ended. */
  readonly ended: Promise<void>;
  running?: Waiting | undefined;
  cancel?: (() => void) | undefined;
  /** Set when the pool gave up on this process (its input failed, or the pool closed). */
  dead?: boolean;
  /** The end of what the process wrote to stderr (V8 names an out-of-memory stop there before it aborts). */
  stderr: string;
}

/** How much of a reader's stderr is kept: enough for V8's out-of-memory report. */
const STDERR_KEPT = 4096;

const fail = (file: string, reason: string): ReaderResult => ({
  outcome: { pending: [], errors: [{ file, reason }] },
});

/** V8's words when a heap passes its limit (`FATAL ERROR: Reached heap limit Allocation failed - …`). */
const OUT_OF_MEMORY =
  /heap limit|heap out of memory|Allocation failed|invalid (?:array|table) (?:length|size)/u;

/** A line of a stack trace Node prints when it aborts (`----- Native stack trace -----`, ` 1: 0x…`, ` 1: abort (file…)`, `at …`). */
const STACK_LINE = /^(?:-{3,}|\d+: |at )/u;

/**
 * Why a reader process that ended in the middle of an input failed it: over its heap limit when V8 said so on
 * stderr, else how it ended (exit code or signal) and the first line it wrote that is not a stack trace's (an
 * assertion, an uncaught error's message).
 */
export function stoppedReason(
  ended: { code: number | null; signal: NodeJS.Signals | null; stderr: string },
  maxMemoryMb: number,
): string {
  if (OUT_OF_MEMORY.test(ended.stderr)) return tooLargeReason(maxMemoryMb);
  const how = ended.signal !== null ? `signal ${ended.signal}` : `exit code ${String(ended.code)}`;
  const said = ended.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !STACK_LINE.test(line));
  return `could not be read: the reader stopped (${how})${said !== undefined ? `: ${said.slice(0, 200)}` : ''}`;
}

/** A few reused reader processes that read whole inputs under the time and memory budget. */
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

  /** Reads one input in a reader process; never rejects (a failure is the input's error). */
  read(
    input: InputBytes,
    options: JobOptions,
    documents?: readonly PendingDocument[],
  ): Promise<InputOutcome> {
    return this.run(input, options, documents !== undefined ? { documents } : {}).then((r) => r.outcome);
  }

  /**
   * Reads `payload` with the reader script's reader `name` (read-serve.ts), `file` naming it in errors; never
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
   * Guards documents already read (`file`'s JSON Lines record) in a reader process: their cleaning and analysis under the
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

  /** Ends every reader process; inputs still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0))
      waiting.done(fail(waiting.job.input.file, 'could not be read: reading stopped'));
    const slots = [...this.idle.splice(0), ...this.busy];
    for (const slot of slots) this.giveUp(slot, 'could not be read: reading stopped');
    for (const slot of slots) {
      hold(slot.child, true); // an idle process is unref'd: its exit would not keep this process waiting for it
      slot.child.kill('SIGKILL');
    }
    await Promise.all(slots.map((slot) => slot.ended));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (slot === undefined) return;
      const waiting = this.queue.shift() as Waiting;
      slot.running = waiting;
      this.busy.add(slot);
      hold(slot.child, true);
      slot.child.send(waiting.job, (error) => {
        // the channel closed before the job went (the process is ending): its exit fails the input
        if (error !== null && slot.dead !== true) slot.child.kill('SIGKILL');
      });
    }
  }

  private spawn(): Slot {
    const child = fork(fileURLToPath(this.limits.workerUrl ?? DEFAULT_WORKER_URL), [], {
      execArgv: [`--max-old-space-size=${String(this.limits.maxMemoryMb)}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let ended: () => void = () => undefined;
    const slot: Slot = { child, ended: new Promise((resolve) => (ended = resolve)), stderr: '' };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (slot.stderr = (slot.stderr + chunk).slice(-STDERR_KEPT)));
    (child.stderr as { unref?: () => void } | null)?.unref?.();
    child.on('message', (reply: ReadReply) => this.replied(slot, reply));
    // a process that could not start ends with an error and maybe no exit
    child.on('error', (error) => this.stopped(slot, `could not be read: ${error.message}`));
    child.on('exit', (code, signal) => {
      ended();
      this.stopped(slot, stoppedReason({ code, signal, stderr: slot.stderr }, this.limits.maxMemoryMb));
    });
    return slot;
  }

  /** A reader process ended (or could not start): its input, if any, fails with `reason`. */
  private stopped(slot: Slot, reason: string): void {
    if (slot.dead === true) return;
    this.giveUp(slot, reason);
    this.pump();
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
    hold(slot.child, false);
    this.idle.push(slot);
    running.done({ outcome: reply.outcome, ...(reply.value !== undefined ? { value: reply.value } : {}) });
    this.pump();
  }

  /**
   * The input's time is up: the process is killed and the input fails, unless its outcome came meanwhile. The
   * check waits one turn of the event loop (`setImmediate` runs after the messages that wait are delivered), so an
   * outcome posted while this thread was busy elsewhere (a long analysis) is taken, not thrown away.
   */
  private expire(slot: Slot, running: Waiting): void {
    setImmediate(() => {
      if (slot.dead === true || slot.running !== running) return;
      this.giveUp(slot, tooSlowReason(this.limits.budgetMs));
      slot.child.kill('SIGKILL');
      this.pump();
    });
  }

  /** Takes a reader process out of the pool; its input, if any, fails with `reason`. */
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

/** Whether a reader process keeps this process alive: while it reads, yes; idle, no (as an idle timer would not). */
function hold(child: ChildProcess, busy: boolean): void {
  if (busy) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}
