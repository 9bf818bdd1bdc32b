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
  ranks,
  spearman,
} from '../../src/eval/similarity.js';
import { similarityTable } from '../../src/eval/report.js';
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

  it('ranks with ties sharing the mean rank (hand-computed)', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(ranks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(ranks([])).toEqual([]);
  });

  it('computes Spearman: the order only, so any increasing map of the scores leaves it as it is', () => {
    // Pearson of 1,2,3,4 against 1,100,101,102 is below 1; the order is the same, so Spearman is 1
    expect(pearson([1, 2, 3, 4], [1, 100, 101, 102])).toBeLessThan(0.9);
    expect(spearman([1, 2, 3, 4], [1, 100, 101, 102])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3], [9, 5, 1])).toBeCloseTo(-1, 12);
    // ranks 1,2,3,4 against 1,3,2,4 → Pearson of the ranks 0.8
    expect(spearman([0.1, 0.2, 0.3, 0.4], [-4, -2, -3, -1])).toBeCloseTo(0.8, 12);
    // ties: x ranks 1.5,1.5,3 against y ranks 1,2,3 → sxy 1.5, sxx 1.5, syy 2 → 1.5 / √3
    expect(spearman([1, 1, 2], [1, 2, 3])).toBeCloseTo(1.5 / Math.sqrt(3), 12);
    expect(spearman([1, 1], [1, 2])).toBe(0);
    // scores on a grid of 0.001, so that distinct scores stay distinct after the calibration's rounding
    const unit = fc.array(
      fc.integer({ min: 0, max: 1000 }).map((i) => i / 1000),
      { minLength: 2, maxLength: 30 },
    );
    fc.assert(
      fc.property(unit, unit, (xs, ys) => {
        const n = Math.min(xs.length, ys.length);
        const [x, y] = [xs.slice(0, n), ys.slice(0, n)];
        expect(spearman(x.map(calibrated), y)).toBeCloseTo(spearman(x, y), 9);
      }),
    );
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
    expect(de.dev.spearman).toBeGreaterThan(0.9);
    expect(similarityTable(report)).toMatch(/raw \/ cal\. \/ rank/);
    expect(similarityTable(report)).toContain(
      `${de.pearson.toFixed(3)} / ${de.pearsonCalibrated.toFixed(3)} / ${de.spearman.toFixed(3)}`,
    );
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
