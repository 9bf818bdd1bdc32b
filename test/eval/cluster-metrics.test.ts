import { describe, expect, it } from 'vitest';
import { bcubed, clusterScores, pairwise, worstStory } from '../../src/eval/cluster-metrics.js';
import {
  clusterStream,
  evaluateClustering,
  isHeldOutStory,
  REFUSED_PREFIX,
  resolveMerges,
} from '../../src/eval/cluster.js';

// gold: a a a b b ; predicted: x x y y y
const GOLD = ['a', 'a', 'a', 'b', 'b'];
const PRED = ['x', 'x', 'y', 'y', 'y'];

describe('cluster metrics (hand-computed)', () => {
  it('BCubed', () => {
    // precision per item: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall per item: 2/3, 2/3, 1/3, 1, 1 → 11/15
    const s = bcubed(PRED, GOLD);
    expect(s.p).toBeCloseTo(11 / 15, 12);
    expect(s.r).toBeCloseTo(11 / 15, 12);
    expect(s.f).toBeCloseTo(11 / 15, 12);
  });

  it('worst story: the largest share of a predicted story from other gold stories than its main one', () => {
    // x = {a, a}: pure; y = {a, b, b}: 1 of 3 from a gold story other than b
    expect(worstStory(PRED, GOLD)).toEqual({ share: 1 / 3, story: 'y', size: 3, gold: 'b', goldStories: 2 });
    // a chain: z holds four gold stories, two articles of the first
    const chain = worstStory(['z', 'z', 'z', 'z', 'z', 'w'], ['p', 'p', 'q', 'r', 's', 'p']);
    expect(chain).toEqual({ share: 3 / 5, story: 'z', size: 5, gold: 'p', goldStories: 4 });
    expect(worstStory(['x', 'x', 'y'], ['a', 'a', 'b']).share).toBe(0);
  });

  it('pairwise', () => {
    // predicted pairs: 1 + 3 = 4; gold pairs: 3 + 1 = 4; together: (0,1) and (3,4) = 2
    const s = pairwise(PRED, GOLD);
    expect(s.p).toBe(0.5);
    expect(s.r).toBe(0.5);
    expect(s.f).toBe(0.5);
  });

  it('perfect, all-singletons and one-cluster predictions', () => {
    expect(clusterScores(GOLD, GOLD)).toMatchObject({ bcubed: { p: 1, r: 1, f: 1 }, predicted: 2, gold: 2 });
    const singletons = clusterScores(['1', '2', '3', '4', '5'], GOLD);
    expect(singletons.bcubed.p).toBe(1);
    expect(singletons.bcubed.r).toBeCloseTo((3 * (1 / 3) + 2 * (1 / 2)) / 5, 12);
    expect(singletons.pairwise.p).toBe(1);
    expect(singletons.pairwise.r).toBe(0);
    const one = clusterScores(['z', 'z', 'z', 'z', 'z'], GOLD);
    expect(one.bcubed.p).toBeCloseTo((3 * (3 / 5) + 2 * (2 / 5)) / 5, 12);
    expect(one.bcubed.r).toBe(1);
  });

  it('refuses label lists of different length', () => {
    expect(() => clusterScores(['x'], ['a', 'b'])).toThrow(RangeError);
  });
});

describe('resolveMerges', () => {
  it('maps every assignment to the story it ended in, through chains of merges', () => {
    const final = resolveMerges([
      { article: '1', story: 'A', score: 0, isNew: true, merges: [] },
      { article: '2', story: 'B', score: 0, isNew: true, merges: [] },
      { article: '3', story: 'C', score: 0, isNew: true, merges: [{ from: 'B', into: 'A', score: 0.5 }] },
      { article: '4', story: 'C', score: 0.4, isNew: false, merges: [{ from: 'C', into: 'B', score: 0.5 }] },
    ]);
    expect(final).toEqual(['A', 'A', 'A', 'A']);
  });
});

describe('clusterStream', () => {
  const at = (h: number): string => new Date(Date.UTC(2020, 0, 1, h)).toISOString();
  const flood =
    'Das Hochwasser an der Oder hat am Montag die Stadt Frankfurt erreicht. Die Feuerwehr Frankfurt sicherte ' +
    'die Deiche mit 20.000 Sandsäcken, sagte Einsatzleiter Klaus Brenner.';
  const flood2 =
    'In Frankfurt an der Oder stieg der Pegel am Montag weiter. Einsatzleiter Klaus Brenner ließ 20.000 ' +
    'Sandsäcke an die Deiche bringen; die Feuerwehr Frankfurt ist mit allen Kräften im Einsatz.';
  it('refuses an article that cleaning leaves empty, as the CLI does, and lets it stand alone', () => {
    const result = clusterStream([
      { id: 'a', text: flood, published: at(0), language: 'de' },
      { id: 'junk', text: '   \n  ', published: at(1), language: 'de' },
      { id: 'b', text: flood2, published: at(2), language: 'de' },
    ]);
    expect(result.refused).toBe(1);
    expect(result.stories[1]).toBe(`${REFUSED_PREFIX}junk`);
    expect(result.stories[0]).toBe(result.stories[2]);
  });

  it('scores the refused article as a singleton, and separately reports the accepted articles alone', () => {
    const items = [
      { article: { id: 'a', text: flood, published: at(0), language: 'de' }, gold: 'g' },
      { article: { id: 'junk', text: ' ', published: at(1), language: 'de' }, gold: 'g' },
      { article: { id: 'b', text: flood2, published: at(2), language: 'de' }, gold: 'g' },
    ];
    const report = evaluateClustering({ format: 'multinews', items, skipped: 0 }, 'test');
    expect(report.refused).toBe(1);
    expect(report.systems['lagebild']?.bcubed.p).toBe(1);
    expect(report.systems['lagebild']?.bcubed.r).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3, 12);
    expect(report.accepted).toMatchObject({ n: 2, bcubed: { p: 1, r: 1, f: 1 }, predicted: 1, gold: 1 });
    // the best any method could do with the refused article alone: here exactly what lagebild did
    expect(report.bound.bcubed.f).toBeCloseTo(report.systems['lagebild']?.bcubed.f ?? 0, 12);
    expect(report.bound.bcubed.r).toBeCloseTo(5 / 9, 12);
    expect(report.worst.share).toBe(0);
    // 'g' is a dev story (its hash is not 0 mod 5): the two accepted articles are dev, none held out
    expect(isHeldOutStory('g')).toBe(false);
    expect(report.dev).toMatchObject({ articles: 2, stories: 1, p: 1, r: 1, f: 1 });
    expect(report.heldOut).toMatchObject({ articles: 0, stories: 0, f: 0 });
  });

  it('bounds the score by what refusing costs, above what a split clustering scores', () => {
    const items = [
      { article: { id: 'a', text: flood, published: at(0), language: 'de' }, gold: 'g' },
      { article: { id: 'junk', text: ' ', published: at(1), language: 'de' }, gold: 'g' },
      {
        article: {
          id: 'c',
          text: 'Der FC Bayern gewann das Spiel in München mit 3:1.',
          published: at(2),
          language: 'de',
        },
        gold: 'g',
      },
    ];
    const report = evaluateClustering({ format: 'multinews', items, skipped: 0 }, 'test');
    expect(report.systems['lagebild']?.bcubed.r).toBeCloseTo(1 / 3, 12);
    expect(report.bound.bcubed.r).toBeCloseTo(5 / 9, 12);
    expect(report.bound.bcubed.p).toBe(1);
  });
});
