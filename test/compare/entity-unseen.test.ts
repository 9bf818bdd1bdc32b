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
