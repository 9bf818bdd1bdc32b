import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Direct quotes of one hand-written English article: text → speaker (and role where given). */
function quotesOf(text: string): [string, string | null, string?][] {
  const quotes = checkedQuotes(text, 'en');
  return quotes
    .filter((q) => q.kind === undefined)
    .map((q) => (q.role !== undefined ? [q.text, q.speaker, q.role] : [q.text, q.speaker]));
}

describe('speakers of English quotes', () => {
  it('resolves "he said" after the quote to the person named in the sentence before', () => {
    expect(
      quotesOf(
        'Flour prices rose again this spring, and Martin Kowalski had to raise his own. "We cannot pay these prices for long," he said.',
      ),
    ).toEqual([['We cannot pay these prices for long', 'Martin Kowalski']]);
  });

  it('prefers the person named just before "he said" to an earlier speaker', () => {
    expect(
      quotesOf(
        '"We were treated badly at the border," said Omar Haddad. At the summit, Secretary General Tom Hale called the fences a disgrace. "Every country has its problems," he said.',
      ),
    ).toEqual([
      ['We were treated badly at the border', 'Omar Haddad'],
      ['Every country has its problems', 'Tom Hale', 'secretary general'],
    ]);
  });

  it('reaches two sentences back for "he said" when no one is named in the sentence before', () => {
    expect(
      quotesOf(
        'Martin Kowalski runs a bakery in the old town. Prices of flour rose again this spring. "We cannot pay these prices for long," he said.',
      ),
    ).toEqual([['We cannot pay these prices for long', 'Martin Kowalski']]);
    expect(
      quotesOf(
        'Only a few towns collect old phones, Jane Doe said.\n\nBut the numbers are rising. "We see more programs every year," she said.',
      ),
    ).toEqual([['We see more programs every year', 'Jane Doe']]);
  });

  it('does not reach three sentences back for "he said" (negative)', () => {
    expect(
      quotesOf(
        'Martin Kowalski runs a bakery in the old town. Prices of flour rose again this spring. Bread costs more now. "We cannot pay these prices for long," he said.',
      ),
    ).toEqual([['We cannot pay these prices for long', null]]);
  });

  it('does not resolve "she said" to a person two paragraphs away when none is near (negative)', () => {
    expect(quotesOf('"The shop will stay closed for now," she said.')).toEqual([
      ['The shop will stay closed for now', null],
    ]);
  });

  it('reads more verbs of saying after the quote ("X asked", "asks X", "complained Y")', () => {
    expect(
      quotesOf(
        'The hearing went on for hours. "Why should the town pay for this?" Laura Finch asked. "Who decided that?" asks Tom Berry. "The plan is a waste of money," complained Anna Kurz.',
      ),
    ).toEqual([
      ['Why should the town pay for this?', 'Laura Finch'],
      ['Who decided that?', 'Tom Berry'],
      ['The plan is a waste of money', 'Anna Kurz'],
    ]);
  });

  it('does not read a whole next sentence as the frame of a question (negative)', () => {
    expect(
      quotesOf('"Is this really fair to the families?" Union leaders demanded a new vote on the plan.'),
    ).toEqual([['Is this really fair to the families?', null]]);
  });

  it('does not take a participle opener for the speaker ("Speaking to reporters, X said")', () => {
    expect(quotesOf('Speaking to reporters, Paul Grant said: "The bridge will open again in May."')).toEqual([
      ['The bridge will open again in May.', 'Paul Grant'],
    ]);
  });

  it('gives the name after a role written in lower case, the role kept ("Acting Green leader Jane Moss")', () => {
    expect(
      quotesOf(
        'Acting Green leader Jane Moss said: "This vote changes nothing for the party." Later, spokeswoman Ruth Ellery said: "We will appeal the ruling."',
      ),
    ).toEqual([
      ['This vote changes nothing for the party.', 'Jane Moss', 'acting Green leader'],
      ['We will appeal the ruling.', 'Ruth Ellery', 'spokeswoman'],
    ]);
  });

  it('keeps a role alone as written when no name follows (negative)', () => {
    expect(quotesOf('"The road stays closed until Friday," a spokeswoman said.')).toEqual([
      ['The road stays closed until Friday', 'spokeswoman'],
    ]);
  });

  it('resolves "the Queen" after the quote to the person the story calls so', () => {
    expect(
      quotesOf(
        'Queen Margaret opened the new library on Monday. "Books have shaped this country for centuries," the Queen said.',
      ),
    ).toEqual([['Books have shaped this country for centuries', 'Margaret', 'queen']]);
  });

  it('reads a role after an article and adjectives, and a participle opener is no speaker', () => {
    expect(
      quotesOf(
        'Speaking in the Lake District, the 70-year-old mayor said the plan was "not one I would ever support".',
      ),
    ).toEqual([['not one I would ever support', '70-year-old mayor']]);
  });

  it('gives the name before a role set off by commas ("Jane Doe, the agency\'s chief officer, told …")', () => {
    expect(
      quotesOf(
        'Staff were angry with the firm, and Helen Ward, the agency’s chief operating officer, told colleagues, "We would end the contract if we could."',
      ),
    ).toEqual([['We would end the contract if we could.', 'Helen Ward', 'chief']]);
  });

  it('reads a name after an abbreviated honorific ("Mr. Hale says in the film")', () => {
    expect(quotesOf('"The job took about four minutes," Mr. Hale says in the film.')).toEqual([
      ['The job took about four minutes', 'Hale'],
    ]);
  });

  it('keeps a name ending like a participle when a verb of saying follows (negative)', () => {
    expect(quotesOf('Fleming said: "The results are better than we hoped."')).toEqual([
      ['The results are better than we hoped.', 'Fleming'],
    ]);
  });
});

describe('speakers of English quotes named by English given names', () => {
  it('gives a quote after a family name alone to the full name ("Daniels said" → Stormy Daniels)', () => {
    expect(
      quotesOf(
        'Stormy Daniels spoke to reporters outside the court on Monday. "I was paid to stay quiet," Daniels said.',
      ),
    ).toEqual([['I was paid to stay quiet', 'Stormy Daniels']]);
  });

  it('gives "she said" to the woman named before, not to the man named last, by an English given name', () => {
    expect(
      quotesOf('Shelby Tran met the mayor, Tom Baker, at the plant. "It was a good talk," she said.'),
    ).toEqual([['It was a good talk', 'Shelby Tran']]);
  });

  it('reads the name after an abbreviated title as the speaker ("said Sgt. Ron Galaviz")', () => {
    expect(
      quotesOf(
        'The car was seen early in the morning. "You can go a lot of places in seven hours," said Sgt. Ron Galaviz of the state police.',
      ),
    ).toEqual([['You can go a lot of places in seven hours', 'Ron Galaviz']]);
  });

  it('takes a title with the full stop inside the marks as no quote ("on MSNBC\'s “The Last Word.”")', () => {
    expect(
      quotesOf(
        '"The plan will fail and everyone knows it," Michael Avenatti said on MSNBC\'s "The Last Word with Lawrence O\'Donnell." He spoke for an hour.',
      ),
    ).toEqual([['The plan will fail and everyone knows it', 'Michael Avenatti']]);
  });

  it('keeps a quoted sentence that ends in a full stop inside the marks (negative)', () => {
    expect(
      quotesOf(
        'The mayor spoke after the vote. "We will rebuild the bridge by next spring." Mayor Tom Baker said so twice.',
      ),
    ).toEqual([['We will rebuild the bridge by next spring.', null]]);
  });

  it('continues the speaker a quote of the sentence before was given, not a word the pattern reads there', () => {
    expect(
      quotesOf(
        'The match ended late. "These things can happen," said Spain coach Fernando Hierro. "It is fortunate for whichever team has him." He left early.',
      ),
    ).toEqual([
      ['These things can happen', 'Fernando Hierro', 'Spain coach'],
      ['It is fortunate for whichever team has him.', 'Fernando Hierro', 'Spain coach'],
    ]);
  });
});

describe('English speakers read past lower-case words', () => {
  it('reads a speaker after a quote past lower-case words before a lower-case role', () => {
    expect(
      quotesOf(
        'The road was closed for hours. "Drivers must slow down," turnpike spokesman Carl Dobbs said. "That is our job on the roads."',
      ),
    ).toEqual([
      ['Drivers must slow down', 'Carl Dobbs', 'spokesman'],
      ['That is our job on the roads.', 'Carl Dobbs', 'spokesman'],
    ]);
    // No role within three lower-case words: no speaker from the words after the quote.
    expect(
      quotesOf('The road was closed. "Drivers must slow down," turnpike officers in the north said.'),
    ).toEqual([['Drivers must slow down', null]]);
  });
});

describe('English speakers with an appositive between name and verb', () => {
  it('reads "…," Jane Doe, the agriculture secretary, said', () => {
    expect(
      quotesOf(
        'The chief resigned on Monday. "He has the moral authority to lead," Carl Dobbs, the agriculture secretary, said in a statement. "The chief has decided to step aside."',
      ),
    ).toEqual([
      ['He has the moral authority to lead', 'Carl Dobbs'],
      ['The chief has decided to step aside.', 'Carl Dobbs'],
    ]);
  });

  it('does not read past a sentence end or a second quotation for the verb (negative)', () => {
    expect(
      quotesOf(
        'The chief resigned on Monday. "He has the moral authority to lead," Carl Dobbs, the agriculture secretary. He said nothing more.',
      ),
    ).toEqual([['He has the moral authority to lead', null]]);
  });
});

describe('an organisation the story knows, without an article, as the speaker', () => {
  it('reads "…," MTV said and the quote continuing it', () => {
    expect(
      quotesOf(
        'The channel named a new host. MTV said the show will go on. "We are deeply saddened by the loss," MTV said in a statement. "He was a beloved member of the family."',
      ),
    ).toEqual([
      ['We are deeply saddened by the loss', 'MTV'],
      ['He was a beloved member of the family.', 'MTV'],
    ]);
  });

  it('does not take an acronym that opens a longer phrase before the verb (negative)', () => {
    const speakers = quotesOf(
      'The WHO warned again. WHO deputy chief Carl Dobbs says if nothing changes, "a lot more people will fall ill" soon.',
    ).map(([, speaker]) => speaker);
    expect(speakers).not.toContain('WHO');
  });
});

describe('a quotation over several paragraphs (each opens with a mark, only the last closes)', () => {
  it('gives every paragraph the speaker named before the first', () => {
    expect(
      quotesOf(
        'The council met on Monday night.\n\nMayor Jane Doe said: "We will rebuild the bridge before winter.\n\n"The money is there, and the engineers are ready.\n\n"Nobody will have to wait longer than that."',
      ),
    ).toEqual([
      ['We will rebuild the bridge before winter.', 'Jane Doe', 'mayor'],
      ['The money is there, and the engineers are ready.', 'Jane Doe', 'mayor'],
      ['Nobody will have to wait longer than that.', 'Jane Doe', 'mayor'],
    ]);
  });

  it('gives every paragraph the speaker named after the last', () => {
    expect(
      quotesOf(
        'The council met on Monday night.\n\n"We will rebuild the bridge before winter.\n\n"The money is there, and the engineers are ready," said Mayor Jane Doe.',
      ),
    ).toEqual([
      ['We will rebuild the bridge before winter.', 'Jane Doe', 'mayor'],
      ['The money is there, and the engineers are ready', 'Jane Doe', 'mayor'],
    ]);
  });

  it('does not run a quotation on into a paragraph that opens without a mark (negative)', () => {
    expect(
      quotesOf(
        'Mayor Jane Doe said: "We will rebuild the bridge before winter.\n\nThe council has not yet voted on the money. "It is too early," said Carl Dobbs.',
      ),
    ).toEqual([['It is too early', 'Carl Dobbs']]);
  });
});

describe('whom the words were said to is not who said them', () => {
  it('does not take the name after "told" or "asked" for the speaker', () => {
    expect(
      quotesOf(
        'The council met on Monday. The source told Radar: "We will rebuild the bridge before winter."',
      ),
    ).toEqual([['We will rebuild the bridge before winter.', null]]);
    expect(
      quotesOf(
        'The council met on Monday. Carl Dobbs told Jane Doe: "We will rebuild the bridge before winter."',
      ),
    ).toEqual([['We will rebuild the bridge before winter.', 'Carl Dobbs']]);
    expect(quotesOf('"We will rebuild the bridge before winter," Carl Dobbs told Radar.')).toEqual([
      ['We will rebuild the bridge before winter', 'Carl Dobbs'],
    ]);
  });

  // Found on Multi-News: "Saleh: I will stay here forever," in the brief's quotes, the comma that leads on to
  // "says Saleh" shown as the speaker's.
  it('leaves out the comma English sets inside the marks before the verb of saying, not a full stop', () => {
    expect(
      quotesOf(
        '"I will stay here forever," says Saleh, a law student. "I can\'t go back," he said. "We have nowhere else to go."',
      ),
    ).toEqual([
      ['I will stay here forever', 'Saleh'],
      ["I can't go back", 'Saleh'],
      ['We have nowhere else to go.', 'Saleh'],
    ]);
  });

  // Found on Multi-News: "Hope Hardison, Wells Fargo’s director of human resources, said", "Dr. Nicole Prause, an
  // assistant research scientist … involved with the study, told me" and "Ana Martinez, producer of the Hollywood
  // Walk of Fame, said" left their quotes without a speaker.
  it('reads a name past an appositive that opens with a possessive or runs long', () => {
    expect(
      quotesOf(
        'The bank joined the debate. "We have worked diligently to improve," Tom Hardison, Wells Fargo’s director of human resources, said in a letter.',
      ),
    ).toEqual([['We have worked diligently to improve', 'Tom Hardison']]);
    expect(
      quotesOf(
        'The study was new. "This is controversial territory for the field," Dr. Nicole Prause, an assistant research scientist in the department of psychiatry at UCLA and one of the investigators involved with the study, told me.',
      ),
    ).toEqual([['This is controversial territory for the field', 'Nicole Prause']]);
    expect(
      quotesOf(
        '"He is one of those people who can do anything," Tom Hale, producer of the Hollywood Walk of Fame, said in a news release.',
      ),
    ).toEqual([['He is one of those people who can do anything', 'Tom Hale']]);
  });

  it('does not read past an appositive that opens with a lower-case word or is no apposition (negative)', () => {
    expect(
      quotesOf(
        'The bank joined the debate. "We have worked diligently to improve," Tom Hardison, who runs the unit, wrote the paper.',
      ),
    ).toEqual([['We have worked diligently to improve', null]]);
  });

  // Found on Multi-News: 'Obama announced that Boehner and Reid would meet … . And he played hardball: "…"' had no
  // speaker (no verb of saying before the colon).
  it('gives a quote after "he … :" the person the sentence before opens with', () => {
    expect(
      quotesOf(
        'President Barack Obama announced that Carl Dobbs and Tom Hale would meet. And he played hardball: "The speaker did not want our team involved in that discussion."',
      ),
    ).toEqual([
      ['The speaker did not want our team involved in that discussion.', 'Barack Obama', 'president'],
    ]);
  });

  it('gives it no one when the sentence before opens with no person, or with one of the other gender (negative)', () => {
    expect(
      quotesOf(
        'The talks were set for Tuesday, President Barack Obama said. And he played hardball: "The speaker did not want our team involved in that discussion."',
      ),
    ).toEqual([['The speaker did not want our team involved in that discussion.', null]]);
    expect(
      quotesOf(
        'Jane Doe announced that the talks would go on. And he played hardball: "The speaker did not want our team involved in that discussion."',
      ),
    ).toEqual([['The speaker did not want our team involved in that discussion.', null]]);
  });
});
