import { describe, expect, it } from 'vitest';
import type { QuoteItem } from '../../src/compare/index.js';
import { labelsFor } from '../../src/render/labels.js';
import { formatSaid, quoteArticles, quoteHead } from '../../src/render/quotes.js';

const item = (over: Partial<QuoteItem> = {}): QuoteItem => ({
  text: 'Wir akzeptieren das nicht',
  speaker: 'Wladimir Putin',
  attribution: 'verb',
  article: 'a',
  start: 0,
  end: 25,
  sources: [
    { text: 'Wir akzeptieren das nicht', speaker: 'Wladimir Putin', article: 'a', start: 0, end: 25 },
    { text: 'Wir akzeptieren das nicht', speaker: null, article: 'c', start: 4, end: 29 },
    { text: 'Wir akzeptieren das nicht', speaker: null, article: 'a', start: 90, end: 115 },
  ],
  ...over,
});

describe('how a quote item is introduced', () => {
  it('formats when a quote was said for the reader’s language and precision', () => {
    expect(formatSaid({ value: '2017-12', precision: 'month' }, 'de')).toBe('Dezember 2017');
    expect(formatSaid({ value: '2019-04-24', precision: 'day' }, 'de')).toBe('24. April 2019');
    expect(formatSaid({ value: '2017-12', precision: 'month' }, 'en')).toBe('December 2017');
    expect(formatSaid({ value: '2016', precision: 'year' }, 'en')).toBe('2016');
  });

  it('falls back to the ISO value for a language tag Intl cannot read', () => {
    expect(formatSaid({ value: '2017-12', precision: 'month' }, 'not a tag!')).toBe('2017-12');
  });

  it('shows speaker, role, kind and date: "Wladimir Putin, russischer Präsident (Dezember 2017)"', () => {
    const said = {
      value: '2017-12',
      precision: 'month' as const,
      how: 'stated' as const,
      text: 'Dezember 2017',
      earlier: true,
      article: 'a',
      start: 40,
      end: 53,
    };
    expect(quoteHead(item({ role: 'russischer Präsident', said }), labelsFor('de'), 'de')).toEqual({
      speaker: 'Wladimir Putin',
      after: ', russischer Präsident (Dezember 2017)',
    });
    expect(quoteHead(item({ speaker: null, kind: 'indirect' }), labelsFor('en'), 'en')).toEqual({
      speaker: 'unattributed',
      after: ' (reported)',
    });
  });

  it('cites each article of a quote once, in the order of its sources; an item without sources its own', () => {
    expect(quoteArticles(item())).toEqual(['a', 'c']);
    expect(quoteArticles({ article: 'b', start: 0, end: 3 })).toEqual(['b']);
  });
});
