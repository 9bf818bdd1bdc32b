import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { findEvidence, type StoryAnalysis, type TimelineEvent } from '../../src/compare/index.js';
import { resolveWeekday } from '../../src/analyse/dates.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';

let seeds: AnalysedArticle[];
let analysis: StoryAnalysis;
/** The dated mentions the timeline is made of. */
let mentions: readonly TimelineEvent[];

beforeAll(async () => {
  seeds = await seedArticles();
  analysis = analyseStory(seeds);
  mentions = findEvidence(seeds).dates;
});

describe('dated mentions of the example story', () => {
  it('resolves "Donnerstag" to 2019-04-25 in every seed that names it, previews and reports alike', () => {
    const thursdays = mentions.filter((t) => /donnerstag/iu.test(t.text));
    const articles = new Set(thursdays.map((t) => t.article.slice(0, 3)));
    expect([...articles].sort()).toEqual(['000', '003', '004']);
    for (const t of thursdays)
      expect(t).toMatchObject({ date: '2019-04-25', precision: 'day', inferred: true });
  });

  it('resolves the other hand-checked dates', () => {
    const at = (id: string, text: string) =>
      mentions.find((t) => t.article.startsWith(id) && t.text === text);
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
    expect(mentions).toHaveLength(25);
  });

  it('is sorted and points every date at its text inside its sentence', () => {
    const dates = mentions.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
    for (const t of mentions) {
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
    const dates = findEvidence(articles).dates;
    const at = (text: string) => dates.find((t) => t.text === text);
    expect(at('Tuesday')).toMatchObject({ date: '2021-03-09', precision: 'day', inferred: false });
    expect(at('two years ago')).toMatchObject({ date: '2019', precision: 'year' });
    expect(at('next week')).toMatchObject({ date: '2021-03', precision: 'month' });
    expect(at('5 May 1998')).toMatchObject({ date: '1998-05-05', precision: 'day', inferred: false });
    expect(at('Friday')).toMatchObject({ date: '2021-03-12', inferred: true });
    expect(at('Yesterday')).toMatchObject({ date: '2021-03-09', inferred: true });
    for (const t of dates) expect(textOf(articles, t)).toBe(t.text);
  });
});

describe('the timeline of the example story as events', () => {
  it('reads as a sequence of events: what happened, in date order', () => {
    const lines = analysis.timeline.map((t) => `${t.date} ${t.text}`);
    expect(lines).toContain(
      '2019-04-24 Der gepanzerte Regierungszug der Pjöngjanger Diktatoren ist am Mittwoch in der Grenzstation Chassan eingetroffen, wo Kim notgedrungen einen Zwischenstopp einlegen muss',
    );
    expect(lines).toContain(
      '2019-04-25 Am Donnerstagmorgen (Ortszeit) treffen sich Kim und Putin zum eigentlichen Gipfel auf der kleinen Insel Russkij, die zum Gelände der lokalen Universität gehört',
    );
    expect(lines).toContain(
      '2019-04-26 Von Wladiwostok fliegt der russische Präsident nach Peking, wo an diesem Freitag der Seidenstraßengipfel beginnt',
    );
    expect(lines).toContain(
      '2018-05 Russland hatte den nordkoreanischen Führer bereits im Mai vergangenen Jahres eingeladen',
    );
    // No item is a bare date phrase: every one is a clause with a verb's worth of words.
    for (const t of analysis.timeline) expect(t.text.split(' ').length).toBeGreaterThanOrEqual(7);
    const dates = analysis.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('merges the summit on Thursday across the sources that tell it, with all of them', () => {
    const summit = analysis.timeline.find((t) => t.date === '2019-04-25' && /Russkij/u.test(t.text));
    expect(summit?.sources.map((s) => s.article.slice(0, 3))).toEqual(['000', '003', '004']);
    expect(summit?.inferred).toBe(true);
    const hanoi = analysis.timeline.find((t) => t.date === '2019-02');
    expect(hanoi?.sources.map((s) => s.article.slice(0, 3))).toEqual(['001', '002', '003']);
    // "vor zehn Jahren" (the six-party talks) in 000 and 002 is one event.
    const talks = analysis.timeline.filter((t) => t.date === '2009');
    expect(talks).toHaveLength(1);
    expect(talks[0]?.sources).toHaveLength(2);
  });

  it('keeps apart events of the same day that share nothing', () => {
    const friday = analysis.timeline.filter((t) => t.date === '2019-04-26');
    expect(friday).toHaveLength(2);
  });

  it('points every item and every source at its passage in the cleaned text, the date inside it', () => {
    expect(analysis.timeline.length).toBeGreaterThan(10);
    for (const t of analysis.timeline) {
      expect(textOf(seeds, t)).toBe(t.text);
      // the item shows one of its sources' passages (the first that stands alone)
      expect(t.sources).toContainEqual(
        expect.objectContaining({ article: t.article, start: t.start, end: t.end }),
      );
      for (const s of t.sources) {
        expect(textOf(seeds, s)).toBe(s.text);
        expect(s.text).toContain(s.dateText);
      }
    }
  });
});

describe('timeline events of a growing story', () => {
  it('reads each dated mention’s passage once: the same mentions again cost no character steps for passages', async () => {
    const { storyEvents } = await import('../../src/compare/timeline-events.js');
    const { countCharacterSteps } = await import('../support/steps.js');
    // Fresh copies of the mentions: passages are kept per mention object, so the first call reads every passage.
    const fresh = mentions.map((m) => ({ ...m }));
    let first: unknown;
    let again: unknown;
    const steps = countCharacterSteps(() => (first = storyEvents(seeds, fresh)));
    const kept = countCharacterSteps(() => (again = storyEvents(seeds, fresh)));
    expect(again).toEqual(first);
    expect(again).toEqual(analysis.timeline);
    expect(steps).toBeGreaterThan(1000);
    // What is left is keying the events' sources (ids and offsets), not reading the text: under a tenth.
    expect(kept).toBeLessThan(steps * 0.1);
  });
});
