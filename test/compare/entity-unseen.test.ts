import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

describe('a sentence opener shaped like an adverb or an adjective used as a noun is no subject name', () => {
  it('takes no participle in -ernd/-elnd, adverb in -mal or adjective used as a noun', () => {
    expect(mentions('Erschütternd ist das vor allem für die Familien.')).toEqual([]);
    expect(mentions('Lächelnd nahm die Ministerin den Preis entgegen.')).toEqual([]);
    expect(mentions('Zweimal hat die Landjugend schon gewonnen.')).toEqual([]);
    expect(mentions('Ähnliches hatte zuvor der Minister gesagt.')).toEqual([]);
    expect(mentions('Jugendlicher verfolgt Polizisten mit einer Waffe.')).toEqual([]);
  });

  it('still takes a family name that opens a sentence before its verb', () => {
    expect(mentions('Bernd sagte nichts dazu.')).toEqual(['Bernd (person)']);
    expect(mentions('Kemal hat gestern gewonnen.')).toEqual(['Kemal (person)']);
    expect(mentions('Wiechers verlangte eine Antwort.')).toEqual(['Wiechers (person)']);
  });
});

describe('a verb of saying after a number or determiner is an adjective', () => {
  it('takes no speaker after "416 bestätigte", "die gemeldeten"', () => {
    expect(mentions('In Kärnten gibt es damit 416 bestätigte Fälle.')).toEqual(['Kärnten (place)']);
    expect(mentions('Die Behörde veröffentlichte die berichtete Zahl.')).toEqual([]);
  });

  it('still takes the name after a verb of saying', () => {
    expect(mentions('Das sei ein Fehler gewesen, sagte Möller.')).toEqual(['Möller (person)']);
  });
});

describe('words of the language written in capitals are no acronyms', () => {
  it('takes no article, pronoun or word the text writes in lower case as an organisation', () => {
    expect(mentions('DAS steckt wirklich dahinter.')).toEqual([]);
    expect(
      mentions('Zuvor wird gezählt. In diesem Zusammenhang WIRD nun gebeten, dass alle warten.'),
    ).toEqual([]);
  });

  it('takes no line of three or more words in capitals', () => {
    expect(mentions('AKTIE IM FOKUS: Tesla erholt sich schneller.').join(' ')).not.toContain('AKTIE');
    expect(mentions('Inhalt ARTIKEL AUF EINER SEITE LESEN')).toEqual([]);
  });

  it('takes no time zone, security number or room word', () => {
    expect(mentions('Die Konferenz beginnt um 14:30 Uhr EDT und endet 10:30 CET.')).toEqual([]);
    expect(mentions('Die Aktie (ISIN: DE0007856023, WKN: 785602) stieg.')).toEqual([]);
    expect(mentions('Es fehlten ein ordentliches WC und WLAN im Zug.')).toEqual([]);
  });

  it('still takes an acronym and a newspaper written in capitals', () => {
    expect(mentions('BILD erklärt, wie Sie Ihre Miete richtig mindern.')).toEqual(['BILD (organization)']);
    expect(mentions('Die Gewerkschaft KVB kündigte einen Streik an.')).toContain('KVB (organization)');
    expect(mentions('Das berichtete DIE WELT am Montag.')).toContain('DIE WELT (organization)');
  });
});

describe('a name after a word for a municipality or state is a place', () => {
  it('takes the name after "Gemeinde", "Ortsteil", "Stadtteil", "Landkreis", "Bundesstaat"', () => {
    expect(mentions('Die Gemeinde Pflückuff wurde eingemeindet.')).toEqual(['Pflückuff (place)']);
    expect(mentions('Der Unfall geschah im Ortsteil Steinfischbach.')).toEqual(['Steinfischbach (place)']);
    expect(mentions('Im Bundesstaat Zacatecas fanden die Behörden Spuren.')).toEqual(['Zacatecas (place)']);
  });

  it('takes no preposition run into the text and no abbreviation', () => {
    expect(mentions('Frau erst seit Kurzem in Gemeinde Bei der Frau soll es sich handeln.')).toEqual([]);
    expect(mentions('Die Gemeinde St. Anton sperrte die Piste.').join(' ')).not.toContain('St (place)');
  });
});

describe('a common noun in apposition before a legal form name is no part of it', () => {
  it('takes "Ethiopian Airlines" of "der Fluggesellschaft Ethiopian Airlines"', () => {
    expect(mentions('Die Maschine der Fluggesellschaft Ethiopian Airlines stürzte ab.')).toEqual([
      'Ethiopian Airlines (organization)',
    ]);
    expect(mentions('Erst durch die Graphitwerke Buhl-Alberti AG kam der Bergbau zurück.')).toEqual([
      'Buhl-Alberti AG (organization)',
    ]);
  });

  it('keeps a noun that opens the name with no article or adjective before it', () => {
    expect(mentions('Sie firmierte ab 1954 als Verkehrsbetriebe Hamburg-Holstein AG weiter.')).toEqual([
      'Verkehrsbetriebe Hamburg-Holstein AG (organization)',
    ]);
  });
});

describe('a title takes no common noun, numeral or repeated word as a third name word', () => {
  it('ends the name before "Zwei", "Putin" once more, a plural noun', () => {
    expect(
      mentions('Der KSC trennt sich von Trainer Alois Schwartz Zwei Tage nach der Niederlage.'),
    ).toContain('Alois Schwartz (person)');
    expect(mentions('Das sagte Präsident Wladimir Putin Putin am Montag.')).toContain(
      'Wladimir Putin (person)',
    );
    expect(mentions('Dort hat Präsident Jan Bremer Diskussionen angestoßen.')).toEqual([
      'Jan Bremer (person)',
    ]);
  });

  it('still takes three name words after a title', () => {
    expect(mentions('Das sagte Außenminister Mohammed Javad Zarif am Montag.')).toEqual([
      'Mohammed Javad Zarif (person)',
    ]);
  });
});

describe('a ministry or embassy is an organisation when a country names it', () => {
  it('takes a ministry after a place adjective or with a place before a hyphen', () => {
    expect(mentions('Das russische Außenministerium forderte Aufklärung.')).toEqual([
      'Außenministerium (organization)',
    ]);
    expect(mentions('Das Schweizer Außenministerium hat Einladungen verschickt.')).toEqual([
      'Außenministerium (organization)',
    ]);
    expect(mentions('Das US-Finanzministerium setzte das Schiff auf die Liste.')).toEqual([
      'US-Finanzministerium (organization)',
    ]);
  });

  it('takes no ministry named alone', () => {
    expect(mentions('Das teilte das Gesundheitsministerium des Landes mit.')).toEqual([]);
    expect(mentions('Sie war Referatsleiterin im Innenministerium.')).toEqual([]);
  });
});

describe('a compound ending in a short head noun is a common noun', () => {
  it('takes no "Betriebsrat" as a subject and no "in Verzug" as a place', () => {
    expect(mentions('Betriebsrat hat bei Ethikregeln mitzubestimmen.')).toEqual([]);
    expect(mentions('Schuldner, die mit Ratenzahlungen in Verzug geraten, zahlen mehr.')).toEqual([]);
  });

  it('still takes a short name ending in those letters', () => {
    expect(mentions('Marat senkte die Preise im ganzen Laden.')).toEqual(['Marat (person)']);
  });
});
