import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratioInterval, sumsInterval } from '../../src/eval/bootstrap.js';

describe('bootstrap intervals over units', () => {
  it('gives the same interval for the same units (seeded), another for another seed', () => {
    const units = [
      [3, 4],
      [0, 2],
      [5, 5],
      [1, 3],
      [2, 2],
      [4, 6],
    ] as const;
    const a = ratioInterval(units);
    expect(ratioInterval(units)).toEqual(a);
    expect(ratioInterval(units, { seed: 2 })).not.toEqual(a);
  });

  it('holds the ratio of the whole sample, and is narrower at a lower level', () => {
    // 60 articles: right speakers of gold ones, 0.75 in all
    const units = Array.from({ length: 60 }, (_, i) => [i % 4 === 0 ? 1 : 3, 3] as const);
    const whole = units.reduce((n, [r]) => n + r, 0) / units.reduce((n, [, g]) => n + g, 0);
    const wide = ratioInterval(units);
    const narrow = ratioInterval(units, { level: 0.5 });
    expect(wide).toBeDefined();
    expect(wide!.low).toBeLessThan(whole);
    expect(wide!.high).toBeGreaterThan(whole);
    expect(narrow!.high - narrow!.low).toBeLessThan(wide!.high - wide!.low);
  });

  it('has no width when every unit has the same ratio, and none at all without a denominator', () => {
    expect(
      ratioInterval([
        [2, 4],
        [1, 2],
        [3, 6],
      ]),
    ).toEqual({ low: 0.5, high: 0.5 });
    expect(ratioInterval([[0, 0]])).toBeUndefined();
    expect(ratioInterval([])).toBeUndefined();
    // a unit without a denominator weighs nothing
    expect(
      ratioInterval([
        [1, 1],
        [5, 0],
      ]),
    ).toEqual({ low: 1, high: 1 });
  });

  it('property: an interval of a figure of sums lies between the figure of the worst and the best unit', () => {
    const unit = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (pairs) => {
        const units = pairs.map(([r, extra]) => [r, r + extra] as const);
        const ratios = units.map(([n, d]) => n / d);
        const found = sumsInterval(units, ([n, d]) => (n ?? 0) / (d ?? 1), { rounds: 200 });
        expect(found!.low).toBeLessThanOrEqual(found!.high);
        expect(found!.low).toBeGreaterThanOrEqual(Math.min(...ratios) - 1e-12);
        expect(found!.high).toBeLessThanOrEqual(Math.max(...ratios) + 1e-12);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});
