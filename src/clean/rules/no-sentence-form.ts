import { atLeastMatches } from '../../core/regexp.js';
import { perLine } from './types.js';

// Patterns tested per line are module constants: a regular expression literal makes a new object
// each time it is evaluated.
const SPACES = /\s+/gu;
const YEAR_ALONE = /^\s*(1\d{3}|20\d\d)\s*$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A short line with no sentence form: no lower-case letter at all ("AP", "+++", "12:30"). Headings ("Bahn und
 * Pipeline") have lower-case words and stay; so do labels like "Die Forderungen:" that introduce a list (labels
 * that lead nowhere, like "Gutscheine:", are in the promotion tables). A year alone ("1861") is the heading of a
 * chronicle's section and stays: the dates below it take their year from it.
 */
export const noSentenceForm = perLine('no-sentence-form', (line) => {
  // more than three pieces between white space is at least three runs of it (the line is not split)
  if (atLeastMatches(SPACES, line.text, 3)) return undefined;
  if (YEAR_ALONE.test(line.text)) return undefined;
  if (!HAS_LOWER.test(line.text)) return { reason: 'no-sentence-form' };
  return undefined;
});
