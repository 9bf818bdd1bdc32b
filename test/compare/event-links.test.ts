import { describe, expect, it } from 'vitest';
import { sameDaySamePeople } from '../../src/compare/event-links.js';
import type { Entity, TimelineEvent } from '../../src/compare/types.js';

/** A made-up person with mentions `[article, start, end]`. */
const person = (name: string, at: [string, number, number][]): Entity => ({
  name,
  type: 'person',
  variants: [name],
  mentions: at.map(([article, start, end]) => ({ article, start, end, text: name })),
});

const day = (article: string, date: string, start: number, end: number): TimelineEvent => ({
  article,
  start,
  end: start + 3,
  date,
  precision: 'day',
  inferred: false,
  text: 'Mon',
  sentence: { start, end },
});

describe('sameDaySamePeople', () => {
  // Mentions listed out of text order, one running past its sentence's end, one in another sentence.
  const entities = [
    person('Anna Berg', [
      ['b', 40, 49],
      ['a', 5, 14],
      ['b', 2, 11],
    ]),
    person('Carl Dorn', [
      ['a', 70, 79],
      ['b', 20, 29],
      ['a', 20, 29],
    ]),
    person('Eva Falk', [['b', 28, 36]]),
    { ...person('Ort', [['a', 30, 33]]), type: 'place' as const },
  ];

  it('links sentences of two articles that date something to one day and share two people', () => {
    const links = sameDaySamePeople([day('a', '2020-01-06', 0, 40), day('b', '2020-01-06', 0, 30)], entities);
    expect(links).toEqual([
      [
        { article: 'a', start: 0, end: 40 },
        { article: 'b', start: 0, end: 30 },
      ],
    ]);
  });

  it('does not count a mention that runs past the sentence, nor one of another day or another sentence', () => {
    // Sentence b 25–60 names Anna Berg and Eva Falk (Carl Dorn's mention starts before it): one person shared with
    // a, which names Anna Berg and Carl Dorn (not his mention at 70, in another sentence).
    expect(
      sameDaySamePeople([day('a', '2020-01-06', 0, 40), day('b', '2020-01-06', 25, 60)], entities),
    ).toEqual([]);
    expect(
      sameDaySamePeople([day('a', '2020-01-07', 0, 40), day('b', '2020-01-06', 0, 30)], entities),
    ).toEqual([]);
    // b 0–27: Anna Berg (2–11) alone, Carl Dorn (20–29) runs past its end.
    expect(
      sameDaySamePeople([day('a', '2020-01-06', 0, 40), day('b', '2020-01-06', 0, 27)], entities),
    ).toEqual([]);
  });
});
