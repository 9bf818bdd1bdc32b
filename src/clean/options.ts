import { normaliseLanguageTag, registeredLanguages, type LanguageRules } from '../lang/index.js';

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

export function normaliseCleanOptions(options: CleanOptions = {}): NormalisedCleanOptions {
  const all = registeredLanguages();
  const codes = (options.languages ?? []).map(normaliseLanguageTag);
  const languages = codes
    .map((code) => all.find((l) => l.code === code))
    .filter((l): l is LanguageRules => l !== undefined);
  return { languages: languages.length > 0 ? languages : all, crossDocument: options.crossDocument ?? true };
}
