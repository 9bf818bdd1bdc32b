import type { NounEndings } from '../noun-rules.js';

/**
 * English noun endings, lower case. The German endings are read on English text as well (see `NounEndings`): a word
 * in "-tion" is no name here either.
 */
export const NOUN_ENDINGS: NounEndings = {
  // "Darkness", "Government", "University": no place, but "Clement" and "Trinity" may be someone's name.
  notPlace: ['ness', 'ment', 'ity'],
};
