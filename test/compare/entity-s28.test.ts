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
