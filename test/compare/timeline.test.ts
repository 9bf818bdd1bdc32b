import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import type { StoryAnalysis } from '../../src/compare/index.js';
import { resolveWeekday } from '../../src/analyse/dates.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';

let seeds: AnalysedArticle[];
let analysis: StoryAnalysis;

beforeAll(async () => {
  seeds = await seedArticles();
  analysis = analyseStory(seeds);
});

describe('timeline on the example story', () => {
  it('resolves "Donnerstag" to 2019-04-25 in every seed that names it, previews and reports alike', () => {
    const thursdays = analysis.timeline.filter((t) => /donnerstag/iu.test(t.text));
    const articles = new Set(thursdays.map((t) => t.article.slice(0, 3)));
    expect([...articles].sort()).toEqual(['000', '003', '004']);
    for (const t of thursdays)
      expect(t).toMatchObject({ date: '2019-04-25', precision: 'day', inferred: true });
  });

  it('resolves the other hand-checked dates', () => {
    const at = (id: string, text: string) =>
      analysis.timeline.find((t) => t.article.startsWith(id) && t.text === text);
    expect(at('000', 'Mittwoch')?.date).toBe('2019-04-24');
    expect(at('000', 'Freitag')?.date).toBe('2019-04-26');
    expect(at('002', 'diesem Freitag')).toMatchObject({ date: '2019-04-26', inferred: false });
    expect(at('000', 'Mai vergangenen Jahres')).toMatchObject({
      date: '2018-05',
      precision: 'month',
      inferred: false,
    });
    expect(at('000', 'vor zehn Jahren')).toMatchObject({ date: '2009', precision: 'year' });
    expect(at('001', 'Ende Februar')).toMatchObject({ date: '2019-02', precision: 'month' });
    expect(at('003', 'Februar')).toMatchObject({ date: '2019-02', inferred: true });
    expect(at('003', '2013')).toMatchObject({ date: '2013', precision: 'year', inferred: false });
    expect(at('003', 'Dezember 2017')).toMatchObject({ date: '2017-12', inferred: false });
    expect(at('002', 'vergangenes Jahr')?.date).toBe('2018');
    expect(analysis.timeline).toHaveLength(25);
  });

  it('is sorted and points every date at its text inside its sentence', () => {
    const dates = analysis.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    for (const t of analysis.timeline) {
      expect(textOf(seeds, t)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(t.sentence.start);
      expect(t.end).toBeLessThanOrEqual(t.sentence.end);
    }
  });
});

describe('weekdays and English dates', () => {
  it('chooses the nearest weekday, and past or future by tense', () => {
    const thu = new Date(Date.UTC(2019, 3, 25));
    expect(resolveWeekday(thu, 3, 'none').toISOString().slice(0, 10)).toBe('2019-04-24');
    expect(resolveWeekday(thu, 1, 'none').toISOString().slice(0, 10)).toBe('2019-04-22');
    expect(resolveWeekday(thu, 1, 'future').toISOString().slice(0, 10)).toBe('2019-04-29');
    expect(resolveWeekday(thu, 6, 'past').toISOString().slice(0, 10)).toBe('2019-04-20');
  });

  it('resolves English expressions against the article date and marks undated articles inferred', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'a',
        published: '2021-03-10',
        text: 'The ministers met on Tuesday in Geneva. Talks had collapsed two years ago. A new round is planned for next week. The treaty was signed on 5 May 1998.',
      },
      { id: 'b', text: 'They will meet again on Friday. Yesterday the envoy arrived.' },
    ]);
    const a = analyseStory(articles);
    const at = (text: string) => a.timeline.find((t) => t.text === text);
    expect(at('Tuesday')).toMatchObject({ date: '2021-03-09', precision: 'day', inferred: false });
    expect(at('two years ago')).toMatchObject({ date: '2019', precision: 'year' });
    expect(at('next week')).toMatchObject({ date: '2021-03', precision: 'month' });
    expect(at('5 May 1998')).toMatchObject({ date: '1998-05-05', precision: 'day', inferred: false });
    expect(at('Friday')).toMatchObject({ date: '2021-03-12', inferred: true });
    expect(at('Yesterday')).toMatchObject({ date: '2021-03-09', inferred: true });
    for (const t of a.timeline) expect(textOf(articles, t)).toBe(t.text);
  });
});
