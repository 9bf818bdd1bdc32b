import { describe, expect, it } from 'vitest';
import { impliedDays } from '../../src/analyse/dates.js';
import { analyseStory } from '../../src/brief/index.js';
import { articleContexts } from '../../src/compare/context.js';
import { findEvidence, storyTemporal } from '../../src/compare/index.js';
import { placeCandidates } from '../../src/compare/places.js';
import { finite } from '../../src/compare/quote-context.js';
import { rulesFor } from '../../src/lang/index.js';
import { checkedQuotes, entityMentions, fixtureArticles, textOf } from './support.js';

// Session 26: words the compare stage wrote in its code are read from the language tables. Made-up sentences.

/** The place candidates of one article in a forced language, by word (and whether a genitive follows). */
function candidates(text: string, language: string): string[] {
  const [ctx] = articleContexts(fixtureArticles(language, [{ id: 'a', text }]));
  return ctx === undefined
    ? []
    : placeCandidates(ctx).map(
        (c) => `${c.word}${c.strong ? ' (strong)' : ''}${c.governs === true ? ' (governs)' : ''}`,
      );
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

describe('governedGenitives: a word before a genitive article is a noun governing it', () => {
  it('marks the candidate before "des"/"der" (German table)', () => {
    expect(candidates('Die Feier fand in Kalinek des Vereins statt.', 'de')).toEqual(['Kalinek (governs)']);
    expect(candidates('Die Feier fand in Kalinek am Rhein statt.', 'de')).toEqual(['Kalinek (strong)']);
  });

  it('does nothing with the English table, which has none', () => {
    expect(rulesFor('en').compare.entities.governedGenitives).toBeUndefined();
    expect(candidates('The party was in Kalinek des Vereins.', 'en')).toEqual(['Kalinek']);
  });
});

describe('temporal tables: a month that is a given name, season compounds', () => {
  it('takes "August" alone for no date, led or with a day for one (German table: nameMonths)', () => {
    expect(dates('Er kam August zurück.')).toEqual([]);
    expect(dates('Er kam Juli zurück.')).toEqual(['Juli = 2019-07']);
    expect(dates('Im August war es heiß.')).toEqual(['August = 2019-08']);
  });

  it('reads a season with a prefix of the table, not with another (seasonPrefixes)', () => {
    expect(dates('Im Spätsommer 1940 kam er.')).toEqual(['Spätsommer 1940 = 1940-SU']);
    expect(dates('Im Hochsommer kam er.')).toEqual(['Hochsommer = 2020-SU']);
    expect(dates('Im Nachsommer 1940 kam er.')).toEqual(['1940 = 1940']);
  });
});

describe('pastLeadStems: the words before a weekday choose the last one', () => {
  // 2020-03-04 is a Wednesday: the last Friday is 2020-02-28, the next 2020-03-06.
  const days = (text: string, language: string): string[] =>
    impliedDays(text, new Date(Date.UTC(2020, 2, 4)), rulesFor(language).compare.dates).map((d) =>
      new Date(d).toISOString().slice(0, 10),
    );

  // (the past stem decides where the sentence has a future marker too; a sentence with none of either looks ahead)
  it("reads the German stems on German text, before the sentence's tense", () => {
    expect(days('Die Ergebnisse werden seit Freitag geprüft.', 'de')).toEqual(['2020-03-06']);
    expect(days('Die Ergebnisse werden seit dem vergangenen Freitag geprüft.', 'de')).toEqual(['2020-02-28']);
  });

  it('reads the English stems on English text, not the German ones', () => {
    expect(days('The results will be checked since last Friday.', 'en')).toEqual(['2020-02-28']);
    expect(days('The results will be checked since vergangenen Friday.', 'en')).toEqual(['2020-03-06']);
  });
});

describe('figure tables: hedges of more than one word, the subject article, the genitive after a unit', () => {
  /** The figures of one article as `text: hedge / counted`. */
  const figures = (text: string, language = 'de'): string[] =>
    analyseStory(fixtureArticles(language, [{ id: 'a', text }])).figures.map(
      (f) => `${f.text}: ${f.hedge ?? '-'} / ${f.counted ?? '-'}`,
    );

  it('reads "mehr als", "more than", "up to", "at least" (hedgePhrases), not the linked word alone', () => {
    expect(figures('In der Stadt demonstrierten mehr als 200 Studenten.')).toEqual([
      'mehr als 200: über / Studenten',
    ]);
    expect(figures('In der Stadt demonstrierten mehr 200 Studenten.')).toEqual(['200: - / Studenten']);
    expect(figures('In the city, more than 200 students marched.', 'en')).toEqual([
      'more than 200: over / students',
    ]);
    expect(figures('In the city, up to 200 students marched.', 'en')).toEqual([
      'up to 200: at most / students',
    ]);
    expect(figures('In the city, at least 200 students marched.', 'en')).toEqual([
      'at least 200: at least / students',
    ]);
    expect(figures('In the city, more 200 students marched.', 'en')).toEqual(['200: - / students']);
  });

  it("counts the noun of a genitive after a unit (genitiveLinks) and the clause's subject (subjectArticles)", () => {
    expect(figures('Die Partei gewann 20 Prozent der jungen Wähler.')).toEqual([
      '20 Prozent: - / jungen Wähler',
    ]);
    expect(figures('Die Partei gewann 20 Prozent jener Wähler.')).toEqual(['20 Prozent: - / -']);
    expect(figures('The party won 20 percent of voters.', 'en')).toEqual(['20 percent: - / voters']);
    expect(figures('Der Handel soll künftig 34 Millionen Dollar bringen.')).toEqual([
      '34 Millionen Dollar: - / Handel',
    ]);
    expect(figures('The Fund will bring 34 million dollars.', 'en')).toEqual([
      '34 million dollars: - / Fund',
    ]);
  });

  it('reads numbers with a decimal comma and counted nouns after inflected modifiers by the table', () => {
    expect(figures('Die Stadt zahlte 1,5 Millionen Euro für 50.000 neue Bäume.')).toEqual([
      '1,5 Millionen Euro: - / Stadt',
      '50.000: - / neue Bäume',
    ]);
    expect(figures('In der Stadt demonstrierten 200 junge Studenten.')).toEqual(['200: - / junge Studenten']);
    expect(figures('In the city, 200 North Korean students marched.', 'en')).toEqual([
      '200: - / North Korean students',
    ]);
    expect(figures('The city paid 1.5 million dollars.', 'en')).toEqual(['1.5 million dollars: - / -']);
  });

  it("reads each language's articles only: no German article in English text, no English one in German", () => {
    expect(figures('Der Fund will bring 34 million dollars.', 'en')).toEqual(['34 million dollars: - / -']);
    expect(figures('The Handel soll künftig 34 Millionen Dollar bringen.')).toEqual([
      '34 Millionen Dollar: - / -',
    ]);
  });
});

describe('clauseConjunctions: an event passage ends at a comma before a conjunction of its language', () => {
  const passages = (text: string, language: string): string[] =>
    findEvidence(fixtureArticles(language, [{ id: 'a', text, published: '2024-03-14' }])).timeline.flatMap(
      (t) => t.sources.map((s) => s.text),
    );

  it('cuts before "aber" in German and "but" in English', () => {
    expect(
      passages(
        'Der Verein hat im Jahr 2019 eine Halle am Stadtrand gebaut, aber die Mitglieder kamen erst spät.',
        'de',
      ),
    ).toEqual(['Der Verein hat im Jahr 2019 eine Halle am Stadtrand gebaut']);
    expect(
      passages(
        'The club built a new hall at the edge of town in 2019, but the members came only late.',
        'en',
      ),
    ).toEqual(['The club built a new hall at the edge of town in 2019']);
  });

  it("does not cut before the other language's conjunction", () => {
    expect(
      passages(
        'Der Verein hat im Jahr 2019 eine Halle am Stadtrand gebaut, but die Mitglieder kamen erst spät.',
        'de',
      ),
    ).toEqual([
      'Der Verein hat im Jahr 2019 eine Halle am Stadtrand gebaut, but die Mitglieder kamen erst spät',
    ]);
  });
});

describe('reflexivePronouns, commaMarkers, decadeSuffixes (German tables)', () => {
  it('reads no fronted word before "sich" and the subject as a name', () => {
    expect(entityMentions('Erfreut zeigte sich Anna Kalinek über den Sieg.')).toEqual([
      'Anna Kalinek (person)',
    ]);
  });

  it('takes a title in quotation marks for a quote when "so" and a speaker follow', () => {
    expect(checkedQuotes('Die Band spielte „Lagerfeuer“, so Kalinek.').map((q) => q.text)).toContain(
      'Lagerfeuer',
    );
    expect(rulesFor('en').compare.quotes.commaMarkers).toBeUndefined();
    expect(checkedQuotes('The band played "Campfire", so Kalinek.', 'en')).toEqual([]);
  });

  it('reads a decade in digits with its suffix', () => {
    expect(dates('In den 1930er Jahren wuchs die Stadt.')).toEqual(['den 1930er Jahren = 193']);
    expect(dates('Die 30er-Jahre waren wild.')).toEqual(['30er-Jahre = 3']);
  });
});

describe('genitiveNameEndings: the genitive rule reads its endings from the German table', () => {
  it('takes a genitive before a noun or an adjective and its noun', () => {
    expect(entityMentions('Die Mannschaft war über Kalineks Entscheidung nicht glücklich.')).toEqual([
      'Kalinek (person)',
    ]);
    expect(entityMentions('Zur Pause fiel durch Kalineks erstes Tor das 1:0.')).toEqual(['Kalinek (person)']);
  });

  it('takes no word in -us and none after an inflected word', () => {
    expect(entityMentions('Die Mannschaft war über Kalinus Entscheidung nicht glücklich.')).toEqual([]);
    expect(entityMentions('Die Gäste fuhren mit ehemaligen Kalineks Bussen heim.')).toEqual([]);
  });
});

describe('nameParticles: one shared list read through both tables', () => {
  it('joins particles to the family name in German and English text', () => {
    expect(entityMentions('Die Rede hielt Ursula von der Leyen in Brüssel.')).toContain(
      'Ursula von der Leyen (person)',
    );
    expect(entityMentions('Die Rede hielt Karl-Theodor zu Guttenberg in Brüssel.')).toContain(
      'Karl-Theodor zu Guttenberg (person)',
    );
    expect(entityMentions('The speech was given by Ursula von der Leyen in Brussels.', 'en')).toContain(
      'Ursula von der Leyen (person)',
    );
    expect(checkedQuotes('„Wir bleiben“, sagte Anna van den Kalinek.').map((q) => q.speaker)).toEqual([
      'Anna van den Kalinek',
    ]);
  });

  it('takes no lone given name before a continuing particle ("al-")', () => {
    expect(entityMentions('Am Abend sprach Ali al-Kalinek in Brüssel.')).toEqual(['Brüssel (place)']);
    expect(entityMentions('In the evening Ali al-Kalinek spoke in Brussels.', 'en')).toEqual([
      'Brussels (place)',
    ]);
  });
});

describe('finiteVerbs: the finite verb forms come from the quote table of the language', () => {
  const isFinite = (word: string, language: string): boolean => {
    const [ctx] = articleContexts(fixtureArticles(language, [{ id: 'a', text: 'Ein Satz.' }]));
    return ctx !== undefined && finite(ctx, word);
  };

  it('reads German and English past forms, and German auxiliaries only in German', () => {
    expect(['begründete', 'äußert', 'mussten', 'wird', 'war'].map((w) => isFinite(w, 'de'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['announced', 'went', 'wrote', 'written'].map((w) => isFinite(w, 'en'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isFinite('wird', 'en')).toBe(false);
    expect(isFinite('announced', 'de')).toBe(false);
    expect(isFinite('Begründete', 'de')).toBe(false);
  });

  it('closes a "Wie" clause at a verb by its ending only, not at "war"', () => {
    const [ctx] = articleContexts(fixtureArticles('de', [{ id: 'a', text: 'Ein Satz.' }]));
    expect(['ausführte', 'feststellt', 'war'].map((w) => ctx?.sets.finiteEnding.test(w))).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('adjectiveEndings: an inflected adjective before a noun, from the German table', () => {
  it('reads the noun after an adjective as a noun, the place after it as a place', () => {
    expect(entityMentions('Er kehrte in seine alte Heimat Kassel zurück.')).toEqual(['Kassel (place)']);
  });

  it('reads a source phrase opened by an adjective after "laut"', () => {
    const reported = checkedQuotes('Laut britischen Zeitungen gab es drei Verletzte.');
    expect(reported.map((q) => q.speaker)).toEqual(['Zeitungen']);
  });

  it('has none in English, which inflects no adjective', () => {
    expect(rulesFor('en').compare.entities.adjectiveEndings).toBeUndefined();
  });
});
