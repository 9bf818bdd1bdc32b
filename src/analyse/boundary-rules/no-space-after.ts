import type { BoundaryRule } from './types.js';

/** No space after the punctuation: `25.4.2019`, `U.S.A.`, `10.30 Uhr`, `spiegel.de`, `?!` inside a word. */
export const noSpaceAfter: BoundaryRule = {
  name: 'no-space-after',
  decide: (c) => (c.spaceAfter ? undefined : false),
};
