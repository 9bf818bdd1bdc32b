import { de } from './de/index.js';
import { en } from './en/index.js';
import type { LanguageRules } from './types.js';

export type { CleanRules, LanguageRules, SentenceRules } from './types.js';

/** Languages with their own rule tables. Add a folder beside `de/` and `en/` and register it here. */
export const LANGUAGES: Readonly<Record<string, LanguageRules>> = { de, en };

/** The rules of a language; languages without tables fall back to English punctuation rules. */
export function rulesFor(code: string): LanguageRules {
  return LANGUAGES[code] ?? en;
}
