import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLUSTER_OPTIONS } from '../../src/cluster/options.js';
import { calibrated, CALIBRATION_SCALE } from '../../src/cluster/scoring.js';
import {
  asPage,
  evaluateSimilarity,
  isHeldOutPair,
  pairSimilarities,
  parseCsv,
  pearson,
} from '../../src/eval/similarity.js';
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

describe('dev / held-out split', () => {
  it('holds out about a fifth of the pairs, by a hash of the pair id (the same every time)', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `${String(1_480_000_000 + i * 7919)}_${String(i)}`);
    const held = ids.filter(isHeldOutPair);
    expect(held.length / ids.length).toBeGreaterThan(0.17);
    expect(held.length / ids.length).toBeLessThan(0.23);
    expect(ids.filter(isHeldOutPair)).toEqual(held);
  });

  it('reports dev and held-out figures per language pair, which together hold every pair', () => {
    const [flood1, flood2, football1] = [OTHER_EVENTS[0]!, OTHER_EVENTS[1]!, OTHER_EVENTS[2]!];
    const ids = Array.from({ length: 40 }, (_, i) => `p${String(i)}`);
    const pairs = ids.map((id, i) => ({
      id,
      lang1: 'de',
      lang2: 'de',
      text1: flood1.text,
      text2: i % 2 === 0 ? flood2.text : football1.text,
      overall: i % 2 === 0 ? 1 : 4,
    }));
    const report = evaluateSimilarity(pairs, 'test');
    const de = report.byPair['de-de']!;
    expect(de.n).toBe(40);
    expect(de.heldOut.n).toBe(ids.filter(isHeldOutPair).length);
    expect(de.dev.n + de.heldOut.n).toBe(40);
    expect(de.heldOut.n).toBeGreaterThan(0);
    expect(de.dev.pearson).toBeGreaterThan(0.9);
  });
});

describe('calibrated similarity', () => {
  it('orders pairs as the raw similarity does (increasing on 0–1; strictly, beyond float rounding)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(calibrated(lo)).toBeLessThanOrEqual(calibrated(hi));
        if (hi - lo > 1e-9) expect(calibrated(lo)).toBeLessThan(calibrated(hi));
      }),
    );
  });

  it('maps 0 to 0, the join threshold to 1 − 1/e and stays below 1', () => {
    expect(CALIBRATION_SCALE).toBe(DEFAULT_CLUSTER_OPTIONS.threshold);
    expect(calibrated(0)).toBe(0);
    expect(calibrated(DEFAULT_CLUSTER_OPTIONS.threshold)).toBeCloseTo(1 - 1 / Math.E, 12);
    expect(calibrated(DEFAULT_CLUSTER_OPTIONS.mergeThreshold)).toBeCloseTo(
      1 - Math.exp(-DEFAULT_CLUSTER_OPTIONS.mergeThreshold / CALIBRATION_SCALE),
      12,
    );
    expect(calibrated(1)).toBeLessThan(1);
  });
});

describe('pair texts read as pages', () => {
  it('puts a title glued on with two spaces on a line of its own', () => {
    expect(asPage(' Fünf Surfer ums Leben gekommen  Den Haag (dpa) - Fünf Menschen sind …')).toBe(
      'Fünf Surfer ums Leben gekommen\n\nDen Haag (dpa) - Fünf Menschen sind …',
    );
  });

  it('keeps a text whose title already ends with a line break, or that has no early break', () => {
    expect(asPage('Titel\nText  mit Lücke')).toBe('Titel\nText  mit Lücke');
    const long = 'Wort '.repeat(80) + '  Rest';
    expect(asPage(long)).toBe(long.trim());
  });
});
