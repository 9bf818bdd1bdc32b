import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { BRIEF_SCHEMA, type Brief } from '../../src/brief/types.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import { figureSubject, formatFigure, formatNumber } from '../../src/render/figures.js';
import { fixtureArticles } from '../compare/support.js';

const v = (value: number, unit: string | null = null, hedge: string | null = null) => ({
  value,
  unit,
  hedge,
});

describe('figure values for the reader', () => {
  it('German: decimal comma, space groups from 10 000, abbreviated scales, unit after the number', () => {
    expect(formatFigure(v(1.2e12, 'USD'), 'de')).toBe('1,2 Bio. $');
    expect(formatFigure(v(34e6, 'USD'), 'de')).toBe('34 Mio. $');
    expect(formatFigure(v(1e9, 'USD'), 'de')).toBe('1 Mrd. $');
    expect(formatFigure(v(50_000), 'de')).toBe('50\u00a0000');
    expect(formatFigure(v(120_000, null, 'über'), 'de')).toBe('über 120\u00a0000');
    expect(formatFigure(v(5000), 'de')).toBe('5000');
    expect(formatFigure(v(40_000, 'EUR', 'etwa'), 'de')).toBe('etwa 40\u00a0000 €');
    expect(formatFigure(v(80, '%', 'mindestens'), 'de')).toBe('mindestens 80 %');
    expect(formatFigure(v(2, 'hour', 'fast'), 'de')).toBe('fast 2 Stunden');
    expect(formatFigure(v(1, 'hour'), 'de')).toBe('1 Stunde');
    expect(formatFigure(v(1.5, 'year'), 'de')).toBe('1,5 Jahre');
    expect(formatNumber(1_234_567, 'de')).toBe('1,23 Mio.');
  });

  it('English: decimal point, comma groups, scale words, currency before the number', () => {
    expect(formatFigure(v(1.2e12, 'USD'), 'en')).toBe('$1.2 trillion');
    expect(formatFigure(v(34e6, 'USD'), 'en')).toBe('$34 million');
    expect(formatFigure(v(50_000), 'en')).toBe('50,000');
    expect(formatFigure(v(5000), 'en')).toBe('5,000');
    expect(formatFigure(v(80, '%'), 'en')).toBe('80%');
    expect(formatFigure(v(1, 'day'), 'en')).toBe('1 day');
    expect(formatFigure(v(3000, null, 'about'), 'en')).toBe('about 3,000');
  });

  it("writes a hedge in the reader's language and keeps an unknown hedge or unit as given", () => {
    expect(formatFigure(v(2, 'hour', 'almost'), 'de')).toBe('fast 2 Stunden');
    expect(formatFigure(v(2, 'hour', 'rund'), 'en')).toBe('about 2 hours');
    expect(formatFigure(v(40, null, 'at least'), 'de')).toBe('mindestens 40');
    expect(formatFigure(v(5, 'XYZ', 'gefühlt'), 'de')).toBe('gefühlt 5 XYZ');
    expect(formatFigure(v(7, 'hour'), 'fr')).toBe('7 hours'); // no table: English
  });

  it('marks the subject of planned values', () => {
    expect(figureSubject('Handel, USD', 'planned', 'de')).toBe('Handel, USD (geplant)');
    expect(figureSubject('trade', 'planned', 'en')).toBe('trade (planned)');
    expect(figureSubject('Handel', 'actual', 'de')).toBe('Handel');
  });
});

describe('conflicts in Markdown and HTML', () => {
  const articles = fixtureArticles('de', [
    { id: 'a', text: 'Der Schaden wird auf 1,2 Billionen Dollar geschätzt.' },
    { id: 'b', text: 'Der Schaden wird auf 300 Milliarden Dollar geschätzt.' },
  ]);
  const analysis = analyseStory(articles);
  const brief = (language: 'de' | 'en'): Brief => ({
    schema: BRIEF_SCHEMA,
    headline: 'Schaden',
    language,
    sentences: [],
    articles: articles.map((a) => ({ ...a, kind: 'report' as const, blocks: [], removed: [] })),
    errors: [],
    analysis,
  });

  it('shows values formatted for the reader, never raw numbers', () => {
    expect(analysis.conflicts.map((c) => c.values.map((x) => x.value))).toEqual([[1.2e12, 3e11]]);
    const md = renderMarkdown(brief('de'));
    expect(md).toContain('1,2 Bio. $ [1] · 300 Mrd. $ [2]');
    expect(md).not.toContain('1200000000000');
    const html = renderHtml(brief('de'));
    expect(html).toContain('1,2 Bio. $ <sup>');
    expect(html).not.toContain('1200000000000');
    expect(renderMarkdown(brief('en'))).toContain('$1.2 trillion [1] · $300 billion [2]');
  });
});
