import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import type { Entity, StoryAnalysis } from '../../src/compare/index.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';

let seeds: AnalysedArticle[];
let analysis: StoryAnalysis;

beforeAll(async () => {
  seeds = await seedArticles();
  analysis = analyseStory(seeds);
});

const find = (a: StoryAnalysis, name: string): Entity | undefined => a.entities.find((e) => e.name === name);

describe('entities on the example story', () => {
  it('knows Juri Uschakow as a person, Tass as an organisation, Wladiwostok and Russkij as places', () => {
    expect(find(analysis, 'Juri Uschakow')?.type).toBe('person');
    expect(find(analysis, 'Tass')?.type).toBe('organization');
    expect(find(analysis, 'Wladiwostok')?.type).toBe('place');
    expect(find(analysis, 'Russkij')?.type).toBe('place');
    expect(find(analysis, 'UN-Sicherheitsrat')?.type).toBe('organization');
    expect(find(analysis, 'Außenministerium')?.type).toBe('organization');
    expect(find(analysis, 'Chassan')?.type).toBe('place');
  });

  it('consolidates Kim Jong-un = Kim Jong Un = Kim and Wladimir Putin = Putin across articles', () => {
    const kim = find(analysis, 'Kim Jong Un');
    expect(kim?.type).toBe('person');
    expect(kim?.variants).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim Jong Un', 'Kim']));
    expect(new Set(kim?.mentions.map((m) => m.article)).size).toBe(5);
    const putin = find(analysis, 'Wladimir Putin');
    expect(putin?.variants).toEqual(expect.arrayContaining(['Wladimir Putin', 'Putin']));
    expect(analysis.entities.filter((e) => e.name === 'Putin' || e.name === 'Kim')).toEqual([]);
  });

  it('keeps Kim Il Sung and Kim Kwang-jin apart from Kim Jong Un', () => {
    expect(find(analysis, 'Kim Il Sung')?.variants).toEqual(
      expect.arrayContaining(['Kim il-Sung', 'Kim Il Sung']),
    );
    expect(find(analysis, 'Kim Kwang-jin')?.type).toBe('person');
  });

  it('types the hand-checked people, places and organisations', () => {
    const people = [
      'Donald Trump',
      'Sergej Lawrow',
      'Stephen Biegun',
      'Mike Pompeo',
      'Choe Son Hui',
      'Hans-Georg Maaßen',
    ];
    for (const p of people) expect(find(analysis, p)?.type, p).toBe('person');
    for (const p of ['Nordkorea', 'Russland', 'China', 'Pjöngjang', 'Moskau', 'Peking', 'Hanoi', 'USA']) {
      expect(find(analysis, p)?.type, p).toBe('place');
    }
    expect(find(analysis, 'ZDF')?.type).toBe('organization');
  });

  it('points every mention at its text', () => {
    for (const e of analysis.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(e.variants).toContain(textOf(seeds, m));
    }
  });
});

describe('near-spellings and English entities', () => {
  it('joins a rare misspelling onto the more frequent place (Wlodiwostok → Wladiwostok)', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text: 'Kim reiste nach Wladiwostok. In Wladiwostok traf er Putin. Wladiwostok liegt am Meer.',
      },
      {
        id: 'b',
        text: 'Der Zug ist im russischen Wlodiwostok angekommen. Dort wartete Präsident Wladimir Putin.',
      },
    ]);
    const a = analyseStory(articles);
    const place = find(a, 'Wladiwostok');
    expect(place?.variants).toEqual(expect.arrayContaining(['Wladiwostok', 'Wlodiwostok']));
    expect(find(a, 'Wlodiwostok')).toBeUndefined();
  });

  it('finds people after titles, places after prepositions and organisations in English', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'e',
        text:
          'President Vladimir Putin met North Korean leader Kim Jong Un on Russky Island near Vladivostok. ' +
          'Putin told the state news agency Tass that the talks were useful. Kim later travelled to Moscow. ' +
          'The foreign ministry in Pyongyang said nothing.',
      },
    ]);
    const a = analyseStory(articles);
    expect(find(a, 'Vladimir Putin')?.variants).toEqual(expect.arrayContaining(['Putin']));
    expect(find(a, 'Kim Jong Un')?.variants).toEqual(expect.arrayContaining(['Kim']));
    // An English story shows the names it writes, not the tables' German ones.
    expect(find(a, 'Vladivostok')?.variants).toEqual(['Vladivostok']);
    expect(find(a, 'Moscow')?.type).toBe('place');
    expect(find(a, 'Moskau')).toBeUndefined();
    expect(find(a, 'Tass')?.type).toBe('organization');
    for (const e of a.entities) for (const m of e.mentions) expect(e.variants).toContain(textOf(articles, m));
  });
});
