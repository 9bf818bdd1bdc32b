import type { HardTimer, ReadStage } from '../ingest/options.js';

/** What a command may touch of the outside world; tests pass fakes, `bin.ts` passes the process. */
export interface OutputStream {
  write(chunk: string): void;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Whole standard input as bytes (called at most once). */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Standard input chunk by chunk as it arrives (`cluster` on a stream); when absent, `readStdin` is used. */
  readonly stdinChunks?: () => AsyncIterable<Uint8Array | string>;
  readonly stdinIsTTY: boolean;
  /** The clock the time budget of an input is measured with, in ms (default `performance.now`; tests tick their own). */
  readonly now?: () => number;
  /**
   * The worker inputs from 16 KB are read (and their large documents guarded) in: its script (default
   * guard-worker.js beside the commands, when built), its hard timer and stage listener (tests give their own).
   */
  readonly readWorker?: {
    readonly url?: URL;
    readonly timer?: HardTimer;
    readonly onStage?: (file: string, stage: ReadStage) => void;
  };
}

/** Documented exit codes of every command. */
export const EXIT = {
  /** Everything given was used. */
  ok: 0,
  /** Some inputs failed (see stderr), but a result was made. */
  partial: 1,
  /** Usage error, or nothing usable in the input. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
