import type { BoundaryRule } from './types.js';

/**
 * Inside a quote or bracket that does not close right after the punctuation: `„Wir kommen. Morgen“, sagte er`
 * is one sentence. (A quote that closes right after, `… Gesprächspartner." Auch Kim`, is left to later rules.)
 */
export const insideEnclosure: BoundaryRule = {
  name: 'inside-enclosure',
  decide: (c) => (c.insideEnclosure ? false : undefined),
};
