import { createRequire } from 'node:module';

// Loaded with require: JSON import attributes warn as experimental on some Node 20 releases.
const LISTS = createRequire(import.meta.url)('stopwords-iso') as Readonly<Record<string, readonly string[]>>;
const EMPTY: ReadonlySet<string> = new Set();
const sets = new Map<string, ReadonlySet<string>>();

/** The stopwords-iso list of a language (ISO 639-1) as a set of lower-case words; empty when there is none. */
export function stopwordsFor(language: string): ReadonlySet<string> {
  let set = sets.get(language);
  if (!set) {
    const list = Object.hasOwn(LISTS, language) ? LISTS[language] : undefined;
    set = list ? new Set(list.map((w) => w.toLowerCase())) : EMPTY;
    sets.set(language, set);
  }
  return set;
}
