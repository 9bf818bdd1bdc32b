import { abbreviation } from './abbreviation.js';
import { continuationPunctuation } from './continuation-punctuation.js';
import { ellipsis } from './ellipsis.js';
import { endOfSegment } from './end-of-segment.js';
import { fullStop } from './full-stop.js';
import { gluedSentence } from './glued-sentence.js';
import { initial } from './initial.js';
import { insideEnclosure } from './inside-enclosure.js';
import { lowercaseNext } from './lowercase-next.js';
import { noSpaceAfter } from './no-space-after.js';
import { ordinal } from './ordinal.js';
import { strongPunctuation } from './strong-punctuation.js';
import type { BoundaryRule } from './types.js';

export type { BoundaryRule, Candidate } from './types.js';

/**
 * The boundary rules in the order they run; the first with an opinion decides. Order matters: the end of the
 * segment always ends a sentence, layout (`,` after a quote, no space, an open quote) comes before words, a
 * lower-case next word vetoes everything after, and the full stop is the default.
 */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  endOfSegment,
  continuationPunctuation,
  gluedSentence,
  noSpaceAfter,
  insideEnclosure,
  lowercaseNext,
  strongPunctuation,
  ellipsis,
  initial,
  abbreviation,
  ordinal,
  fullStop,
];
