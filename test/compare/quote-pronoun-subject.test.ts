import { describe, expect, it } from 'vitest';
import { englishSpeakers } from './support.js';

const speakers = englishSpeakers;

// Found on Multi-News: "he said … that “…”" went to the spokesman quoted two sentences before, though the sentences
// between were about Rick Perry ("That was the origin of Perry's moment, when he said during a debate that “…”").
describe('an English pronoun before its quote', () => {
  it('stands for a person named since the sentence before as a subject, before the last speaker', () => {
    expect(
      speakers(
        'Rick Perry was named on Monday. “We have made no plans,” White House spokesman Jason Hale told reporters. Perry, the longest-serving governor in the state, also had the department in his sights during the campaign, when he called for closing it. That was the origin of his famous moment in 2011, when he said during a debate that “three agencies of government are gone.”',
      ),
    ).toContainEqual(['three agencies of government are gone.', 'Rick Perry']);
  });

  it('not for a person named as an object (after a verb) in those sentences', () => {
    expect(
      speakers(
        '“The book is garbage,” Stephen Cole said on Sunday. Cole then called Michael Wolff a fraud. He said that the book was “a work of pure fiction.”',
      ),
    ).toContainEqual(['a work of pure fiction.', 'Stephen Cole']);
  });

  it('nor for one named after a title after a preposition ("under President Bill Clinton")', () => {
    expect(
      speakers(
        '“It is a fine choice,” said Tom Richards, energy secretary under President Bill Clinton. He added that it was “a sensible pick.”',
      ),
    ).toContainEqual(['a sensible pick.', 'Tom Richards']);
  });
});
