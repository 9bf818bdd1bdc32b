import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stemmerFor, tokenize } from '../../src/analyse/index.js';
import { stopwordsFor } from '../../src/analyse/stopwords.js';

function surfaces(text: string, lang = 'de'): string[] {
  return tokenize(text, 0, text.length, lang).map((t) => text.slice(t.start, t.end));
}

describe('tokenize', () => {
  test('keeps hyphenated and apostrophe words whole', () => {
    expect(surfaces('Der Kim-Putin-Gipfel mit Kim Jong-un und US-Präsident Trump')).toEqual([
      'Der',
      'Kim-Putin-Gipfel',
      'mit',
      'Kim',
      'Jong-un',
      'und',
      'US-Präsident',
      'Trump',
    ]);
    expect(surfaces("I don't know Kim Jong-un’s plans.", 'en')).toEqual([
      'I',
      "don't",
      'know',
      'Kim',
      'Jong-un’s',
      'plans',
    ]);
  });

  test('numbers with inner periods and commas are one token', () => {
    const tokens = tokenize('Am 25.4.2019 kamen 50.000 Leute, 1,5 Prozent, 10 000 Arbeiter.', 0, 63, 'de');
    const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.norm);
    expect(numbers).toEqual(['25.4.2019', '50.000', '1,5', '10', '000']);
  });

  test('trailing punctuation is not part of a token', () => {
    expect(surfaces('Ende. Dr. Meier, (ca. 5)! „Zitat“')).toEqual([
      'Ende',
      'Dr',
      'Meier',
      'ca',
      '5',
      'Zitat',
    ]);
  });

  test('norm, stem and stop for German', () => {
    const [der, gipfel, praesidenten] = tokenize('Der Gipfeltreffen Präsidenten', 0, 29, 'de');
    expect(der).toMatchObject({ norm: 'der', stop: true, kind: 'word' });
    expect(gipfel).toMatchObject({ norm: 'gipfeltreffen', stem: 'gipfeltreff', stop: false });
    expect(praesidenten?.stem).toBe(tokenize('Präsident', 0, 9, 'de')[0]?.stem);
  });

  test('English stems and stopwords', () => {
    const tokens = tokenize('The leaders were meeting', 0, 24, 'en');
    expect(tokens.map((t) => t.stem)).toEqual(['the', 'leader', 'were', 'meet']);
    expect(tokens.map((t) => t.stop)).toEqual([true, false, true, false]);
  });

  test('other languages: a stemmer when @orama/stemmers has one, else identity', () => {
    expect(tokenize('présidents', 0, 10, 'fr')[0]?.stem).toBe('président');
    expect(tokenize('Präsidenten', 0, 11, 'und')[0]).toMatchObject({
      norm: 'präsidenten',
      stem: 'präsidenten',
      stop: false,
    });
    expect(tokenize('日本語', 0, 3, 'ja')[0]?.stem).toBe('日本語');
  });

  test('offsets point into the whole text', () => {
    const text = 'Titel\n\nKim kam.';
    const tokens = tokenize(text, 7, text.length, 'de');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [7, 10],
      [11, 14],
    ]);
  });
});

const ALPHABET = [
  'a',
  'B',
  'ä',
  'Ö',
  'ß',
  'z',
  '1',
  '9',
  ' ',
  ' ',
  '\n',
  '.',
  ',',
  '-',
  "'",
  '’',
  '„',
  '“',
  '"',
  '(',
  ')',
  '?',
  '!',
  '…',
  '•',
  'é',
  '日',
  '😀',
  '\u00a0',
  '\u200a',
  '\u0301',
];

describe('tokenize properties', () => {
  test('lossless: tokens are ordered slices whose lower case is norm; gaps + tokens rebuild the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
        ),
        fc.constantFrom('de', 'en', 'fr', 'und'),
        (text, lang) => {
          const tokens = tokenize(text, 0, text.length, lang);
          let rebuilt = '';
          let at = 0;
          for (const t of tokens) {
            expect(t.start).toBeGreaterThanOrEqual(at);
            expect(t.end).toBeGreaterThan(t.start);
            expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.norm);
            rebuilt += text.slice(at, t.start) + text.slice(t.start, t.end);
            at = t.end;
          }
          rebuilt += text.slice(at);
          expect(rebuilt).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a word seen before gives the same stem and stopword flag, per language, one norm string for all', () => {
    const text = 'Running and running; Running again, 2019 and 2019.';
    const en = tokenize(text, 0, text.length, 'en');
    const again = tokenize(text, 0, text.length, 'en');
    expect(again).toEqual(en);
    const stem = stemmerFor('en');
    const stop = stopwordsFor('en');
    for (const t of en) {
      expect(t.norm).toBe(text.slice(t.start, t.end).toLowerCase());
      expect(t.stem).toBe(t.kind === 'word' ? stem(t.norm) : t.norm);
      expect(t.stop).toBe(stop.has(t.norm));
    }
    expect(en.filter((t) => t.norm === 'running').map((t) => t.stem)).toEqual(['run', 'run', 'run']);
    // the same words in another language: that language's stems and stopwords, not the cached English ones
    const de = tokenize(text, 0, text.length, 'de');
    const deStem = stemmerFor('de');
    for (const t of de) {
      expect(t.stem).toBe(t.kind === 'word' ? deStem(t.norm) : t.norm);
      expect(t.stop).toBe(stopwordsFor('de').has(t.norm));
    }
    expect(de.find((t) => t.norm === 'and')?.stop).toBe(false);
    expect(en.find((t) => t.norm === 'and')?.stop).toBe(true);
  });
});
