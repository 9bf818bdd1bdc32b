import type { BoundaryRule } from './types.js';

/** Nothing but whitespace follows: the block (or the part before a bullet) ends, so does the sentence. */
export const endOfSegment: BoundaryRule = {
  name: 'end-of-segment',
  decide: (c) => (c.next >= c.segmentEnd ? true : undefined),
};
