import type { SentenceTables } from '../sentence-tables.js';

/** A place where a sentence may end: a run of `.`, `!`, `?` or `…`, with what stands around it. */
export interface Candidate {
  readonly text: string;
  /** End of the segment the candidate is in (a block, or the part of it up to a bullet or blank line). */
  readonly segmentEnd: number;
  readonly punctStart: number;
  readonly punctEnd: number;
  /** The punctuation run: `.`, `?!`, `...`, `…`. */
  readonly punct: string;
  /** After the punctuation and the closing quotes/brackets right behind it: where the sentence would end. */
  readonly end: number;
  /** The word right before the punctuation, with inner periods (`z.B`, `25.4.2019`, `U.S`); `''` when none. */
  readonly prevWord: string;
  readonly prevWordStart: number;
  /** Whitespace follows `end`. */
  readonly spaceAfter: boolean;
  /** Index of the first non-space character after `end` (`segmentEnd` when there is none). */
  readonly next: number;
  /** The next word, after spaces, opening quotes/brackets and dashes; `''` when none. */
  readonly nextWord: string;
  /** A quote or bracket opened before the punctuation is still open after `end`. */
  readonly insideEnclosure: boolean;
}

/**
 * One named rule of sentence segmentation. The rules run in order; the first with an opinion decides.
 * `true`: a sentence ends at `candidate.end`; `false`: it does not; `undefined`: ask the next rule.
 */
export interface BoundaryRule {
  readonly name: string;
  decide(candidate: Candidate, tables: SentenceTables): boolean | undefined;
}
