import { describe, expect, it } from 'vitest';
import { englishSpeakers } from './support.js';

const speakers = englishSpeakers;

// Found on Multi-News: '"I want to give back," she said.' three sentences after "Bunch said she …", each sentence
// between about her ("She earned …", "And now she has …"), had no speaker.
describe('an English pronoun after its quote, carried by sentences about the same person', () => {
  it('reaches the person named before sentences that each speak of her as "she"', () => {
    expect(
      speakers(
        'While in prison, Maria Keller said she joined a reading group. She earned two degrees in history. And now she has plans to study law. "I want to give something back," she said.',
      ),
    ).toEqual([['I want to give something back', 'Maria Keller']]);
  });

  it('stops at a sentence that does not speak of her (negative)', () => {
    expect(
      speakers(
        'While in prison, Maria Keller said she joined a reading group. The prison closed in 2010. Its buildings were sold to a school. "I want to give something back," she said.',
      ),
    ).toEqual([['I want to give something back', null]]);
  });

  it('does not carry through a sentence of another quote whose pronoun was left open (negative)', () => {
    // Found on Multi-News: the speaker was named by a word the recogniser does not take for a person ("Snoop"), so
    // "he began" stayed open, and carrying it would give the last person named, the friend he thanked.
    expect(
      speakers(
        'The rapper finally received a star on the Walk of Fame on Monday.\n\nAfter paying tribute to his parents, his wife and his old friend Thomas Walker, the rapper, 47, went on to thank himself.\n\n“Last but not least, I want to thank me for believing in me,” he began. “I want to thank me for doing all this hard work.”\n\n“I want to thank me for trying,” he continued.',
      ),
    ).toEqual([
      ['Last but not least, I want to thank me for believing in me', null],
      ['I want to thank me for doing all this hard work.', null],
      ['I want to thank me for trying', null],
    ]);
  });
});
