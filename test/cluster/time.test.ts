import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime, StreamClock } from '../../src/cluster/time.js';

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
