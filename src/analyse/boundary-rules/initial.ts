import { isLetter } from '../chars.js';
import type { BoundaryRule } from './types.js';
import { isSentenceStarter, isSingleLetter } from './words.js';

/** `X. ` right before `start`: the previous word is a single letter with a period (`z. B.`, `u. a.`). */
function afterSingleLetter(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  if (i < 1 || text.charCodeAt(i) !== 0x2e || !isLetter(text.charCodeAt(i - 1))) return false;
  return i < 2 || !isLetter(text.charCodeAt(i - 2));
}

/**
 * A single letter with a period is an initial (`A. Merkel`) or part of a spaced abbreviation (`z. B.`, `u. a.`,
 * `d. h.`): no end — unless a standalone letter is followed by a sentence starter (`Plan B. Die Regierung`).
 */
export const initial: BoundaryRule = {
  name: 'initial',
  decide(c, tables) {
    if (c.punct !== '.' || !isSingleLetter(c.prevWord)) return undefined;
    if (afterSingleLetter(c.text, c.prevWordStart)) return false;
    if (isSingleLetter(c.nextWord) && c.text.charCodeAt(c.next + 1) === 0x2e) return false;
    return isSentenceStarter(c.nextWord, tables);
  },
};
