import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../src/analyse/index.js';
import { sentences as de } from '../../src/lang/de/sentences.js';
import { sentences as en } from '../../src/lang/en/sentences.js';
import { countCharacterSteps } from '../support/steps.js';

const PIECES = [
  'Kim',
  'Putin',
  'die',
  'Der',
  'z',
  'B',
  'Dr',
  'ca',
  'usw',
  '2013',
  '12',
  '1',
  '25.4.2019',
  'Mai',
  'U.S',
  'p.m',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '.',
  '. ',
  '.',
  '?',
  '!',
  '…',
  '...',
  ',',
  '„',
  '“',
  '"',
  '»',
  '«',
  '‚',
  '‘',
  '’',
  '(',
  ')',
  '•',
  '– ',
  '\u00a0',
  '\u3000',
  '😀',
  'ä',
];

const germanish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  germanish,
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ maxLength: 120 }),
);

describe('segmentSentences properties', () => {
  test('spans are ordered, non-overlapping, inside the block and trimmed', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.constantFrom(de, en), (text, a, b, rules) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length - start === 0 ? 0 : b % (text.length - start + 1));
        const spans = segmentSentences(text, start, end, rules);
        let at = start;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(end);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          at = s.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('never throws, also on ranges outside the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: -5, max: 200 }),
        (text, s, e) => {
          expect(() => segmentSentences(text, s, e, de)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  test('every word character of the block is in some sentence (nothing but bullets and spaces is dropped)', () => {
    fc.assert(
      fc.property(germanish, (text) => {
        const spans = segmentSentences(text, 0, text.length, de);
        const covered = new Uint8Array(text.length);
        for (const s of spans) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++) {
          if (/[\p{L}\p{N}]/u.test(text[i] ?? '') && covered[i] === 0) {
            // only allowed when the piece it belongs to has no letter at all: impossible for a letter itself
            expect.fail(`character ${i} (${text[i]}) of ${JSON.stringify(text)} is in no sentence`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('segmentSentences on pathological input', () => {
  /** The text of `times` pieces (the `„` case also closes them all far away, the worst case for enclosures). */
  const pathological = (piece: string, times: number): string =>
    piece.repeat(times) + (piece === '„' ? ')'.repeat(times) : '');

  // Linear: the character work (counted, not timed) at 2n pieces is about twice that at n pieces, not four times;
  // and it stays a small constant per character.
  test.each([
    ['a.', 100_000],
    ['(', 100_000],
    ['„', 50_000],
    [')', 50_000],
    ['"a ', 50_000],
    ['. ', 100_000],
    ['1.', 100_000],
    ['…', 100_000],
    ['z. B. ', 30_000],
  ])('%j × %i stays linear', (piece, times) => {
    const half = pathological(piece, times / 2);
    const full = pathological(piece, times);
    let spans: ReturnType<typeof segmentSentences> = [];
    const atHalf = countCharacterSteps(() => segmentSentences(half, 0, half.length, de));
    const atFull = countCharacterSteps(() => {
      spans = segmentSentences(full, 0, full.length, de);
    });
    expect(atFull / atHalf).toBeLessThan(2.2);
    expect(atFull / full.length).toBeLessThan(100); // ≤ MAX_WORD (48) characters back per candidate, a few forward
    expect(spans.every((s) => s.end <= full.length)).toBe(true);
  });
});
