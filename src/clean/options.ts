import { LANGUAGES, type LanguageRules } from '../lang/index.js';

/** Cleaning options as a user gives them. */
export interface CleanOptions {
  /** Languages whose boilerplate tables apply (default: every language with tables). Pages mix languages. */
  readonly languages?: readonly string[];
  /** Use the cross-document signal: short lines repeating across the articles cleaned together (default true). */
  readonly crossDocument?: boolean;
}

/** What the cleaning stage works with. */
export interface NormalisedCleanOptions {
  readonly languages: readonly LanguageRules[];
  readonly crossDocument: boolean;
}

const ALL = Object.values(LANGUAGES);

export function normaliseCleanOptions(options: CleanOptions = {}): NormalisedCleanOptions {
  const codes = options.languages;
  const languages =
    codes === undefined || codes.length === 0
      ? ALL
      : codes.map((c) => LANGUAGES[c]).filter((l): l is LanguageRules => l !== undefined);
  return { languages: languages.length > 0 ? languages : ALL, crossDocument: options.crossDocument ?? true };
}
