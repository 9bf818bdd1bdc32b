import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import type { StoryAnalysis } from '../../src/compare/index.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';

let seeds: AnalysedArticle[];
let analysis: StoryAnalysis;

beforeAll(async () => {
  seeds = await seedArticles();
  analysis = analyseStory(seeds);
});

const figure = (a: StoryAnalysis, text: string) => a.figures.filter((f) => f.text === text);

describe('figures on the example story', () => {
  it('normalises numbers, scales, units and hedges', () => {
    expect(figure(analysis, '10 000')[0]).toMatchObject({
      value: 10000,
      unit: null,
      counted: 'nordkoreanischen Lohnarbeiter',
    });
    expect(figure(analysis, '50 000')[0]).toMatchObject({ value: 50000, counted: 'Nordkoreaner' });
    expect(figure(analysis, 'über 120.000')[0]).toMatchObject({
      value: 120000,
      hedge: 'über',
      counted: 'Leiharbeiter',
    });
    expect(figure(analysis, '34 Millionen Dollar')[0]).toMatchObject({ value: 34e6, unit: 'USD' });
    expect(figure(analysis, 'eine Milliarde Dollar')[0]).toMatchObject({ value: 1e9, unit: 'USD' });
    expect(figure(analysis, 'eine Milliarde')[0]).toMatchObject({ value: 1e9, unit: 'USD' });
    expect(figure(analysis, 'rund 20 Stunden')[0]).toMatchObject({ value: 20, unit: 'hour', hedge: 'rund' });
    expect(figure(analysis, 'Mindestens 80 Prozent')[0]).toMatchObject({
      value: 80,
      unit: '%',
      hedge: 'mindestens',
      counted: 'Gehaltes',
    });
    expect(figure(analysis, 'fast zwei Stunden')[0]).toMatchObject({ value: 2, unit: 'hour', hedge: 'fast' });
    expect(figure(analysis, 'etwa zwei Stunden')[0]).toMatchObject({ value: 2, unit: 'hour', hedge: 'etwa' });
    expect(figure(analysis, '50 Minuten')[0]).toMatchObject({ value: 50, unit: 'minute' });
  });

  it('leaves out years, dates, idioms and prepositions that look like hedges', () => {
    const texts = analysis.figures.map((f) => f.text);
    for (const t of ['2020', '2013', '1989', 'vier', 'zehn', 'über ein', 'über eine'])
      expect(texts.join('|')).not.toMatch(new RegExp(`(^|\\|)${t}(\\||$)`, 'u'));
    expect(texts).toHaveLength(15);
  });

  it('groups the trade target across outlets and finds no conflict (the workers are different counts)', () => {
    expect(analysis.conflicts).toEqual([]);
    const trade = analysis.figureGroups.find((g) => g.values.some((v) => v.value === 1e9));
    expect(trade?.agree).toBe(true);
    expect(trade?.modality).toBe('planned');
    expect(new Set(trade?.values.map((v) => v.article)).size).toBe(2);
    // Today's 34 million is an outcome, the billion a target: never in one group.
    expect(trade?.values.map((v) => v.value)).toEqual([1e9, 1e9]);
    expect(figure(analysis, '34 Millionen Dollar')[0]?.modality).toBe('actual');
    expect(figure(analysis, 'eine Milliarde')[0]?.modality).toBe('planned');
    expect(figure(analysis, 'eine Milliarde Dollar')[0]?.modality).toBe('planned');
    expect(analysis.figureGroups.some((g) => g.values.some((v) => v.value === 34e6))).toBe(false);
    const workers = analysis.figureGroups.filter((g) =>
      g.values.some((v) => [10000, 50000, 120000].includes(v.value)),
    );
    expect(workers).toEqual([]);
  });

  it('groups the length of the talk across two outlets in one time unit, and keeps other durations apart', () => {
    const talk = analysis.figureGroups.find((g) => g.about === 'Dauer des Gesprächs');
    expect(talk?.agree).toBe(true);
    expect(talk?.modality).toBe('actual');
    // "aus den geplanten 50 Minuten wurden fast zwei Stunden": the 50 minutes were the plan, not the talk.
    expect(talk?.values.map((v) => `${v.article.slice(0, 3)} ${textOf(seeds, v)}`)).toEqual([
      '001 fast zwei Stunden',
      '002 etwa zwei Stunden',
    ]);
    expect(figure(analysis, '50 Minuten')[0]?.modality).toBe('planned');
    expect(analysis.figureGroups.some((g) => g.values.some((v) => v.value === 50))).toBe(false);
    expect(figure(analysis, 'rund 20 Stunden')[0]?.topic).toBe('Dauer der Reise');
    // "Rund ein Jahr lang wurde Gipfel vorbereitet": the summit and its preparation — ambiguous, no topic.
    expect(figure(analysis, 'Rund ein Jahr')[0]?.topic).toBeUndefined();
    expect(analysis.figureGroups.some((g) => g.values.some((v) => v.value === 20))).toBe(false);
  });

  it('points every figure at its text', () => {
    for (const f of analysis.figures) expect(textOf(seeds, f)).toBe(f.text);
    for (const c of analysis.figureGroups)
      for (const v of c.values) expect(textOf(seeds, v).length).toBeGreaterThan(0);
  });
});

describe('figures and conflicts in English', () => {
  const articles = fixtureArticles('en', [
    {
      id: 'a',
      text: 'The storm killed at least 40 people in the region. Damage was put at $2 billion by officials.',
    },
    {
      id: 'b',
      // A count of people is compared only between sentences that share two words besides it (here "storm",
      // "region"): "86 people" of one attack and "77 people" of another are no conflict.
      text: 'Officials said 12 people died in the storm in the region. About 3,000 homes lost power for nearly two days.',
    },
    { id: 'c', text: 'Rescuers said about 41 people died. Some 3,100 homes lost power.' },
  ]);
  const a = analyseStory(articles);

  it('reads digits with commas, hedges and number words', () => {
    expect(a.figures.find((f) => f.text === 'About 3,000')).toMatchObject({
      value: 3000,
      hedge: 'about',
      counted: 'homes',
    });
    expect(a.figures.find((f) => f.text === 'nearly two days')).toMatchObject({
      value: 2,
      unit: 'day',
      hedge: 'almost',
    });
    for (const f of a.figures) expect(textOf(articles, f)).toBe(f.text);
  });

  it('reports a conflict only where values differ beyond the hedges', () => {
    expect(a.conflicts).toHaveLength(1);
    expect(a.conflicts[0]?.values.map((v) => v.value).sort((x, y) => x - y)).toEqual([12, 40, 41]);
    const homes = a.figureGroups.find((g) => g.values.some((v) => v.value === 3000));
    expect(homes?.agree).toBe(true);
  });
});

describe('durations in English', () => {
  const articles = fixtureArticles('en', [
    { id: 'a', text: 'The two leaders talked for almost two hours. The journey took 20 hours by train.' },
    { id: 'b', text: 'Their talks lasted about 110 minutes, officials said.' },
    { id: 'c', text: 'The meeting went on for five hours, a diplomat claimed.' },
  ]);
  const a = analyseStory(articles);

  it('compares durations of the same kind across units and flags the one beyond the hedges', () => {
    const talks = a.figureGroups.find((g) => g.about === 'length of the talks');
    expect(talks?.values.map((v) => textOf(articles, v))).toEqual([
      'almost two hours',
      'about 110 minutes',
      'five hours',
    ]);
    expect(talks?.agree).toBe(false);
    expect(a.conflicts.map((c) => c.about)).toEqual(['length of the talks']);
    expect(a.figures.find((f) => f.text === '20 hours')?.topic).toBe('length of the journey');
  });
});

describe('plans and forecasts are not outcomes', () => {
  const modalities = (articles: AnalysedArticle[]) =>
    analyseStory(articles).figures.map((f) => `${f.text}: ${f.modality}`);

  it('planned 50 minutes vs almost two hours: no agreement and no conflict; an outcome of 50 minutes conflicts', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text: 'Das Gespräch der Staatschefs dauerte dann auch länger als erwartet, aus den geplanten 50 Minuten wurden fast zwei Stunden.',
      },
      { id: 'b', text: 'Die beiden sprachen etwa zwei Stunden unter vier Augen.' },
    ]);
    const a = analyseStory(articles);
    expect(modalities(articles)).toEqual([
      '50 Minuten: planned',
      'fast zwei Stunden: actual',
      'etwa zwei Stunden: actual',
    ]);
    expect(a.conflicts).toEqual([]);
    expect(a.figureGroups.map((g) => g.values.map((v) => textOf(articles, v)))).toEqual([
      ['fast zwei Stunden', 'etwa zwei Stunden'],
    ]);
    const withOutcome = fixtureArticles('de', [
      ...articles.map((x) => ({ id: x.id, text: x.text })),
      { id: 'c', text: 'Das Gespräch dauerte nur 50 Minuten.' },
    ]);
    const c = analyseStory(withOutcome);
    expect(c.conflicts.map((x) => [x.modality, x.values.map((v) => textOf(withOutcome, v))])).toEqual([
      ['actual', ['fast zwei Stunden', 'etwa zwei Stunden', '50 Minuten']],
    ]);
  });

  it('34 million today vs one billion targeted is no conflict; two different targets are', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text: 'Der Handel soll von seinem derzeit bescheidenen Volumen von 34 Millionen Dollar auf eine Milliarde steigen, notfalls über ein Tauschhandel-Schema.',
      },
      {
        id: 'b',
        text: 'Südkorea hat ermittelt, dass Pjöngjang plant, den bilateralen Handel mit Moskau bis 2020 auf eine Milliarde Dollar zu verzehnfachen.',
      },
      { id: 'c', text: 'Der Handel mit Russland betrug im vergangenen Jahr 34 Millionen Dollar.' },
    ]);
    const a = analyseStory(articles);
    expect(modalities(articles)).toEqual([
      '34 Millionen Dollar: actual',
      'eine Milliarde: planned',
      'eine Milliarde Dollar: planned',
      '34 Millionen Dollar: actual',
    ]);
    expect(a.conflicts).toEqual([]);
    expect(a.figureGroups.map((g) => [g.modality, g.agree, g.values.map((v) => v.value)])).toEqual([
      ['actual', true, [34e6, 34e6]],
      ['planned', true, [1e9, 1e9]],
    ]);
    const other = fixtureArticles('de', [
      ...articles.map((x) => ({ id: x.id, text: x.text })),
      { id: 'd', text: 'Der Handel soll bis 2020 auf fünf Milliarden Dollar steigen.' },
    ]);
    const conflicts = analyseStory(other).conflicts;
    expect(conflicts.map((x) => [x.modality, x.values.map((v) => v.value)])).toEqual([
      ['planned', [1e9, 1e9, 5e9]],
    ]);
  });

  it('reads English plans, targets and forecasts; a plan cue reaches up to "but"', () => {
    const articles = fixtureArticles('en', [
      { id: 'a', text: 'The talks were planned to last 50 minutes but went on for almost two hours.' },
      { id: 'b', text: 'The leaders talked for about two hours, officials said.' },
      {
        id: 'c',
        text: 'Trade, currently worth 34 million dollars, is expected to reach one billion dollars. The planned 40 minutes of talks took longer than expected, three hours.',
      },
    ]);
    expect(modalities(articles)).toEqual([
      '50 minutes: planned',
      'almost two hours: actual',
      'about two hours: actual',
      '34 million dollars: actual',
      'one billion dollars: planned',
      '40 minutes: planned',
      'three hours: actual',
    ]);
  });
});

describe('a number added to an earlier one is not compared with a total', () => {
  it('German: "drei weitere Leichen" and "750 Soldaten zusätzlich" do not conflict with two bodies and 100 soldiers', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text: 'Am Dienstag wurden drei weitere Leichen geborgen. In der Nacht waren rund 100 Soldaten an die Botschaft verlegt worden.',
      },
      {
        id: 'b',
        text: 'Bereits am Montag waren zwei Leichen geborgen worden. Nun schicken die USA 750 Soldaten zusätzlich in die Region.',
      },
    ]);
    const a = analyseStory(articles);
    expect(a.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['drei', 'rund 100', 'zwei', '750']));
    expect(a.conflicts).toEqual([]);
  });

  it('two added numbers of the same thing still conflict; English "another" marks one too', () => {
    const german = fixtureArticles('de', [
      { id: 'a', text: 'Am Dienstag wurden drei weitere Leichen geborgen.' },
      { id: 'b', text: 'Am Dienstag wurden sieben weitere Leichen geborgen.' },
    ]);
    expect(analyseStory(german).conflicts.map((c) => c.values.map((v) => v.value))).toEqual([[3, 7]]);
    const english = fixtureArticles('en', [
      { id: 'a', text: 'Police said 5 people were injured in the crash.' },
      { id: 'b', text: 'Another 13 people were treated for minor injuries.' },
    ]);
    expect(analyseStory(english).figures.map((f) => f.counted)).toEqual(['people', 'people']);
    expect(analyseStory(english).conflicts).toEqual([]);
  });
});

// Found on Multi-News: "the truck attack that killed 86 people" and "Breivik, who killed 77 people in July 2011" (two
// events of one story) were listed as figures that differ, as were "34 women interviewed" and "five … women".
describe('a conflict needs figures told of one event', () => {
  it('does not compare counts of one noun from sentences about different events (negative)', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'a',
        text: 'The town marked the anniversary of the truck attack that killed 86 people on the promenade.',
      },
      {
        id: 'b',
        text: 'The lawmaker was criticised for praising Anders Brevik, who killed 77 people in July 2011.',
      },
    ]);
    const a = analyseStory(articles);
    expect(a.figureGroups.map((g) => [g.agree, g.values.map((v) => v.value)])).toEqual([[false, [86, 77]]]);
    expect(a.conflicts).toEqual([]);
  });

  it('compares them when the sentences share what happened and where', () => {
    const articles = fixtureArticles('en', [
      { id: 'a', text: 'The truck attack on the promenade killed 86 people.' },
      { id: 'b', text: 'Officials said the truck attack on the promenade killed 84 people.' },
    ]);
    expect(analyseStory(articles).conflicts.map((c) => c.values.map((v) => v.value))).toEqual([[86, 84]]);
  });
});
