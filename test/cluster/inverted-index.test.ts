import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvertedIndex, MIN_COMMON } from '../../src/cluster/inverted-index.js';
import { SIGNALS, type SignalName } from '../../src/cluster/scoring.js';

const TERMS = ['kim', 'putin', 'gipfel', 'zug', 'atom', 'hafen', 'flut', 'wahl'];
const STORIES = ['s:a', 's:b', 's:c', 's:d', 's:e'];

/** What the index must answer, computed the slow way: story → signal → terms it holds. */
function naiveCandidates(
  held: ReadonlyMap<string, ReadonlyMap<SignalName, ReadonlySet<string>>>,
  query: Readonly<Record<SignalName, readonly string[]>>,
  limit: number,
  exclude: string | undefined,
): string[] {
  const hits: [string, number][] = [];
  for (const [story, signals] of held) {
    let n = 0;
    for (const signal of SIGNALS) for (const term of query[signal]) if (signals.get(signal)?.has(term)) n++;
    if (n > 0 && story !== exclude) hits.push([story, n]);
  }
  hits.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return hits.slice(0, limit).map(([story]) => story);
}

const op = fc.record({
  add: fc.boolean(),
  signal: fc.constantFrom(...SIGNALS),
  story: fc.constantFrom(...STORIES),
  terms: fc.subarray(TERMS),
});
const query = fc.record({
  title: fc.subarray(TERMS),
  body: fc.subarray(TERMS),
  entities: fc.subarray(TERMS),
  numbers: fc.subarray(TERMS),
});

describe('inverted index', () => {
  it('ranks the stories sharing most query terms, ties by id, as a naive count does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        query,
        query,
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.constantFrom(...STORIES), { nil: undefined }),
        (ops, q, next, limit, exclude) => {
          const index = new InvertedIndex();
          const held = new Map<string, Map<SignalName, Set<string>>>();
          for (const { add, signal, story, terms } of ops) {
            const signals = held.get(story) ?? new Map<SignalName, Set<string>>();
            held.set(story, signals);
            const set = signals.get(signal) ?? new Set<string>();
            signals.set(signal, set);
            if (add) index.add(signal, terms, story);
            else index.remove(signal, terms, story);
            for (const term of terms) {
              if (add) set.add(term);
              else set.delete(term);
            }
          }
          // Two queries in a row: hit counters of the first must not leak into the second.
          expect(index.candidates(q, limit, exclude)).toEqual(naiveCandidates(held, q, limit, exclude));
          expect(index.candidates(next, limit)).toEqual(naiveCandidates(held, next, limit, undefined));
        },
      ),
    );
  });

  it('does not look up a term most of a large index holds', () => {
    const index = new InvertedIndex();
    const stories = Array.from({ length: MIN_COMMON * 2 }, (_, i) => `s:${String(i).padStart(3, '0')}`);
    for (const story of stories) index.add('body', ['regierung', `thema-${story}`], story);
    index.add('body', ['wahl'], 's:150');
    const empty = { title: [], entities: [], numbers: [] };
    expect(index.candidates({ ...empty, body: ['regierung'] }, 5)).toEqual([]);
    expect(index.candidates({ ...empty, body: ['regierung', 'wahl'] }, 5)).toEqual(['s:150']);
    expect(index.size).toBe(stories.length + 2);
  });
});
