/** The front page's story-row wording (pure, no browser): known outlets, then articles of unknown origin. */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lang/messages.js';
import type { StoryListItem } from '../../src/store/types.js';
import { outletList } from '../../web/src/format.js';

function story(outlets: readonly string[], unknownOutlets: number): StoryListItem {
  return {
    id: 's1',
    headline: 'H',
    sources: outlets.length,
    outlets,
    unknownOutlets,
    kinds: null,
    articles: outlets.length + unknownOutlets,
    languages: ['de'],
    first: null,
    last: null,
    updated: '2026-12-06T08:00:00Z',
    news: '2026-12-06T08:00:00Z',
    dated: true,
    storyline: 's1',
  };
}

describe('outletList', () => {
  const de = messagesFor('de');
  const en = messagesFor('en');

  it('names the known outlets after a colon and counts the unknown ones as articles, not as sources', () => {
    expect(outletList(story(['A', 'B', 'C'], 2), de)).toBe(': A, B, C · dazu 2 Artikel unbekannter Herkunft');
    expect(outletList(story(['A', 'B', 'C'], 2), en)).toBe(': A, B, C · plus 2 articles of unknown origin');
    expect(outletList(story(['A'], 1), en)).toBe(': A · plus 1 article of unknown origin');
    expect(outletList(story(['A'], 1), de)).toBe(': A · dazu 1 Artikel unbekannter Herkunft');
  });

  it('shows only the known outlets, only the unknown articles, or nothing', () => {
    expect(outletList(story(['SZ', 'ORF'], 0), de)).toBe(': SZ, ORF');
    expect(outletList(story([], 1), de)).toBe(' · 1 Artikel unbekannter Herkunft');
    expect(outletList(story([], 3), en)).toBe(' · 3 articles of unknown origin');
    expect(outletList(story([], 0), en)).toBe('');
  });
});
