/** A problem with an evaluation data file (missing, unreadable, bad JSON, wrong shape): exit code 2. */
export class DataError extends Error {
  override readonly name = 'DataError';
}
