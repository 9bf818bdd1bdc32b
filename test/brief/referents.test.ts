import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../src/compare/index.js';
import { withReferents } from '../../src/brief/referents.js';
import type { AnalysedArticle, BriefSentence } from '../../src/core/types.js';
import { renderMarkdown } from '../../src/render/index.js';
import { briefFromArticles } from '../../src/brief/index.js';
import { fixtureArticles } from '../compare/support.js';

/** Each sentence of one article as a brief line, given its referent by `withReferents`. */
function lines(language: 'de' | 'en', text: string): { article: AnalysedArticle; lines: BriefSentence[] } {
  const articles = fixtureArticles(language, [{ id: 'a', text, published: '2024-03-14' }]);
  const article = articles[0] as AnalysedArticle;
  const all = article.sentences.map((s): BriefSentence => ({
    article: 'a',
    start: s.start,
    end: s.end,
    text: article.text.slice(s.start, s.end),
    support: [],
    score: 1,
  }));
  const evidence = findEvidence(articles);
  return { article, lines: withReferents(all, articles, evidence.entities, evidence.quotes) };
}

/** The referent's name of the line that starts with `opening`, and a check that its span gives its text back. */
function referentOf(found: ReturnType<typeof lines>, opening: string): string | undefined {
  const line = found.lines.find((l) => l.text.startsWith(opening));
  expect(line, opening).toBeDefined();
  const r = line?.refersTo;
  if (r !== undefined) expect(found.article.text.slice(r.start, r.end)).toBe(r.text);
  return r?.name;
}

describe('a line opening with a pronoun shows whom it means', () => {
  it('gives "Er" the one person the sentence before names', () => {
    const found = lines(
      'de',
      'Der Bürgermeister Klaus Wendler eröffnete am Montag die neue Brücke über den Fluss. ' +
        'Er sprach von einem wichtigen Tag für die ganze Region und dankte den Bauarbeitern.',
    );
    expect(referentOf(found, 'Er sprach')).toBe('Klaus Wendler');
  });

  it('passes the person on through a quotation said by the same pronoun', () => {
    const found = lines(
      'de',
      'Die Ministerin Petra Kallwitz besuchte am Dienstag das Hochwassergebiet an der Elbe. ' +
        '„Wir lassen niemanden allein“, sagte sie. ' +
        'Der Landrat Jens Hübner zeigte den Gästen die zerstörten Deiche am Ufer. ' +
        '„Das wird Monate dauern“, sagte er. ' +
        'Er bat das Land um schnelle Hilfe für die betroffenen Gemeinden.',
    );
    expect(referentOf(found, 'Er bat')).toBe('Jens Hübner');
  });

  it('gives none when the sentence before names two people', () => {
    const found = lines(
      'de',
      'Der Trainer Markus Feldner und der Präsident Holger Brandt stellten am Freitag den Plan vor. ' +
        'Er soll den Verein bis zum Sommer zurück in die erste Liga führen.',
    );
    expect(referentOf(found, 'Er soll')).toBeUndefined();
  });

  it('gives none when the sentence before names nobody and does not go on about the same person', () => {
    const found = lines(
      'en',
      'Police said the trial of Jonathan Pelling begins next week in the county court. ' +
        'The 23-year-old was arrested in March after a neighbour said he had bought a gun. ' +
        'He also said he wanted to leave the country before the summer.',
    );
    expect(referentOf(found, 'He also')).toBeUndefined();
  });

  it('does not give "she" a man the article calls "he"', () => {
    const found = lines(
      'en',
      'Daniel Morrow was sitting alone in the kitchen when his sister called him from the station. ' +
        'He told her the house had been sold the week before without his knowledge. ' +
        'Daniel Morrow then left the house before the police arrived at the scene. ' +
        'She was waiting for him at the corner of the street near the old bakery.',
    );
    expect(referentOf(found, 'He told')).toBe('Daniel Morrow');
    expect(referentOf(found, 'She was')).toBeUndefined();
  });

  it('gives none for a line that opens with a name or a pronoun of several people', () => {
    const found = lines(
      'de',
      'Der Bürgermeister Klaus Wendler eröffnete am Montag die neue Brücke über den Fluss. ' +
        'Sie verbindet zwei Stadtteile, die bisher nur über die Autobahn zu erreichen waren.',
    );
    expect(referentOf(found, 'Der Bürgermeister')).toBeUndefined();
    expect(referentOf(found, 'Sie verbindet')).toBeUndefined();
  });

  it('shows the person in brackets after the pronoun in Markdown, the line itself as written', () => {
    const articles = fixtureArticles('de', [
      {
        id: 'a',
        text:
          'Der Bürgermeister Klaus Wendler eröffnete am Montag die neue Brücke über den Fluss. ' +
          'Er sprach von einem wichtigen Tag für die ganze Region und dankte den Bauarbeitern.',
        published: '2024-03-14',
      },
    ]);
    const brief = briefFromArticles(articles, { words: 60 });
    const line = brief.sentences.find((s) => s.text.startsWith('Er sprach'));
    expect(line?.refersTo?.name).toBe('Klaus Wendler');
    expect(renderMarkdown(brief)).toContain('Er \\[Klaus Wendler\\] sprach von einem wichtigen Tag');
  });
});

describe('a line that is only a quotation shows who said it', () => {
  const text =
    '„Wir haben lange auf diesen Tag gewartet“, sagte Bürgermeister Klaus Wendler am Montag in der Stadt. ' +
    '„Die neue Brücke verbindet endlich beide Ufer des Flusses.“';

  it('gives the quotation the speaker the quotes found, where the article names them', () => {
    const found = lines('de', text);
    expect(referentOf(found, '„Die neue Brücke')).toBe('Klaus Wendler');
    // The line before names its speaker itself.
    expect(referentOf(found, '„Wir haben')).toBeUndefined();
  });

  it('gives none to a quotation nobody is said to have spoken', () => {
    const found = lines(
      'de',
      'Die Stadt eröffnete am Montag die neue Brücke über den Fluss. „Endlich verbindet sie beide Ufer.“',
    );
    expect(referentOf(found, '„Endlich')).toBeUndefined();
  });

  it('gives an English quotation its speaker too', () => {
    const found = lines(
      'en',
      '"We have waited a long time for this day," Mayor Klaus Wendler said on Monday in the town. ' +
        '"The new bridge finally joins both banks of the river."',
    );
    expect(referentOf(found, '"The new bridge')).toBe('Klaus Wendler');
  });

  it('shows the speaker in brackets after the quotation in Markdown', () => {
    const articles = fixtureArticles('de', [{ id: 'a', text, published: '2024-03-14' }]);
    const brief = briefFromArticles(articles, { words: 60 });
    expect(brief.sentences.find((s) => s.text.startsWith('„Die neue'))?.refersTo?.name).toBe('Klaus Wendler');
    expect(renderMarkdown(brief)).toContain(
      '„Die neue Brücke verbindet endlich beide Ufer des Flusses.“ \\[Klaus Wendler\\]',
    );
  });
});
