import { describe, expect, it } from 'vitest';
import { articleContexts } from '../../src/compare/context.js';
import { storyTemporal } from '../../src/compare/index.js';
import { placeCandidates } from '../../src/compare/places.js';
import { rulesFor } from '../../src/lang/index.js';
import { entityMentions, fixtureArticles, textOf } from './support.js';

// Session 26: words the compare stage wrote in its code are read from the language tables. Made-up sentences.

/** The place candidates of one article in a forced language, by word. */
function candidates(text: string, language: string): string[] {
  const [ctx] = articleContexts(fixtureArticles(language, [{ id: 'a', text }]));
  return ctx === undefined ? [] : placeCandidates(ctx).map((c) => `${c.word}${c.strong ? ' (strong)' : ''}`);
}

/** The temporal expressions of one German article as `text = value`. */
function dates(text: string, published = '2020-03-01'): string[] {
  const articles = fixtureArticles('de', [{ id: 'a', text, published }]);
  const found = storyTemporal(articles)[0] ?? [];
  for (const e of found) expect(textOf(articles, e)).toBe(e.text);
  return found.map((e) => `${e.text} = ${e.value}`);
}

describe('governedNames: an organisation goes on with the names its preposition governs', () => {
  it('takes "für …" and "zu …" after a head, and a second name after the joiner (German table)', () => {
    expect(entityMentions('Das Bundesamt für Gesundheit und Pflege warnte am Montag.')).toEqual([
      'Bundesamt für Gesundheit und Pflege (organization)',
    ]);
    expect(entityMentions('Die Universität zu Köln wächst.')).toEqual(['Universität zu Köln (organization)']);
  });

  it('does nothing with the English table, which has none', () => {
    expect(rulesFor('en').compare.entities.governedNames).toBeUndefined();
    expect(entityMentions('Das Bundesamt für Gesundheit und Pflege warnte am Montag.', 'en')).not.toContain(
      'Bundesamt für Gesundheit und Pflege (organization)',
    );
  });
});

describe('placeJoiners: a name joined to a known place is a place candidate', () => {
  it('takes the name after "und"/"oder" (German table), not after another word', () => {
    expect(candidates('Die Strecke Berlin oder Kalinek wurde gesperrt.', 'de')).toContain('Kalinek (strong)');
    expect(candidates('Die Strecke Berlin und Kalinek wurde gesperrt.', 'de')).toContain('Kalinek (strong)');
    expect(candidates('Die Strecke Berlin sowie Kalinek wurde gesperrt.', 'de')).toEqual([]);
  });

  it('does nothing with the English table, which has none', () => {
    expect(rulesFor('en').compare.entities.placeJoiners).toBeUndefined();
    expect(candidates('The line Berlin and Kalinek was closed.', 'en')).toEqual([]);
  });
});

describe('rangeJoiners: a day or month joined to a date takes its month and year', () => {
  it('reads "bis", "und", "oder" and a slash between two dates (German table)', () => {
    expect(dates('Die Messe läuft vom 10. bis 15. Mai 2019 in der Halle.')).toContain('10. = 2019-05-10');
    expect(dates('Die Messe läuft am 16. und 17. Mai 2019 in der Halle.')).toContain('16. = 2019-05-16');
    expect(dates('Die Messe lief im Mai oder Juni 1940 in der Halle.')).toContain('Mai = 1940-05');
    expect(dates('Die Messe lief im Mai/Juni 1940 in der Halle.')).toContain('Mai = 1940-05');
  });

  it('joins nothing by another word', () => {
    expect(dates('Die Messe läuft vom 10. sowie 15. Mai 2019 in der Halle.')).toEqual([
      '15. Mai 2019 = 2019-05-15',
    ]);
  });
});

describe('endNounLinkJoiners: two name words after an end noun link are joined', () => {
  it('takes "of Arts and Sciences" (English table), not "or"', () => {
    expect(entityMentions('She studied at the Hollins School of Arts and Sciences.', 'en')).toEqual([
      'Hollins School of Arts and Sciences (organization)',
    ]);
    expect(entityMentions('She studied at the Hollins School of Arts or Sciences.', 'en')).not.toContain(
      'Hollins School of Arts or Sciences (organization)',
    );
  });

  it('does nothing with the German table, which has none', () => {
    expect(rulesFor('de').compare.entities.endNounLinkJoiners).toBeUndefined();
    expect(
      entityMentions('Sie studierte an der Hollins School of Arts and Sciences in Kassel.'),
    ).not.toContain('Hollins School of Arts and Sciences (organization)');
  });
});
