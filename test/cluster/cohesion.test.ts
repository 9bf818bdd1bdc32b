import { describe, expect, it } from 'vitest';
import { normaliseClusterOptions, OnlineClusterer, type StreamArticle } from '../../src/cluster/index.js';
import { Core } from '../../src/cluster/core.js';
import type { Signals } from '../../src/cluster/features.js';
import { DEFAULT_CORE } from '../../src/cluster/options.js';
import { Story } from '../../src/cluster/story.js';
import { TermIds } from '../../src/cluster/term-ids.js';

/** Two wire copies of one event (they join each other at about 0.9). */
const HK_1: StreamArticle = {
  id: 'hk-1',
  language: 'en',
  published: '2022-09-22T02:00:00Z',
  title: 'Hong Kong central bank raises base rate after Fed hike',
  text:
    'The Hong Kong Monetary Authority raised its base rate by 75 basis points to 3.5 per cent on Thursday, hours ' +
    'after the US Federal Reserve lifted its benchmark rate again. HSBC and Standard Chartered said they would ' +
    'raise their best lending rates for the first time since 2018.',
};
const HK_2: StreamArticle = {
  id: 'hk-2',
  language: 'en',
  published: '2022-09-22T03:00:00Z',
  title: 'Hong Kong central bank lifts base rate after Fed hike; HSBC follows',
  text:
    'The Hong Kong Monetary Authority lifted its base rate by 75 basis points to 3.5 per cent on Thursday, ' +
    'following the US Federal Reserve, which raised its benchmark rate again. HSBC and Standard Chartered said ' +
    'they would raise their best lending rates for the first time since 2018.',
};
/** The same topic, another event: it clears the join threshold (0.22) and is linked to the core. */
const CHINA: StreamArticle = {
  id: 'china',
  language: 'en',
  published: '2022-09-22T04:00:00Z',
  title: 'China central bank leaves lending rates unchanged',
  text:
    "The People's Bank of China left its benchmark lending rates unchanged on Thursday, as expected, even as the " +
    'US Federal Reserve raised its rate again. Analysts said Beijing would keep its policy loose to support the ' +
    'economy.',
};
/** Another report of the Hong Kong event, in other words: it joins at about 0.6. */
const HK_3: StreamArticle = {
  id: 'hk-3',
  language: 'en',
  published: '2022-09-22T05:00:00Z',
  title: 'Hong Kong banks raise prime rates as HKMA follows the Fed',
  text:
    'Hong Kong banks raised their prime lending rates on Thursday after the Hong Kong Monetary Authority lifted ' +
    'its base rate to 3.5 per cent. HSBC raised its best lending rate to 5.125 per cent, Standard Chartered ' +
    'followed, and mortgage borrowers will pay more.',
};

const STREAM = [HK_1, HK_2, CHINA, HK_3];

function run(cohesion: number): string[] {
  const clusterer = new OnlineClusterer({
    ...normaliseClusterOptions(),
    core: { ...DEFAULT_CORE, cohesion },
  });
  return STREAM.map((a) => clusterer.add(a).story);
}

const EMPTY: Signals = { title: new Map(), body: new Map(), entities: new Map(), numbers: new Map() };

function storyJoinedAt(id: string, scores: readonly number[], ids = new TermIds()): Story {
  const story = new Story(id, 0, 150, ids, new Core(DEFAULT_CORE, ids));
  story.addArticle(`${id}-first`, EMPTY, { time: 0, language: 'en', headline: '', score: 0 });
  scores.forEach((score, i) =>
    story.addArticle(`${id}-${String(i)}`, EMPTY, { time: 0, language: 'en', headline: '', score }),
  );
  return story;
}

describe('a story takes only articles close to how its own articles joined (cohesion)', () => {
  it('a story of two close copies refuses a report of another event that only clears the threshold', () => {
    expect(run(DEFAULT_CORE.cohesion)).toEqual(['s:hk-1', 's:hk-1', 's:china', 's:hk-1']);
  });

  it('without the rule the report of the other event joins (the core alone admits it)', () => {
    expect(run(0)).toEqual(['s:hk-1', 's:hk-1', 's:hk-1', 's:hk-1']);
  });

  it('asks for a share of the mean join score, at most the ceiling; a story no article joined takes any', () => {
    const fresh = storyJoinedAt('fresh', []);
    expect(fresh.cohesive(0.01, 0.4, 0.25)).toBe(true);
    const story = storyJoinedAt('s', [0.5]);
    expect(story.cohesive(0.19, 0.4, 0.25)).toBe(false);
    expect(story.cohesive(0.2, 0.4, 0.25)).toBe(true);
    const tight = storyJoinedAt('t', [0.5, 0.9]);
    expect(tight.cohesive(0.249, 0.4, 0.25)).toBe(false);
    expect(tight.cohesive(0.25, 0.4, 0.25)).toBe(true);
  });

  it('a merged story counts the joins of both', () => {
    const ids = new TermIds();
    const into = storyJoinedAt('into', [0.9], ids);
    const from = storyJoinedAt('from', [0.2, 0.1], ids);
    into.absorb(from);
    // mean of 0.9, 0.2, 0.1 = 0.4: 0.4 × 0.4 = 0.16
    expect(into.cohesive(0.159, 0.4, 0.25)).toBe(false);
    expect(into.cohesive(0.161, 0.4, 0.25)).toBe(true);
  });
});
