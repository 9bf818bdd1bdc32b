import { describe, expect, it } from 'vitest';
import { idfCache, tfidfVectors, weighInto, weighVector } from '../../src/summarise/index.js';

describe('weighInto: the weights of weighVector written into a shared array', () => {
  it('writes the same numbers at an offset, leaving the rest alone', () => {
    const terms = Int32Array.from([0, 2, 5]);
    const counts = Float64Array.from([1, 3, 2]);
    const df = [4, 1, 2, 1, 1, 3];
    const expected = weighVector(terms, counts, 9, df);
    const out = new Float64Array(7).fill(-1);
    weighInto(terms, counts, 9, df, idfCache(df.length), out, 2);
    expect(Array.from(out.subarray(2, 5))).toEqual(Array.from(expected.weights));
    expect([out[0], out[1], out[5], out[6]]).toEqual([-1, -1, -1, -1]);
  });
});

describe('tfidfVectors: one vector per list, each its own view', () => {
  it('gives each list its distinct ids and unit-length weights, unaffected by the other lists', () => {
    const lists = [
      ['gipfel', 'kim', 'gipfel', 'putin'],
      ['wetter', 'regen'],
      ['kim', 'treffen', 'bahn', 'treffen'],
    ];
    const vectors = tfidfVectors(lists);
    expect(vectors.map((v) => Array.from(v.terms))).toEqual([
      [0, 1, 2],
      [3, 4],
      [1, 5, 6],
    ]);
    for (const v of vectors) {
      expect(v.weights.length).toBe(v.terms.length);
      expect(v.weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 12);
    }
    // Each is weighVector's vector of its ids and counts (df over the three lists): no view overlaps another.
    const df = [1, 2, 1, 1, 1, 1, 1];
    const counts = [
      [2, 1, 1],
      [1, 1],
      [1, 2, 1],
    ];
    vectors.forEach((v, i) =>
      expect(Array.from(v.weights)).toEqual(
        Array.from(weighVector(v.terms, Float64Array.from(counts[i]!), 3, df).weights),
      ),
    );
    // "gipfel" twice weighs more than "kim" once in the first list (count 2 against 1; kim is in two lists).
    expect(vectors[0]!.weights[0]).toBeGreaterThan(vectors[0]!.weights[1] as number);
  });
});
