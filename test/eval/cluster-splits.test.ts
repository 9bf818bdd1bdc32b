import { describe, expect, it } from 'vitest';
import { nearerOwn, splitGoldStories } from '../../src/eval/cluster-splits.js';
import { STORYLINE_ARTICLES } from '../cluster/storyline-texts.js';

const articles = STORYLINE_ARTICLES;
const ids = articles.map((a) => a.id);
/** The trial is one gold story; the two later reports are a gold story of their own ('later'). */
const gold = ids.map((id) => (id.startsWith('prozess') ? 'trial' : 'later'));
/** Predicted: the trial cut into its opening and its verdict, the later reports apart. */
const predicted = ids.map((id) =>
  id.startsWith('prozess-auftakt') ? 'opening' : id.startsWith('prozess-urteil') ? 'verdict' : id,
);
const everyStory = (): boolean => true;

describe('the gold stories eval cluster split', () => {
  it('lists each split gold story with its pieces, the recall it costs and its closest pair across pieces', () => {
    const splits = splitGoldStories(articles, predicted, gold, 'refused:', everyStory);
    expect(splits.map((s) => s.gold)).toEqual(['trial', 'later']); // the costliest first: 2 articles of recall, then 1
    const [trial, later] = splits;
    expect(trial?.pieces).toEqual([
      ['prozess-auftakt-1', 'prozess-auftakt-2'],
      ['prozess-urteil-1', 'prozess-urteil-2'],
    ]);
    expect(trial?.missing).toBeCloseTo(2, 10);
    // opening and verdict name the same firm, man and court: above the join threshold
    expect(trial?.closest.a).toMatch(/^prozess-auftakt-/u);
    expect(trial?.closest.b).toMatch(/^prozess-urteil-/u);
    expect(trial?.closest.score).toBeGreaterThan(0.15);
    // Putin in Sochi and Stuttgart's stadium share nothing of note
    expect(later?.missing).toBeCloseTo(1, 10);
    expect(later?.closest.score).toBeLessThan(trial?.closest.score ?? 0);
    expect(later?.closest.score).toBeLessThan(0.1);
  });

  it("gives each article its nearest sibling in another piece and its nearest other story's article in the window", () => {
    const [trial, later] = splitGoldStories(articles, predicted, gold, 'refused:', everyStory);
    const member = (id: string) =>
      [...(trial?.members ?? []), ...(later?.members ?? [])].find((m) => m.id === id);
    expect(trial?.members.map((m) => m.id)).toEqual([
      'prozess-auftakt-1',
      'prozess-auftakt-2',
      'prozess-urteil-1',
      'prozess-urteil-2',
    ]);
    // the opening's siblings are the verdict's reports, and the other way round
    expect(member('prozess-auftakt-1')?.sibling.id).toMatch(/^prozess-urteil-/u);
    expect(member('prozess-urteil-2')?.sibling.id).toMatch(/^prozess-auftakt-/u);
    // the closest pair across the pieces is the best sibling score of its members
    expect(Math.max(...(trial?.members ?? []).map((m) => m.sibling.score))).toBe(trial?.closest.score);
    // nothing of another story lies within 72 hours of the opening (6 March); the stadium decision of 24 March
    // lies within reach of the verdict's reports (21 March) and is their nearest other story
    expect(member('prozess-auftakt-1')?.wrong).toBeUndefined();
    expect(member('prozess-urteil-1')?.wrong).toMatchObject({ id: 'stuttgart-stadion', gold: 'later' });
    expect(trial?.members.every(nearerOwn)).toBe(true);
    // the stadium shares Stuttgart's names with the verdict, not with Putin in Sochi: nearer a wrong story
    const stadium = member('stuttgart-stadion');
    expect(stadium?.wrong?.gold).toBe('trial');
    expect(stadium?.wrong?.score).toBeGreaterThan(stadium?.sibling.score ?? 1);
    expect(stadium && nearerOwn(stadium)).toBe(false);
  });

  it('leaves refused articles out', () => {
    const refused = predicted.map((p, i) => (ids[i] === 'prozess-urteil-2' ? 'refused:prozess-urteil-2' : p));
    const [trial] = splitGoldStories(articles, refused, gold, 'refused:', everyStory);
    expect(trial?.pieces).toEqual([['prozess-auftakt-1', 'prozess-auftakt-2'], ['prozess-urteil-1']]);
    expect(trial?.missing).toBeCloseTo(2 * (1 - 2 / 3) + (1 - 1 / 3), 10);
  });

  it('looks only at the gold stories of the part asked for', () => {
    const splits = splitGoldStories(articles, predicted, gold, 'refused:', (g) => g !== 'trial');
    expect(splits.map((s) => s.gold)).toEqual(['later']);
  });

  it('lists nothing when every gold story is whole', () => {
    expect(splitGoldStories(articles, gold, gold, 'refused:', everyStory)).toEqual([]);
  });

  it('refuses labels that do not match the articles in number', () => {
    expect(() => splitGoldStories(articles, predicted.slice(1), gold, 'refused:', everyStory)).toThrow(
      RangeError,
    );
    expect(() => splitGoldStories(articles, predicted, gold.slice(1), 'refused:', everyStory)).toThrow(
      RangeError,
    );
  });
});
