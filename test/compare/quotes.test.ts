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

/** Speakers of the direct quotes holding `text` (reported speech has its own tests). */
const speakerOf = (a: StoryAnalysis, text: string): (string | null)[] =>
  a.quotes.filter((q) => q.kind !== 'indirect' && q.text.includes(text)).map((q) => q.speaker);

describe('quotes on the example story', () => {
  it('attributes "dass Nordkorea abrüsten muss" to Putin (bullet and body of seed 002)', () => {
    // One item with both places as sources (the same quote twice in one article).
    expect(speakerOf(analysis, 'dass Nordkorea abrüsten muss')).toEqual(['Wladimir Putin']);
    const item = analysis.quotes.find(
      (q) => q.kind !== 'indirect' && q.text === 'dass Nordkorea abrüsten muss',
    );
    expect(item?.sources.map((s) => [s.article.slice(0, 3), s.speaker])).toEqual([
      ['002', 'Wladimir Putin'],
      ['002', 'Wladimir Putin'],
    ]);
  });

  it('attributes „Das ist nur der erste Schritt“ to Kim (verkündete er → Kim)', () => {
    expect(speakerOf(analysis, 'Das ist nur der erste Schritt')).toEqual(['Kim Jong Un']);
  });

  it('attributes the hand-checked quotes', () => {
    expect(speakerOf(analysis, 'Danke, dass Sie gekommen sind')).toEqual(['Wladimir Putin']);
    expect(speakerOf(analysis, 'Wir alle müssen gemeinsam')).toEqual(['Wladimir Putin']);
    expect(speakerOf(analysis, 'Die Lage auf der koreanischen Halbinsel')).toEqual(['Kim Jong Un']);
    expect(speakerOf(analysis, 'diese Angelegenheit gemeinsam zu lösen')).toEqual(['Kim Jong Un']);
    expect(speakerOf(analysis, 'Die Leute stehen für diese Jobs Schlange')).toEqual(['Kim Kwang-jin']);
    expect(speakerOf(analysis, 'Weil das Leben in Nordkorea')).toEqual(['Kim Kwang-jin']);
    expect(speakerOf(analysis, 'Wir akzeptieren den nuklearen Status')).toEqual(['Wladimir Putin']);
  });

  it('gives a quote without a verb of saying to the pronoun subject ("Kim lobte er als „…“" → Putin, issue 15)', () => {
    expect(speakerOf(analysis, 'interessanten und ideenreichen')).toEqual(['Wladimir Putin']);
  });

  it('keeps two lower-case words of wording with their speaker (Putin sprach von … „alle zufrieden“)', () => {
    expect(speakerOf(analysis, 'alle zufrieden')).toEqual(['Wladimir Putin']);
  });

  it('skips names and scare quotes in quotation marks and quotes in headings', () => {
    const texts = analysis.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text);
    expect(texts).not.toContain('Daily NK');
    expect(texts).not.toContain('Obersten Führer');
    // 12 direct quotes, the repeated one (bullet and body of seed 002) one item with two sources.
    expect(texts).toHaveLength(11);
    expect(analysis.quotes.filter((q) => q.kind !== 'indirect').flatMap((q) => q.sources)).toHaveLength(12);
  });

  it('points every quote at its text', () => {
    for (const q of analysis.quotes) expect(textOf(seeds, q)).toBe(q.text);
  });
});

describe('a role compound cut short, its parts listed with commas', () => {
  it('"der Berner Gesundheits-, Sozial- und Integrationsdirektor Pierre Alain Schnegg" is Pierre Alain Schnegg', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text:
          '«Wir senden falsche Signale aus», sagte der Berner Gesundheits-, Sozial- und Integrationsdirektor ' +
          'Pierre Alain Schnegg. «Das Amt schweigt», sagte der Bau- und Verkehrsminister Karl Brenner.',
      },
    ]);
    expect(analyseStory(articles).quotes.map((q) => q.speaker)).toEqual([
      'Pierre Alain Schnegg',
      'Karl Brenner',
    ]);
  });
});

describe('an object fronted before the verb is no speaker of the quote after the colon', () => {
  it('"Den Preis sieht …", "Diesen Preis sieht der Soldat Tom Berg jeden Tag: „…“" is Tom Berg\'s', () => {
    for (const opener of ['Den', 'Diesen']) {
      const articles = fixtureArticles('de', [
        {
          id: 'a',
          text: `${opener} Preis sieht der Soldat Tom Berg jeden Tag: „Viele Kameraden sind gefallen. Ich schaffe es nicht.“`,
        },
      ]);
      expect(analyseStory(articles).quotes.map((q) => q.speaker)).toEqual(['Tom Berg']);
    }
  });
});

describe('"Wie viele …" asks: it names no speaker', () => {
  it('reported speech after "Nach Angaben von X" stays X\'s through "Wie viele Menschen …, müsse geprüft werden"', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text:
          'Nach Angaben von Tom Berg war die Bar für je 100 Personen zugelassen. Wie viele Menschen sich ' +
          'tatsächlich in der Nacht dort aufhielten, müsse geprüft werden. Für die zugelassene Zahl an Besuchern ' +
          'seien genügend Ausgänge vorhanden gewesen.',
      },
    ]);
    const speakers = analyseStory(articles)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => q.speaker);
    expect(speakers).toEqual(['Tom Berg', 'Tom Berg', 'Tom Berg']);
  });
});

describe('a title or nickname in quotation marks right before a name is no quote, and no end of the speaker', () => {
  it('German and English: „Nachtbürgermeister“ Tom Berg, “Dr. Death” Jack Kevorkian', () => {
    const german = fixtureArticles('de', [
      {
        id: 'de',
        text: 'Zwei der Surfer seien Rettungsschwimmer gewesen, sagte Kelbys „Nachtbürgermeister“ Tom Berg im Radio.',
      },
    ]);
    const english = fixtureArticles('en', [
      {
        id: 'en',
        text: 'The film follows “Dr. Death” Jack Kevorkian through his trial in Michigan, the studio said.',
      },
    ]);
    expect(analyseStory(german).quotes.map((q) => q.text)).not.toContain('Nachtbürgermeister');
    // and the speaker phrase reads through the title to the name
    expect(analyseStory(german).quotes.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Tom Berg']]);
    expect(analyseStory(english).quotes.map((q) => q.text)).not.toContain('Dr. Death');
  });
});

describe('quotes in English', () => {
  const articles = fixtureArticles('en', [
    {
      id: 'en1',
      text:
        'President Joe Biden met Prime Minister Rishi Sunak in London on Monday. ' +
        '"We stand together on this," Biden said after the meeting. ' +
        'Sunak called the talks "frank and very useful for both sides," according to Downing Street. ' +
        'A spokesman later added: "Nothing has been signed yet." ' +
        '"This is only the first step," he said. ' +
        'Critics called it "a photo opportunity and nothing more".',
    },
  ]);
  const a = analyseStory(articles);

  it('finds speakers by "X said", pronouns and leaves unattributed quotes null', () => {
    expect(speakerOf(a, 'We stand together')).toEqual(['Joe Biden']);
    expect(speakerOf(a, 'photo opportunity')).toEqual([null]);
    for (const q of a.quotes) expect(textOf(articles, q)).toBe(q.text);
  });

  it('keeps an unnamed role as written, as in German ("A spokesman later added: …")', () => {
    expect(speakerOf(a, 'Nothing has been signed yet')).toEqual(['spokesman']);
  });
});
