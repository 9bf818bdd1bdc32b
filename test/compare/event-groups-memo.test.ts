import { beforeAll, describe, expect, it } from 'vitest';
import { findEvidence } from '../../src/compare/analyse-story.js';
import { evidenceMemo } from '../../src/compare/memo.js';
import { storyEvents, type EventGroupMemo } from '../../src/compare/timeline-events.js';
import type { AnalysedArticle } from '../../src/core/types.js';
import { seedArticles } from './support.js';

let seeds: AnalysedArticle[];

beforeAll(async () => {
  seeds = await seedArticles();
});

describe('timeline groups kept between briefs of a growing story', () => {
  it('gives the timeline made afresh as the example story grows one article at a time', () => {
    const memo = evidenceMemo();
    for (let n = 1; n <= seeds.length; n++) {
      const story = seeds.slice(0, n);
      const kept = findEvidence(story, memo);
      const fresh = findEvidence(story);
      expect(kept.timeline).toEqual(fresh.timeline);
      expect(kept.links).toEqual(fresh.links);
    }
    expect(memo.eventGroups.size).toBeGreaterThan(0);
  });

  it('groups a story whose order changed afresh (the kept groups are not taken)', () => {
    const memo: EventGroupMemo = new Map();
    const dates = findEvidence(seeds).dates;
    const first = storyEvents(seeds, dates, memo);
    expect(first).toEqual(storyEvents(seeds, dates));
    const turned = [...seeds].reverse();
    const turnedDates = findEvidence(turned).dates;
    expect(storyEvents(turned, turnedDates, memo)).toEqual(storyEvents(turned, turnedDates));
    expect(first.length).toBeGreaterThan(2);
  });
});
