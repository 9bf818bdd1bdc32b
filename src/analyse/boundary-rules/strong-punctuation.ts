import type { BoundaryRule } from './types.js';

const STRONG = /[!?‽。！？]/u;

/** `!` and `?` end a sentence (what would make them not end one was ruled out before). */
export const strongPunctuation: BoundaryRule = {
  name: 'strong-punctuation',
  decide: (c) => (STRONG.test(c.punct) ? true : undefined),
};
