import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupQuotes, type QuoteCandidate, type QuoteGroupMemo } from '../../src/compare/quote-items.js';
import type { Quote } from '../../src/compare/types.js';

const VOCABULARY = ['wir', 'werden', 'den', 'handel', 'ausbauen', 'frieden', 'gespräche', 'gut', 'sehr'];

/** A made-up candidate of a few words of a small vocabulary (so that the same and near wordings occur). */
const candidate = fc
  .record({
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 0, maxLength: 8 }),
    indirect: fc.boolean(),
    index: fc.integer({ min: 0, max: 3 }),
    start: fc.integer({ min: 0, max: 60 }),
    speaker: fc.constantFrom(null, 'Kim', 'Kim Jong-un', 'Putin', 'Wladimir Putin'),
  })
  .map(({ words, indirect, index, start, speaker }): QuoteCandidate => {
    const quote: Quote = {
      text: words.join(' '),
      article: `a${index}`,
      start,
      end: start + 20,
      speaker,
      attribution: speaker === null ? null : 'verb',
      ...(indirect ? { kind: 'indirect' as const } : {}),
    };
    return { quote, index, words, joined: ` ${words.join(' ')} `, stems: new Set(words) };
  });

describe('groupQuotes with a memo (a growing story)', () => {
  it('groups a longer list that begins with the kept one as grouping it afresh does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { minLength: 1, maxLength: 30 }),
        fc.array(candidate, { minLength: 0, maxLength: 10 }),
        (kept, added) => {
          const memo: QuoteGroupMemo = new Map();
          expect(groupQuotes(kept, memo)).toEqual(groupQuotes(kept));
          // Direct quotes first, then reported speech (as the story lists them), the added ones after the kept.
          const direct = (c: QuoteCandidate): boolean => c.quote.kind === undefined;
          const grown = [
            ...kept.filter(direct),
            ...added.filter(direct),
            ...kept.filter((c) => !direct(c)),
            ...added.filter((c) => !direct(c)),
          ];
          expect(groupQuotes(grown, memo)).toEqual(groupQuotes(grown));
          // A list that does not begin with the kept one (the story's order changed): grouped afresh.
          const turned = [...grown].reverse();
          expect(groupQuotes(turned, memo)).toEqual(groupQuotes(turned));
        },
      ),
      { numRuns: 200, seed: 22 },
    );
  });

  it('does not change the groups it returned before when it groups on', () => {
    const at = (index: number, words: string[]): QuoteCandidate => ({
      quote: {
        text: words.join(' '),
        article: `a${index}`,
        start: 0,
        end: 20,
        speaker: 'Kim',
        attribution: 'verb',
      },
      index,
      words,
      joined: ` ${words.join(' ')} `,
      stems: new Set(words),
    });
    const memo: QuoteGroupMemo = new Map();
    const first = [at(0, ['wir', 'werden', 'den', 'handel', 'ausbauen'])];
    const before = groupQuotes(first, memo);
    const after = groupQuotes([...first, at(1, ['wir', 'werden', 'den', 'handel', 'ausbauen'])], memo);
    expect(before.map((g) => g.members.length)).toEqual([1]);
    expect(after.map((g) => g.members.length)).toEqual([2]);
  });
});
