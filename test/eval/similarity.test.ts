import { describe, expect, it } from 'vitest';
import { pairSimilarities, parseCsv, pearson } from '../../src/eval/similarity.js';
import { OTHER_EVENTS } from '../cluster/stories.js';

describe('similarity eval', () => {
  it('parses quoted CSV fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,b,c\n1,"x, ""y""\nz",3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
    ]);
  });

  it('computes Pearson (hand-computed)', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x = 1,2,3,4; y = 1,3,2,4: sxy = 4, sxx = syy = 5 → 0.8
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 1], [1, 2])).toBe(0);
  });

  it('scores a pair about the same event above a pair about different events', () => {
    const [flood1, flood2, football1] = [OTHER_EVENTS[0]!, OTHER_EVENTS[1]!, OTHER_EVENTS[2]!];
    const [same, different] = pairSimilarities([
      { lang1: 'de', lang2: 'de', text1: flood1.text, text2: flood2.text, overall: 1 },
      { lang1: 'de', lang2: 'de', text1: flood1.text, text2: football1.text, overall: 4 },
    ]);
    expect(same).toBeGreaterThan(0.2);
    expect(different).toBeLessThan(0.05);
  });
});
