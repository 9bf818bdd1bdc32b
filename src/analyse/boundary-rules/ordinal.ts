import type { BoundaryRule } from './types.js';
import { isNumeric, isSentenceStarter, startsDigit, startsUpper } from './words.js';

/**
 * A number with a period, where the language writes ordinals that way (German): `am 1. Mai`, `der 3. Oktober`,
 * `2. Bundesliga` are ordinals; `seit 2013. Die Einfuhr`, `auf 12. Die Polizei` end a sentence (a sentence
 * starter follows), and so does a year or a full date before a capitalised word (`seit 2013. Kim`).
 */
export const ordinal: BoundaryRule = {
  name: 'ordinal',
  decide(c, tables) {
    if (!tables.ordinals || c.punct !== '.' || !isNumeric(c.prevWord)) return undefined;
    const next = c.nextWord;
    if (tables.months.has(next.toLowerCase())) return false;
    if (startsDigit(next)) return c.prevWord.length > 2;
    if (isSentenceStarter(next, tables)) return true;
    if (!startsUpper(next)) return undefined;
    const last = c.prevWord.slice(c.prevWord.lastIndexOf('.') + 1);
    return last.length >= 4;
  },
};
