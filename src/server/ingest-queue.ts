/**
 * The server's ingest queue: `POST /api/articles` stores the articles in the request (cleaned, analysed,
 * de-duplicated and assigned to stories, committed) and queues the rest of the ingest — storyline links, the
 * briefs of the stories that changed, alerts — here. One worker runs it in the server process, taking every job
 * waiting at once (a story changed by several jobs gets one refresh). While a story's brief is refreshed its old
 * brief stays readable (`stale: true`). The queue is bounded: a full queue refuses new posts with 503 and
 * `Retry-After` before anything is stored. Closing drains it. If the process dies instead, nothing stored is
 * lost: the stories stay marked stale in the store and the next refresh (an ingest, `lagebild refresh`) makes
 * their briefs.
 */
import { randomUUID } from 'node:crypto';
import { messageOf } from '../core/result.js';
import type { InputError } from '../core/types.js';
import type { IngestOutcome, Store } from '../store/types.js';
import { ApiError, queueFull } from './errors.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** One accepted post, as `GET /api/ingest/{id}` shows it. */
export interface IngestJob {
  readonly id: string;
  state: JobState;
  /** When it was accepted and when its refresh ended (ISO 8601; null while not ended). */
  readonly submitted: string;
  finished: string | null;
  readonly added: IngestOutcome['added'];
  readonly duplicates: IngestOutcome['duplicates'];
  /** Articles of the post that were not used (with why), known when it was accepted. */
  readonly failed: readonly InputError[];
  /** What went wrong in its refresh (`failed` state): a brief not made, an alert not raised, a crash. */
  errors: readonly InputError[];
}

export interface IngestQueueOptions {
  /** Most jobs waiting (not counting those being run); one more is refused with 503. */
  readonly maxQueued: number;
  /** Seconds a refused client is told to wait (`Retry-After`). */
  readonly retryAfter: number;
  /** Finished jobs remembered for `GET /api/ingest/{id}` (the oldest are forgotten first). */
  readonly keep: number;
  readonly log: (line: string) => void;
  readonly now?: () => Date;
}

/** A place held in the queue while the request stores its articles. */
export interface Reservation {
  /** Queues the refresh of what the request stored. */
  submit(outcome: IngestOutcome, failed: readonly InputError[]): IngestJob;
  /** Gives the place back (nothing was stored, or nothing needs a refresh). */
  cancel(): void;
}

/** Problems that concern this job: its stories' briefs, and whatever is not about one story. */
function problemsOf(job: IngestJob, problems: readonly InputError[]): InputError[] {
  const stories = new Set(job.added.map((a) => `story ${a.story}`));
  return problems.filter((p) => !p.file.startsWith('story ') || stories.has(p.file));
}

/** Lets the event loop answer other requests (reads) before the next piece of work. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class IngestQueue {
  private readonly jobs = new Map<string, IngestJob>();
  private readonly settled = new Map<string, Promise<void>>();
  private readonly wake = new Map<string, () => void>();
  private waiting: IngestJob[] = [];
  private reserved = 0;
  private closing = false;
  private worker: Promise<void> | undefined;
  private readonly now: () => Date;

  constructor(
    private readonly store: Store,
    private readonly options: IngestQueueOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Jobs waiting, and places held by requests still storing. */
  get length(): number {
    return this.waiting.length + this.reserved;
  }

  /** Holds a place, or throws 503 (`queue_full` with `Retry-After`, or `shutting_down`). */
  reserve(): Reservation {
    if (this.closing) {
      throw new ApiError(503, 'shutting_down', 'the server is stopping; send again later', undefined, {
        'retry-after': String(this.options.retryAfter),
      });
    }
    if (this.length >= this.options.maxQueued) throw queueFull(this.length, this.options.retryAfter);
    this.reserved++;
    let open = true;
    const release = (): void => {
      if (!open) throw new Error('the reservation was used already');
      open = false;
      this.reserved--;
    };
    return {
      submit: (outcome, failed) => {
        release();
        return this.enqueue(outcome, failed);
      },
      cancel: release,
    };
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when the job is done or failed. */
  whenSettled(job: IngestJob): Promise<void> {
    return this.settled.get(job.id) ?? Promise.resolve();
  }

  /** Refuses new jobs and resolves when every queued job has been run. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.worker !== undefined) await this.worker;
  }

  private enqueue(outcome: IngestOutcome, failed: readonly InputError[]): IngestJob {
    const job: IngestJob = {
      id: randomUUID(),
      state: 'queued',
      submitted: this.now().toISOString(),
      finished: null,
      added: outcome.added,
      duplicates: outcome.duplicates,
      failed,
      errors: [],
    };
    this.jobs.set(job.id, job);
    this.settled.set(job.id, new Promise((resolve) => this.wake.set(job.id, resolve)));
    this.waiting.push(job);
    this.start();
    return job;
  }

  private start(): void {
    if (this.worker !== undefined) return;
    this.worker = this.work().finally(() => {
      this.worker = undefined;
      if (this.waiting.length > 0) this.start();
    });
  }

  /** Runs the waiting jobs, all those waiting at a time, until none is left. */
  private async work(): Promise<void> {
    // the request that queued the job is answered first
    await nextTurn();
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      for (const job of batch) job.state = 'running';
      let problems: readonly InputError[];
      try {
        problems = await this.store.completeIngest(batch.flatMap((job) => job.added));
      } catch (error) {
        const reason = `refresh not completed: ${messageOf(error)}`;
        this.options.log(`lagebild serve: ingest queue: ${reason}`);
        problems = [{ file: 'ingest', reason }];
      }
      for (const job of batch) this.finish(job, problemsOf(job, problems));
      await nextTurn();
    }
  }

  private finish(job: IngestJob, errors: readonly InputError[]): void {
    job.errors = errors;
    job.state = errors.length > 0 ? 'failed' : 'done';
    job.finished = this.now().toISOString();
    this.wake.get(job.id)?.();
    this.wake.delete(job.id);
    this.settled.delete(job.id);
    this.forgetOld();
  }

  /** Keeps at most `keep` finished jobs (in order of acceptance, the oldest finished go first). */
  private forgetOld(): void {
    let finished = 0;
    for (const job of this.jobs.values()) if (job.finished !== null) finished++;
    for (const [id, job] of this.jobs) {
      if (finished <= this.options.keep) break;
      if (job.finished === null) continue;
      this.jobs.delete(id);
      finished--;
    }
  }
}
