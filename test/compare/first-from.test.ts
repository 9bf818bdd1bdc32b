import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFrom } from '../../src/core/ordered.js';

describe('firstFrom (the binary search of quote spans, quotation marks and title cuts)', () => {
  it('finds the first item at or after an offset in a list in order', () => {
    const spans = [{ at: 2 }, { at: 5 }, { at: 5 }, { at: 9 }];
    const at = (s: { at: number }): number => s.at;
    expect(firstFrom(spans, 0, at)).toBe(0);
    expect(firstFrom(spans, 5, at)).toBe(1);
    expect(firstFrom(spans, 6, at)).toBe(3);
    expect(firstFrom(spans, 10, at)).toBe(4);
    expect(firstFrom([], 3, at)).toBe(0);
  });

  it('property: the same index as a scan from the start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (raw, offset) => {
          const list = [...raw].sort((a, b) => a - b);
          const scan = list.findIndex((x) => x >= offset);
          expect(firstFrom(list, offset, (x) => x)).toBe(scan < 0 ? list.length : scan);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
