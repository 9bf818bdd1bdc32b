/**
 * The shape of the per-language table the fact matcher reads (`src/lang/<code>/facts.ts`): word forms a stemmer
 * leaves apart although they name the same thing — strong verbs whose participle changes its vowel
 * (`getroffen` → `treffen`), adverbs beside their adjective (`erstmals` → `erst`). The story stage uses it to
 * tell that two sentences say the same fact in other words.
 */
export interface FactRules {
  /** Lower-case word form → the lower-case word it stands for (the matcher compares the stems of both). */
  readonly forms: Readonly<Record<string, string>>;
  /** Lower-case words that carry no fact of their own beyond the stopwords (`mal` of "zum ersten Mal"). */
  readonly ignore: readonly string[];
}
