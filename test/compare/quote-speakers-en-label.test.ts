import { describe, expect, it } from 'vitest';
import { checkedQuotes, englishSpeakers } from './support.js';

const speakers = englishSpeakers;

// Found on Multi-News and SemEval English news: quoted words inside a clause after a verb of labelling or saying
// ("Ban Ki-moon called the crackdowns “unacceptable.”") were listed without a speaker.
describe('English quotes in a clause after a verb of labelling or saying', () => {
  it('gives the person named right before "called" (with a role before the name)', () => {
    expect(
      speakers(
        'The fences went up overnight. At the summit, Secretary General Tom Hale called the new fences “unacceptable.”',
      ),
    ).toEqual([['unacceptable.', 'Tom Hale']]);
  });

  it('gives the subject, not the name after the verb ("described X as")', () => {
    expect(
      speakers('After the game, team manager Thomas Finch described Pedro Vance as “deeply remorseful.”'),
    ).toEqual([['deeply remorseful.', 'Thomas Finch']]);
  });

  it('reads past a phrase set off by commas between the name and the verb', () => {
    expect(
      speakers(
        'Refugees waited at the station for hours. Daniel Aziz, 19, a student from Aleppo, called the treatment “old-fashioned racism.”',
      ),
    ).toEqual([['old-fashioned racism.', 'Daniel Aziz']]);
  });

  it('takes the subject pronoun before the verb for the person named before', () => {
    expect(
      speakers(
        'On Sunday, Norbert Quill called the book the “work of a garbage author.” He called its author a “political fraud.”',
      ),
    ).toEqual([
      ['work of a garbage author.', 'Norbert Quill'],
      ['political fraud.', 'Norbert Quill'],
    ]);
  });

  it('keeps the speaker of a verb of saying whose clause goes on before the quote', () => {
    expect(
      speakers(
        'The forest agency faced new complaints. Acting chief Lena Marsh said the agency is “on the right track.”',
      ),
    ).toEqual([['on the right track.', 'Lena Marsh']]);
  });

  it('gives no speaker for a name inside a phrase before the verb (negative)', () => {
    expect(
      speakers('A source close to actress Mara Quinlan said the sisters had been “very close for years.”'),
    ).toEqual([['very close for years.', null]]);
  });

  it('gives no speaker when no person stands before the verb (negative)', () => {
    expect(
      speakers('Environmental groups called the selection of the new minister “an insult to democracy.”'),
    ).toEqual([['an insult to democracy.', null]]);
  });
});

// Found on Multi-News: '"…," said California Treasurer John Chiang' in a text where "California" was read as the
// speaker; on a made-up sentence the same with a role word the tables do not know ("biologist").
describe('English: a one-word name, lower-case words and a full name after a verb of saying', () => {
  it('gives the full name, the words before it its role ("said Harvard biologist Edward Wilson")', () => {
    const quotes = checkedQuotes(
      '"We have managed to mess up a lot of things," said Harvard biologist Edward Wilson.',
      'en',
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([['Edward Wilson', 'Harvard biologist']]);
  });

  it('not past a preposition ("said Harvard on Monday, Edward Wilson …") (negative)', () => {
    expect(speakers('"We will look into it," said Harvard on Monday.')).toEqual([
      ['We will look into it', 'Harvard'],
    ]);
  });
});
