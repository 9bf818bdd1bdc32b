import { describe, expect, it } from 'vitest';
import type { CompareRules } from '../../src/lang/compare-rules.js';
import { compare as deCompare } from '../../src/lang/de/compare.js';
import { GIVEN_NAMES } from '../../src/lang/de/given-names.js';
import { compare as enCompare } from '../../src/lang/en/compare.js';
import { ENGLISH_GIVEN_NAMES } from '../../src/lang/en/given-names.js';
import {
  firstNamesOf,
  mergeGivenNames,
  nameBlock,
  repeatedGivenNames,
  type GivenNameTable,
} from '../../src/lang/given-names.js';

/**
 * One table of given names per language, each name once with its gender; the entity stage's first names and the
 * quote stage's female and male names are derived from it and must agree with it.
 */

const table = (female: string, male: string, open: string): GivenNameTable => ({
  female: nameBlock(female),
  male: nameBlock(male),
  open: nameBlock(open),
});

describe('the given-name helpers', () => {
  it('read a block of names separated by any white space, without empty names', () => {
    expect(nameBlock('\n  Anna   Berta\nCarla \n')).toEqual(['Anna', 'Berta', 'Carla']);
    expect(nameBlock('  \n ')).toEqual([]);
  });

  it('find a name listed twice, in one block or in two', () => {
    expect(repeatedGivenNames(table('Anna Berta', 'Kurt', 'Kim'))).toEqual([]);
    expect(repeatedGivenNames(table('Anna Berta Anna', 'Kurt', 'Kim'))).toEqual(['Anna']);
    expect(repeatedGivenNames(table('Anna Kim', 'Kurt', 'Kim'))).toEqual(['Kim']);
    expect(repeatedGivenNames(table('Andrea', 'Andrea', ''))).toEqual(['Andrea']);
  });

  it('take every name of the table once as a first name', () => {
    expect(firstNamesOf(table('Anna', 'Kurt', 'Kim Anna'))).toEqual(['Anna', 'Kurt', 'Kim']);
  });

  it('merge tables: a gender told once wins over open, two genders make the name open', () => {
    const merged = mergeGivenNames(
      table('Anna', 'Kurt', 'Kim Jamie Andrea'),
      table('Jamie Andrea', 'Andrea', 'Lou'),
    );
    expect(merged.female).toEqual(['Anna', 'Jamie']);
    expect(merged.male).toEqual(['Kurt']);
    expect([...merged.open].sort()).toEqual(['Andrea', 'Kim', 'Lou']);
  });
});

describe('the German and the English tables', () => {
  it('list each name once, as one capitalised word', () => {
    for (const t of [GIVEN_NAMES, ENGLISH_GIVEN_NAMES]) {
      expect(repeatedGivenNames(t)).toEqual([]);
      const names = [...t.female, ...t.male, ...t.open];
      expect(names.filter((n) => !/^\p{Lu}[\p{L}'-]*\p{L}$/u.test(n))).toEqual([]);
    }
  });

  it('English lists only names the German table lacks or leaves open', () => {
    const german = new Set([...GIVEN_NAMES.female, ...GIVEN_NAMES.male]);
    expect([...ENGLISH_GIVEN_NAMES.female, ...ENGLISH_GIVEN_NAMES.male].filter((n) => german.has(n))).toEqual(
      [],
    );
    expect(ENGLISH_GIVEN_NAMES.open.filter((n) => GIVEN_NAMES.open.includes(n))).toEqual([]);
  });

  const derived: readonly [string, CompareRules, GivenNameTable][] = [
    ['de', deCompare, GIVEN_NAMES],
    ['en', enCompare, mergeGivenNames(GIVEN_NAMES, ENGLISH_GIVEN_NAMES)],
  ];
  for (const [code, rules, names] of derived) {
    it(`${code}: the first names and the gender lists are those of its table`, () => {
      const genders = rules.quotes.genders;
      if (!genders) throw new Error('no gender rules');
      const first = new Set(rules.entities.firstNames);
      expect(first).toEqual(new Set(firstNamesOf(names)));
      expect(rules.entities.firstNames.length).toBe(first.size);
      expect(new Set(genders.femaleNames)).toEqual(new Set(names.female));
      expect(new Set(genders.maleNames)).toEqual(new Set(names.male));
      // Every gendered name is a first name; no name is both female and male (a name of both genders is open).
      expect([...genders.femaleNames, ...genders.maleNames].filter((n) => !first.has(n))).toEqual([]);
      const male = new Set(genders.maleNames);
      expect(genders.femaleNames.filter((n) => male.has(n))).toEqual([]);
    });
  }

  it('keep the names the recognition and the pronouns rely on', () => {
    const genders = deCompare.quotes.genders;
    expect(genders?.femaleNames).toContain('Angela');
    expect(genders?.maleNames).toContain('Wladimir');
    expect(deCompare.entities.firstNames).toContain('Andrea');
    expect(genders?.femaleNames).not.toContain('Andrea');
    expect(genders?.maleNames).not.toContain('Andrea');
    expect(enCompare.quotes.genders?.femaleNames).toContain('Stormy');
    expect(enCompare.entities.firstNames).toContain('Wladimir');
  });
});
