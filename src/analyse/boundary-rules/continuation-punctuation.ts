import type { BoundaryRule } from './types.js';

const CONTINUATION = new Set([0x2c, 0x3b, 0x3a]); // , ; :

/** A comma, semicolon or colon follows: `„Wirklich?“, fragte er` goes on. */
export const continuationPunctuation: BoundaryRule = {
  name: 'continuation-punctuation',
  decide: (c) => (CONTINUATION.has(c.text.charCodeAt(c.next)) ? false : undefined),
};
