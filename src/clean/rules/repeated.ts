import { perLine } from './types.js';

/** Cross-document signal: a short line that also stands in other articles of the set is page furniture. */
export const repeatedAcrossArticles = perLine('repeated-across-articles', (line, { repeated }) =>
  repeated.has(line.key) ? { reason: 'repeated-across-articles' } : undefined,
);

/** The most words a line may have to count as furniture when it repeats across articles. */
export const REPEATED_MAX_WORDS = 8;
