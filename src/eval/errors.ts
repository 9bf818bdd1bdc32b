import { readFileSync } from 'node:fs';

/** A problem with an evaluation data file (missing, unreadable, bad JSON, wrong shape): exit code 2. */
export class DataError extends Error {
  override readonly name = 'DataError';
}

/** Reads a data file as UTF-8; a missing or unreadable file becomes a `DataError` naming it. */
export function readDataFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}
