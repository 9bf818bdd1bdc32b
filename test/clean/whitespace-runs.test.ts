/**
 * The whitespace rules that skip the single spaces between words (src/clean/lines.ts `normaliseLine`,
 * src/store/hash.ts `contentKey`) and the word counts that stop splitting once they can tell
 * (src/clean/structure.ts `looksLikeHeading`, src/clean/names.ts `looksLikePersonName`) give what the plain
 * forms give: replacing every run of whitespace, splitting a line into all its words.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toLines } from '../../src/clean/index.js';
import { looksLikePersonName } from '../../src/clean/names.js';
import { looksLikeHeading } from '../../src/clean/structure.js';
import { contentKey } from '../../src/store/hash.js';

/** Letters, the spaces of the rules (plain, non-breaking, thin, ideographic, tab, line breaks), invisible marks. */
const ALPHABET = [
  'a',
  'B',
  'é',
  'Σ',
  '.',
  '-',
  ' ',
  ' ',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\t',
  '\n',
  '\r',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\u2028',
];
const texts = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 });

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const plainLine = (raw: string): string =>
  raw
    .replace(INVISIBLE, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu, ' ')
    .trim();
const plainKey = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

describe('whitespace runs', () => {
  test('normaliseLine (through toLines) is every run of spaces made one space, invisible marks out, trimmed', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = text.split(/\r\n|\r|\n|\u2028|\u2029/u).map(plainLine);
        expect(toLines(text).map((l) => l.text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    expect(toLines('a  b\u00a0c \u3000d\te ').map((l) => l.text)).toEqual(['a b c d e']);
  });

  test('contentKey is the lower-cased NFC text with every run of whitespace one space, trimmed', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(contentKey(text)).toBe(plainKey(text));
      }),
      { numRuns: 2000 },
    );
    expect(contentKey(' Ein  Satz.\n\nNoch\u00a0einer ')).toBe('ein satz. noch einer');
  });
});

describe('word counts that stop splitting', () => {
  const words = fc.array(
    fc.constantFrom('Anna', 'von', 'J.', 'Weber', 'der', 'ein', 'Satz.', '1861', '„Zitat“'),
    {
      maxLength: 25,
    },
  );
  const spaces = fc.constantFrom(' ', '  ', '\t', '\u00a0');

  test('looksLikeHeading counts words as splitting the whole line does', () => {
    const plain = (text: string, max: number): boolean =>
      text.split(/\s+/u).length <= max && looksLikeHeading(text, 1000);
    fc.assert(
      fc.property(words, spaces, fc.integer({ min: 1, max: 22 }), (ws, space, max) => {
        const text = ws.join(space);
        expect(looksLikeHeading(text, max)).toBe(plain(text, max));
      }),
      { numRuns: 2000 },
    );
    expect(looksLikeHeading('Bahn und Pipeline', 3)).toBe(true);
    expect(looksLikeHeading('Bahn und Pipeline', 2)).toBe(false);
  });

  test('looksLikePersonName takes two to five words, as the whole split does', () => {
    expect(looksLikePersonName('Ursula von der Leyen')).toBe(true);
    expect(looksLikePersonName('J. R. Smith')).toBe(true);
    expect(looksLikePersonName('Anna Maria von der Weber')).toBe(true);
    expect(looksLikePersonName('Anna Maria Luise von der Weber')).toBe(false);
    expect(looksLikePersonName('Anna')).toBe(false);
  });
});
