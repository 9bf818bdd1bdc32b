import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatible, groupQuotes, sameQuote, type QuoteCandidate } from '../../src/compare/quote-items.js';
import type { Quote } from '../../src/compare/types.js';

/** The grouping as it was written before direct quotes were compared once per wording: every member compared. */
function groupEveryMember(candidates: readonly QuoteCandidate[]): { members: QuoteCandidate[] }[] {
  const groups: { members: QuoteCandidate[]; speaker: string | null }[] = [];
  const words = (name: string): number => name.split(/\s+/u).length;
  for (const c of candidates) {
    const group = groups.find(
      (g) => compatible(g.speaker, c.quote.speaker) && g.members.some((m) => sameQuote(m, c)),
    );
    if (group) {
      group.members.push(c);
      const [a, b] = [group.speaker, c.quote.speaker];
      group.speaker = a === null ? b : b === null || words(a) >= words(b) ? a : b;
    } else groups.push({ members: [c], speaker: c.quote.speaker });
  }
  return groups;
}

const VOCABULARY = [
  'wir',
  'werden',
  'den',
  'handel',
  'ausbauen',
  'frieden',
  'gespräche',
  'gut',
  'sehr',
  'korea',
];

/** A candidate of a few words of a small vocabulary (so that the same, runs of and near wordings occur). */
const candidate = fc
  .record({
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 0, maxLength: 9 }),
    indirect: fc.boolean(),
    index: fc.integer({ min: 0, max: 3 }),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 40 }),
    speaker: fc.constantFrom(null, 'Kim', 'Kim Jong-un', 'Putin', 'Wladimir Putin'),
  })
  .map(({ words, indirect, index, start, length, speaker }): QuoteCandidate => {
    const quote: Quote = {
      text: words.join(' '),
      article: `a${index}`,
      start,
      end: start + length,
      speaker,
      attribution: speaker === null ? null : 'verb',
      ...(indirect ? { kind: 'indirect' as const } : {}),
    };
    return { quote, index, words, joined: ` ${words.join(' ')} `, stems: new Set(words) };
  });

describe('groupQuotes', () => {
  it('groups as comparing a quote with every member of every group does (property)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 40 }), (candidates) => {
        const groups = groupQuotes(candidates).map((g) => g.members);
        expect(groups).toEqual(groupEveryMember(candidates).map((g) => g.members));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('does not join two overlapping places of one article, even with a same-worded member elsewhere', () => {
    const words = ['wir', 'werden', 'den', 'handel', 'ausbauen'];
    const at = (index: number, start: number): QuoteCandidate => ({
      quote: {
        text: words.join(' '),
        article: `a${index}`,
        start,
        end: start + 30,
        speaker: null,
        attribution: null,
      },
      index,
      words,
      joined: ` ${words.join(' ')} `,
      stems: new Set(words),
    });
    // The third overlaps the first (article 0) but not the second (article 1): it joins through the second.
    expect(groupQuotes([at(0, 0), at(1, 0), at(0, 10)]).map((g) => g.members.length)).toEqual([3]);
    // Alone with the first, it overlaps it: two groups.
    expect(groupQuotes([at(0, 0), at(0, 10)]).map((g) => g.members.length)).toEqual([1, 1]);
  });
});
