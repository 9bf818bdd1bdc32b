import { describe, expect, it } from 'vitest';
import { identical, keptPrefix, refill } from '../../src/core/kept.js';

describe('keptPrefix: how much of a list a story-wide memo kept', () => {
  const a = { n: 1 };
  const b = { n: 2 };
  const c = { n: 3 };

  it('is the kept length when the list begins with the kept items, else 0', () => {
    expect(keptPrefix([a, b], [a, b, c], identical)).toBe(2);
    expect(keptPrefix([a, b], [a, c, b], identical)).toBe(0);
    expect(keptPrefix([a, b, c], [a, b], identical)).toBe(0);
    expect(keptPrefix([], [a], identical)).toBe(0);
  });

  it('reads a window of the list and hands the kept index to the comparison', () => {
    expect(keptPrefix([b, c], [a, b, c, a], identical, 1, 3)).toBe(2);
    expect(keptPrefix([b, c], [a, b, c, a], identical, 1, 2)).toBe(0);
    const seen: number[] = [];
    keptPrefix([a, b], [{ n: 1 }, { n: 2 }], (x, y, k) => (seen.push(k), x.n === y.n));
    expect(seen).toEqual([0, 1]);
  });
});

describe('refill', () => {
  it('leaves only what the last brief made', () => {
    const memo = new Map([
      ['old', 1],
      ['kept', 2],
    ]);
    refill(memo, [
      ['kept', 3],
      ['new', 4],
    ]);
    expect([...memo]).toEqual([
      ['kept', 3],
      ['new', 4],
    ]);
  });
});
