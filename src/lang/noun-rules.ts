/**
 * The shape of a language's noun-ending table (`src/lang/<code>/noun-endings.ts`): lower-case endings of its common
 * nouns, by what a word ending in one is not. The compare stage tells common nouns from names with them (a
 * capitalised "Forderungen" is no one's name, "aus Ländern" names no place). Each set is compiled once per table
 * (src/compare/noun-endings.ts); a language without the table has no endings of its own.
 *
 * Which languages' sets a check reads is said at each set: most checks read the sets of every registered language
 * at once, on text of any language (names travel between languages, and these checks were always applied to all
 * text: German endings on English text too); the two German-only checks read the article's language alone.
 */
export interface NounEndings {
  /**
   * Endings of abstract nouns, singular and plural ("-ung", "-ungen", "-heit", "-schaft"): a word with one is no name
   * of a person, an organisation or a place, and a subject with one as its head names a thing, no speaker ("Die
   * Erzählung"). Read for every language; the speaker check (German only) reads the article's language's.
   */
  readonly abstract?: readonly string[];
  /**
   * Endings of nouns that end no place's name, though a person's may end so (English "-ment", "-ity": "Clement",
   * "Trinity"); the place checks read them beside `abstract`. Read for every language.
   */
  readonly notPlace?: readonly string[];
  /**
   * Endings of common nouns (plurals, loan words): a word after a place preposition with one is no place on that
   * evidence alone ("aus Ländern", "in Kürze", "nach Angaben") unless it ends in `placeNames`. Read for every
   * language.
   */
  readonly common?: readonly string[];
  /**
   * The part of `common` that makes a capitalised word after a name a noun, not the next part of a longer name
   * ("Physik", "Partei", "Kultur", "Flüchtling"). Read for the article's language (only one that writes its nouns
   * capitalised).
   */
  readonly derivational?: readonly string[];
  /** Endings of place names that `common` would take for common nouns ("Göttingen", "Bremerhaven"). Every language. */
  readonly placeNames?: readonly string[];
  /**
   * Last parts of place names that are also common nouns ("Weinsberg", "Oberstdorf", "Sauerland"): a compound ending
   * in one may be a place, one ending in another common noun is none ("in Lebensgefahr"). Every language.
   */
  readonly placeParts?: readonly string[];
}
