import { beforeAll, describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import type { QuoteItem, StoryAnalysis } from '../../src/compare/index.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { fixtureArticles, seedArticles, textOf } from './support.js';

const find = (a: StoryAnalysis, text: string): QuoteItem | undefined =>
  a.quotes.find((q) => q.sources.some((s) => s.text.includes(text)));

/** The item of a quote that must be there. */
function must(a: StoryAnalysis, text: string): QuoteItem {
  const q = find(a, text);
  if (!q) throw new Error(`no quote item with "${text}"`);
  return q;
}

/** Every span of every quote item (sources, role phrase, date phrase) gives back its text from its article. */
function expectSpans(articles: readonly AnalysedArticle[], a: StoryAnalysis): void {
  for (const q of a.quotes) {
    expect(textOf(articles, q)).toBe(q.text);
    expect(q.sources[0]).toMatchObject({ article: q.article, start: q.start, end: q.end });
    for (const s of q.sources) expect(textOf(articles, s)).toBe(s.text);
    if (q.roleSource) expect(textOf(articles, q.roleSource)).toBe(q.roleSource.text);
    if (q.said) expect(textOf(articles, q.said)).toBe(q.said.text);
  }
}

describe('quote items on the example story', () => {
  let seeds: AnalysedArticle[];
  let analysis: StoryAnalysis;
  beforeAll(async () => {
    seeds = await seedArticles();
    analysis = analyseStory(seeds);
  });

  it('gives every source, role phrase and date phrase offsets that give back its text', () => {
    expectSpans(seeds, analysis);
  });

  it('dates Putin’s December 2017 quote and lists it after the summit’s direct quotes', () => {
    const q = find(analysis, 'Wir akzeptieren den nuklearen Status');
    expect(q?.said).toMatchObject({ value: '2017-12', precision: 'month', how: 'stated', earlier: true });
    expect(q?.said?.text).toBe('Dezember 2017');
    const direct = analysis.quotes.filter((x) => x.kind !== 'indirect');
    expect(direct[direct.length - 1]).toBe(q);
    expect(direct.filter((x) => x.said?.earlier === true)).toHaveLength(1);
  });

  it('shows speakers with the role the text gives them', () => {
    expect(find(analysis, 'Danke, dass Sie gekommen sind')).toMatchObject({
      speaker: 'Wladimir Putin',
      role: 'russischer Präsident',
    });
    expect(find(analysis, 'Die Leute stehen für diese Jobs Schlange')?.role).toBe(
      'ehemaliger nordkoreanischer Banker',
    );
    expect(find(analysis, 'Das ist nur der erste Schritt')?.role).toBe('Nordkoreas Machthaber');
    // "Kaum hatte Kim russischen Boden betreten, kündigte der Gast an, dass …": the guest is Kim.
    expect(find(analysis, 'dass dies nicht sein letzter Besuch')).toMatchObject({
      speaker: 'Kim Jong Un',
      role: 'Gast',
    });
  });
});

const DE = [
  {
    id: 'a',
    published: '2019-04-25',
    text:
      'Gipfel in Wladiwostok\n\n' +
      '„Wir werden nicht nachgeben“, sagte der russische Präsident Wladimir Putin am Mittwoch. ' +
      'Angela Merkel, die deutsche Bundeskanzlerin, sagte: „Das ist ein guter Tag für Europa.“ ' +
      'Im Dezember 2017 hatte Putin gesagt: „Wir akzeptieren den Status nicht.“ ' +
      'Putin sagte außerdem: „Bis 2030 wollen wir den Handel verdoppeln.“',
  },
  {
    id: 'b',
    published: '2019-04-25',
    text:
      'Treffen der Präsidenten\n\n' +
      'Der Kreml äußerte sich knapp. »Wir werden nicht   nachgeben!« Das war deutlich. ' +
      '„Das ist ein guter Tag für Europa und die Welt“, hieß es. ' +
      'Wladimir Putin, Russlands Präsident, wirkte zufrieden.',
  },
];

describe('quote items from German articles', () => {
  const articles = fixtureArticles('de', DE);
  const a = analyseStory(articles);

  it('makes the same quote in two articles one item with both sources (quotation marks, spaces, "!" aside)', () => {
    const q = find(a, 'Wir werden nicht');
    expect(q?.sources.map((s) => [s.article, s.speaker])).toEqual([
      ['a', 'Wladimir Putin'],
      ['b', null],
    ]);
    expect(a.quotes.filter((x) => x.text.includes('Wir werden nicht'))).toHaveLength(1);
    expectSpans(articles, a);
  });

  it('merges a quote with a longer one it is part of, and the unattributed copy takes the speaker', () => {
    const q = find(a, 'Das ist ein guter Tag für Europa');
    expect(q?.speaker).toBe('Angela Merkel');
    expect(q?.sources).toHaveLength(2);
    expect(q?.sources[1]).toMatchObject({ article: 'b', speaker: null });
  });

  it('dates a quote by the date next to its verb of saying, relative ones against the article’s date', () => {
    expect(find(a, 'Wir werden nicht')?.said).toMatchObject({
      value: '2019-04-24',
      precision: 'day',
      how: 'resolved',
      text: 'Mittwoch',
      earlier: false,
    });
    expect(find(a, 'Wir akzeptieren den Status')?.said).toMatchObject({ value: '2017-12', earlier: true });
  });

  it('takes no date from another clause or one that names an edition', () => {
    const only = fixtureArticles('de', [
      {
        id: 'g',
        published: '2007-03-01',
        text:
          'Im Jahr 2007 ist es wieder soweit: Dann sagte Hans Eichel „wir sind bereit“ in Kassel. ' +
          'Zur Vorstellung des Berichts 2005 sagte Otto Schily: „Die Gewalt nimmt zu.“',
      },
    ]);
    const a = analyseStory(only);
    for (const text of ['wir sind bereit', 'Die Gewalt nimmt zu']) {
      expect(must(a, text).said).toBeUndefined();
    }
  });

  it('does not date a quote by a date inside it', () => {
    expect(must(a, 'den Handel verdoppeln').said).toBeUndefined();
  });

  it('shows roles in the nominative without the article, feminine and genitive ones too', () => {
    expect(find(a, 'Wir werden nicht')).toMatchObject({ role: 'russischer Präsident' });
    expect(find(a, 'Wir werden nicht')?.roleSource?.text).toBe('der russische Präsident');
    expect(find(a, 'guter Tag')?.role).toBe('deutsche Bundeskanzlerin');
  });

  it('reads a role in apposition after the name ("Putin, Russlands Präsident,")', () => {
    const only = fixtureArticles('de', [
      {
        id: 'c',
        text: 'Wladimir Putin, Russlands Präsident, war zufrieden. „Das war ein gutes Gespräch“, sagte Putin.',
      },
    ]);
    expect(find(analyseStory(only), 'gutes Gespräch')?.role).toBe('Russlands Präsident');
  });

  it('reads a role after a contracted article ("zum russischen Präsidenten Wladimir Putin")', () => {
    const only = fixtureArticles('de', [
      {
        id: 'd',
        text: 'Kim reist zum russischen Präsidenten Wladimir Putin. „Wir sind bereit“, sagte Wladimir Putin.',
      },
    ]);
    expect(find(analyseStory(only), 'Wir sind bereit')?.role).toBe('russischer Präsident');
  });

  it('declines nouns made of adjectives by their article ("der GdP-Vorsitzende", "die Vorsitzende")', () => {
    const only = fixtureArticles('de', [
      {
        id: 'f',
        text:
          '„Wir fordern mehr Personal“, sagte der stellvertretende GdP-Vorsitzende Konrad Freiberg. ' +
          '„Das reicht nicht“, sagte Emily Lau, die Vorsitzende der Demokratischen Partei, in Hongkong.',
      },
    ]);
    const a = analyseStory(only);
    expect(find(a, 'mehr Personal')?.role).toBe('stellvertretender GdP-Vorsitzender');
    expect(find(a, 'Das reicht nicht')?.role).toBe('Vorsitzende der Demokratischen Partei');
    expectSpans(only, a);
  });

  it('takes no verb for an adjective ("sagte Präsident Putin" has no role adjective "sagter")', () => {
    const only = fixtureArticles('de', [
      { id: 'e', text: '„Wir sind bereit“, sagte Präsident Wladimir Putin in Moskau.' },
    ]);
    expect(find(analyseStory(only), 'Wir sind bereit')?.role).toBe('Präsident');
  });
});

const EN = [
  {
    id: 'a',
    published: '2019-04-24',
    text:
      'Summit in Vladivostok\n\n' +
      '"We will not back down," Russian President Vladimir Putin said on Tuesday. ' +
      'Angela Merkel, Germany\'s chancellor, said: "This is a good day for Europe and for the world." ' +
      'Critics were tweaking Donald Trump for his choice. "It is fine," Donald Trump said. ' +
      '"The vote is set for 2020," said Vladimir Putin.',
  },
  {
    id: 'b',
    published: '2019-04-24',
    text:
      'Talks end\n\n' +
      '"We will not back down!" That was clear. "This is a good day for Europe," she said. ' +
      'Garnett said the 2008 decision was "legally insignificant" for them.',
  },
];

describe('quote items from English articles', () => {
  const articles = fixtureArticles('en', EN);
  const a = analyseStory(articles);

  it('merges copies across sources, names the speaker and the role, dates by "said on Tuesday"', () => {
    const q = find(a, 'We will not back down');
    expect(q).toMatchObject({ speaker: 'Vladimir Putin', role: 'Russian president' });
    expect(q?.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(q?.said).toMatchObject({ value: '2019-04-23', how: 'resolved', text: 'Tuesday' });
    expect(find(a, 'good day for Europe')).toMatchObject({
      speaker: 'Angela Merkel',
      role: "Germany's chancellor",
    });
    expectSpans(articles, a);
  });

  it('finds no role in a word that merely ends like one ("tweaking") and no date in "the 2008 decision"', () => {
    expect(find(a, 'It is fine')).toMatchObject({ speaker: 'Donald Trump' });
    expect(must(a, 'It is fine').role).toBeUndefined();
    expect(must(a, 'legally insignificant').said).toBeUndefined();
    expect(must(a, 'The vote is set').said).toBeUndefined();
  });

  it('shows a role in apposition with what it is of, or the noun alone before a longer complement', () => {
    const only = fixtureArticles('en', [
      {
        id: 'v',
        text:
          '"We won," said Mohamed Labidi, the vice president of the mosque. ' +
          '"We lost," said Joe Donnelly, candidate for Indiana\'s U.S. Senate seat, on Monday.',
      },
    ]);
    const a = analyseStory(only);
    expect(find(a, 'We won')?.role).toBe('vice president of the mosque');
    expect(find(a, 'We lost')?.role).toBe('candidate');
  });

  it('shows no form of address as a role ("Mr Perry said")', () => {
    const only = fixtureArticles('en', [
      { id: 'm', text: 'Accepting the nomination, Mr Perry said: "I look forward to the work."' },
    ]);
    const q = must(analyseStory(only), 'I look forward');
    expect(q.speaker).toContain('Perry');
    expect(q.role).toBeUndefined();
  });

  it('does not resolve a relative date when the article has no date of its own', () => {
    const undated = fixtureArticles('en', [
      { id: 'u', text: '"We are ready," Vladimir Putin said on Tuesday in Moscow.' },
    ]);
    expect(must(analyseStory(undated), 'We are ready').said).toBeUndefined();
  });
});

describe('quotes that stay apart', () => {
  it('keeps different quotes, a short phrase inside a longer quote, and different speakers apart', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'a',
        text:
          '"The plan has problematic side effects for everyone," Anna Berg said. ' +
          '"We were never told about the plan in advance," Anna Berg said.',
      },
      {
        id: 'b',
        text:
          'The report mentions "problematic side effects" again. ' +
          '"We were never told about the plan in advance," Tom Weller said.',
      },
    ]);
    const a = analyseStory(articles);
    const told = a.quotes.filter((q) => q.text.includes('We were never told'));
    expect(told.map((q) => q.speaker).sort()).toEqual(['Anna Berg', 'Tom Weller']);
    expect(told.every((q) => q.sources.length === 1)).toBe(true);
    const side = a.quotes.filter((q) => q.sources.some((s) => s.text.includes('side effects')));
    expect(side.map((q) => q.speaker)).toEqual(['Anna Berg', null]);
  });

  it('gives an empty story no quotes', () => {
    expect(analyseStory([]).quotes).toEqual([]);
  });
});

describe('the order of quote items', () => {
  it('lists every quote with a speaker before those no one is named for', () => {
    const articles = fixtureArticles('en', [
      {
        id: 'a',
        text:
          'In the first review the design was "a bridge too far for a town of this size" at best. ' +
          'The council will vote on the money next week. ' +
          '"We will rebuild the bridge before winter," said Mayor Jane Doe.',
      },
      {
        id: 'b',
        text:
          'The old bridge of Kelby was closed after the storm. ' +
          '"Nobody will have to wait longer than that," Jane Doe said on Tuesday.',
      },
    ]);
    const a = analyseStory(articles);
    const speakers = a.quotes.map((q) => q.speaker);
    expect(speakers).toEqual(['Jane Doe', 'Jane Doe', null]);
    expect(a.quotes.at(-1)?.text).toBe('a bridge too far for a town of this size');
    expectSpans(articles, a);
  });
});
