import { describe, expect, it } from 'vitest';
import type { StreamArticle } from '../../src/cluster/index.js';
import { evaluateClustering } from '../../src/eval/cluster.js';
import { MAX_ORDER_DROP, orderChecks, ORDER_SEEDS, shuffledOrder } from '../../src/eval/cluster-order.js';
import { FLOORS, meets } from '../../src/eval/floors.js';
import { exampleArticles, OTHER_EVENTS } from '../cluster/stories.js';

const DAY = 86_400_000;
const at = (ms: number): string => new Date(ms).toISOString();

/** The example story and three other events, each a few days after the last (every story closes before the next). */
function labelledStream(): { article: StreamArticle; gold: string }[] {
  const start = Date.UTC(2019, 3, 25);
  return [
    ...exampleArticles().map((article) => ({ article, gold: 'summit' })),
    ...OTHER_EVENTS.slice(0, 6).map(({ event, ...article }, i) => ({
      article: { ...article, published: at(start + (3 + Math.floor(i / 2) * 3) * DAY + (i % 2) * 3_600_000) },
      gold: event,
    })),
  ];
}

describe('shuffledOrder', () => {
  it('is a permutation, the same for the same seed, another for another seed', () => {
    const a = shuffledOrder(50, 1);
    expect([...a].sort((x, y) => x - y)).toEqual([...Array(50).keys()]);
    expect(shuffledOrder(50, 1)).toEqual(a);
    expect(shuffledOrder(50, 2)).not.toEqual(a);
    expect(a).not.toEqual([...Array(50).keys()]);
  });
});

describe('the order checks of eval cluster', () => {
  const items = labelledStream();
  const dataset = { format: 'multinews' as const, items, skipped: 0 };

  it('late arrivals: each shuffled stream gives the labelled events, as time order does; batch permutations agree', () => {
    const report = orderChecks(dataset, { windowHours: 24 });
    expect(report.timeOrdered.all).toEqual({ p: 1, r: 1, f: 1 });
    expect(report.shuffled.map((run) => run.seed)).toEqual([...ORDER_SEEDS]);
    for (const run of report.shuffled) expect(run.scores.all).toEqual({ p: 1, r: 1, f: 1 });
    expect(report.drop).toBe(0);
    expect(report.batch).toEqual({ permutations: 3, identical: 3 });
  });

  it('without the closed-story index a shuffled stream splits the events: the drop shows it', () => {
    const report = orderChecks(dataset, { windowHours: 24, lateHours: 0 });
    expect(report.timeOrdered.all.f).toBe(1);
    expect(report.drop).toBeGreaterThan(MAX_ORDER_DROP);
    expect(Math.min(...report.shuffled.map((run) => run.scores.all.r))).toBeLessThan(1);
  });

  it('is part of the eval cluster report, its time order being the reported lagebild run', () => {
    const report = evaluateClustering(dataset, 'test', { windowHours: 24 });
    expect(report.order.timeOrdered.all.f).toBe(report.systems['lagebild']?.bcubed.f);
  });

  it('npm run eval holds the drop within 0.02 on both clustering sets, and batch permutations to none differing', () => {
    const drops = FLOORS.filter((f) => /drop from time order to shuffled arrivals/.test(f.name));
    expect(drops.map((f) => f.name)).toEqual([
      expect.stringContaining('pooled Multi-News'),
      expect.stringContaining('MMDS2025'),
    ]);
    for (const floor of drops) {
      expect(meets(floor, 0.012)).toBe(true);
      expect(meets(floor, 0.02)).toBe(true);
      expect(meets(floor, 0.021)).toBe(false);
      expect(meets(floor, 0.216)).toBe(false);
    }
    const batch = FLOORS.filter((f) => /batch permutations/.test(f.name));
    expect(batch).toHaveLength(2);
    for (const floor of batch) {
      expect(meets(floor, 0)).toBe(true);
      expect(meets(floor, 1)).toBe(false);
    }
  });
});
