import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string, language = 'de'): string[] => entityMentions(text, language);

describe('a name a capitalised word that is no noun follows is the start of a longer name, no entity alone', () => {
  it('takes no part of a longer name: "Red Bull Air Race", "SV 09 Ahlbach", "Porsche Carrera Cup"', () => {
    expect(mentions('Am Wochenende startet das Red Bull Air Race über dem Hafen.')).not.toContain(
      'Red Bull (organization)',
    );
    expect(mentions('Er begann seine Laufbahn beim SV 09 Ahlbach am Fluss.')).not.toContain(
      'SV 09 (organization)',
    );
    expect(mentions('Der Fahrer gewann den Porsche Carrera Cup im Regen.')).not.toContain(
      'Porsche (organization)',
    );
  });

  it('takes no person whose name goes on with a word of no noun: "Edwin Kroll Surveys", "Franz Ritter Hagedorn"', () => {
    expect(mentions('Den Vertrag unterschrieb Edwin Kroll Surveys im Mai.')).toEqual([]);
    expect(mentions('Bei der Feier sprach Franz Ritter Hagedorn von Eschen über die Stadt.')).toEqual([]);
  });

  it('still takes a name before a noun, a genitive, a weekday, a stopword or another name', () => {
    // A noun of the tables, a noun ending or a long compound after the name.
    expect(mentions('Dort hat Helmut Kessler Angst vor der Behörde.')).toContain('Helmut Kessler (person)');
    expect(mentions('Die Firma liefert nach Spanien Tausende Geräte.')).toContain('Spanien (place)');
    expect(mentions('Sie lehrte an der Universität Bremen Physik.')).toContain(
      'Universität Bremen (organization)',
    );
    expect(mentions('Nun hat Sabine Vollmer Schadensersatzansprüche angemeldet.')).toContain(
      'Sabine Vollmer (person)',
    );
    // A genitive before its noun, a weekday, a stopword.
    expect(mentions('Dort lobte man Hamburgs Bürgermeister.')).toContain('Hamburg (place)');
    expect(mentions('Die Gespräche in Berlin Montag früh blieben ohne Ergebnis.')).toContain(
      'Berlin (place)',
    );
    expect(mentions('Er kam aus Paris Und blieb.')).toContain('Paris (place)');
    // Two names side by side.
    expect(mentions('Im Finale trafen Bayern München Borussia Dortmund.')).toContain(
      'Borussia Dortmund (organization)',
    );
  });

  it('is German only: English writes its names and their parts capitalised alike', () => {
    expect(mentions('The report by Reuters Staff was brief.', 'en')).toEqual(['Reuters (organization)']);
  });
});

describe('a name inside quoted capitalised words is a part of one quoted name', () => {
  it('takes no part of a quoted title or organisation: „Bündnis Neue Mitte Sachsen“, the song "Paris Nights Forever"', () => {
    expect(mentions('Überraschend stark war das „Bündnis Neue Mitte Sachsen“ bei der Wahl.')).not.toContain(
      'Sachsen (place)',
    );
    expect(mentions('Der Song " Goodbye Paris Forever " lief im Radio.')).not.toContain('Paris (place)');
  });

  it('still takes the whole quoted name, and a name in a quoted sentence or a quoted phrase with small words', () => {
    expect(mentions('Das berichtete die „Frankfurter Rundschau“ am Montag.')).toContain(
      'Frankfurter Rundschau (organization)',
    );
    expect(mentions('„Wir fahren morgen nach Paris“, sagte sie.')).toContain('Paris (place)');
    expect(mentions('Er nannte es sein „Tor nach Europa“ und lachte.')).toContain('Europa (place)');
  });
});

describe('a place named like its people after a determiner is the people', () => {
  it('takes no place from "die Schweden", "der Polen", and still the countries without an article', () => {
    expect(mentions('Die Schweden gewannen gegen die Polen.')).toEqual([]);
    expect(mentions('Der Trainer der Polen lobte Schweden.')).toEqual(['Schweden (place)']);
    expect(mentions('Er reiste nach Polen und Schweden.')).toEqual(['Polen (place)', 'Schweden (place)']);
  });
});

describe('a name broken at a line end by a hyphen and a space is one name', () => {
  it('joins "Baden- Württemberg", "Nordrhein- Westfalen" when the joined name is known', () => {
    expect(mentions('Die Wahl in Mecklenburg- Vorpommern war knapp.')).toEqual([
      'Mecklenburg- Vorpommern (place)',
    ]);
    expect(mentions('Das Land Baden- Württemberg zahlt.')).toEqual(['Baden- Württemberg (place)']);
    expect(mentions('In Nordrhein- Westfalen regnet es.')).toEqual(['Nordrhein- Westfalen (place)']);
  });

  it('joins nothing the lexicon does not know, nor a part before "und"', () => {
    expect(mentions('Die Berlin- Reise fiel aus.')).toEqual(['Berlin (place)']);
    expect(mentions('Die CDU- und SPD-Politiker stritten.')).toEqual([]);
  });
});
