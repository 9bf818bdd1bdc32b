import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClusterer, type StreamArticle } from '../../src/cluster/index.js';
import { bcubed } from '../../src/eval/cluster-metrics.js';
import { resolveMerges } from '../../src/flows/cluster-each.js';
import { exampleArticles, OTHER_EVENTS } from './stories.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2019, 3, 25);

const at = (ms: number): string => new Date(ms).toISOString();
const event = (id: string): StreamArticle => {
  const found = OTHER_EVENTS.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  const article: StreamArticle & { event?: string } = { ...found };
  delete article.event;
  return article;
};

/** Four days after the flood: the same place and people, a later chapter (a story of its own in time order). */
const AFTERMATH: StreamArticle = {
  id: 'flut-nachlese',
  title: 'Nach dem Hochwasser: Dresden räumt auf',
  text: 'Vier Tage nach dem Katastrophenalarm ist der Pegel der Elbe in Dresden gesunken. In Pirna kehren die 1200 Anwohner in die Altstadt zurück, Helfer räumen die Sandsäcke weg. Das Landeshochwasserzentrum gab Entwarnung.',
  published: at(START + 4 * DAY),
  language: 'de',
};

describe('an article that comes late is placed by its own time', () => {
  it('joins the closed story of its time (reopened), not the open one of days later', () => {
    const clusterer = createClusterer({ windowHours: 24 });
    const first = clusterer.add(event('flut-1'));
    const later = clusterer.add(AFTERMATH);
    expect(later.isNew).toBe(true); // four days on: the flood story had closed
    expect(clusterer.stats()).toMatchObject({ open: 1, closedIndex: 1 });
    const late = clusterer.add(event('flut-2')); // 25 April, 10:00: two hours after flut-1
    expect(late).toMatchObject({ story: first.story, isNew: false, reopened: true });
    expect(late.time).toBe('2019-04-25T10:00:00.000Z');
    expect(late.score).toBeGreaterThanOrEqual(0.15);
    // still quiet by the stream's clock: closed again at once, its record holding both reports
    expect(clusterer.stats()).toMatchObject({ open: 1, closedIndex: 1 });
    const stories = clusterer.stories();
    expect(stories.find((s) => s.id === first.story)).toMatchObject({
      articles: ['flut-1', 'flut-2'],
      first: '2019-04-25T08:00:00.000Z',
      last: '2019-04-25T10:00:00.000Z',
      open: false,
    });
    expect(stories.find((s) => s.id === later.story)).toMatchObject({
      articles: ['flut-nachlese'],
      open: true,
    });
  });

  it('a late article joins a story open at its time with the time decay of its own time', () => {
    const clusterer = createClusterer({ windowHours: 72 });
    const flood = clusterer.add({ ...event('flut-1'), published: at(START + 2 * DAY) });
    clusterer.add({ ...event('zins-1'), published: at(START + 3 * DAY) });
    // a day before the flood story's first report: within the window of its span, so it joins (not reopened)
    const early = clusterer.add({ ...event('flut-2'), published: at(START + DAY) });
    expect(early).toMatchObject({ story: flood.story, isNew: false });
    expect(early.reopened).toBeUndefined();
    expect(clusterer.stories().find((s) => s.id === flood.story)?.first).toBe(at(START + DAY));
  });

  it('an article later than lateHours finds no closed story: it starts its own', () => {
    const clusterer = createClusterer({ windowHours: 24, lateHours: 48 });
    clusterer.add(event('flut-1'));
    clusterer.add(AFTERMATH);
    expect(clusterer.stats().closedIndex).toBe(0); // four days past its last report: forgotten
    const late = clusterer.add(event('flut-2'));
    expect(late).toMatchObject({ story: 's:flut-2', isNew: true });
    expect(late.reopened).toBeUndefined();
  });

  it('a replayed reopening leaves a second clusterer in the same state', () => {
    const maker = createClusterer({ windowHours: 24 });
    const follower = createClusterer({ windowHours: 24 });
    const assignments = [event('flut-1'), AFTERMATH, event('flut-2'), event('fussball-1')].map((article) => {
      const assignment = maker.add(article);
      follower.replay(article, assignment);
      return assignment;
    });
    expect(assignments[2]?.reopened).toBe(true);
    expect(follower.stories()).toEqual(maker.stories());
    expect(follower.stats()).toEqual(maker.stats());
    const probe = { ...event('zins-1'), published: at(START + 2 * HOUR) };
    expect(follower.add(probe)).toEqual(maker.add(probe));
  });

  it('rejects a bad lateHours or closedStories', () => {
    expect(() => createClusterer({ lateHours: -1 })).toThrow(/lateHours must be a number from 0/);
    expect(() => createClusterer({ closedStories: 2.5 })).toThrow(/closedStories must be a whole number/);
    expect(() => createClusterer({ closedStories: Number.NaN })).toThrow(/closedStories must be a number/);
  });
});

/** Story k's report j: made-up names and a figure of its own, one story an hour, each two reports an hour apart. */
function synthetic(k: number, j: number): StreamArticle {
  const name = (salt: number): string => `Ort${String.fromCharCode(65 + ((k * 7 + salt) % 26))}${String(k)}`;
  return {
    id: `k${String(k)}-${String(j)}`,
    title: `${name(1)}: ${name(2)} verhandelt über ${String(100 + k)} Stellen`,
    text: `In ${name(1)} hat ${name(2)} Gespräche mit ${name(3)} begonnen. Es geht um ${String(100 + k)} Stellen im Werk. Bericht ${String(j)}.`,
    published: at(START + k * HOUR + j * 30 * 60_000),
    language: 'de',
  };
}

describe('the closed-story index stays bounded', () => {
  it('by lateHours and by closedStories, after every article', () => {
    const byTime = createClusterer({ windowHours: 2, lateHours: 10 });
    const byCount = createClusterer({ windowHours: 2, closedStories: 5 });
    let peak = { byTime: 0, byCount: 0 };
    for (let k = 0; k < 150; k++) {
      for (let j = 0; j < 2; j++) {
        byTime.add(synthetic(k, j));
        byCount.add(synthetic(k, j));
        peak = {
          byTime: Math.max(peak.byTime, byTime.stats().closedIndex),
          byCount: Math.max(peak.byCount, byCount.stats().closedIndex),
        };
      }
    }
    // one story an hour: records of stories quiet for 2 to 10 hours (and one sweep interval more)
    expect(peak.byTime).toBeGreaterThanOrEqual(7);
    expect(peak.byTime).toBeLessThanOrEqual(10);
    expect(peak.byCount).toBe(5);
    expect(byCount.stats().closedPostings).toBeGreaterThan(0);
    expect(byTime.stats().open).toBeLessThanOrEqual(4);
  });
});

describe('stream mode does not depend on the arrival order', () => {
  // four events days apart (each closes before the next), every report with its own publication time
  const labelled: { article: StreamArticle; label: string }[] = [
    ...exampleArticles().map((article) => ({ article, label: 'summit' })),
    ...OTHER_EVENTS.slice(0, 6).map(({ event: label, ...article }, i) => ({
      article: { ...article, published: at(START + (3 + Math.floor(i / 2) * 3) * DAY + (i % 2) * HOUR) },
      label,
    })),
  ];
  const partition = (order: readonly number[]): string[][] => {
    const clusterer = createClusterer({ windowHours: 24 });
    const stories = resolveMerges(order.map((i) => clusterer.add(labelled[i]!.article)));
    const groups = new Map<string, string[]>();
    order.forEach((i, k) => {
      const story = stories[k]!;
      groups.set(story, [...(groups.get(story) ?? []), labelled[i]!.article.id]);
    });
    return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
  };
  const expected = [...new Set(labelled.map((l) => l.label))]
    .map((label) =>
      labelled
        .filter((l) => l.label === label)
        .map((l) => l.article.id)
        .sort(),
    )
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

  it('in time order: the labelled events', () => {
    expect(partition([...labelled.keys()])).toEqual(expected);
  });

  it('a late report whose words the closed story holds only among its lesser terms still reopens it', () => {
    // 003 (a preview) shares none of its heaviest terms with the heaviest terms the closed story keeps; the closed
    // index is asked with more of the article's terms than the open stories are (CLOSED_QUERY in clusterer.ts)
    expect(partition([2, 0, 10, 1, 4, 3, 7, 8, 9, 5, 6])).toEqual(expected);
  });

  it('in any order (late arrivals reopen the closed stories of their time): the events, up to one bridge (property)', () => {
    // A single pass cannot promise identical stories for every order: 003 joins the summit through 002 (it is
    // closer to 002 than to 000, 001 and 004), so when 002 comes last 003 may stay alone. What holds for every
    // order is the eval's target: BCubed F1 against the labels close to the time-ordered result (which is 1).
    const gold = labelled.map((l) => l.label);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...labelled.keys()], { minLength: labelled.length, maxLength: labelled.length }),
        (order) => {
          const groups = partition(order);
          const storyOf = new Map(groups.flatMap((g, k) => g.map((id) => [id, String(k)] as const)));
          const predicted = labelled.map((l) => storyOf.get(l.article.id) ?? '?');
          const { f, p } = bcubed(predicted, gold);
          expect(p).toBe(1);
          expect(f).toBeGreaterThanOrEqual(0.9);
        },
      ),
      { numRuns: 30 },
    );
  });
});
