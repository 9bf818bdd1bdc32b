import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/brief/corroborate.js';
import type { Sentence } from '../../src/core/types.js';

const sentence = (start: number, end: number): Sentence => ({ start, end, block: 0, tokens: [] });

/** Sentences from gaps and lengths (in order, touching when a gap is 0), or shuffled. */
const sentences = fc
  .record({
    parts: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 })), {
      maxLength: 12,
    }),
    shuffle: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ parts, shuffle, seed }) => {
    let at = 0;
    const list = parts.map(([gap, length]) => {
      const s = sentence(at + gap, at + gap + length);
      at = s.end;
      return s;
    });
    if (shuffle) list.sort((a, b) => ((a.start * 31 + seed) % 7) - ((b.start * 31 + seed) % 7));
    return list;
  });

describe('sentenceAt', () => {
  it('finds the first sentence containing a span, as trying each does (property; empty spans at boundaries)', () => {
    fc.assert(
      fc.property(
        sentences,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 8 }),
        (list, start, length) => {
          const span = { article: 'a', start, end: start + length };
          const each = list.findIndex((x) => x.start <= span.start && span.end <= x.end);
          expect(sentenceAt(list, span)).toBe(each);
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('gives the earlier of two touching sentences for an empty span where they meet', () => {
    const list = [sentence(0, 10), sentence(10, 20)];
    expect(sentenceAt(list, { article: 'a', start: 10, end: 10 })).toBe(0);
    expect(sentenceAt(list, { article: 'a', start: 10, end: 11 })).toBe(1);
    expect(sentenceAt(list, { article: 'a', start: 9, end: 11 })).toBe(-1);
  });
});
