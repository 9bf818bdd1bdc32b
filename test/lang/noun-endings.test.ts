import { describe, expect, it } from 'vitest';
import { everyLanguageNouns, nounPatterns, ownNouns } from '../../src/compare/noun-endings.js';
import { PLURAL_EN } from '../../src/compare/persons.js';
import { registerLanguage, rulesFor } from '../../src/lang/index.js';
import { NOUN_ENDINGS as DE } from '../../src/lang/de/noun-endings.js';
import { NOUN_ENDINGS as EN } from '../../src/lang/en/noun-endings.js';

/** The words of `words` that `pattern` accepts. */
const accepted = (pattern: RegExp, words: readonly string[]): string[] =>
  words.filter((w) => pattern.test(w));

describe('noun endings (nounEndings of the language tables)', () => {
  it('the registry gives each language its own table; a language without tables the English one', () => {
    expect(rulesFor('de').nounEndings).toBe(DE);
    expect(rulesFor('de-AT').nounEndings).toBe(DE);
    expect(rulesFor('en').nounEndings).toBe(EN);
    expect(rulesFor('fr').nounEndings).toBe(EN);
    expect(DE.abstract).toEqual(expect.arrayContaining(['ung', 'ungen', 'heit', 'schaft', 'tion', 'ismus']));
    expect(EN.notPlace).toEqual(['ness', 'ment', 'ity']);
    expect(EN.abstract).toBeUndefined();
    // The derivational endings are a part of the common ones, written once.
    expect(DE.common).toEqual(expect.arrayContaining([...(DE.derivational ?? [])]));
    expect(new Set(DE.common).size).toBe(DE.common?.length);
  });

  it('the German patterns take made-up words with the endings and refuse made-up words without them', () => {
    const de = nounPatterns(DE);
    const abstract = [
      'flunkerung',
      'quarkheiten',
      'blubbrigkeit',
      'wimmelschaften',
      'knusperation',
      'zwurbelnisse',
    ];
    expect(accepted(de.abstract, [...abstract, 'schnabbelität', 'murksismus'])).toHaveLength(8);
    expect(accepted(de.abstract, ['flunker', 'quarkheim', 'wimmelschaf', 'knusperat', 'blubbrig'])).toEqual(
      [],
    );
    // After a letter only: a bare ending or one after a hyphen is no abstract noun.
    expect(accepted(de.abstractAfterLetter, ['flunkerung', 'ung', 'x-ung', '3tion'])).toEqual(['flunkerung']);
    expect(accepted(de.notPlace, ['flunkerung', 'blurbness'])).toEqual(['flunkerung']);
    expect(
      accepted(de.common, ['quatschern', 'knödelchen', 'flunkerist', 'wummerium', 'flunkerei']),
    ).toHaveLength(5);
    expect(accepted(de.common, ['brakow', 'zimbrod', 'tralix'])).toEqual([]);
    expect(
      accepted(de.derivational, ['flunkerei', 'quarkling', 'knusperik', 'flunkerer', 'quatschern']),
    ).toEqual(['flunkerei', 'quarkling', 'knusperik']);
    expect(accepted(de.placeName, ['wummingen', 'knödelhausen', 'wummung', 'knödelhaus'])).toEqual([
      'wummingen',
      'knödelhausen',
    ]);
    expect(accepted(de.placePart, ['knödelsdorf', 'zimbach', 'zimbrod', 'knödelsdorn'])).toEqual([
      'knödelsdorf',
      'zimbach',
    ]);
    // A plural in -en, though not the -sen of family names (logic beside the table, in persons.ts).
    expect(accepted(PLURAL_EN, ['blubbren', 'quarkien', 'trallsen', 'blubbre'])).toEqual([
      'blubbren',
      'quarkien',
    ]);
  });

  it('compiles a table once; a language without a table matches nothing of its own', () => {
    expect(nounPatterns(DE)).toBe(nounPatterns(DE));
    expect(ownNouns(rulesFor('de'))).toBe(nounPatterns(DE));
    const none = ownNouns({});
    expect([none.abstract, none.common, none.derivational].some((p) => p.test('flunkerung'))).toBe(false);
  });

  it('every registered language: German endings on any text, English "-ness" only against places; a new language joins', () => {
    const every = everyLanguageNouns();
    expect(everyLanguageNouns()).toBe(every);
    expect(every.abstract.test('flunkerung')).toBe(true);
    // "Clement", "Trinity": an English ending that no place ends in may end a person's name.
    expect(every.abstract.test('blurbness')).toBe(false);
    expect(every.notPlace.test('blurbness')).toBe(true);
    expect(every.notPlace.test('flunkerung')).toBe(true);
    expect(every.common.test('quatschern')).toBe(true);
    registerLanguage({ ...rulesFor('en'), code: 'sv', name: 'swedish', nounEndings: { abstract: ['het'] } });
    const after = everyLanguageNouns();
    expect(after).not.toBe(every);
    expect(accepted(after.abstract, ['snabbhet', 'flunkerung', 'blurbness'])).toEqual([
      'snabbhet',
      'flunkerung',
    ]);
  });
});
