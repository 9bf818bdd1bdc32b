/**
 * Failures that are values: one shape for every "this input (or story, or record) could not be used, and why"
 * inside the program. A `Problem` is what the CLI and the API report per input (`{file, reason}` — the documented
 * `InputError`), so a failure travels as a value from where it is found to where it is shown, unchanged.
 */
import type { InputError } from './types.js';

/** What went wrong with one input: its file (or another name a user can find it by) and the reason. */
export type Problem = InputError;

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(file: string, reason: string): { readonly ok: false; readonly problem: Problem } {
  return { ok: false, problem: { file, reason } };
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
