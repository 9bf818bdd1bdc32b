/**
 * The language registry: one folder of data tables per language (`de/`, `en/`), registered here, and `rulesFor`,
 * the one lookup every stage uses. Adding a language is adding a folder and one line below (or, from outside the
 * package, calling `registerLanguage` with the folder's tables); see docs/languages.md.
 */
import { DEFAULT_CLUSTER_RULES } from './cluster-rules.js';
import { de } from './de/index.js';
import { en } from './en/index.js';
import { registerMessages } from './messages.js';
import { normaliseLanguageTag } from './tags.js';
import type { LanguageRules, LanguageTables } from './types.js';

export type * from './types.js';
export type * from './message-types.js';
export { DEFAULT_CLUSTER_RULES } from './cluster-rules.js';
export { LANGUAGE_CODES, languageTagProblem, normaliseLanguageTag } from './tags.js';
export { countText, messagesFor, plural } from './messages.js';
export { scriptOf } from './scripts.js';

const registry = new Map<string, LanguageRules>();
/** The registered languages as one array, replaced on registration (the cleaning stage caches by it). */
let registered: readonly LanguageRules[] = [];

function add(rules: LanguageRules): LanguageRules {
  registry.set(rules.code, rules);
  registered = Object.freeze([...registry.values()]);
  return rules;
}

add(de);
add(en);

/**
 * Registers a language's tables (a folder like `src/lang/de/`), and returns its rules. Compare, cluster and kind tables
 * it does not give are those a language without tables gets: English compare and kind tables, default cluster rules. Throws a
 * `RangeError` when the code is no ISO 639-1 code in normal form or the language has tables already.
 */
export function registerLanguage(tables: LanguageTables): LanguageRules {
  if (normaliseLanguageTag(tables.code) !== tables.code)
    throw new RangeError(
      `a language is registered by its ISO 639-1 code, such as "nl", not "${tables.code}"`,
    );
  if (registry.has(tables.code)) throw new RangeError(`the language "${tables.code}" has tables already`);
  if (tables.messages !== undefined) registerMessages({ ...tables.messages, code: tables.code });
  return add({
    ...tables,
    compare: tables.compare ?? en.compare,
    cluster: tables.cluster ?? DEFAULT_CLUSTER_RULES,
    kinds: tables.kinds ?? en.kinds,
  });
}

/** Every language with tables of its own (what the cleaning stage applies when no language is set). */
export function registeredLanguages(): readonly LanguageRules[] {
  return registered;
}

/**
 * The rules of a language, by its code (a tag is normalised first: `de-AT` → the German rules). A language
 * without tables gets the English ones (punctuation, compare tables; default cluster rules): its stemmer and
 * stopwords still follow its own code (src/analyse/stemmers.ts, stopwords.ts).
 */
export function rulesFor(code: string): LanguageRules {
  const rules = registry.get(code);
  if (rules) return rules;
  const normal = normaliseLanguageTag(code);
  return (normal !== undefined ? registry.get(normal) : undefined) ?? en;
}
