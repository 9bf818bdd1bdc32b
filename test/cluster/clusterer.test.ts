import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClusterer, type Assignment, type StreamArticle } from '../../src/cluster/index.js';
import { exampleArticles, OTHER_EVENTS } from './stories.js';

function withoutDate(article: StreamArticle): StreamArticle {
  const copy: { -readonly [K in keyof StreamArticle]: StreamArticle[K] } = { ...article };
  delete copy.published;
  return copy;
}

function byTime(articles: readonly StreamArticle[]): StreamArticle[] {
  return [...articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
}

/** Final story of every article, with the merges applied. */
function finalStories(assignments: readonly Assignment[]): Map<string, string> {
  const alias = new Map<string, string>();
  const resolve = (s: string): string => {
    let id = s;
    for (let next = alias.get(id); next !== undefined; next = alias.get(id)) id = next;
    return id;
  };
  for (const a of assignments) for (const m of a.merges) alias.set(m.from, m.into);
  return new Map(assignments.map((a) => [a.article, resolve(a.story)]));
}

const STREAM = byTime([...exampleArticles(), ...OTHER_EVENTS]);

describe('createClusterer', () => {
  it('puts the five example reports in one story and each other event in its own', () => {
    const clusterer = createClusterer();
    const story = finalStories(STREAM.map((a) => clusterer.add(a)));
    const example = new Set(exampleArticles().map((a) => story.get(a.id)));
    expect(example.size).toBe(1);
    for (const event of ['flood', 'football', 'rates']) {
      const ids = new Set(OTHER_EVENTS.filter((a) => a.event === event).map((a) => story.get(a.id)));
      expect(ids.size).toBe(1);
      expect(example.has([...ids][0])).toBe(false);
    }
    expect(new Set(story.values()).size).toBe(4);
  });

  it('names a new story after its first article and scores it 0', () => {
    const clusterer = createClusterer();
    const first = clusterer.add(OTHER_EVENTS[0]!);
    expect(first).toEqual({
      article: 'flut-1',
      story: 's:flut-1',
      score: 0,
      isNew: true,
      merges: [],
      time: '2019-04-25T08:00:00.000Z',
      timeSource: 'published',
    });
    const second = clusterer.add(OTHER_EVENTS[1]!);
    expect(second.story).toBe('s:flut-1');
    expect(second.score).toBeGreaterThan(0.15);
    expect(second.isNew).toBe(false);
  });

  it('gives the same assignments for the same sequence', () => {
    const run = (): Assignment[] => {
      const c = createClusterer();
      return STREAM.map((a) => c.add(a));
    };
    expect(run()).toEqual(run());
  });

  it('lists stories with headline, languages, first and last time', () => {
    const clusterer = createClusterer();
    for (const a of OTHER_EVENTS) clusterer.add(a);
    const flood = clusterer.stories().find((s) => s.id === 's:flut-1');
    expect(flood).toMatchObject({
      articles: ['flut-1', 'flut-2'],
      languages: ['de'],
      first: '2019-04-25T08:00:00.000Z',
      last: '2019-04-25T10:00:00.000Z',
      open: true,
    });
    expect(OTHER_EVENTS.map((a) => a.title)).toContain(flood?.headline);
  });
});

describe('bad input', () => {
  const flood = OTHER_EVENTS[0]!;

  it('refuses an article with neither title nor text', () => {
    const clusterer = createClusterer();
    expect(() => clusterer.add({ id: 'leer', text: '  \n ' })).toThrow(/neither a title nor text/u);
    expect(clusterer.stories()).toEqual([]);
  });

  it('clusters an article without text on its title', () => {
    const clusterer = createClusterer();
    clusterer.add(flood);
    const a = clusterer.add({
      id: 'nur-titel',
      title: 'Hochwasser: Katastrophenalarm in Dresden, Elbe steigt',
      text: '',
    });
    expect(a.story).toBe('s:flut-1');
  });

  it('gives an article without a date the latest time seen', () => {
    const clusterer = createClusterer();
    clusterer.add(flood);
    clusterer.add(OTHER_EVENTS[4]!);
    clusterer.add(withoutDate(OTHER_EVENTS[1]!));
    const story = clusterer.stories().find((s) => s.id === 's:flut-1');
    expect(story?.last).toBe('2019-04-25T14:00:00.000Z');
  });

  it('joins a duplicate by URL to the original story once and reports it', () => {
    const clusterer = createClusterer();
    clusterer.add({ ...flood, url: 'https://www.example.org/elbe?utm_source=x#top' });
    const dup = clusterer.add({ ...OTHER_EVENTS[2]!, id: 'kopie', url: 'http://example.org/elbe/' });
    expect(dup).toMatchObject({
      story: 's:flut-1',
      isNew: false,
      duplicateOf: { article: 'flut-1', reason: 'url' },
    });
    const story = clusterer.stories().find((s) => s.id === 's:flut-1');
    expect(story?.articles).toEqual(['flut-1']);
    expect(story?.duplicates).toEqual(['kopie']);
  });

  it('joins a duplicate by text (spacing and case aside) to the original story', () => {
    const clusterer = createClusterer();
    clusterer.add(flood);
    clusterer.add(OTHER_EVENTS[2]!);
    const dup = clusterer.add({ id: 'kopie', text: `  ${flood.text.toUpperCase().replace(/ /gu, '\n ')}` });
    expect(dup.duplicateOf).toEqual({ article: 'flut-1', reason: 'text' });
    expect(dup.story).toBe('s:flut-1');
    expect(clusterer.stories().flatMap((s) => s.articles)).toEqual(['flut-1', 'fussball-1']);
  });
});

describe('time window', () => {
  it('closes a quiet story, keeps its members, and starts a new story for a late report', () => {
    const clusterer = createClusterer({ windowHours: 24 });
    clusterer.add(OTHER_EVENTS[0]!);
    clusterer.add({ ...OTHER_EVENTS[4]!, published: '2019-04-27T00:00:00Z' });
    const late = clusterer.add({ ...OTHER_EVENTS[1]!, published: '2019-04-27T01:00:00Z' });
    expect(late.isNew).toBe(true);
    const closed = clusterer.stories().find((s) => s.id === 's:flut-1');
    expect(closed).toMatchObject({ open: false, articles: ['flut-1'] });
    expect(clusterer.stats().open).toBe(2);
  });

  it('forgets duplicates of a closed story', () => {
    const clusterer = createClusterer({ windowHours: 1 });
    clusterer.add(OTHER_EVENTS[0]!);
    const again = clusterer.add({ ...OTHER_EVENTS[0]!, id: 'wieder', published: '2019-04-26T08:00:00Z' });
    expect(again.duplicateOf).toBeUndefined();
    expect(again.isNew).toBe(true);
  });
});

describe('merge check', () => {
  it('merges stories that turn out to be one into the older and reports it', () => {
    const clusterer = createClusterer({ threshold: 0.9, mergeThreshold: 0.1, mergeEvery: 5 });
    const assignments = exampleArticles().map((a) => clusterer.add(a));
    expect(assignments.slice(0, 4).every((a) => a.isNew && a.merges.length === 0)).toBe(true);
    const merges = assignments[4]!.merges;
    expect(merges.length).toBeGreaterThan(0);
    for (const m of merges) expect(m.score).toBeGreaterThanOrEqual(0.1);
    const open = clusterer.stories();
    expect(open.flatMap((s) => s.articles).sort()).toEqual(exampleArticles().map((a) => a.id));
    expect(open.length).toBe(5 - merges.length);
    expect(new Set(finalStories(assignments).values()).size).toBe(open.length);
  });
});

describe('replay', () => {
  const pool = [...exampleArticles(), ...OTHER_EVENTS];
  const item = fc.record({
    index: fc.nat(pool.length - 1),
    hours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    copy: fc.boolean(),
  });

  it('leaves a second clusterer in the state of the one that made the assignments', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 25 }), (items) => {
        const options = { windowHours: 48, mergeEvery: 3, threshold: 0.5, mergeThreshold: 0.1 };
        const maker = createClusterer(options);
        const follower = createClusterer(options);
        items.forEach(({ index, hours, copy }, n) => {
          const base = pool[index]!;
          const published =
            hours === undefined
              ? undefined
              : new Date(Date.UTC(2019, 3, 25) + hours * 3_600_000).toISOString();
          const rest = withoutDate(base);
          const article: StreamArticle = {
            ...rest,
            id: copy ? `${base.id}` : `${base.id}#${String(n)}`,
            ...(published === undefined ? {} : { published }),
          };
          follower.replay(article, maker.add(article));
        });
        expect(follower.stories()).toEqual(maker.stories());
        expect(follower.stats()).toEqual(maker.stats());
        const probe = { ...OTHER_EVENTS[3]!, id: 'probe' };
        expect(follower.add(probe)).toEqual(maker.add(probe));
      }),
      { numRuns: 60 },
    );
  });
});

describe('time of an article', () => {
  const report = {
    id: 'bericht',
    title: 'Kim reist nach Wladiwostok',
    text: 'Der Zug ist am Mittwoch in Chassan eingetroffen. Am Donnerstag treffen sich Kim und Putin.',
    published: '2019-04',
  };

  it('a month-only date is placed by its weekdays inside the month, and replay keeps the time reported', () => {
    const maker = createClusterer();
    maker.add({ ...OTHER_EVENTS[0]!, published: '2019-05-01T00:00:00Z' });
    const assignment = maker.add(report);
    expect(assignment).toMatchObject({ time: '2019-04-24T00:00:00.000Z', timeSource: 'inferred' });
    // a follower that never saw the first article has nothing to resolve the weekdays against: it takes the time
    // the assignment reports instead of placing the article again
    const follower = createClusterer();
    follower.replay(report, assignment);
    expect(follower.stories()[0]?.first).toBe('2019-04-24T00:00:00.000Z');
    expect(createClusterer().add(report)).toMatchObject({ timeSource: 'none' });
  });
});
