import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string, language = 'de'): string[] => entityMentions(text, language);

describe('an acronym with a designation number after it is no organisation', () => {
  it('takes no organisation from a model, an edition or a norm', () => {
    expect(mentions('Die Feuerwehr kaufte 1950 die Pumpe FP 16/4 von einem Händler in Kassel.')).toEqual([
      'Kassel (place)',
    ]);
    expect(mentions('Viele Aussteller sagten die BKM 2031 ab. Die BKM 2031 findet in Kassel statt.')).toEqual(
      ['Kassel (place)'],
    );
    expect(mentions('Die Werte stehen in der Norm EN 12345-6 des Verbands.')).toEqual([]);
    expect(mentions('Die Jacke TKV 10+20V kostet 150 Euro.')).toEqual([]);
    expect(mentions('Die Wagen erhielten einen dem XY IV-Wagen ähnlichen Anstrich.')).toEqual([]);
  });

  it('still takes the acronym before a counted noun, a decimal, a percentage or a year that is a date', () => {
    expect(mentions('Der Verband ABC pflanzte 300 Bäume. Die Studie (ABC 2019) nennt Zahlen.')).toEqual([
      'ABC (organization)',
      'ABC (organization)',
    ]);
    expect(mentions('Die Aktien der BZW gaben 1,4 % nach.')).toEqual(['BZW (organization)']);
    expect(mentions('Die BZW gewann 20 Prozent der Stimmen.')).toEqual(['BZW (organization)']);
    expect(mentions('Der Sender XYZ 1997 und 1998 wuchs.')).toEqual(['XYZ (organization)']);
    expect(mentions('Das Interview lief im Sender XYZ 5 am Abend.')).toEqual(['XYZ (organization)']);
  });
});

describe('a two-letter acronym right after a name word is no organisation of its own', () => {
  it('takes no organisation from the last part of a product, a club or initials', () => {
    expect(mentions('Er spielt gern mit der Zonara VX im Keller in Kassel.')).toEqual(['Kassel (place)']);
    expect(mentions('Die Partie fand bei Holmby AK in Kassel statt.')).toEqual(['Kassel (place)']);
    expect(mentions('Quellen: Smeets P, Kessler JT, 2003.')).toEqual([]);
  });

  it('still takes it after an organisation noun or an article', () => {
    expect(mentions('Die Partei XY gewann in Kassel. Die XY regiert.').sort()).toEqual([
      'Kassel (place)',
      'XY (organization)',
      'XY (organization)',
    ]);
  });
});

describe('an acronym and a known place right after it are one organisation', () => {
  it('takes the acronym with its seat or branch, and the acronym alone elsewhere', () => {
    expect(mentions('Die XYZ Kassel beschaffte zwei Wagen. Die XYZ wuchs in Kassel.').sort()).toEqual([
      'Kassel (place)',
      'XYZ (organization)',
      'XYZ Kassel (organization)',
    ]);
    expect(mentions('Sie forscht an der ABCD Kassel.')).toEqual(['ABCD Kassel (organization)']);
  });

  it('leaves a dateline and a longer name alone', () => {
    expect(mentions('Die ABC Kassel – so heißt sie.').sort()).toEqual([
      'ABC (organization)',
      'Kassel (place)',
    ]);
  });
});

describe('a decimal after a club is no number of its name', () => {
  it('ends the club before a time or distance in a results table', () => {
    expect(mentions('Platz 2: Anna Bauer, TSV Kesseldorf 13,65 sec.')).toEqual([
      'Anna Bauer (person)',
      'TSV Kesseldorf (organization)',
    ]);
  });

  it('still takes the number of the name', () => {
    expect(mentions('Der FC Kesseldorf 04 gewann gegen den SV Lindau 96.').sort()).toEqual([
      'FC Kesseldorf 04 (organization)',
      'SV Lindau 96 (organization)',
    ]);
  });
});

describe('a genitive after an organisation head continues its name', () => {
  it('takes a ministry with its field and a head with a place in the genitive', () => {
    expect(mentions('Das Bundesministerium der Arbeit erwartet mehr Anträge.')).toEqual([
      'Bundesministerium der Arbeit (organization)',
    ]);
    expect(mentions('Das Bundesministerium des Innern und für Heimat schweigt.')).toEqual([
      'Bundesministerium des Innern und für Heimat (organization)',
    ]);
    expect(mentions('Sie lehrt an der Hochschule für Technik und Kunst des Saarlandes.')).toEqual([
      'Hochschule für Technik und Kunst des Saarlandes (organization)',
    ]);
  });

  it('takes no genitive that is no field of the ministry', () => {
    expect(mentions('Das Bundesministerium des Innenministeriums schweigt.')).toEqual([
      'Bundesministerium (organization)',
    ]);
  });
});
