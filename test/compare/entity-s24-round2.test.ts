import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

describe('an editor sign-off is no organisation', () => {
  it('takes no word in capitals between editors’ initials', () => {
    expect(mentions('Der Umsatz des Konzerns sank um zwölf Prozent./kw/DP/rt')).toEqual([]);
  });

  it('still takes an agency in a photo credit', () => {
    expect(mentions('Der Umsatz sank um zwölf Prozent. Foto: Lena Maurer/dpa/ESA')).toContain(
      'ESA (organization)',
    );
  });
});

describe('a word that ends a medium’s name is no organisation after its head noun', () => {
  it('takes no "Online" after a newspaper, nor the sentence opening after it', () => {
    expect(mentions('Unwetter im Süden | Kärntner Tageszeitung Online In Villach fiel Hagel.')).toEqual([
      'Villach (place)',
    ]);
    expect(mentions('Das Nachrichtenportal Online berichtete.')).toEqual([]);
  });

  it('still takes the name after an organisation noun', () => {
    expect(mentions('Wie die Nachrichtenagentur Tass meldet, ist das so.')).toEqual(['Tass (organization)']);
  });
});

describe('a noun-shaped word is no person by its place in the sentence alone', () => {
  it('takes no compound of three hyphened parts and no compound ending in a long common noun', () => {
    expect(
      mentions('Sie können sich beim Kauf von Harry-Potter-Sets einige Playmobil-Figuren kostenlos sichern.'),
    ).toEqual([]);
    expect(mentions('Die Chronistin schreibt Heimatgeschichte: Abschied aus dem Rathaus')).toEqual([]);
  });

  it('still takes a family name that ends in a short noun', () => {
    expect(mentions('Die Lage sei ernst, sagte Wasserfall.')).toEqual(['Wasserfall (person)']);
    expect(mentions('Das sei ein Fehler, erklärte Hofmeister.')).toEqual(['Hofmeister (person)']);
  });
});

describe('a word after an article somewhere in the story is a noun, no discovered place or person', () => {
  it('takes no place from "in X" when "im X" or "dem X" stands elsewhere', () => {
    expect(mentions('Das Krankenhaus entstand im Eiltempo. Gebaut wurde es in Eiltempo in Moskau.')).toEqual([
      'Moskau (place)',
    ]);
    expect(mentions('Das stehe im Protokoll. Die Lage sei ernst, heißt es in Protokoll.')).toEqual([]);
  });

  it('still takes a town without an article and a landscape that takes one', () => {
    expect(mentions('Das Fest fand in Wiesenau statt. Viele Gäste kamen nach Wiesenau.')).toEqual([
      'Wiesenau (place)',
      'Wiesenau (place)',
    ]);
    expect(mentions('Der Ausflug ging ins Stubaital. Im Stubaital lag Schnee, in Stubaital auch.')).toContain(
      'Stubaital (place)',
    );
  });
});

describe('a given name before a one-word organisation of the shared gazetteer makes a person', () => {
  it('takes the full name, not the given name and an organisation', () => {
    expect(mentions('Gestern sprach Michael Bloomberg in New York.')).toEqual([
      'Michael Bloomberg (person)',
      'New York (place)',
    ]);
    expect(mentions('Der Erfinder Nikola Tesla starb 1943 in New York.')).toContain('Nikola Tesla (person)');
  });

  it('still takes no person from a given name before a world city', () => {
    expect(mentions('Es ist nicht wahr, dass Ludwig Paris nicht mochte.')).toEqual(['Paris (place)']);
  });
});

describe('a short name that ends like an abstract noun goes on the name before it', () => {
  it('takes no place from the first word of a two-word town', () => {
    expect(mentions('Sie war in Khan Yunis gefangen. Danach kam sie nach Khan Yunis zurück.')).toEqual([]);
  });

  it('still takes a town before a long abstract noun', () => {
    expect(
      mentions('Das Fest fand in Wiesenau statt. Viele Gäste kamen nach Wiesenau Ergebnisse zu feiern.'),
    ).toEqual(['Wiesenau (place)', 'Wiesenau (place)']);
  });
});

describe('a given name after "St." or "San" begins a place’s or church’s name, no person', () => {
  it('takes no person from a saint’s name', () => {
    expect(mentions('Die Diebe stiegen in die St. Joseph Kirche ein.')).toEqual([]);
  });

  it('still takes a person from a given name elsewhere', () => {
    expect(mentions('Die Rede hielt Joseph Meier in Berlin.')).toEqual([
      'Joseph Meier (person)',
      'Berlin (place)',
    ]);
  });
});

describe('a common noun that is also a place name’s last part is no discovered place alone', () => {
  it('takes no place from "aus Kirche" or "aus Kapital"', () => {
    expect(mentions('Das Kreuz wurde aus Kirche gestohlen. Der Dieb kam aus Kirche zurück.')).toEqual([]);
    expect(mentions('Die Einkünfte aus Kapital steigen. Aus Kapital wird mehr.')).toEqual([]);
  });

  it('still takes a town whose name ends in that part', () => {
    expect(mentions('Der Zug fuhr nach Wiesenkirchen. Viele kamen aus Wiesenkirchen.')).toEqual([
      'Wiesenkirchen (place)',
      'Wiesenkirchen (place)',
    ]);
  });
});
