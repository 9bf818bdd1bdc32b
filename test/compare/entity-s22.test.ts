import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

describe('a word in -s after a fused article, a count or a plural determiner is a noun, no genitive name', () => {
  it('takes no person from "vom Typs", "zwölf Waggons", "diese Geldtransfers"', () => {
    expect(mentions('Das Boot vom Typs Kora-II sank im Hafen.')).toEqual([]);
    expect(mentions('Im Depot standen zwölf Waggons ohne Lok.')).toEqual([]);
    expect(mentions('Für die Bank waren diese Geldtransfers ein Risiko.')).toEqual([]);
  });

  it('takes no person from a compound ending in a common noun ("Elektroautos", "Arbeitskreis")', () => {
    expect(mentions('Wer auf der Messe nach Elektroautos fragt, bekommt Prospekte.')).toEqual([]);
    expect(mentions('Paul Hebert vom Arbeitskreis Wasserrecht verlangte Akteneinsicht.')).toEqual([
      'Paul Hebert (person)',
    ]);
  });

  it('still takes a genitive name after a preposition or a year', () => {
    expect(mentions('Die Debatte beginnt bei Wolkows Auslegung der Regel.')).toContain('Wolkow (person)');
    expect(mentions('Der Streit um Wendlers Entscheidung hält an.')).toContain('Wendler (person)');
    expect(mentions('Graf Ulrich verjagte 1210 Berthelms Neffen Otto.')).toContain('Berthelm (person)');
  });
});

describe('the one word after an organisation noun is no name when it is a noun of the sentence', () => {
  it('takes no organisation from a common noun, a compound noun or a weekday after "Organisation", "Zeitung"', () => {
    expect(mentions('Der Verein ist bei der Organisation Mitglied geworden.')).toEqual([]);
    expect(mentions('Jährlich verdient die Organisation Schätzungen zufolge Millionen.')).toEqual([]);
    expect(mentions('Inzwischen kauft die Organisation Supermarktketten in drei Ländern.')).toEqual([]);
    expect(mentions('Selten wird ein solches Unternehmen Ziel einer Klage.')).toEqual([]);
  });

  it('still takes the name after an organisation noun', () => {
    expect(mentions('Die Lagerhalle gehört der Firma Kornwerk, die das bestätigte.')).toContain(
      'Kornwerk (organization)',
    );
    expect(mentions('Das Online-Netzwerk Campact klagt.')).toContain('Campact (organization)');
    expect(mentions('Die Firma Kornagen äußerte sich nicht.')).toEqual(['Kornagen (organization)']);
  });
});

describe('a word after "in", "aus", "nach" is no place when German text makes it a noun', () => {
  it('takes no place from a genitive name before its noun ("nach Hendricks Tod")', () => {
    expect(mentions('Sie blieben nach Hendricks Tod im Haus.')).not.toContain('Hendricks (place)');
  });

  it('takes no place from a compound ending in a noun of the no-place table ("in Polizeigewahrsam")', () => {
    expect(mentions('Zwei Fans kamen über Nacht in Polizeigewahrsam.')).toEqual([]);
  });

  it('takes no place from a fixed phrase or a material ("in Empfang", "in Verdacht", "aus Gas")', () => {
    expect(mentions('Am Bahnhof nahm die Schwester den Gast in Empfang.')).toEqual([]);
    expect(mentions('Nach der Aussage geriet der Hausmeister in Verdacht.')).toEqual([]);
    expect(mentions('Der Nebel besteht aus Gas und Staub.')).toEqual([]);
  });

  it('still takes an unknown place after "in"', () => {
    expect(mentions('Der Brand brach in Kalvenroda aus.')).toEqual(['Kalvenroda (place)']);
  });
});

describe('the subject rule takes no adverb, participle or word before a reflexive subject', () => {
  it('takes no person from "Momentan", "Demgegenüber", "Zurück" opening a sentence', () => {
    expect(mentions('Momentan fehlt der Schule ein Hausmeister.')).toEqual([]);
    expect(mentions('Demgegenüber stieg der Umsatz der Bäckerei.')).toEqual([]);
    expect(mentions('Zurück blieb ein leerer Saal.')).toEqual([]);
  });

  it('takes no person from a participle of a separable verb or in -iert before "ist"', () => {
    expect(mentions('Ausgestattet ist der Raum mit zwei Beamern.')).toEqual([]);
    expect(mentions('Deklariert ist die Ware als Ersatzteil.')).toEqual([]);
  });

  it('takes no person from the word before "sich" and the subject ("Erfreut zeigte sich X")', () => {
    expect(mentions('Erfreut zeigte sich Anna Berger über den Sieg.')).toEqual(['Anna Berger (person)']);
  });

  it('still takes a family name before a verb', () => {
    expect(mentions('Kolbeck war seit 1986 im Verein tätig.')).toEqual(['Kolbeck (person)']);
  });
});

describe('acronyms of standards, materials, diseases and facilities are no organisations', () => {
  it('takes no organisation from "GSM", "UMTS", "PVC", "MRSA", "ISS"', () => {
    expect(mentions('Das Telefon kennt GSM und UMTS.')).toEqual([]);
    expect(mentions('Das Werk stellt PVC her.')).toEqual([]);
    expect(mentions('In der Klinik wurde MRSA nachgewiesen.')).toEqual([]);
    expect(mentions('Die Kapsel dockt an der ISS an.')).toEqual([]);
  });

  it('still takes an unknown acronym as an organisation', () => {
    expect(mentions('Die Gewerkschaft KVB kündigte einen Streik an.')).toContain('KVB (organization)');
  });
});

describe('organisation spans: a score after a club, "& Co KG" after a legal form', () => {
  it('takes the club without the first number of a score', () => {
    expect(mentions('Am Samstag spielte FC Ostheim 2:1 gegen die Gäste.')).toContain(
      'FC Ostheim (organization)',
    );
    expect(mentions('Am Samstag spielte FC Ostheim 2 : 1 gegen die Gäste.')).toContain(
      'FC Ostheim (organization)',
    );
  });

  it("still takes a number that belongs to the club's name", () => {
    expect(mentions('Der Verein FC Ostheim 04 gewann.')).toContain('FC Ostheim 04 (organization)');
  });

  it('takes no "Co KG" alone after "GmbH &"', () => {
    const found = mentions('Die Stadtbahn Nord GmbH & Co KG stellt neue Fahrer ein.');
    expect(found).not.toContain('Co KG (organization)');
  });
});

describe('a name ending in an initial keeps its full stop inside the sentence', () => {
  it('takes "Monika T." and "Frank Wi." with the full stop', () => {
    expect(mentions('Die 24-jährige Monika T. soll den Wagen gefahren haben.')).toEqual([
      'Monika T. (person)',
    ]);
    expect(mentions('Gesucht wird der 52-jährige Frank Wi., der zuletzt dort war.')).toEqual([
      'Frank Wi. (person)',
    ]);
  });

  it('leaves the full stop that ends the sentence', () => {
    expect(mentions('Die Anzeige richtet sich gegen Petra L.')).toEqual(['Petra L (person)']);
  });
});

describe('a one-word source after "nach Angaben von", "laut" that is a plural or compound noun is no person', () => {
  it('takes no person from "Beobachtern", "Oppositionspolitikern", "Abschlussbericht"', () => {
    expect(mentions('Nach Ansicht von Beobachtern wird die Wahl knapp.')).toEqual([]);
    expect(mentions('Nach Angaben von Oppositionspolitikern fehlen Stimmzettel.')).toEqual([]);
    expect(mentions('Nun steht im Abschlussbericht, die Kasse sei leer.')).toEqual([]);
  });

  it('still takes a family name as the source', () => {
    expect(mentions('Der Umbau soll laut Wegscheider im Mai beginnen.')).toEqual(['Wegscheider (person)']);
  });
});

describe('a first name alone before a number or an ampersand is no person', () => {
  it('takes no person from "Christoph 27" or "Ernst & Young"', () => {
    expect(mentions('Der Verletzte wurde mit dem Hubschrauber „Christoph 88“ geholt.')).toEqual([]);
    expect(mentions('Laut einer Studie von Ernst & Young wächst der Markt.')).not.toContain('Ernst (person)');
  });

  it('still takes a first name alone', () => {
    expect(mentions('Die 15-jährige Caroline wohnt seit Mai dort.')).toEqual(['Caroline (person)']);
  });
});
