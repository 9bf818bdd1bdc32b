/**
 * The noun-ending tables (`nounEndings` of a language, src/lang/noun-rules.ts) as the compare checks test them: one
 * expression per set, compiled once per table. Most checks read the sets of every registered language at once
 * (`everyLanguageNouns`), the rest those of the article's language (`ownNouns`); `NounEndings` says which is which.
 */
import { keptPer } from '../core/kept.js';
import { endingIn } from '../core/regexp.js';
import { registeredLanguages, type LanguageRules, type NounEndings } from '../lang/index.js';

/** A table's sets as expressions over a lower-case word, each true when the word ends in one of the set's endings. */
export interface NounPatterns {
  readonly abstract: RegExp;
  /** An abstract ending after a lower-case letter ("erzählung"; not a bare "-ung" or "x-ung"). */
  readonly abstractAfterLetter: RegExp;
  /** An ending of `abstract` or of `notPlace`. */
  readonly notPlace: RegExp;
  readonly common: RegExp;
  readonly derivational: RegExp;
  readonly placeName: RegExp;
  readonly placePart: RegExp;
}

/** A table's patterns, made once per table. */
export const nounPatterns = keptPer((table: NounEndings): NounPatterns => ({
  abstract: endingIn(table.abstract),
  abstractAfterLetter: endingIn(table.abstract, '\\p{Ll}'),
  notPlace: endingIn([...(table.abstract ?? []), ...(table.notPlace ?? [])]),
  common: endingIn(table.common),
  derivational: endingIn(table.derivational),
  placeName: endingIn(table.placeNames),
  placePart: endingIn(table.placeParts),
}));

const NONE: NounEndings = {};

/** Each set the union of the languages' sets (each ending once, in order of registration). */
function merged(languages: readonly LanguageRules[]): NounEndings {
  const union = (set: keyof NounEndings): string[] => [
    ...new Set(languages.flatMap((l) => l.nounEndings?.[set] ?? [])),
  ];
  return {
    abstract: union('abstract'),
    notPlace: union('notPlace'),
    common: union('common'),
    derivational: union('derivational'),
    placeNames: union('placeNames'),
    placeParts: union('placeParts'),
  };
}

/** The merged table of the registered languages, made anew when a language registers (a new array then). */
const mergedOf = keptPer(merged);

/** The patterns of the sets every registered language gives, read on text of any language. */
export const everyLanguageNouns = (): NounPatterns => nounPatterns(mergedOf(registeredLanguages()));

/** The patterns of a language's own table (none match for a language without one). */
export const ownNouns = (language: Pick<LanguageRules, 'nounEndings'>): NounPatterns =>
  nounPatterns(language.nounEndings ?? NONE);
