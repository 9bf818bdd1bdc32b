import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSmallEld, readNgramTable } from '../../src/analyse/eld-table.js';

const SEED = join(import.meta.dirname, '../../examples/kim-putin-2019');
const DATA_URL = new URL('../ngrams/small.js', import.meta.resolve('eld/small'));

describe("eld's small n-gram table read from its text", () => {
  test('holds exactly the n-grams, scores, languages and type of eld/small', async () => {
    const { ngramsData: real } = (await import(DATA_URL.href)) as {
      ngramsData: {
        type: string;
        languages: Record<string, string>;
        ngrams: Record<string, Record<string, number>>;
      };
    };
    const table = readNgramTable(readFileSync(DATA_URL, 'utf8'));
    expect(table.type).toBe(real.type);
    expect(table.languages).toEqual(real.languages);
    const keys = Object.keys(real.ngrams);
    expect(keys.length).toBeGreaterThan(80_000);
    expect((Reflect.ownKeys(table.ngrams) as string[]).sort()).toEqual([...keys].sort());
    const different = keys.filter(
      (key) => JSON.stringify(table.ngrams[key]) !== JSON.stringify(real.ngrams[key]),
    );
    expect(different.slice(0, 5)).toEqual([]);
    expect(table.ngrams['no such n-gram']).toBeUndefined();
    expect('no such n-gram' in table.ngrams).toBe(false);
  });

  test('detects as eld/small does, scores included', async () => {
    const { eld } = await import('eld/small');
    const ours = loadSmallEld();
    const texts = [
      ...readdirSync(SEED).map((f) => readFileSync(join(SEED, f), 'utf8').slice(0, 1500)),
      'The two leaders met on Thursday in Vladivostok.',
      'Les deux dirigeants se sont rencontrés jeudi à Vladivostok.',
      'Два лидера встретились в четверг во Владивостоке.',
      '两位领导人周四在符拉迪沃斯托克会面。',
      'Hallo',
      '',
    ];
    for (const text of texts) {
      const expected = eld.detect(text);
      const got = ours.detect(text);
      expect(got.language).toBe(expected.language);
      expect(got.getScores()).toEqual(expected.getScores());
      expect(got.isReliable()).toBe(expected.isReliable());
    }
  });

  test('a text that is not such a table is an error naming what is missing', () => {
    expect(() => readNgramTable('export const x = 1')).toThrow(/no type, languages or ngrams/);
    expect(() => readNgramTable("{type:'S60',languages:{0:'am'},ngrams:{'ab':{0:1},'cd")).toThrow(
      /unclosed key/,
    );
    expect(() => readNgramTable("{type:'S60',languages:{0:'am'},ngrams:{ab:1}}")).toThrow(
      /no scores after "ab"/,
    );
  });
});
