import { describe, expect, it } from 'vitest';
import { createClusterer, type Assignment } from '../../src/cluster/index.js';
import { finalStories } from '../../src/cluster/events.js';
import { DEFAULT_CORE } from '../../src/cluster/options.js';
import { article, HARBOUR, loose, STREAM, VOLCANO } from './split-stream.js';

describe('split', () => {
  it('a story of two events bridged by one article splits once the second event has two members', () => {
    const clusterer = loose();
    const assignments = STREAM.map((a) => clusterer.add(a));
    // the bridge and the first volcano report came in on the chain
    expect(assignments.map((a) => a.story)).toEqual(Array(5).fill('s:harbour-1'));
    expect(assignments.slice(0, 4).map((a) => a.splits)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const [split, ...more] = assignments[4]?.splits ?? [];
    expect(more).toEqual([]);
    expect(split).toMatchObject({
      from: 's:harbour-1',
      into: 's:volcano-1',
      // the bridge goes with the part it is closer to (its volcano words were the rarer when it came)
      articles: ['bridge', 'volcano-1', 'volcano-2'],
      duplicates: [],
    });
    expect(split?.score).toBeLessThan(DEFAULT_CORE.splitLink);
    expect(finalStories(assignments)).toEqual([
      's:harbour-1',
      's:harbour-1',
      's:volcano-1',
      's:volcano-1',
      's:volcano-1',
    ]);
    expect(clusterer.stories().map((s) => [s.id, s.articles])).toEqual([
      ['s:harbour-1', ['harbour-1', 'harbour-2']],
      ['s:volcano-1', ['bridge', 'volcano-1', 'volcano-2']],
    ]);
  });

  it('the parts go on as stories of their own: a later report joins its event, no merge joins them again', () => {
    const clusterer = loose();
    const assignments = [...STREAM, article('volcano-3', 13, [...VOLCANO.slice(2), 'summit', 'rescue'])].map(
      (a) => clusterer.add(a),
    );
    expect(assignments[5]).toMatchObject({ story: 's:volcano-1', isNew: false, merges: [] });
    expect(assignments[5]?.splits).toBeUndefined();
    expect(clusterer.stories().map((s) => s.articles.length)).toEqual([2, 4]);
  });

  it('a duplicate goes with the article it repeats', () => {
    const clusterer = loose();
    const stream = [...STREAM];
    stream.splice(4, 0, { ...STREAM[3]!, id: 'volcano-1-again' });
    const assignments = stream.map((a) => clusterer.add(a));
    expect(assignments[4]?.duplicateOf?.article).toBe('volcano-1');
    expect(assignments[5]?.splits?.[0]).toMatchObject({
      articles: ['bridge', 'volcano-1', 'volcano-2'],
      duplicates: ['volcano-1-again'],
    });
    expect(finalStories(assignments)[4]).toBe('s:volcano-1');
    const volcano = clusterer.stories().find((s) => s.id === 's:volcano-1');
    expect(volcano?.duplicates).toEqual(['volcano-1-again']);
  });

  it('a replay of the assignments (splits included) leaves a clusterer in the same state', () => {
    const first = loose();
    const assignments = STREAM.map((a) => first.add(a));
    const second = loose();
    STREAM.forEach((a, i) => second.replay(a, assignments[i] as Assignment));
    expect(second.stories()).toEqual(first.stories());
    const next = article('volcano-3', 13, [...VOLCANO.slice(2), 'summit', 'rescue']);
    expect(second.add(next)).toEqual(first.add(next));
  });

  it('with the default core the bridge cannot chain the events: nothing to split', () => {
    const clusterer = createClusterer({ mergeEvery: 1 });
    const assignments = STREAM.map((a) => clusterer.add(a));
    expect(assignments.some((a) => a.splits !== undefined)).toBe(false);
    expect(new Set(finalStories(assignments)).size).toBeGreaterThan(1);
  });

  it('a story that coheres does not split; one outgrown its core is not looked at', () => {
    const clusterer = loose();
    const same = Array.from({ length: 8 }, (_, i) =>
      article(`h-${String(i)}`, i, [...HARBOUR.slice(i % 3), 'port']),
    );
    const assignments = same.map((a) => clusterer.add(a));
    expect(assignments.some((a) => a.splits !== undefined)).toBe(false);
    expect(new Set(finalStories(assignments))).toEqual(new Set(['s:h-0']));
  });
});

describe('finalStories', () => {
  const base = { score: 0.5, isNew: false, merges: [] } as const;
  it('applies merges and splits in the order they came, by position', () => {
    const assignments: Assignment[] = [
      { ...base, article: 'a', story: 's:a', isNew: true },
      { ...base, article: 'b', story: 's:a' },
      { ...base, article: 'c', story: 's:c', isNew: true },
      { ...base, article: 'd', story: 's:a', merges: [{ from: 's:c', into: 's:a', score: 0.3 }] },
      {
        ...base,
        article: 'e',
        story: 's:a',
        splits: [{ from: 's:a', into: 's:c~2', score: 0.05, articles: ['c', 'e'], duplicates: [] }],
      },
      {
        ...base,
        article: 'f',
        story: 's:f',
        isNew: true,
        merges: [{ from: 's:c~2', into: 's:f', score: 0.4 }],
      },
    ];
    expect(finalStories(assignments)).toEqual(['s:a', 's:a', 's:f', 's:a', 's:f', 's:f']);
  });
});
