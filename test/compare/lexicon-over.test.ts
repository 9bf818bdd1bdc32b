/**
 * `Lexicon.over(base, first)` stands for the lexicon made entry by entry (`first`, then the base's entries, then
 * whatever is added later): the same entries in the same order at every word, so every lookup, signature and match
 * is the same; and the base it was made over does not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, type EntityRule, type LexiconEntry } from '../../src/compare/lexicon.js';
import type { EntityType } from '../../src/compare/types.js';
import type { Word } from '../../src/compare/words.js';

const VOCABULARY = ['Anna', 'Berg', 'Bergs', 'Carl', 'Dorf', 'Elb', 'Ems', 'Fink', 'A'];
const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const RULES: readonly EntityRule[] = ['gazetteer', 'table', 'title', 'street', 'coordinated'];

const entry: fc.Arbitrary<LexiconEntry> = fc.record({
  words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 0, maxLength: 3 }),
  key: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
  type: fc.constantFrom(...TYPES),
  rule: fc.constantFrom(...RULES),
});
const entries = fc.array(entry, { maxLength: 25 });

function made(list: readonly LexiconEntry[]): Lexicon {
  const lexicon = Lexicon.empty();
  for (const e of list) lexicon.add(e);
  return lexicon;
}

function wordsOf(texts: readonly string[]): Word[] {
  let at = 0;
  return texts.map((text, i) => {
    const word = { start: at, end: at + text.length, text, lower: text.toLowerCase(), tightBefore: i > 0 };
    at += text.length + 1;
    return word;
  });
}

/** Everything a caller can see of a lexicon: per word, whether it has entries, their signature, and the matches. */
function view(lexicon: Lexicon, sentence: readonly Word[]): unknown {
  return {
    words: ['', ...VOCABULARY].map((w) => [w, lexicon.has(w), lexicon.signature(w)]),
    matches: sentence.map((_, i) => {
      const hit = lexicon.matchAt(sentence, i);
      return hit === undefined ? null : [hit.entry, hit.to, hit.genitive];
    }),
  };
}

describe('Lexicon.over', () => {
  it('equals the lexicon made entry by entry: first, the base, later additions', () => {
    fc.assert(
      fc.property(
        entries,
        entries,
        entries,
        fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 8 }),
        (base, first, later, sentence) => {
          const shared = made(base);
          const before = view(shared, wordsOf(sentence));
          const over = Lexicon.over(shared, first);
          const plain = made([...first, ...base]);
          // a lookup before the later additions sorts lists; both must still agree afterwards
          expect(view(over, wordsOf(sentence))).toEqual(view(plain, wordsOf(sentence)));
          for (const e of later) {
            over.add(e);
            plain.add(e);
          }
          expect(view(over, wordsOf(sentence))).toEqual(view(plain, wordsOf(sentence)));
          // the base is read, never changed, by the lexicons made over it
          expect(view(shared, wordsOf(sentence))).toEqual(before);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lets an entry of the first ones stand in for a base entry of the same key and words', () => {
    const base = made([{ words: ['Berg'], key: 'place:berg', type: 'place', rule: 'gazetteer' }]);
    const over = Lexicon.over(base, [{ words: ['Berg'], key: 'place:berg', type: 'place', rule: 'street' }]);
    expect(over.signature('Berg')).toBe('place|place:berg|Berg');
    expect(over.matchAt(wordsOf(['Berg']), 0)?.entry.rule).toBe('street');
    expect(base.matchAt(wordsOf(['Berg']), 0)?.entry.rule).toBe('gazetteer');
  });

  it('is made only over a lexicon made by empty()', () => {
    const base = made([{ words: ['Ems'], key: 'place:ems', type: 'place', rule: 'gazetteer' }]);
    expect(() => Lexicon.over(Lexicon.over(base, []), [])).toThrow(/made by empty/);
  });
});
