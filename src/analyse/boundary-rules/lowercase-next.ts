import type { BoundaryRule } from './types.js';
import { startsLower } from './words.js';

/** The next word is lower case: `ca. fünf`, `z. B. die`, `Er zögerte ... und ging`, `"Wer?" fragte er`. */
export const lowercaseNext: BoundaryRule = {
  name: 'lowercase-next',
  decide: (c) => (startsLower(c.nextWord) ? false : undefined),
};
