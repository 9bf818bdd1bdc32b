import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../src/analyse/index.js';
import { sentences as en } from '../../src/lang/en/sentences.js';

function split(text: string): string[] {
  return segmentSentences(text, 0, text.length, en).map((s) => text.slice(s.start, s.end));
}

const LINES: readonly (readonly [string, readonly string[]])[] = [
  [
    'Mr. Smith went to Washington. He met Mrs. Jones.',
    ['Mr. Smith went to Washington.', 'He met Mrs. Jones.'],
  ],
  [
    'The U.S. President met Kim. The talks ended early.',
    ['The U.S. President met Kim.', 'The talks ended early.'],
  ],
  ['He lives in the U.S. and works for NASA.', ['He lives in the U.S. and works for NASA.']],
  [
    'Sanctions were imposed by the U.S. The talks stalled.',
    ['Sanctions were imposed by the U.S.', 'The talks stalled.'],
  ],
  ['The meeting started at 3 p.m. on Monday.', ['The meeting started at 3 p.m. on Monday.']],
  [
    'The meeting started at 3 p.m. The talks lasted two hours.',
    ['The meeting started at 3 p.m.', 'The talks lasted two hours.'],
  ],
  [
    'Fruit, e.g. apples, is healthy. So is rice, i.e. grain.',
    ['Fruit, e.g. apples, is healthy.', 'So is rice, i.e. grain.'],
  ],
  [
    'He arrived in 2019. Kim left in 12. Putin stayed.',
    ['He arrived in 2019.', 'Kim left in 12.', 'Putin stayed.'],
  ],
  ['Dr. Kim said: "We are ready." Then he left.', ['Dr. Kim said: "We are ready."', 'Then he left.']],
  [
    '“I will come back,” he said. “This is only the first step.”',
    ['“I will come back,” he said.', '“This is only the first step.”'],
  ],
  ['“Really?” he asked. Nobody answered.', ['“Really?” he asked.', 'Nobody answered.']],
  [
    'Kim Jong-un’s train left Vladivostok. It was late.',
    ['Kim Jong-un’s train left Vladivostok.', 'It was late.'],
  ],
  [
    'Gen. John F. Kelly spoke at No. 10 Downing St. on Friday.',
    ['Gen. John F. Kelly spoke at No. 10 Downing St. on Friday.'],
  ],
];

describe('segmentSentences on English lines', () => {
  test.each(LINES)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
