import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles } from './support.js';

/** The speakers of the quotes of one made-up German article. */
const speakers = (text: string): (string | null)[] =>
  analyseStory(fixtureArticles('de', [{ id: 'a', text }])).quotes.map((q) => q.speaker);

/** The places of one made-up German article. */
const places = (text: string): string[] =>
  analyseStory(fixtureArticles('de', [{ id: 'a', text }]))
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name);

const WITHOUT_VERB = '„bestärke daher bestehende alte Überzeugungen“.';

describe('the German noun endings as the compare stage reads them', () => {
  it('a subject in "-schaft" may speak without a verb of saying (an institution ending); one in "-ung" may not', () => {
    expect(speakers(`Die Mannschaft von Trainer Holm ${WITHOUT_VERB}`)).toEqual(['Mannschaft']);
    expect(speakers(`Die Erzählung von Trainer Holm ${WITHOUT_VERB}`)).toEqual([null]);
    expect(speakers('Die Ergebnisse sind „nur bei gutem Wetter möglich“.')).toEqual([null]);
  });

  it('after "in"/"nach": an abstract noun is no place, a place-name ending or place part makes one', () => {
    const found = places(
      'Die Bürgermeisterin flog am Montag nach Quarkdorf. Ihre Berater blieben in Brakow und in Flunkerungen, ' +
        'andere reisten nach Zimbrod und in Wummingen.',
    );
    expect(found).toEqual(expect.arrayContaining(['Quarkdorf', 'Brakow', 'Zimbrod', 'Wummingen']));
    expect(found).not.toContain('Flunkerungen');
  });
});
