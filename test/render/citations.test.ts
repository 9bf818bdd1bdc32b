import { describe, expect, it } from 'vitest';
import type { BriefArticle } from '../../src/core/types.js';
import { dateOf, lineSource, shownDate } from '../../src/render/citations.js';
import { labelsFor } from '../../src/render/labels.js';

const de = labelsFor('de');

const article = (published: string | undefined, inferred = false): BriefArticle =>
  ({
    id: 'a',
    kind: 'report',
    ...(published !== undefined ? { published } : {}),
    ...(inferred ? { publishedInferred: true } : {}),
  }) as BriefArticle;

describe('shownDate', () => {
  it('shows a page time stamp as its day and the clock time the page stated (the publisher’s local time)', () => {
    expect(shownDate('2025-12-12T05:07:47+01:00')).toBe('2025-12-12 05:07');
    expect(shownDate('2024-09-30T17:45:00.000+0200')).toBe('2024-09-30 17:45');
    expect(shownDate('2024-09-30T17:45')).toBe('2024-09-30 17:45');
  });

  it('shows a stamp at midnight to the second as its day alone (how a day without a time is stamped)', () => {
    expect(shownDate('2019-04-25T00:00:00+02:00')).toBe('2019-04-25');
    expect(shownDate('2019-04-25T00:00')).toBe('2019-04-25');
    expect(shownDate('2019-04-25T00:00:30Z')).toBe('2019-04-25 00:00 UTC');
    expect(shownDate('2019-04-25T00:01:00Z')).toBe('2019-04-25 00:01 UTC');
  });

  it('marks a time stated in UTC', () => {
    expect(shownDate('2019-04-25T10:00:00Z')).toBe('2019-04-25 10:00 UTC');
  });

  it('leaves days, months and anything else as they are', () => {
    for (const d of ['2019-04-26', '2019-04', '2019', 'gestern', '2019-04-26T']) expect(shownDate(d)).toBe(d);
  });
});

describe('dateOf and lineSource', () => {
  it('show the day and time of a stamped article, "erschlossen" for an inferred one, "ohne Datum" without', () => {
    expect(dateOf(article('2025-12-12T05:07:47+01:00'), de)).toBe('2025-12-12 05:07');
    expect(dateOf(article('2019-04-24', true), de)).toBe('2019-04-24 (erschlossen)');
    expect(dateOf(article(undefined), de)).toBe('ohne Datum');
    expect(lineSource({ ...article('2025-12-12T05:07:47+01:00'), source: 'ntv' } as BriefArticle, de)).toBe(
      'ntv, 2025-12-12 05:07, Bericht',
    );
  });
});
