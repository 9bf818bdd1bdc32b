import { describe, expect, it } from 'vitest';
import { storylineCheck } from '../../src/eval/cluster-storylines.js';
import { STORYLINE_ARTICLES } from '../cluster/storyline-texts.js';

const articles = STORYLINE_ARTICLES;
const storyOf = (id: string): string =>
  id.startsWith('prozess-auftakt') ? 'opening' : id.startsWith('prozess-urteil') ? 'verdict' : `other:${id}`;
const predicted = articles.map((a) => storyOf(a.id));

describe('storyline links in eval cluster', () => {
  it('a link between two predicted parts of one gold story is true', () => {
    const gold = articles.map((a) => (a.id.startsWith('prozess') ? 'trial' : a.id));
    expect(storylineCheck(articles, predicted, gold, 'refused:')).toEqual({
      stories: new Set(predicted).size,
      links: 1,
      falseLinks: 0,
    });
  });

  it('a link between stories of different gold stories is false; refused articles are left out', () => {
    const gold = predicted;
    const refused = predicted.map((p, i) => (i === predicted.length - 1 ? 'refused:x' : p));
    expect(storylineCheck(articles, refused, gold, 'refused:')).toEqual({
      stories: new Set(predicted).size - 1,
      links: 1,
      falseLinks: 1,
    });
  });

  it('with a window longer than the gap nothing is linked', () => {
    const check = storylineCheck(articles, predicted, predicted, 'refused:', { windowHours: 2000 });
    expect(check.links).toBe(0);
  });
});
