import { describe, expect, it } from 'vitest';
import { listHas, tableValue } from '../../src/compare/table-lookup.js';
import { mayStartTime } from '../../src/compare/time-of-day.js';
import type { Word } from '../../src/compare/words.js';
import { rulesFor } from '../../src/lang/index.js';

const word = (text: string): Word => ({
  start: 0,
  end: text.length,
  text,
  lower: text.toLowerCase(),
  tightBefore: true,
});

describe('rule table look-ups', () => {
  const table: Readonly<Record<string, number>> = { januar: 1, null: 0 };

  it('answers with the own entries of the table, falsy values included, and misses', () => {
    for (const key of ['januar', 'null', 'juli', '']) expect(tableValue(table, key)).toBe(table[key]);
  });

  it('answers nothing for the names every object inherits (ordinary words of a text)', () => {
    for (const key of Object.getOwnPropertyNames(Object.prototype))
      expect(tableValue(table, key)).toBeUndefined();
  });

  it('answers as `list.includes` does', () => {
    const list = ['ein', 'eine', 'one'];
    for (const key of ['ein', 'one', 'zwei', '', 'constructor'])
      expect(listHas(list, key)).toBe(list.includes(key));
  });

  it('lets a time parser try only words that start with a digit or are in the time tables', () => {
    const times = rulesFor('de').compare.dates.times;
    if (times === undefined) throw new Error('the German tables have times of day');
    expect(mayStartTime(word('14.30'), times)).toBe(true);
    expect(mayStartTime(word('3pm'), times)).toBe(true);
    expect(mayStartTime(word('Mitternacht'), times)).toBe(true);
    expect(mayStartTime(word('abends'), times)).toBe(true);
    expect(mayStartTime(word('Morgen'), times)).toBe(Object.hasOwn(times.dayParts, 'morgen'));
    expect(mayStartTime(word('Kanzlerin'), times)).toBe(false);
    expect(mayStartTime(word('constructor'), times)).toBe(false);
  });
});
