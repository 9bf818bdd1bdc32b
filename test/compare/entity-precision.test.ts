import { describe, expect, it } from 'vitest';
import { articleContexts } from '../../src/compare/context.js';
import { recogniseEntities } from '../../src/compare/entities.js';
import { entityMentions, fixtureArticles } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

describe('a sentence opener shaped like an adverb or adjective is no subject name', () => {
  it('takes no participle, Latin adjective or "hinzu" before the verb', () => {
    expect(mentions('Überraschend verkaufte der Verein seinen besten Torwart.')).toEqual([]);
    expect(mentions('Abschließend lobte die Jury die Bewerber.')).toEqual([]);
    expect(mentions('International gilt der Beschluss als mutig.')).toEqual([]);
    expect(mentions('Hinzu kommt ein zweites Problem bei der Finanzierung.')).toEqual([]);
  });

  it('still takes a family name that opens a sentence before its verb', () => {
    expect(mentions('Kowalczyk senkte die Preise im ganzen Laden.')).toEqual(['Kowalczyk (person)']);
  });
});

describe('units, time zones and Roman numerals are no organisations', () => {
  it('takes no acronym after a number, no time zone and no Roman numeral', () => {
    expect(mentions('Die neue Anlage leistet 40 MW und ging um 10:15 Uhr MESZ ans Netz.')).toEqual([]);
    expect(mentions('Das Gericht verhandelte die Sache unter dem Zeichen 12 QR 503/19.')).toEqual([]);
    expect(mentions('Zum XXVII Stiftungsfest kamen viele Gäste.')).toEqual([]);
  });

  it('takes no first name in capitals and no generic acronym ("NGO") as an organisation', () => {
    expect(mentions('Styling: MARIA Schulz, Fotos: Jan Berg.').join(' ')).not.toContain('MARIA');
    expect(mentions('Eine NGO kritisierte den Plan.')).toEqual([]);
  });

  it('still takes an unknown acronym as an organisation', () => {
    expect(mentions('Die Gewerkschaft KVB kündigte einen Streik an.')).toContain('KVB (organization)');
  });
});

describe('a compound ending in a common noun after "in" is no place', () => {
  it('takes no "in Lebensgefahr", "aus Todesangst"', () => {
    expect(mentions('Der Patient ist nicht mehr in Lebensgefahr.')).toEqual([]);
    expect(mentions('Er versteckte sich aus Todesangst im Keller.')).toEqual([]);
  });

  it('still takes a place name ending in a place part ("-berg", "-dorf")', () => {
    expect(mentions('Die Familie lebt seit Jahren in Kranichberg.')).toEqual(['Kranichberg (place)']);
    expect(mentions('Der Bus fuhr von Eulendorf nach Kranichberg.')).toContain('Kranichberg (place)');
  });
});

describe('a product and the first part of a compound are no entities', () => {
  it('takes no maker before a model number', () => {
    expect(mentions('Eine Boeing 737 der Gesellschaft musste umkehren.')).toEqual([]);
    expect(mentions('Der neue Airbus A380 landete pünktlich.')).toEqual([]);
  });

  it('still takes the maker alone and a place before a counted noun', () => {
    expect(mentions('Boeing meldete am Mittwoch höhere Gewinne.')).toEqual(['Boeing (organization)']);
    expect(mentions('Bei den Anschlägen starben in Bagdad 120 Menschen.')).toEqual(['Bagdad (place)']);
  });

  it('takes no name cut off by a hyphen before "und"', () => {
    expect(mentions('Die SPD- und die Grünen-Abgeordneten stimmten zu.')).not.toContain('SPD (organization)');
    expect(mentions('Die SPD und die FDP stimmten zu.')).toEqual([
      'SPD (organization)',
      'FDP (organization)',
    ]);
  });
});

describe('a one-word speaker after an article or adjective is a common noun', () => {
  /** The person mentions of one article when the quote stage names `speaker` as a speaker. */
  const persons = (text: string, speaker: string): string[] =>
    recogniseEntities(articleContexts(fixtureArticles('de', [{ id: 'a', text }])), [[speaker]])
      .mentions.filter((m) => m.type === 'person')
      .map((m) => m.text);

  it('takes no speaker that stands after an article, possessive or adjective', () => {
    expect(persons('Die Experten hatten größere Zweifel an der Studie.', 'Zweifel')).toEqual([]);
    expect(persons('Der Chef, dessen Rücktritt alle fordern, schwieg.', 'Rücktritt')).toEqual([]);
    expect(persons('Die Zahl nannte die Website. Laut Website sei sie neu.', 'Website')).toEqual([]);
  });

  it('still takes a speaker named after a verb of saying or a preposition', () => {
    expect(persons('Laut Kowalczyk sei der Plan gut. Das sagte Kowalczyk.', 'Kowalczyk')).toEqual([
      'Kowalczyk',
      'Kowalczyk',
    ]);
  });
});

describe('a town or company of the tables after a first name is a family name', () => {
  it('takes "Ingrid Freiberg", "Museumsleiter Klaus Metz" as persons', () => {
    expect(mentions('Der Vortrag von Ingrid Freiberg begeisterte das Publikum.')).toEqual([
      'Ingrid Freiberg (person)',
    ]);
    expect(mentions('Museumsleiter Klaus Metz eröffnete die Ausstellung.')).toEqual(['Klaus Metz (person)']);
  });

  it('keeps a country or world city after a first name a place', () => {
    const found = mentions('Er glaubt nicht, dass Maria Rom je besucht hat.');
    expect(found).toContain('Rom (place)');
    expect(found).not.toContain('Maria Rom (person)');
  });
});

describe('a word after "in" that opens a longer name is no place alone', () => {
  it('takes no "Silicon" of "in Silicon Valley"', () => {
    expect(mentions('Die Firma hat ihren Sitz in Silicon Valley.')).not.toContain('Silicon (place)');
    expect(mentions('Die Gäste kamen aus Groß Kleinau und blieben.')).not.toContain('Groß (place)');
  });

  it('still takes a place before a lower-case word or a common noun', () => {
    expect(mentions('Die Firma hat ihren Sitz in Kranichberg und wächst.')).toEqual(['Kranichberg (place)']);
  });
});
