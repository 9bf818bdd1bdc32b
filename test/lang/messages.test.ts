/** The message tables: one per language, plural forms by Intl.PluralRules, a registered language's own table. */
import { describe, expect, it } from 'vitest';
import { countText, fill, messagesFor, plural } from '../../src/lang/messages.js';
import { messages as de } from '../../src/lang/de/messages.js';
import { messages as en } from '../../src/lang/en/messages.js';

describe('message tables', () => {
  it('counts in German and English with the right plural form', () => {
    const table = messagesFor('de');
    expect([0, 1, 2, 21].map((n) => countText(table, 'source', n))).toEqual([
      '0 Quellen',
      '1 Quelle',
      '2 Quellen',
      '21 Quellen',
    ]);
    expect(countText(table, 'article', 1)).toBe('1 Artikel');
    expect(countText(table, 'mention', 1)).toBe('1 Nennung');
    expect(countText(table, 'kind.report', 2)).toBe('2 Berichte');
    const english = messagesFor('en-GB');
    expect([1, 2].map((n) => countText(english, 'source', n))).toEqual(['1 source', '2 sources']);
    expect([1, 3].map((n) => countText(english, 'article', n))).toEqual(['1 article', '3 articles']);
    expect(plural(english, english.web.minSourcesChoice, 1)).toBe('all');
    expect(plural(table, table.web.minSourcesChoice, 3)).toBe('ab 3 Quellen');
  });

  it('a tag finds its language (de-AT → German); a language without a table gets English', () => {
    expect(messagesFor('de-AT')).toBe(de);
    expect(messagesFor('DE')).toBe(de);
    expect(messagesFor('fr')).toBe(en);
    expect(messagesFor('')).toBe(en);
  });

  it('both tables have the same keys and every count has a one and an other form with {n}', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(de.web)).toEqual(keys(en.web));
    expect(keys(de.errors)).toEqual(keys(en.errors));
    expect(keys(de.counts)).toEqual(keys(en.counts));
    for (const table of [de, en])
      for (const forms of Object.values(table.counts)) {
        expect(forms.one).toContain('{n}');
        expect(forms.other).toContain('{n}');
      }
  });

  it('fill puts values in and leaves unknown names', () => {
    expect(fill('Seite {page} von {pages}', { page: 2, pages: 5 })).toBe('Seite 2 von 5');
    expect(fill('{x} bleibt', {})).toBe('{x} bleibt');
  });
});
