import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseStorylineOptions } from '../../src/cluster/storylines.js';
import { rangesAfter } from '../../src/flows/storylines.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const options = normaliseStorylineOptions({ minGapHours: 12, horizonDays: 10 });
const at = (iso: string): number => Date.parse(iso);

describe('the ranges after pending stories (one query per run of overlapping ranges)', () => {
  it('joins overlapping ranges and keeps the others apart', () => {
    const ends = [at('2015-01-01T00:00:00Z'), at('2015-01-05T00:00:00Z'), at('2015-03-01T00:00:00Z')];
    expect(rangesAfter(ends, options)).toEqual([
      { by: 'first', from: ends[0]! + 12 * HOUR, to: ends[1]! + 10 * DAY },
      { by: 'first', from: ends[2]! + 12 * HOUR, to: ends[2]! + 10 * DAY },
    ]);
    expect(rangesAfter([], options)).toEqual([]);
  });

  it('keeps a range alone whose times have no four-digit year, as the store reads it', () => {
    const far = at('+010000-01-01T00:00:00Z');
    const near = at('9999-12-30T00:00:00Z');
    expect(rangesAfter([near, far], options)).toEqual([
      { by: 'first', from: near + 12 * HOUR, to: near + 10 * DAY },
      { by: 'first', from: far + 12 * HOUR, to: far + 10 * DAY },
    ]);
  });

  it('covers exactly the times some range of a pending story covers', () => {
    const day = fc.integer({ min: 0, max: 200 }).map((d) => at('2015-01-01T00:00:00Z') + (d * DAY) / 4);
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 12 }),
        fc.array(day, { minLength: 1, maxLength: 20 }),
        (ends, probes) => {
          const joined = rangesAfter(ends, options);
          for (const t of probes) {
            const inAny = ends.some((e) => t >= e + options.minGapMs && t <= e + options.horizonMs);
            expect(joined.some((r) => t >= r.from && t <= r.to)).toBe(inAny);
          }
          expect(joined.length).toBeLessThanOrEqual(ends.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
