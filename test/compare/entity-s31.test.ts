import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';

// Found on a Fundus page (DW): "Berater des damaligen Vizepremierministers Boris Nemzow und Assistent von
// Ministerpräsident Sergej Kirijenko" listed "Assistent" as a person (joined to Boris Nemzow by "und").
describe('a word joined to a name by "und" and followed by "von" and a title is a role, no name', () => {
  it('takes no person from "und Assistent von Ministerpräsident …"', () => {
    expect(
      entityMentions(
        'Seine Karriere begann als Berater des damaligen Vizepremierministers Boris Nemzow und Assistent von Ministerpräsident Sergej Kirijenko.',
      ),
    ).toEqual(['Boris Nemzow (person)', 'Sergej Kirijenko (person)']);
  });

  it('still joins a name after "und" when no title follows its "von" (negative)', () => {
    expect(
      entityMentions('Darüber sprachen Angela Merkel und Schröder von der SPD am Montag in Berlin.'),
    ).toContain('Schröder (person)');
  });
});
