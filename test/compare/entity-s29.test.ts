import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string, language = 'de'): string[] => entityMentions(text, language);

describe('a full name whose family name the article repeats alone is a person (issue 15)', () => {
  it('takes a given name the tables do not know when the family name stands alone later', () => {
    expect(
      mentions('Bei der Wahl siegte Tarun Mbeki deutlich. Erst am Abend trat Mbeki vor die Presse.'),
    ).toEqual(['Tarun Mbeki (person)', 'Mbeki (person)']);
  });

  it('takes a given name with letters German words do not have, whatever its ending', () => {
    expect(
      mentions('Gesucht wurde der Händler Émilien Garuba seit Jahren. Garuba lebte zuletzt in Lyon.'),
    ).toEqual(['Émilien Garuba (person)', 'Garuba (person)', 'Lyon (place)']);
  });

  it('takes a name after a noun that follows an adjective, not the noun', () => {
    expect(
      mentions('Die Liga feiert den besten Werfer Tamaris Okonkwe. Am Ende traf Okonkwe dreimal.'),
    ).toEqual(['Tamaris Okonkwe (person)', 'Okonkwe (person)']);
  });

  it('takes no name of things whose last word follows several words ("Smart Speaker", "Mobile Speaker")', () => {
    expect(
      mentions('Wir berichten über Smart Speaker, Mobile Speaker und mehr. Viele Kunden mögen Speaker sehr.'),
    ).toEqual([]);
  });

  it('takes no name from a heading or a list item', () => {
    expect(
      mentions('Bei uns gibt es Neuigkeiten.\n• Vintage Banjo Tales!\nNoch mehr Tales gibt es hier.'),
    ).toEqual([]);
  });

  it('takes no noun that the article writes after an adjective', () => {
    expect(
      mentions(
        'Die Börse kauft Tarvo Futures seit Montag. Kunden mögen Futures, manche meiden teure Futures.',
      ),
    ).toEqual([]);
  });
});

describe('a word opening the sentence before a family name alone is no given name', () => {
  it('leaves out a conjunction that opens the clause ("Obwohl")', () => {
    expect(
      mentions('Im Finale traf sie auf Darja Kuvelenko. Obwohl Kuvelenko stark spielte, verlor sie.'),
    ).toEqual(['Darja Kuvelenko (person)', 'Kuvelenko (person)']);
  });

  it('leaves out a verb opening the sentence when the person is named in full elsewhere', () => {
    expect(
      mentions(
        'Die Liga feiert ihren Star Tamaris Okonkwe. Hält Okonkwe den Ball, ist das Spiel entschieden.',
      ),
    ).toEqual(['Tamaris Okonkwe (person)', 'Okonkwe (person)']);
  });
});

describe('a full name the tables cannot read is a person by an age, a minute or a verb of saying beside it', () => {
  it('takes two name words before an age or a match minute in brackets', () => {
    expect(mentions('Quarvo Tembuli (37) bleibt noch ein paar Jahre im Amt.')).toEqual([
      'Quarvo Tembuli (person)',
    ]);
    expect(mentions('Am Ende traf Quarvo Tembuli (30.) zum Sieg.')).toEqual(['Quarvo Tembuli (person)']);
  });

  it('takes two name words after a verb of saying that end its clause', () => {
    expect(mentions('Das sagt Quarvo Tembuli, Inhaber der Firma.')).toEqual(['Quarvo Tembuli (person)']);
    expect(mentions('Das erklärte Quarvo Tembuli am Donnerstag.')).toEqual(['Quarvo Tembuli (person)']);
  });

  it('takes no unit after a number, no role noun and no adjective of a place', () => {
    expect(mentions('Die Temperatur liegt bei -4 Grad Celsius (0) am Gipfel.')).toEqual([]);
    expect(mentions('Eine Kölner Seniorin (75) wittert Betrug am Telefon.')).toEqual([]);
  });

  it("keeps a known organisation's name of several words an organisation beside a verb of saying or a number", () => {
    expect(mentions('Das kritisierte Amnesty International am Montag.')).toEqual([
      'Amnesty International (organization)',
    ]);
    expect(mentions('Auf Platz drei kam Alfa Romeo (3) ins Ziel.')).toEqual(['Alfa Romeo (organization)']);
  });
});
