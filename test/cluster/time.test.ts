import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime, placeArticle, StreamClock } from '../../src/cluster/time.js';

const DAY = 86_400_000;
const START = Date.UTC(2019, 3, 25);

describe('parseTime', () => {
  it('reads dates at least as precise as a day; anything less is undated', () => {
    expect(parseTime('2019-04-25')).toBe(START);
    expect(parseTime(' 2019-04-25T10:00:00Z ')).toBe(START + 10 * 3_600_000);
    for (const value of [undefined, '', '2019', '2019-04', 'gestern', '2019-13-45']) {
      expect(parseTime(value)).toBeUndefined();
    }
  });
});

describe('StreamClock', () => {
  it('an article’s own date, else the latest seen; undated before the first dated article', () => {
    const clock = new StreamClock();
    expect(clock.now).toBe(-Infinity);
    expect(clock.observe(undefined)).toBeUndefined();
    expect(clock.observe('2019-04-26')).toBe(START + DAY);
    expect(clock.observe('2019-04-25')).toBe(START);
    expect(clock.now).toBe(START + DAY);
    expect(clock.observe('2019')).toBe(START + DAY);
    expect(clock.observe(undefined)).toBe(START + DAY);
  });

  it('over any order of dated and undated articles: time and clock as the rule says (property)', () => {
    const published = fc.option(
      fc.integer({ min: 0, max: 30 }).map((d) => new Date(START + d * DAY).toISOString()),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(published, { maxLength: 40 }), (dates) => {
        const clock = new StreamClock();
        let latest = -Infinity;
        for (const date of dates) {
          const own = date === undefined ? undefined : Date.parse(date);
          const expected = own ?? (latest === -Infinity ? undefined : latest);
          expect(clock.observe(date)).toBe(expected);
          if (own !== undefined) latest = Math.max(latest, own);
          expect(clock.now).toBe(latest);
        }
      }),
    );
  });
});

describe('placeArticle', () => {
  const REPORT =
    'Der Zug ist am Mittwoch in Chassan eingetroffen. Putin gibt am Mittwochabend ein Bankett. ' +
    'Am Donnerstag treffen sich beide.';
  const MAY_1 = Date.UTC(2019, 4, 1);
  const iso = (ms: number | undefined): string | undefined =>
    ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);

  it('a day-precise date is the article’s time, whatever the stream’s', () => {
    expect(placeArticle({ published: '2019-04-25T10:00:00Z', text: REPORT }, 'de', MAY_1)).toEqual({
      time: START + 10 * 3_600_000,
      source: 'published',
    });
  });

  it('a month-only date: the median day its weekdays imply, inside the month, resolved against the stream time', () => {
    // the stream is at 1 May: the reference is 30 April (the month's last day); Wednesday (past) is 24 April,
    // Wednesday evening (no tense) and Thursday fall in May, outside the interval, and are left out
    const late = placeArticle({ published: '2019-04', text: REPORT }, 'de', MAY_1);
    expect([iso(late.time), late.source]).toEqual(['2019-04-24', 'inferred']);
    // the stream at 26 April (a Friday): 24, 24 and 25 April, median 24 April
    const inside = placeArticle({ published: '2019-04', text: REPORT }, 'de', START + DAY + 15 * 3_600_000);
    expect([iso(inside.time), inside.source]).toEqual(['2019-04-24', 'inferred']);
  });

  it('a month-only date without weekdays: the stream time put inside the interval', () => {
    const text = 'Die Gewerkschaften sprachen von einem gelungenen Tag.';
    expect(placeArticle({ published: '2019-04', text }, 'de', MAY_1)).toEqual({
      time: Date.UTC(2019, 3, 30),
      source: 'interval',
    });
    expect(placeArticle({ published: '2019-04', text }, 'de', Date.UTC(2019, 2, 10))).toEqual({
      time: Date.UTC(2019, 3, 1),
      source: 'interval',
    });
    expect(placeArticle({ published: '2019', text }, 'de', START + 3_600_000)).toEqual({
      time: START,
      source: 'interval',
    });
  });

  it('no date: the latest time seen; nothing to go by before the first dated article', () => {
    expect(placeArticle({ text: REPORT }, 'de', MAY_1)).toEqual({ time: MAY_1, source: 'arrival' });
    expect(placeArticle({ published: 'gestern', text: REPORT }, 'de', MAY_1)).toEqual({
      time: MAY_1,
      source: 'arrival',
    });
    expect(placeArticle({ text: REPORT }, 'de', -Infinity)).toEqual({ time: undefined, source: 'none' });
    expect(placeArticle({ published: '2019-04', text: REPORT }, 'de', -Infinity)).toEqual({
      time: undefined,
      source: 'none',
    });
  });

  it('the clock moves up to a placed time, never back', () => {
    const clock = new StreamClock();
    expect(clock.place({ published: '2019-04', text: REPORT }, 'de').source).toBe('none');
    clock.observe('2019-05-01');
    expect(iso(clock.place({ published: '2019-04', text: REPORT }, 'de').time)).toBe('2019-04-24');
    expect(clock.now).toBe(MAY_1);
  });
});
