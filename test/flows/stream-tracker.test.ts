import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/core/types.js';
import { StoryTracker } from '../../src/flows/stream-tracker.js';

const HOUR = 3_600_000;

function doc(id: string): SourceDocument {
  return { id, format: 'json', text: `Bericht ${id}.`, meta: {}, removed: [] };
}

function ids(tracker: StoryTracker): Record<string, string[]> {
  return Object.fromEntries(tracker.closeAll().map((s) => [s.id, s.documents.map((d) => d.id)]));
}

describe('StoryTracker: the documents kept for a story’s brief', () => {
  it('a long story keeps its first article (its origin) and the latest ones', () => {
    const tracker = new StoryTracker(24 * HOUR, 4);
    for (let i = 0; i < 10; i++) tracker.assign('a', i === 0, doc(`a${String(i)}`), i * HOUR);
    expect(tracker.documents).toBe(4);
    expect(ids(tracker)).toEqual({ a: ['a0', 'a7', 'a8', 'a9'] });
  });

  it('after a merge: the first article of the story that began first, then the latest of both', () => {
    const tracker = new StoryTracker(24 * HOUR, 4);
    for (let i = 0; i < 6; i++) {
      tracker.assign('a', i === 0, doc(`a${String(i)}`), i * HOUR);
      tracker.assign('b', i === 0, doc(`b${String(i)}`), i * HOUR);
    }
    tracker.merge('b', 'a');
    // Kept in the order batch mode lists a merged story's articles: the older story's, then the merged one's.
    expect(ids(tracker)).toEqual({ a: ['a0', 'a5', 'b4', 'b5'] });
  });

  it('a duplicate is not kept and not counted', () => {
    const tracker = new StoryTracker(24 * HOUR, 2);
    tracker.assign('a', true, doc('a0'), 0);
    tracker.assign('a', false, undefined, HOUR);
    tracker.assign('a', false, doc('a1'), 2 * HOUR);
    const [story] = tracker.closeAll();
    expect(story).toMatchObject({ id: 'a', articles: 2 });
    expect(story?.documents.map((d) => d.id)).toEqual(['a0', 'a1']);
  });

  it('whatever the assignments and merges: at most the cap per story, its first article among them (property)', () => {
    const step = fc.oneof(
      fc.record({ story: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ from: fc.integer({ min: 0, max: 3 }), into: fc.integer({ min: 0, max: 3 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(step, { maxLength: 60 }), (cap, steps) => {
        const tracker = new StoryTracker(24 * HOUR, cap);
        /** Story → the documents it has (all, in arrival order); merged away stories point to their target. */
        const all = new Map<string, string[]>();
        steps.forEach((s, n) => {
          if ('story' in s) {
            const story = `s${String(s.story)}`;
            const list = all.get(story) ?? [];
            tracker.assign(story, list.length === 0, doc(`d${String(n)}`), n);
            all.set(story, [...list, `d${String(n)}`]);
            return;
          }
          const [from, into] = [`s${String(s.from)}`, `s${String(s.into)}`];
          const a = all.get(from);
          const b = all.get(into);
          if (a === undefined || b === undefined || from === into) return;
          tracker.merge(from, into);
          all.delete(from);
          all.set(into, [...b, ...a]);
        });
        const kept = ids(tracker);
        expect(Object.keys(kept).sort()).toEqual([...all.keys()].sort());
        for (const [story, docs] of all) {
          const byArrival = [...docs].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
          const expected = new Set(
            byArrival.length <= cap ? byArrival : [byArrival[0], ...byArrival.slice(-(cap - 1))],
          );
          expect(kept[story]).toEqual(docs.filter((d) => expected.has(d)));
        }
      }),
    );
  });
});

describe('StoryTracker: a split', () => {
  it('moves the documents of the articles that left (and their duplicates) to the new story', () => {
    const tracker = new StoryTracker(24 * HOUR, 10);
    for (const [i, id] of ['h1', 'h2', 'b', 'v1', 'v2'].entries())
      tracker.assign('s:h1', i === 0, doc(id), i * HOUR);
    tracker.assign('s:h1', false, undefined, 5 * HOUR); // a duplicate of v1: no document of its own
    tracker.split({
      from: 's:h1',
      into: 's:v1',
      score: 0.05,
      articles: ['b', 'v1', 'v2'],
      duplicates: ['v1b'],
    });
    expect(tracker.open).toBe(2);
    expect(tracker.documents).toBe(5);
    expect(tracker.late).toBe(0);
    const closed = tracker.closeAll();
    expect(closed.map((s) => [s.id, s.articles, s.documents.map((d) => d.id)])).toEqual([
      ['s:h1', 2, ['h1', 'h2']],
      ['s:v1', 3, ['b', 'v1', 'v2']],
    ]);
    expect(tracker.multi).toBe(2);
  });

  it('a split of a story it does not hold counts as late', () => {
    const tracker = new StoryTracker(24 * HOUR, 10);
    tracker.split({ from: 's:x', into: 's:y', score: 0, articles: ['y'], duplicates: [] });
    expect(tracker.late).toBe(1);
    expect(tracker.open).toBe(0);
  });
});
