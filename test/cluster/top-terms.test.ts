import { describe, expect, it } from 'vitest';
import { topTerms } from '../../src/cluster/vectors.js';

describe('topTerms of a map (read with forEach)', () => {
  it('gives the terms its entries give, heaviest first and ties by term', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const v = new Map<string, number>();
      const n = Math.floor(next() * 30);
      // few distinct weights: many ties, broken by the term
      for (let i = 0; i < n; i++) v.set(`t${Math.floor(next() * 50)}`, Math.floor(next() * 4) / 2);
      for (const k of [0, 1, 3, 10, 40]) expect(topTerms(v, k)).toEqual(topTerms([...v.entries()], k));
    }
    const v = new Map([
      ['gipfel', 2],
      ['abkommen', 3],
      ['treffen', 2],
      ['berlin', 1],
    ]);
    expect(topTerms(v, 3)).toEqual(['abkommen', 'gipfel', 'treffen']);
  });
});
