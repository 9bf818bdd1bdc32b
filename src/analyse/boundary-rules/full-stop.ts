import type { BoundaryRule } from './types.js';

/** What is left: a period after a word, before a capitalised word, a number or a quote, ends the sentence. */
export const fullStop: BoundaryRule = {
  name: 'full-stop',
  decide: () => true,
};
