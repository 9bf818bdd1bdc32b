import type { CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** In-process CLI io: captured stdout/stderr, optional stdin bytes. */
export function fakeIo(stdin?: string | Uint8Array, stdoutIsTTY = false): FakeIo {
  let out = '';
  let err = '';
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  return {
    stdout: { write: (s: string) => void (out += s), isTTY: stdoutIsTTY },
    stderr: { write: (s: string) => void (err += s), isTTY: false },
    readStdin: async () => bytes ?? new Uint8Array(),
    stdinIsTTY: bytes === undefined,
    out: () => out,
    err: () => err,
  };
}
