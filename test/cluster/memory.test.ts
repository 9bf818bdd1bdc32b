import fc from 'fast-check';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createClusterer, type StreamArticle } from '../../src/cluster/index.js';
import { OTHER_EVENTS } from './stories.js';

const HOUR = 3_600_000;
const START = Date.UTC(2019, 3, 25);

/** An event's report as a new article at `hours` after the start (own id; text made unique unless `same`). */
function report(index: number, n: number, hours: number, same = false): StreamArticle {
  const base = OTHER_EVENTS[index % OTHER_EVENTS.length]!;
  return {
    id: `${base.id}#${String(n)}`,
    title: base.title ?? '',
    text: same ? base.text : `${base.text} Meldung ${String(n)}.`,
    published: new Date(START + hours * HOUR).toISOString(),
  };
}

describe('memory stays bounded by the window', () => {
  it('holds only the last window of a story that never goes quiet, and still lists all its articles', () => {
    const clusterer = createClusterer({ windowHours: 24 });
    for (let h = 0; h < 240; h++) clusterer.add(report(0, h, h));
    const stats = clusterer.stats();
    expect(stats.open).toBe(1);
    expect(stats.articles).toBeLessThanOrEqual(24 + 2);
    expect(stats.articles).toBeGreaterThanOrEqual(24);
    const [story] = clusterer.stories();
    expect(story?.articles).toHaveLength(240);
    expect(story?.open).toBe(true);
  });

  it('finds duplicates within the window, not of articles older than the window', () => {
    const clusterer = createClusterer({ windowHours: 24 });
    for (let h = 0; h < 100; h++) clusterer.add(report(0, h, h));
    const recent = clusterer.add({ ...report(0, 90, 100), id: 'kopie-neu' });
    expect(recent.duplicateOf).toEqual({ article: 'flut-1#90', reason: 'text' });
    const old = clusterer.add({ ...report(0, 3, 100), id: 'kopie-alt' });
    expect(old.duplicateOf).toBeUndefined();
    expect(old.story).toBe(recent.story);
  });

  it('keeps open stories, postings and duplicate keys flat over many quiet-window periods', () => {
    const clusterer = createClusterer({ windowHours: 24, keepClosed: false });
    const sizes: { open: number; articles: number; postings: number; termIds: number }[] = [];
    for (let period = 0; period < 12; period++) {
      OTHER_EVENTS.forEach((_, i) => clusterer.add(report(i, period * 100 + i, period * 48 + i, true)));
      const { open, articles, postings, closed, termIds } = clusterer.stats();
      expect(closed).toBe(0);
      sizes.push({ open, articles, postings, termIds });
    }
    const first = sizes[0]!;
    for (const size of sizes.slice(1)) {
      expect(size.open).toBeLessThanOrEqual(first.open);
      expect(size.articles).toBeLessThanOrEqual(first.articles);
      expect(size.postings).toBeLessThanOrEqual(first.postings);
      expect(size.termIds).toBeLessThanOrEqual(first.termIds);
    }
    expect(clusterer.stories().length).toBe(first.open);
  });

  it('never holds more articles or open stories than came in the last window and a sixteenth (property)', () => {
    const windowHours = 24;
    const step = fc.record({ event: fc.nat(OTHER_EVENTS.length - 1), gap: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const clusterer = createClusterer({ windowHours, mergeEvery: 4 });
        const times: number[] = [];
        let hours = 0;
        steps.forEach(({ event, gap }, n) => {
          hours += gap;
          times.push(hours);
          clusterer.add(report(event, n, hours));
          const recent = times.filter((t) => hours - t <= (windowHours * 17) / 16).length;
          const { articles, open } = clusterer.stats();
          expect(articles).toBeLessThanOrEqual(recent);
          expect(open).toBeLessThanOrEqual(recent);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('frees the term ids of closed and merged-away stories: ids in use stay flat while every day brings new names', () => {
    const clusterer = createClusterer({ windowHours: 24, keepClosed: false, mergeEvery: 3 });
    const inUse: number[] = [];
    for (let day = 0; day < 10; day++) {
      OTHER_EVENTS.forEach((event, i) => {
        const names = `Ort${String(day)}x${String(i)} und Firma${String(day)}y${String(i)}`;
        for (const copy of [0, 1]) {
          clusterer.add({
            id: `${event.id}@${String(day)}.${String(copy)}`,
            title: `${event.title ?? ''} ${names}`,
            text: `${event.text} Betroffen sind ${names}, Meldung ${String(copy)}.`,
            published: new Date(START + (day * 48 + i + copy) * HOUR).toISOString(),
          });
        }
      });
      inUse.push(clusterer.stats().termIds);
    }
    expect(inUse[0]).toBeGreaterThan(0);
    expect(Math.max(...inUse)).toBeLessThanOrEqual(inUse[0]! + OTHER_EVENTS.length * 8);
  });

  it('keeps no article text alive through a closed story it keeps (its headline is a string of its own)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const clusterer = createClusterer({ windowHours: 24 });
    const used = (): number => {
      gc();
      return getHeapStatistics().used_heap_size;
    };
    const add = (n: number): void => {
      // a long text of its own words (a story of its own), no title: the headline is the start of the text
      const words = Array.from({ length: 20_000 }, (_, k) => `wort${String(n)}x${String(k % 20)}`);
      clusterer.add({
        id: `lang-${String(n)}`,
        text: `Meldung ${String(n)} ${words.join(' ')}.`,
        published: new Date(START + n * 48 * HOUR).toISOString(),
      });
    };
    add(0);
    const before = used();
    for (let n = 1; n <= 40; n++) add(n);
    const grown = used() - before;
    // 40 texts of about 250 KB: kept, they would be 10 MB
    expect(clusterer.stats().closed).toBeGreaterThanOrEqual(39);
    expect(grown).toBeLessThan(3 * 1024 * 1024);
  });
});
