import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/compare/words.js';
import { entityMentions } from './support.js';

const mentions = entityMentions;

describe('a word after "von"/"bis" (English "to"/"from") alone is no place', () => {
  it('takes no place from "von X" twice', () => {
    const found = mentions(
      'Die Nachricht kam von Zorbatrix. Später meldete sich wieder jemand von Zorbatrix.',
    );
    expect(found.join(' ')).not.toContain('(place)');
  });

  it('takes no place from "to X" twice in English', () => {
    const found = mentions('The lawyer paid money to Marlowe. The payment to Marlowe was kept quiet.', 'en');
    expect(found.join(' ')).not.toContain('Marlowe (place)');
  });

  it('still takes a word after "in" and "to" as a place', () => {
    const found = mentions(
      'The firm has offices in Brackton and moved its staff to Brackton last year.',
      'en',
    );
    expect(found).toContain('Brackton (place)');
  });

  it('takes no noun before the genitive it governs ("nach Zählweise der Polizei")', () => {
    const found = mentions(
      'Nach Zählweise der Polizei kamen 300 Menschen. Nach Zählweise der Veranstalter waren es mehr.',
    );
    expect(found.join(' ')).not.toContain('Zählweise');
  });
});

describe('a name after an article is no speaker; business and newspaper words end an organisation', () => {
  it('takes a newspaper quoted after an article as an organisation', () => {
    const found = mentions('„Der Plan ist gescheitert“, schrieb der Evening Star am Montag über den Streit.');
    expect(found).toContain('Evening Star (organization)');
    expect(found.join(' ')).not.toContain('(person)');
  });

  it('takes no one-word speaker that a sentence opens with an article', () => {
    const found = mentions('Laut Ausrichter war alles ausverkauft. Der Ausrichter empfahl, früh zu kommen.');
    expect(found.join(' ')).not.toContain('Ausrichter');
  });

  it('takes a company ending in a business noun, not its first word as a place', () => {
    const found = mentions(
      'The payment went to Zentra Consultants. Later Zentra Consultants paid the singer again.',
      'en',
    );
    expect(found).toContain('Zentra Consultants (organization)');
    expect(found.join(' ')).not.toContain('(place)');
  });

  it('takes no newspaper word that another name word follows ("… Star Wars")', () => {
    const found = mentions('Der Händler verkauft viele Sets von Bricko Star Wars.');
    expect(found.join(' ')).not.toContain('Bricko Star');
  });

  it('reads a name joined by an ampersand as one organisation', () => {
    expect(scanWords('Shares of AT&T rose.').map((w) => w.text)).toEqual(['Shares', 'of', 'AT&T', 'rose']);
    expect(mentions('Shares of QX&Z rose after the deal was announced.', 'en')).toContain(
      'QX&Z (organization)',
    );
    expect(scanWords('Salz & Pfeffer').map((w) => w.text)).toEqual(['Salz', 'Pfeffer']);
  });
});

describe('plural nouns and English words are no genitive persons', () => {
  it('takes no person from a plural before a genitive determiner ("Profis beider Teams")', () => {
    const found = mentions('Nach dem Foul stritten sich Profis beider Teams lange auf dem Platz.');
    expect(found.join(' ')).not.toContain('(person)');
  });

  it('takes no German genitive in English text', () => {
    const found = mentions(
      'Last year the drug company paid Novaris money. Shortly after Novaris Pharma paid the firm a large fee, the lawyer called Novaris Pharma again.',
      'en',
    );
    expect(found.join(' ')).not.toContain('Novari (person)');
  });

  it('still takes a German genitive before a noun as a person', () => {
    expect(mentions('Der Verein bedauert Kowalczyks Entscheidung sehr.')).toContain('Kowalczyk (person)');
  });
});

describe('a club is named by a name and its city', () => {
  it('takes the club and its name alone as an organisation', () => {
    const found = mentions(
      'Im Viertelfinale trifft Kolossos Athen auf den Meister. Kolossos führt in der Serie mit 2:0.',
    );
    expect(found).toContain('Kolossos Athen (organization)');
    expect(found).toContain('Kolossos (organization)');
    expect(found.join(' ')).not.toContain('(person)');
  });

  it('takes no noun and place after an article as a club', () => {
    const found = mentions(
      'Im Halbfinale wartet der Sieger der Partie Serbien gegen Kanada. Partie Nummer zwei folgt.',
    );
    expect(found.join(' ')).not.toContain('(organization)');
    expect(found).toContain('Serbien (place)');
  });
});

describe('nouns with an article are no one-word persons', () => {
  it('takes no subject that stands after an article elsewhere in the article', () => {
    const found = mentions(
      'Die Gegenwehr kam spät. Gegenwehr ist nach Ansicht der Fachleute nun möglich. Die Gegenwehr beginnt im Mai.',
    );
    expect(found.join(' ')).not.toContain('(person)');
  });

  it('still takes a subject after a verb or preposition elsewhere ("über Kowalczyk")', () => {
    const found = mentions('Kowalczyk senkte die Preise. Viele sprachen über Kowalczyk.');
    expect(found).toContain('Kowalczyk (person)');
  });
});

describe('a newspaper named by its city leaves the city a place', () => {
  it('takes the newspaper as an organisation and the city alone as a place', () => {
    const found = mentions(
      'The Brackton Tribune reported the vote. Officials in Brackton said the council in Brackton would meet again.',
      'en',
    );
    expect(found).toContain('Brackton Tribune (organization)');
    expect(found).toContain('Brackton (place)');
  });

  it('keeps an English agency acronym that the German list drops', () => {
    expect(mentions('Agents of ICE arrested two men, officials said.', 'en')).toContain('ICE (organization)');
  });
});

describe('a speaker written like an acronym is no person', () => {
  it('takes no person from capitals and a hyphen after a speech verb', () => {
    const found = mentions(
      'Der Protest ging weiter. „Wir protestieren weiter gegen die Pläne“, erklärte XKR-VB am Montag in Bonn.',
    );
    expect(found.join(' ')).not.toContain('XKR-VB (person)');
    expect(found).toContain('Bonn (place)');
  });
});

describe('English entities in shapes of news copy (Multi-News briefs)', () => {
  it('takes no acronyms from a sentence set in capitals (a broadcast transcript)', () => {
    const found = mentions(
      'Gold is back in the hills. WE ARE GOING TO BE ON THE CREEK AND THERE WILL BE PEOPLE IN HERE WITH PANS. The miners agreed.',
      'en',
    );
    expect(found.join(' ')).not.toContain('(organization)');
  });

  it('still takes acronyms in an ordinary sentence (negative)', () => {
    const found = mentions('The FBI and the CIA briefed the committee on Tuesday, officials said.', 'en');
    expect(found).toEqual(expect.arrayContaining(['FBI (organization)', 'CIA (organization)']));
  });

  it('takes no organisation from a dateline in capitals before the agency', () => {
    const found = mentions('LAS PALOS (UPI) -- A man waited overnight at the airport, police said.', 'en');
    expect(found.join(' ')).not.toContain('LAS PALOS (organization)');
  });

  it('takes no organisation from a time zone or an abbreviated title', () => {
    const found = mentions(
      'The show went on air at 10 p.m. ET on Monday. Sen. Harry Reid watched it with aides.',
      'en',
    );
    expect(found.join(' ')).not.toContain('ET (organization)');
    expect(found.join(' ')).not.toContain('Sen (person)');
    expect(found).toContain('Harry Reid (person)');
  });

  it('takes no person from a month abbreviated before a day ("Jan. 14")', () => {
    expect(mentions('The party moved its caucus to Jan. 14, officials said.', 'en').join(' ')).not.toContain(
      'Jan (person)',
    );
  });

  it('still takes "Jan" as a given name before a family name (negative)', () => {
    expect(mentions('Governor Jan Brewer signed the bill on Friday.', 'en')).toContain('Jan Brewer (person)');
  });

  it('takes a middle name into the person ("Philip Seymour Hoffman", "Lisa Roberts Gillan")', () => {
    const found = mentions(
      'It was not a Philip Seymour Hoffman thing, he said. His sisters include Lisa Roberts Gillan, 48, an actress.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Philip Seymour Hoffman (person)', 'Lisa Roberts Gillan (person)']),
    );
  });

  it('takes no third word that the article writes in lower case, nor one in a title-case line (negative)', () => {
    const found = mentions(
      'Client Kevin Bailey Exonerated! He was exonerated on Monday. Star Half-Sister Nancy Found Dead',
      'en',
    );
    expect(found.join(' ')).not.toContain('Exonerated (person)');
    expect(found.join(' ')).not.toContain('Nancy Found Dead');
  });

  it('takes no institution noun as a family name ("David Geffen School")', () => {
    const found = mentions('She works at the David Geffen School of Medicine in Los Angeles.', 'en');
    expect(found.join(' ')).not.toContain('David Geffen School (person)');
  });

  it('takes a name before an English institution noun as an organisation ("Lamar Institute of Technology")', () => {
    expect(mentions('He studied at the Lamar Institute of Technology in Beaumont.', 'en')).toContain(
      'Lamar Institute of Technology (organization)',
    );
  });

  it('takes no person from a given name before a place noun ("Clayton County", "James River")', () => {
    const found = mentions(
      'Officers of the Clayton County Police Department searched the house. Debris lay along the James River.',
      'en',
    );
    expect(found.join(' ')).not.toContain('Clayton County (person)');
    expect(found.join(' ')).not.toContain('James River (person)');
  });

  it('still takes a family name that is also a noun of buildings ("Darlene Hall", negative)', () => {
    expect(mentions('Darlene Hall, who is 53, filed a complaint last year.', 'en')).toContain(
      'Darlene Hall (person)',
    );
  });

  it('takes no place from an adjective of faith after "in" ("in Muslim dress")', () => {
    const found = mentions(
      'He gets nervous when he sees people in Muslim dress. Travellers in Muslim dress were stopped twice.',
      'en',
    );
    expect(found.join(' ')).not.toContain('Muslim (place)');
  });

  it('takes no person from a given name alone in quotation marks (a title of a work)', () => {
    const found = mentions('He starred in such films as "Training Day" and "Bruno." He also sang.', 'en');
    expect(found.join(' ')).not.toContain('Bruno (person)');
  });

  it('still takes a given name alone outside quotation marks (negative)', () => {
    expect(mentions('The film crew waited for hours. Bruno arrived late, as always.', 'en')).toContain(
      'Bruno (person)',
    );
  });

  it('takes no person from a word with a capital inside after a verb of saying ("told LiveScience.")', () => {
    const found = mentions('"We are a little behind," Linnell told LiveScience. The report followed.', 'en');
    expect(found.join(' ')).not.toContain('LiveScience (person)');
  });

  it('still takes a family name with a capital inside after a verb of saying (negative: "said McCann.")', () => {
    expect(mentions('"It is over," said McCann. The vote followed.', 'en')).toContain('McCann (person)');
  });

  it('knows English given names the shared list lacks ("Stormy Daniels", "Lily Collins")', () => {
    const found = mentions(
      'Stormy Daniels met reporters in Denver, and Lily Collins joined her later.',
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['Stormy Daniels (person)', 'Lily Collins (person)']));
  });
});
