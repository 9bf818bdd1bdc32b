import { describe, expect, it } from 'vitest';
import { dateInterval, impliedDays, resolveWeekday, weekdayOfWord } from '../../src/analyse/dates.js';
import { rulesFor } from '../../src/lang/index.js';

const DAY = 86_400_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const de = rulesFor('de').compare.dates;
const en = rulesFor('en').compare.dates;

describe('dateInterval', () => {
  it('a year-only or month-only date is a span of days, a day-precise date one day', () => {
    expect(dateInterval('2019')).toEqual({
      start: day('2019-01-01'),
      end: day('2020-01-01'),
      precision: 'year',
    });
    expect(dateInterval('2019-04')).toEqual({
      start: day('2019-04-01'),
      end: day('2019-05-01'),
      precision: 'month',
    });
    expect(dateInterval('2019-12')?.end).toBe(day('2020-01-01'));
    expect(dateInterval(' 2019-04-25T10:00:00Z ')).toEqual({
      start: day('2019-04-25'),
      end: day('2019-04-25') + DAY,
      precision: 'day',
    });
  });

  it('no interval for a missing, unreadable or impossible date', () => {
    for (const value of [
      undefined,
      '',
      'gestern',
      '2019-13',
      '2019-02-30',
      '20190425',
      '2019-4',
      'April 2019',
    ]) {
      expect(dateInterval(value)).toBeUndefined();
    }
  });
});

describe('weekdays', () => {
  it('a capitalised weekday, alone or with a part of the day glued on', () => {
    expect(weekdayOfWord('Mittwochabend', de)).toBe(3);
    expect(weekdayOfWord('Donnerstag', de)).toBe(4);
    expect(weekdayOfWord('Sonnabend', de)).toBe(6);
    expect(weekdayOfWord('donnerstag', de)).toBeUndefined();
    expect(weekdayOfWord('Mittwochs', de)).toBeUndefined();
    expect(weekdayOfWord('Thursday', en)).toBe(4);
  });

  it('asks for a capital first letter, outside ASCII too, and takes no empty word or digit', () => {
    expect(weekdayOfWord('', de)).toBeUndefined();
    expect(weekdayOfWord('4Donnerstag', de)).toBeUndefined();
    expect(weekdayOfWord('_Donnerstag', de)).toBeUndefined();
    expect(weekdayOfWord('Über', de)).toBeUndefined();
    expect(weekdayOfWord('ÜBER', de)).toBeUndefined();
    expect(weekdayOfWord('DONNERSTAG', de)).toBe(4);
  });

  it('resolves to the nearest such day, the tense choosing back or ahead', () => {
    const fri = new Date(day('2019-04-26'));
    expect(iso(resolveWeekday(fri, 3, 'none').getTime())).toBe('2019-04-24');
    expect(iso(resolveWeekday(fri, 4, 'future').getTime())).toBe('2019-05-02');
  });
});

describe('impliedDays', () => {
  it('the days a German report’s weekday phrases point at, against a reference day, with their tense', () => {
    const text =
      'Der Zug ist am Mittwoch in Chassan eingetroffen. Putin gibt am Mittwochabend ein Bankett.\n' +
      'Am Donnerstag wird der Gipfel erwartet.';
    const days = impliedDays(text, new Date(day('2019-04-30')), de).map(iso);
    // past: the Wednesday before; none: the nearest Wednesday; future: the next Thursday
    expect(days).toEqual(['2019-04-24', '2019-05-01', '2019-05-02']);
  });

  it('nothing from a text without weekdays, or from lower-case words that only look like one', () => {
    expect(
      impliedDays(
        'Die Polizei meldete keine Zwischenfälle. mittwochs ist Markt.',
        new Date(day('2019-04-30')),
        de,
      ),
    ).toEqual([]);
  });
});
