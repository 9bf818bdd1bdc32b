import type { InputError } from '../core/types.js';
import type { OutputStream } from './io.js';

/** Per-input errors on stderr, one line each, after a count. */
export function reportErrors(stderr: OutputStream, errors: readonly InputError[], total: number): void {
  if (errors.length === 0) return;
  stderr.write(`lagebild: ${errors.length} of ${total} input${total === 1 ? '' : 's'} could not be used:\n`);
  for (const e of errors) stderr.write(`  ${e.file}: ${e.reason}\n`);
}
