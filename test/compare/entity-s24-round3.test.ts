import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string, language = 'de'): string[] => entityMentions(text, language);

describe('a conjunction that opens a sentence is no name', () => {
  it('takes no river from "Oder" opening a sentence or a line', () => {
    expect(mentions('Die Fähre fährt morgen ab. Oder wir nehmen den Zug nach Kassel.')).toEqual([
      'Kassel (place)',
    ]);
    expect(mentions('Wir bleiben zu Hause.\nOder wir fahren nach Kassel?')).toEqual(['Kassel (place)']);
    expect(mentions('Er fragte: „Oder sollen wir warten?“ Niemand in Kassel wusste es.')).toEqual([
      'Kassel (place)',
    ]);
  });

  it('still takes the river inside a sentence', () => {
    expect(
      mentions('Die Brücke über die Oder in Frankfurt wurde gesperrt. Oder sie bleibt offen.').sort(),
    ).toEqual(['Frankfurt (place)', 'Oder (place)']);
    expect(mentions('Das Hochwasser an der Oder steigt.')).toEqual(['Oder (place)']);
  });
});

describe('a noun after a preposition that points to no place is no place', () => {
  it('takes no place after "je nach"', () => {
    expect(mentions('Je nach Wetter fahren wir nach Kassel.')).toEqual(['Kassel (place)']);
    expect(mentions('Der Preis steigt je nach Wetter um zwei Euro.')).toEqual([]);
  });

  it('still takes a place after "nach" alone', () => {
    expect(mentions('Am Abend fahren wir nach Kassel.')).toEqual(['Kassel (place)']);
  });

  it('takes no substance after "aus" and no format after "in"', () => {
    expect(
      mentions('Das Gas entsteht aus Methan und aus Kohlendioxid. Die Broschüre liegt in Print vor.'),
    ).toEqual([]);
  });
});

describe('an acronym of a common noun is no organisation', () => {
  it('takes neither public transport nor a medical test as an organisation', () => {
    expect(mentions('Die Fahrgäste nutzen den ÖPNV in Kassel. Bei 1,6 Promille droht eine MPU.')).toEqual([
      'Kassel (place)',
    ]);
  });

  it('still takes an acronym of an organisation', () => {
    expect(mentions('Der Verkehrsverbund KVV erhöht die Preise.')).toContain('KVV (organization)');
  });
});

describe('a role noun before a full name is no part of it', () => {
  it('drops a feminine role noun and a hyphenated role', () => {
    expect(
      mentions(
        '„Das Wetter bleibt wechselhaft“, sagte Meteorologin Corinna Borlat dem Portal wetter.de. Danach wird es warm.',
      ),
    ).toEqual(['Corinna Borlat (person)']);
    expect(
      mentions('Die Andacht hält er mit seiner Kollegin Pfarrerin Maike Rotger. Sie predigt gern.'),
    ).toEqual(['Maike Rotger (person)']);
    expect(mentions('So fand es SPD-Präsidiumsmitglied Anna-Lena Kolbe-Berg gut, dass man redet.')).toEqual([
      'Anna-Lena Kolbe-Berg (person)',
    ]);
  });

  it('takes an abbot as a title before the name', () => {
    expect(mentions('Der Bischof, Abt Urban Federle, sprach.')).toEqual(['Urban Federle (person)']);
  });

  it('still takes a name of three words', () => {
    expect(mentions('Die Rolle spielt Christoph Maria Kessler am Montag.')).toEqual([
      'Christoph Maria Kessler (person)',
    ]);
  });
});

describe('an acronym that opens a sentence is no conjunction', () => {
  it('keeps an acronym spelled like a conjunction', () => {
    expect(mentions('The outbreak spread fast. WHO officials met in Geneva.', 'en')).toContain(
      'WHO (organization)',
    );
  });
});

describe('a common noun before a name with a legal form is no part of it', () => {
  it('drops an agent noun and its genitive, and takes the legal form LP', () => {
    expect(mentions('Der Leerverkäufer Falkner Partners LP hat seine Position ausgebaut.')).toEqual([
      'Falkner Partners LP (organization)',
    ]);
    expect(mentions('Die Aktien des Autozulieferers BrennTec AG stiegen.')).toEqual([
      'BrennTec AG (organization)',
    ]);
  });

  it('keeps a compound of a business noun, a quoted name and a one-word name', () => {
    expect(mentions('Die Firma wurde als „Automobilwerke Otto Kessler GmbH“ neu gegründet.')).toEqual([
      'Automobilwerke Otto Kessler GmbH (organization)',
    ]);
    expect(mentions('Die Versicherung Allianz SE meldet Gewinne.')).toEqual(['Allianz SE (organization)']);
  });
});
