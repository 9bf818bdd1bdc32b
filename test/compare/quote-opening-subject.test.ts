import { describe, expect, it } from 'vitest';
import { englishSpeakers } from './support.js';

const speakers = englishSpeakers;

// Found on Multi-News: a quote standing alone after a sentence opened by a named person ("In a news release, Michigan
// Gov. Rick Snyder thanked the agencies … . “The swift apprehension …”") had no speaker.
describe('an English quote standing alone after a sentence whose subject is a named person', () => {
  it('takes the person the sentence before opens with, after a title and an opening phrase', () => {
    expect(
      speakers(
        'The search ended on Monday.\n\nIn a news release, Ohio Gov. Thomas Becker thanked the police officers who found the boy. “This is a credit to everyone who searched through the night.”',
      ),
    ).toEqual([['This is a credit to everyone who searched through the night.', 'Thomas Becker']]);
  });

  it('reads past a phrase set off by commas after the name', () => {
    expect(
      speakers(
        'Dr. Helen Porter, chief of staff at the clinic, says the injuries are minor.\n\n“We are pleased to say that no one was badly hurt tonight.”',
      ),
    ).toEqual([['We are pleased to say that no one was badly hurt tonight.', 'Helen Porter']]);
  });

  it('not after a sentence of a quotation running over paragraphs (negative)', () => {
    expect(
      speakers(
        'A source close to the family told reporters: “The sisters had a complex relationship. Anna Miller refused every offer of help.\n\n“It hurt all of us to watch it for so many years.”',
      ),
    ).not.toContainEqual(['It hurt all of us to watch it for so many years.', 'Anna Miller']);
  });
});
