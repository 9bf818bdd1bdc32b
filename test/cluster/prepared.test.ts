/**
 * Issue 17: what the clusterer works out of an article before assigning it (terms, keys, headline) is kept by the
 * store, so a second writer replays the article from it without the text. A clusterer given the prepared article
 * (as made, or packed and unpacked) decides and ends exactly as one given the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createClusterer,
  isPreparing,
  packPrepared,
  unpackPrepared,
  type StreamArticle,
} from '../../src/cluster/index.js';
import { exampleArticles, OTHER_EVENTS } from './stories.js';

const pool = [...exampleArticles(), ...OTHER_EVENTS];
const options = { windowHours: 48, mergeEvery: 3, threshold: 0.5, mergeThreshold: 0.1 };

function article(index: number, hours: number, n: number, copy: boolean): StreamArticle {
  const base = pool[index]!;
  const published = new Date(Date.UTC(2019, 3, 25) + hours * 3_600_000).toISOString();
  return { ...base, id: copy ? base.id : `${base.id}#${String(n)}`, published };
}

describe('prepared articles', () => {
  const item = fc.record({
    index: fc.nat(pool.length - 1),
    hours: fc.integer({ min: 0, max: 200 }),
    copy: fc.boolean(),
  });

  it('add with the prepared article assigns as add with the text, and replay from its stored form without the text ends in the same state', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), (items) => {
        const plain = createClusterer(options);
        const maker = createClusterer(options);
        const follower = createClusterer(options);
        items.forEach(({ index, hours, copy }, n) => {
          const a = article(index, hours, n, copy);
          const prepared = maker.prepare(a);
          const assignment = maker.add(a, prepared);
          expect(assignment).toEqual(plain.add(a));
          follower.replay({ ...a, text: '' }, assignment, unpackPrepared(packPrepared(prepared)));
        });
        expect(follower.stories()).toEqual(maker.stories());
        expect(follower.stats()).toEqual(maker.stats());
        const probe = { ...OTHER_EVENTS[3]!, id: 'probe' };
        expect(follower.add(probe)).toEqual(maker.add(probe));
      }),
      { numRuns: 40 },
    );
  });

  it('packs to JSON and back unchanged (term counts in their order)', () => {
    const prepared = createClusterer().prepare(pool[0]!);
    const back = unpackPrepared(packPrepared(prepared));
    expect(back).toEqual(prepared);
    expect([...back.terms.body.words.keys()]).toEqual([...prepared.terms.body.words.keys()]);
  });

  it('refuses a stored form it did not make', () => {
    for (const bad of [
      'null',
      '{}',
      '[]',
      '{"l":"en","h":"x","k":["",""],"t":{"w":[["a","1"]],"e":[],"n":[]},"b":{"w":[],"e":[],"n":[]}}',
      '{"l":"en","h":"x","k":[""],"t":{"w":[],"e":[],"n":[]},"b":{"w":[],"e":[],"n":[]}}',
      '{"l":"en","h":"x","k":["",""],"t":{"w":{},"e":[],"n":[]},"b":{"w":[],"e":[],"n":[]}}',
    ])
      expect(() => unpackPrepared(bad), bad).toThrow(TypeError);
    expect(() => unpackPrepared('{')).toThrow(SyntaxError);
  });

  it('refuses to prepare an article with neither title nor text, as add does', () => {
    expect(() => createClusterer().prepare({ id: 'empty', text: '  ' })).toThrow(RangeError);
  });

  it('is what the online clusterer does, and not what a clusterer without prepare does', () => {
    expect(isPreparing(createClusterer())).toBe(true);
    expect(isPreparing({ add: () => ({}) as never, replay: () => undefined, stories: () => [] })).toBe(false);
  });
});
