import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

const mentions = (text: string): string[] => entityMentions(text);

describe('a name after a compound noun for a kind of organisation is an organisation', () => {
  it('takes the name after "-gesellschaft", "-vereinigung", "-kette", "-portal", "-dienst", "Kanzlei"', () => {
    expect(mentions('Die staatliche Ölgesellschaft Farolux meldete Gewinne.')).toContain(
      'Farolux (organization)',
    );
    expect(mentions('Die Künstlervereinigung Lindgrüne Runde stellt aus.')).toContain(
      'Lindgrüne Runde (organization)',
    );
    expect(mentions('Die Burgerkette Zehn Brüder eröffnet eine Filiale.')).toContain(
      'Zehn Brüder (organization)',
    );
    expect(mentions('Das meldete das Nachrichtenportal Kalmora am Abend.')).toContain(
      'Kalmora (organization)',
    );
    expect(mentions('Wie der Wetterdienst Nubelio mitteilte, regnet es.')).toContain(
      'Nubelio (organization)',
    );
    expect(mentions('Die Anwältin von der Kanzlei Hofreiter vertritt ihn.')).toContain(
      'Hofreiter (organization)',
    );
  });

  it('takes no adjective used as a noun after such a word ("eine Gruppe Jugendlicher")', () => {
    expect(mentions('Eine Gruppe Jugendlicher hat Steine geworfen.')).toEqual([]);
    expect(mentions('Eine Gruppe Freiwilliger half beim Aufräumen.')).toEqual([]);
  });
});

describe('a sentence opener after a word for a relative is no name', () => {
  it('takes no adverb that opens the next sentence ("zur Mutter Anscheinend hat …")', () => {
    expect(mentions('Erste Spur zur Mutter Anscheinend hat die Polizei eine Spur.')).toEqual([]);
    expect(mentions('Erste Spur zur Mutter Offenbar hat die Polizei eine Spur.')).toEqual([]);
  });

  it('still takes the name after a word for a relative', () => {
    expect(mentions('Sie wohnte bei ihrer Tante Cilli auf dem Land.')).toEqual(['Cilli (person)']);
  });
});

describe('a number word in -s is no genitive name', () => {
  it('takes no person from "Sechs grosse Firmen"', () => {
    expect(mentions('Es kam anders. Sechs grosse Firmen haben geklagt.')).toEqual([]);
  });

  it('still takes a genitive name before its noun', () => {
    expect(mentions('Man wartet auf Zabels Entscheidung.')).toEqual(['Zabel (person)']);
  });
});

describe('a family name with particles after two name words belongs to the name', () => {
  it('takes "von", "de" and the family name after a second given name or first family name', () => {
    expect(mentions('Das Schloss bekam sein Aussehen unter Heinrich Gottlob von Miltenau.')).toContain(
      'Heinrich Gottlob von Miltenau (person)',
    );
    expect(mentions('Später wurde Präsident Fernando Collor de Mello des Amtes enthoben.')).toContain(
      'Fernando Collor de Mello (person)',
    );
  });

  it('takes no preposition after a whole name ("zu", "von der", "von" and an organisation)', () => {
    expect(mentions('1992 stieß der Franzose Eric Cantona zu United.')).toContain('Eric Cantona (person)');
    expect(mentions('Das sagte Sabine Fischer von der Kanzlei gestern.')).toContain(
      'Sabine Fischer (person)',
    );
    expect(mentions('Es sprach Anna Berger von Helfer Ohne Grenzen.')).toContain('Anna Berger (person)');
  });
});

describe('a word for an occupation or part before a name is a title', () => {
  it('takes the name after "Rapper", "Historikerin", "Herausforderer", "Kontrahentin", "-profi", "-architekten"', () => {
    expect(mentions('Auf der Bühne stand Rapper Kalvo Trenk.')).toContain('Kalvo Trenk (person)');
    expect(mentions('Das erklärte die Historikerin Yelda Marouf.')).toContain('Yelda Marouf (person)');
    expect(mentions('Herausforderer Benno Galtz gewann die Wahl.')).toContain('Benno Galtz (person)');
    expect(mentions('Sie schlug ihre Kontrahentin Hadar Shmolin Fener.')).toContain(
      'Hadar Shmolin Fener (person)',
    );
    expect(mentions('Im Finale steht Tennisprofi Kerbo Lanza.')).toContain('Kerbo Lanza (person)');
    expect(mentions('Der Park stammt vom Landschaftsarchitekten Gilles Clavet.')).toContain(
      'Gilles Clavet (person)',
    );
  });

  it('takes the name after a compound in "-chef" / "-chefin" ("Vereinschef", "Konzernchefin"), not the title', () => {
    expect(mentions('Das bestätigte Vereinschef Corvin Littau am Abend.')).toContain(
      'Corvin Littau (person)',
    );
    expect(mentions('Konzernchefin Meret Sandqvist trat zurück.')).toContain('Meret Sandqvist (person)');
  });

  it('takes no word in lower case that ends like a role word', () => {
    expect(mentions('Man hat ihm grundlegende Rechte bestritten.')).toEqual([]);
  });
});

describe("an English institution word after a person's name makes an organisation", () => {
  it('takes "… School", "… College", "… Foundation" after a first and family name as one organisation', () => {
    expect(mentions('Er besuchte die Matthew Hornby School in der Stadt.')).toContain(
      'Matthew Hornby School (organization)',
    );
    expect(mentions('Geld kam von der Linda Varnel Foundation.')).toContain(
      'Linda Varnel Foundation (organization)',
    );
  });

  it('still takes the person alone', () => {
    expect(mentions('Er traf Matthew Hornby in der Stadt.')).toEqual(['Matthew Hornby (person)']);
  });
});

describe('more organisations known by name', () => {
  it('takes well-known companies, platforms, bodies and clubs', () => {
    expect(mentions('Die Aktie von Hochtief stieg an der Wall Street.')).toEqual([
      'Hochtief (organization)',
      'Wall Street (organization)',
    ]);
    expect(mentions('Das Video lief auf Youtube und Instagram.')).toEqual([
      'Youtube (organization)',
      'Instagram (organization)',
    ]);
    expect(mentions('Das Umweltbundesamt warnte vor dem Sommer.')).toEqual([
      'Umweltbundesamt (organization)',
    ]);
  });

  it('takes no phrase of the language that a newspaper is named after', () => {
    expect(mentions('Die Welt werde bald eine neue Waffe sehen.')).toEqual([]);
    expect(mentions('Die Zeit drängt, sagte sie.')).toEqual([]);
  });
});

describe('more people known by their family name alone', () => {
  it('takes well-known family names alone', () => {
    expect(mentions('Das kritisierte Brüderle am Montag scharf.')).toEqual(['Brüderle (person)']);
    expect(mentions('Der Fall erinnert an Madoff.')).toEqual(['Madoff (person)']);
  });
});
