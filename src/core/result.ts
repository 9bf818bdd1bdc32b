/**
 * Failures that are values: one shape for every "this input (or story, or record) could not be used, and why"
 * inside the program. A `Problem` is what the CLI and the API report per input (`{file, reason}` — the documented
 * `InputError`), so a failure travels as a value from where it is found to where it is shown, unchanged.
 */
import type { InputError } from './types.js';

/** What went wrong with one input: its file (or another name a user can find it by) and the reason. */
export type Problem = InputError;

/**
 * A value or the problem that stopped it. `P` is `Problem` unless the problem is found where its file is not known
 * yet (a record's number within a file: the caller adds the file).
 */
export type Result<T, P = Problem> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: P };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail(file: string, reason: string): { readonly ok: false; readonly problem: Problem } {
  return { ok: false, problem: { file, reason } };
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
