import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { personAliases } from '../../src/compare/name-aliases.js';
import { fixtureArticles, textOf } from './support.js';

/** The entities of one hand-written English article as "name (type) ×mentions", each mention checked in its text. */
function entities(text: string): string[] {
  const articles = fixtureArticles('en', [{ id: 'a', text }]);
  const { entities: list } = analyseStory(articles);
  for (const e of list) for (const m of e.mentions) expect(textOf(articles, m)).toBe(m.text);
  return list.map((e) => `${e.name} (${e.type}) ×${String(e.mentions.length)}`).sort();
}

// Found on Multi-News briefs: "Kristine Bunch" 36 mentions and "Kristine" 2 as another person; "Randy W. Lambach",
// "Randy Lambach" and "Lambach" 23 times as three (the family name joined to neither: two full names tied).
describe('one person, however the story writes the name', () => {
  it('joins the given name alone to the one person named in full with it', () => {
    expect(
      entities(
        'Kristine Bunch spent 17 years in prison. Kristine said she never gave up. Her son Tony visited her.',
      ),
    ).toContain('Kristine Bunch (person) ×2');
  });

  it('leaves the given name alone when two people of the story have it (negative)', () => {
    const found = entities(
      'Michael Cohen met Michael Avenatti in New York on Monday. Michael said nothing to the reporters.',
    );
    expect(found).toContain('Michael Cohen (person) ×1');
    expect(found).toContain('Michael Avenatti (person) ×1');
  });

  it('joins a name with a middle initial to the same name without it, and the family name alone to both', () => {
    expect(
      entities(
        'Police arrested Randy W. Lambach on Monday. Randy Lambach denied the charges. Lambach said he was innocent.',
      ),
    ).toEqual(['Randy W. Lambach (person) ×3']);
  });

  it('shows the full name written most often, not the longest ("Ross Ulbricht", not "Ross William Ulbricht")', () => {
    const found = entities(
      'The court heard Ross William Ulbricht on Monday. Ross Ulbricht said he was sorry. Ross Ulbricht wept. ' +
        'Ulbricht was led away.',
    );
    expect(found).toEqual(['Ross Ulbricht (person) ×4']);
  });

  it('keeps apart two longer forms of one short name ("George H. W. Bush", "George W. Bush") (negative)', () => {
    expect(
      personAliases(
        new Map([
          ['person:george h. w. bush', 2],
          ['person:george w. bush', 3],
          ['person:george bush', 1],
        ]),
      ),
    ).toEqual(new Map());
  });

  it("joins only person keys, and a given name that is a family name of the story stays that one's (negative)", () => {
    expect(
      personAliases(
        new Map([
          ['place:new york', 2],
          ['person:york', 1],
        ]),
      ),
    ).toEqual(new Map());
    expect(
      personAliases(
        new Map([
          ['person:martin', 3],
          ['person:martin luther', 1],
          ['person:dean martin', 2],
        ]),
      ),
    ).toEqual(new Map());
  });
});
