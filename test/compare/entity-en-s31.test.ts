import { describe, expect, it } from 'vitest';
import { englishSpeakers, entityMentions } from './support.js';

const persons = (text: string): string[] => entityMentions(text, 'en').filter((m) => m.endsWith('(person)'));

// Found on Multi-News briefs: "Sawiris" (5 mentions) for "Egyptian billionaire Naguib Sawiris", "Scaramucci" 22
// times and never "Anthony Scaramucci", "Grande" 28 times for Ariana Grande — English given names the tables do not
// know; the rule German has for them (a full name whose family name repeats alone) now reads English too.
describe('English persons with a given name the tables do not know', () => {
  it('reads the full name when its family name stands alone elsewhere in the article', () => {
    expect(
      persons(
        'The Egyptian billionaire Naguib Sawiris has identified two islands. Sawiris said the talks would depend on approval.',
      ),
    ).toEqual(['Naguib Sawiris (person)', 'Sawiris (person)']);
  });

  it('reads the name after a role word, not the role word with it ("Deputy Slawek Czupryna")', () => {
    expect(
      persons('Within minutes, Deputy Slawek Czupryna spotted the car. Czupryna said it was stolen.'),
    ).toEqual(['Slawek Czupryna (person)', 'Czupryna (person)']);
  });

  it('takes no person from the middle of a longer name ("the Los Angeles Dodgers") (negative)', () => {
    expect(
      persons(
        'He hit a home run off Los Angeles Dodgers pitcher Yu Darvish. The Astros beat the Los Angeles Dodgers in Game 3. Fans said Dodgers players were angry.',
      ),
    ).toEqual([]);
  });

  it('takes no person from an adjective before a place ("mostly Democratic Chicago") (negative)', () => {
    expect(
      persons(
        'The mayor has tried to hold on in mostly Democratic Chicago. Voters said Chicago has changed.',
      ),
    ).toEqual([]);
  });

  it('takes no person from a body of state, a medium or a club ("Senate Democrats", "Global News") (negative)', () => {
    expect(
      persons(
        'The White House and Senate Democrats bowed to the demands. Later Democrats said they would wait.',
      ),
    ).toEqual([]);
    expect(
      persons(
        'A woman told Global News the shop had closed. A reporter said News staff had asked for comment.',
      ),
    ).toEqual([]);
  });
});

// Found on Multi-News: '"It was a huge eye-opener for us," he said.' went to the woman named after "Pontecorvo
// said, considering that …" in the sentence before, not to Pontecorvo, who spoke there.
describe('"he said" after a quote, when the sentence before gives a verb of saying to someone', () => {
  it('is the one who spoke there, not a person named after the verb', () => {
    expect(
      englishSpeakers(
        'Richard Pontecorvo leads the unit. Police arrested Jelinajane Almario in May. The case was surprising, Pontecorvo said, considering that Almario was a juvenile. "It was a huge eye-opener for us," he said.',
      ),
    ).toEqual([['It was a huge eye-opener for us', 'Richard Pontecorvo']]);
  });

  it('is still the person named before when no one speaks in the sentence before (negative)', () => {
    expect(
      englishSpeakers(
        'Richard Pontecorvo leads the unit. The case surprised Tom Hale, who runs the court. "It was a huge eye-opener for us," he said.',
      ),
    ).toEqual([['It was a huge eye-opener for us', 'Tom Hale']]);
  });
});
