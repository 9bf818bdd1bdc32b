import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string, language = 'de'): string[] => entityMentions(text, language);

describe('a word that opens a question or points back is no subject name', () => {
  it('takes no person from a pronominal adverb or a question word before a verb', () => {
    expect(mentions('Viele Fragen sind offen. Woher kommt das Geld? Wodurch wurde das möglich?')).toEqual([]);
    expect(mentions('Der Hof liegt in Kassel. Dahinter sitzt ein alter Hund.')).toEqual(['Kassel (place)']);
    expect(mentions('Wem gehört das Boot? Wonach richtet sich der Preis?')).toEqual([]);
  });

  it('takes no person from an adjective of a Latin or French stem before a verb', () => {
    expect(mentions('Populär wurde der Kuchen erst später. Nervös wirkte der Bäcker.')).toEqual([]);
  });

  it('still takes a family name before a verb', () => {
    expect(mentions('Der Bürgermeister kam spät. Kolbinger sprach dann über den Haushalt.')).toEqual([
      'Kolbinger (person)',
    ]);
  });
});

describe('a speaker whose first word opens sentences is no person', () => {
  it('takes no person from "Zumal" and a plural noun before a verb of saying', () => {
    expect(
      mentions('Der Mann kam ohne Ausweis ins Haus. Zumal Angestellte der Firma erklärten, er sei bekannt.'),
    ).toEqual([]);
  });

  it('still takes a full name before a verb of saying', () => {
    expect(mentions('Der Mann kam ohne Ausweis ins Haus. Anna Kolbinger erklärte, er sei bekannt.')).toEqual([
      'Anna Kolbinger (person)',
    ]);
  });
});

describe("a place right after an organisation's name ends that name", () => {
  it('spans the organisation and its place as one name', () => {
    expect(mentions('Die Studie stammt von der Diakonie Deutschland.')).toEqual([
      'Diakonie Deutschland (organization)',
    ]);
    expect(mentions('Die Forscher am Imperial College London rechnen neu.')).toEqual([
      'Imperial College London (organization)',
    ]);
    expect(mentions('Ein Sprecher von Greenpeace Deutschland widersprach.')).toEqual([
      'Greenpeace Deutschland (organization)',
    ]);
  });

  it("keeps a news agency's sign and the place of a dateline apart", () => {
    expect(mentions('Parlament berät über Einsatz DPA Ankara Das Parlament berät heute darüber.')).toEqual([
      'DPA (organization)',
      'Ankara (place)',
    ]);
  });

  it('keeps a place after a common noun alone', () => {
    expect(mentions('Das Amtsgericht Kassel hat entschieden.')).toEqual(['Kassel (place)']);
  });
});

describe('a fronted adverb, pronoun or ordinal is no subject name', () => {
  it('takes no person from a word before a participle that is no finite verb', () => {
    expect(
      mentions('Die Lage ist ernst. Kurz gesagt, es fehlt Geld. Weit gefehlt, der Plan kam doch.'),
    ).toEqual([]);
  });

  it('still takes a family name before a verb with the prefix "ge-"', () => {
    expect(mentions('Das Spiel war gut. Kolbinger gehört zum Team.')).toEqual(['Kolbinger (person)']);
  });

  it('takes no person from a pronoun, a Swiss spelling, an adverb of time or an ordinal', () => {
    expect(
      mentions(
        'Das Dorf war leer. Beides war nicht der Fall. Ausserdem kam Regen. Tagsüber kann man wandern.',
      ),
    ).toEqual([]);
    expect(mentions('Dritte wurde die Läuferin aus Kassel. Vierte wurde Anna Kolbinger.')).toEqual([
      'Kassel (place)',
      'Anna Kolbinger (person)',
    ]);
  });

  it('reads a hyphenated adjective without its hyphen', () => {
    expect(mentions('Die Zahl sank. Corona-bedingt hat sich der Trend fortgesetzt.')).toEqual([]);
  });

  it('takes no person from a word that stands after the neuter article elsewhere', () => {
    expect(mentions('Das Erdöl wird knapp. Erdöl bildet sich langsam.')).toEqual([]);
  });
});

describe('a word in -s that is no genitive of a name', () => {
  it('takes no person from an adverb in -s opening a sentence', () => {
    expect(
      mentions('Das war die Agenda 2010. Niemals können Methoden helfen. Andererseits muss man warten.'),
    ).toEqual([]);
  });

  it('takes no person from a given name whose -s is its own', () => {
    expect(mentions('Auf Platz drei landete Jan-Niklas Gwizdek aus Kassel.')).toEqual(['Kassel (place)']);
  });
});

describe('a common noun after a place preposition is no place', () => {
  it('takes no place from a plural in -s', () => {
    expect(mentions('Wir sprechen in Interviews und Podcasts mit Fachleuten.')).toEqual([]);
  });

  it('takes no place from a word that stands after "ein" elsewhere', () => {
    expect(mentions('Hier wird ein Synthesegas hergestellt. Das Methanol entsteht aus Synthesegas.')).toEqual(
      [],
    );
  });

  it('takes no place from the first part of a compound cut before its last part', () => {
    expect(mentions('Sie forscht in Automatisierungs- & Elektrotechnik.')).toEqual([]);
  });

  it('still takes a town named after "in" and "nach"', () => {
    expect(mentions('Wir fuhren nach Kelbrook. In Kelbrook ist es schön.')).toEqual([
      'Kelbrook (place)',
      'Kelbrook (place)',
    ]);
  });
});

describe("a company's relative and a near spelling inside a name", () => {
  it('takes the name after a known company or acronym and "-Tochter"/"-Mutter" for an organisation', () => {
    expect(mentions('Die Google-Mutter Alphabet meldete Gewinne.')).toEqual(['Alphabet (organization)']);
    expect(mentions('Die VW-Tochter Brimstal baut ein Werk.')).toEqual(['Brimstal (organization)']);
  });

  it('takes the name after a known person\'s "-Tochter"/"-Sohn" for a person', () => {
    expect(mentions('Die Trump-Tochter Ivanka kam auch.')).toEqual(['Ivanka (person)']);
    expect(mentions('Der Biden-Sohn Hunter wurde angeklagt.')).toEqual(['Hunter (person)']);
  });

  it('finds no second, shorter mention inside a full name', () => {
    expect(
      mentions(
        'Finanzminister Thomas Schäfer ist tot. Der Politiker Thomas Schaefer war beliebt. Schäfers Vater half.',
      ),
    ).toEqual(['Thomas Schäfer (person)', 'Thomas Schaefer (person)', 'Schäfer (person)']);
  });
});

describe('a name inside a quoted title after a work noun is a part of the title', () => {
  it('takes no place or person from a title with lower-case words', () => {
    expect(mentions('Der Film „Ein Sommer in Kassel“ läuft im Kino in Berlin.')).toEqual(['Berlin (place)']);
    expect(mentions('Das Buch „Lena und der Feuervogel“ erschien im Herbst.')).toEqual([]);
  });

  it('still takes a place inside quoted speech', () => {
    expect(mentions('Er sagte: „Wir fahren morgen nach Kassel.“')).toEqual(['Kassel (place)']);
  });
});
