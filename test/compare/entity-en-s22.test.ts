import { describe, expect, it } from 'vitest';
import { entityMentions } from './support.js';
import { isNameWord } from '../../src/compare/words.js';
import { nameKey } from '../../src/compare/names.js';

const mentions = (text: string): string[] => entityMentions(text, 'en');

describe('a US state postal code is no organisation', () => {
  it('takes no organisation from a state code after a town, a county or a name', () => {
    expect(mentions('The mill in Greensburg, PA, closed last spring.')).not.toContain('PA (organization)');
    expect(mentions('She left the Kent County IL courthouse at noon.')).not.toContain('IL (organization)');
    expect(mentions('His lab in Washington, DC, tested the samples.')).not.toContain('DC (organization)');
    expect(mentions('The study was led by Nora Quill, MD, of the clinic.')).toEqual(['Nora Quill (person)']);
  });

  it('still takes an acronym that is no state code', () => {
    expect(mentions('The FBI searched the house on Monday.')).toEqual(['FBI (organization)']);
  });
});

describe('a given name after the first word of a place name begins no person', () => {
  it('takes no person from "San Mateo Herald", "Santa Clara Lions", "Saint Paul Courier"', () => {
    expect(mentions('The San Mateo Herald printed the letter on Monday.')).toEqual([]);
    expect(mentions('Fans of the Santa Clara Lions waited outside.')).toEqual([]);
    expect(mentions('Readers of the Saint Paul Courier wrote in.')).toEqual([]);
  });

  it('still takes the person when the given name opens the name', () => {
    expect(mentions('Mateo Herald said the letter was late.')).toEqual(['Mateo Herald (person)']);
  });
});

describe('a word of the language in capitals or the acronym of a thing is no organisation', () => {
  it('takes no organisation from stress, an interjection or a test or offence', () => {
    expect(mentions('Officers said alcohol was NOT a factor in the crash.')).toEqual([]);
    expect(mentions('Fans wrote RIP under the photo of the singer.')).toEqual([]);
    expect(mentions('The driver was charged with DUI after the crash.')).toEqual([]);
    expect(mentions('The test found THC in his blood.')).toEqual([]);
    expect(mentions('He withdrew cash from an ATM near the station.')).toEqual([]);
  });

  it('still takes an organisation known by its acronym', () => {
    expect(mentions('The WHO warned that the virus was spreading.')).toEqual(['WHO (organization)']);
  });
});

describe('words in capitals that open a line as a dateline, label or credit are no organisation', () => {
  it('takes no organisation from a dateline, a label or a photo credit', () => {
    expect(mentions('OMAHA, Neb. -- The council met on Monday.\n\nIt voted late.')).toEqual(['Neb (place)']);
    expect(mentions('SAN MARCOS (AP) — The council met on Monday.')).toEqual(['AP (organization)']);
    expect(
      mentions('The council met on Monday.\n\nVIDEO: Council votes on the budget\n\nIt voted late.'),
    ).toEqual([]);
    expect(mentions('The council met on Monday.\n\nDON’T MISS: Ten budget tips\n\nIt voted late.')).toEqual(
      [],
    );
  });

  it('still takes an acronym that opens a line inside a sentence', () => {
    expect(mentions('The council met on Monday.\n\nNASA said the launch was delayed.')).toEqual([
      'NASA (organization)',
    ]);
  });
});

describe('a US state and its AP abbreviation are places', () => {
  it('takes a state or its abbreviation after a town as a place, no person', () => {
    expect(mentions('She grew up in Fresno, Calif., before the war.')).toContain('Calif (place)');
    expect(mentions('She grew up in Fresno, Calif., before the war.')).not.toContain('Calif (person)');
    expect(mentions('Nebraska voted first; the count took hours.')).toContain('Nebraska (place)');
    expect(mentions('The study came from the University of New Mexico last year.')).not.toContain(
      'Mexico (place)',
    );
  });

  it('still takes a person whose family name is a state', () => {
    expect(mentions('Dana Nevada arrived at the premiere.')).toEqual(['Dana Nevada (person)']);
  });
});

describe('an organisation named with an end noun goes on through "of"', () => {
  it('takes the whole name ("Institute of Technology", "School of Arts and Sciences")', () => {
    expect(mentions('She studied at the Dunmore Institute of Technology last year.')).toEqual([
      'Dunmore Institute of Technology (organization)',
    ]);
    expect(mentions('He teaches at the Varley School of Arts and Sciences, she said.')).toEqual([
      'Varley School of Arts and Sciences (organization)',
    ]);
  });

  it('ends the name at the end noun when no name word follows "of"', () => {
    expect(mentions('The Dunmore Institute of this town closed.')).toEqual([
      'Dunmore Institute (organization)',
    ]);
  });
});

describe('a capitalised particle after a middle initial belongs to the family name', () => {
  it('takes "Van Dyke" and "Von Stein" whole after an initial', () => {
    expect(mentions('Walter E. Van Holt, 61, of Dorset was charged.')).toEqual([
      'Walter E. Van Holt (person)',
    ]);
    expect(mentions('Greta R. Von Ansel said the plan was late.')).toEqual(['Greta R. Von Ansel (person)']);
  });

  it('still ends the name after the initial and one family name', () => {
    expect(mentions('Walter E. Holt said the plan was late.')).toEqual(['Walter E. Holt (person)']);
  });
});

describe('a place noun written with a capital is part of a name, no cue for a place', () => {
  it('takes no place from "City Hall", "Harbor Concerts"', () => {
    expect(mentions('Protesters gathered outside City Hall on Friday.')).toEqual([]);
    expect(mentions('The show was produced by Harbor Concerts last year.')).toEqual([]);
  });

  it('still takes the place after a place noun in lower case', () => {
    expect(mentions('Rebels shelled the city Dorvask overnight.')).toEqual(['Dorvask (place)']);
  });
});

describe('a title of rank or office before a name is no part of it', () => {
  it('takes the name after "Professor", "Detective" and no person from a title alone', () => {
    expect(mentions('Team leader Professor Nadia Quell said the result was new.')).toContain(
      'Nadia Quell (person)',
    );
    expect(mentions('Team leader Professor Nadia Quell said the result was new.')).not.toContain(
      'Professor Nadia Quell (person)',
    );
    expect(mentions('The Duke and Duchess of Kentmere are on holiday.')).not.toContain('Duchess (person)');
  });
});

describe('a given name inside the name of a place, street or institution begins no person', () => {
  it('takes no person from "St. Maria Greek …", "Ellen St.", "Mary Freeway", "Anna Kell College"', () => {
    expect(mentions('The family attended St. Maria Greek Orthodox Cathedral.')).toEqual([]);
    expect(mentions('The family lived near Ellen St. in the town.')).toEqual([]);
    expect(mentions('The deputy will be buried at the cemetery on 8010 Mary Freeway.')).toEqual([]);
    expect(mentions('She teaches at the Anna Kell College in the city.')).not.toContain('Anna Kell (person)');
  });

  it('still takes a person before a lower-case noun', () => {
    expect(mentions('Anna Kell said the college would open.')).toEqual(['Anna Kell (person)']);
  });
});

describe('a place and a plural inside a line in title case is no team', () => {
  it('takes no team from "Ohio Town Honors Memory of …"', () => {
    expect(
      mentions('The deputy was buried on Friday.\n\nOhio Town Honors Memory of Fallen Deputy'),
    ).not.toContain('Ohio Town Honors (organization)');
  });

  it('still takes a team named by its place and a plural', () => {
    expect(mentions('He joined the Ohio Hawks in 2012 and stayed two years.')).toContain(
      'Ohio Hawks (organization)',
    );
  });
});

describe('a family name with an apostrophe after its initial is a name word', () => {
  it('takes "Sean O\'Brien" and "O’Leary" as persons, not "Trump\'s" or "I\'m" as names', () => {
    expect(mentions("Sean O'Brien runs the lab. Later O'Brien said the results were clear.")).toContain(
      "Sean O'Brien (person)",
    );
    expect(isNameWord('O’Leary')).toBe(true);
    expect(isNameWord("D'Angelo")).toBe(true);
    for (const word of ["Trump's", "I'm", "O'NEILL", "O'"]) expect(isNameWord(word), word).toBe(false);
  });
});

describe('a typographic and a straight apostrophe make one name', () => {
  it('gives "O’Leary" and "O\'Leary" one key', () => {
    expect(nameKey('Maureen O’Leary')).toBe(nameKey("Maureen O'Leary"));
  });
});
