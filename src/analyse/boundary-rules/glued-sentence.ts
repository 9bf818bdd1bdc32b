import { isLower } from '../chars.js';
import { isAbbreviation } from '../sentence-tables.js';
import type { BoundaryRule } from './types.js';

/**
 * A full stop glued to the next sentence, as extraction sometimes leaves it: `gesprochen.Die Lage`. Needs a
 * lower-case word of three letters or more before and a capitalised word (not followed by another period, as in
 * a domain) after.
 */
export const gluedSentence: BoundaryRule = {
  name: 'glued-sentence',
  decide(c, tables) {
    if (c.spaceAfter || c.punct !== '.' || c.end !== c.punctEnd) return undefined;
    const prev = c.prevWord;
    if (prev.length < 3 || prev.includes('.') || isAbbreviation(tables, prev)) return undefined;
    if (!isLower(prev.charCodeAt(prev.length - 1)) || !isLower(prev.charCodeAt(prev.length - 2)))
      return undefined;
    const before = c.text.charCodeAt(c.prevWordStart - 1);
    if (before === 0x2e || before === 0x2f || before === 0x40) return undefined; // . / @
    const word = c.nextWord;
    if (word.length < 2 || c.next !== c.end) return undefined;
    const first = word.charCodeAt(0);
    if (first < 0x41 || !/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
    const after = c.text.charCodeAt(c.next + word.length);
    return after === 0x2e || after === 0x2f ? undefined : true;
  },
};
