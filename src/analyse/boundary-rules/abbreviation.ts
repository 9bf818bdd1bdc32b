import { isAbbreviation } from '../sentence-tables.js';
import type { BoundaryRule } from './types.js';
import { isSentenceStarter } from './words.js';

/**
 * A known abbreviation (`Dr.`, `ca.`, `Nr.`, `z.B.`, `U.S.`) does not end the sentence — unless a sentence
 * starter follows (`… Äpfel usw. Die Händler`, `… the U.S. The talks`).
 */
export const abbreviation: BoundaryRule = {
  name: 'abbreviation',
  decide(c, tables) {
    if (c.punct !== '.' || !isAbbreviation(tables, c.prevWord)) return undefined;
    return isSentenceStarter(c.nextWord, tables);
  },
};
