import { stemmer as porter2 } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import { measure, porterStem } from '../../src/eval/porter.js';

describe('porterStem (NLTK PorterStemmer, NLTK_EXTENSIONS)', () => {
  it('reproduces the example in NLTK’s documentation', () => {
    const words =
      'caresses flies dies mules denied died agreed owned humbled sized meeting stating siezing itemization ' +
      'sensational traditional reference colonizer plotted';
    const expected =
      'caress fli die mule deni die agre own humbl size meet state siez item sensat tradit refer colon plot';
    expect(words.split(' ').map(porterStem).join(' ')).toBe(expected);
  });

  it.each([
    // Porter (1980), step by step
    ['caress', 'caress'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controlling', 'control'],
    ['roll', 'roll'],
    ['adoption', 'adopt'],
    ['effective', 'effect'],
    // NLTK's extensions
    ['enjoy', 'enjoy'],
    ['news', 'news'],
    ['dying', 'die'],
    ['skies', 'sky'],
    ['proceed', 'proceed'],
    ['spied', 'spi'],
    ['ties', 'tie'],
    ['geology', 'geolog'],
    ['hopefully', 'hope'],
    ['constructor', 'constructor'],
    ['is', 'is'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('differs from Snowball English (Porter2), which the reference scorer does not use', () => {
    expect(porterStem('news')).toBe('news');
    expect(porter2('news')).toBe('new');
    expect(porterStem('dies')).toBe('die');
    expect(porter2('dies')).toBe('di');
  });

  it('measures m as in the paper', () => {
    for (const w of ['tr', 'ee', 'tree', 'y', 'by']) expect(measure(w)).toBe(0);
    for (const w of ['trouble', 'oats', 'trees', 'ivy']) expect(measure(w)).toBe(1);
    for (const w of ['troubles', 'private', 'oaten', 'orrery']) expect(measure(w)).toBe(2);
  });
});
