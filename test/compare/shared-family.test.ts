import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, textOf } from './support.js';

/** The persons of an English story and how often each is mentioned, every mention checked against its offsets. */
function persons(text: string): [string, number][] {
  const articles = fixtureArticles('en', [{ id: 'a', text }]);
  return analyseStory(articles)
    .entities.filter((e) => e.type === 'person')
    .map((e): [string, number] => {
      for (const m of e.mentions) expect(textOf(articles, m)).toBe(m.text);
      return [e.name, e.mentions.length];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('a family name shared by a person whose given name is unknown', () => {
  it('keeps "Trayvon Martin" apart from "Tracy Martin" and gives "Martin" alone to the one that dominates', () => {
    const found = persons(
      'Police say George Zimmerman shot Trayvon Martin in Sanford. His father Tracy Martin listened to the tapes. ' +
        'The encounter with Trayvon Martin was avoidable. Martin was unarmed. Trayvon Martin was 17. ' +
        'Witnesses say Martin ran. Trayvon Martin lived in Miami. Martin had a phone.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['Trayvon Martin', 7],
        ['Tracy Martin', 1],
      ]),
    );
  });

  it('leaves the family name to the only full name when the other pair occurs once (a heading)', () => {
    const found = persons(
      'Tracy Martin spoke to reporters. Martin said the tapes were clear. Trayvon Martin. Martin left the court.',
    );
    expect(found).toEqual(expect.arrayContaining([['Tracy Martin', 4]]));
    expect(found.map(([name]) => name)).not.toContain('Trayvon Martin');
  });
});

describe('words before a shared family name that are no other person', () => {
  it('keeps the short form of the found given name with that person ("Gord Davis" is Gordon Davis)', () => {
    const found = persons(
      'Gordon Davis runs the league. Gord Davis wrote to the parents. Davis said sorry. Gord Davis later resigned.',
    );
    expect(found).toEqual([['Gordon Davis', 4]]);
  });

  it('reads no name particle as a given name ("Van Camp" of "Bob Van Camp")', () => {
    const found = persons(
      'Bob Van Camp found gold. Van Camp was the spokesman. As for the debris, Van Camp said he believes it.',
    );
    expect(found.map(([name]) => name)).not.toContain('Van Camp');
  });
});

describe('the end of a found longer name', () => {
  it('is that person ("Coronel Aispuro" of "Emma Coronel Aispuro")', () => {
    const found = persons(
      'Emma Coronel Aispuro gave an interview. Coronel Aispuro said she was calm. Later Coronel Aispuro left.',
    );
    expect(found).toEqual([['Emma Coronel Aispuro', 3]]);
  });
});
