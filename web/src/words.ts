/** Words of the page itself (the brief's own words come from src/render/labels.ts). */
export interface Words {
  readonly stories: string;
  readonly search: string;
  readonly searchButton: string;
  readonly sources: string;
  readonly articles: string;
  readonly languages: string;
  readonly updated: string;
  readonly noStories: string;
  readonly loading: string;
  readonly back: string;
  readonly previous: string;
  readonly next: string;
  readonly page: string;
  readonly notSummarised: string;
  readonly closest: string;
  readonly noSentence: string;
  readonly citation: string;
  readonly conflict: string;
  readonly matrixNote: string;
  readonly showMore: string;
  readonly storyline: string;
  readonly earlierChapters: string;
  readonly laterChapters: string;
}

const WORDS: Readonly<Record<string, Words>> = {
  de: {
    stories: 'Geschichten',
    search: 'Volltextsuche',
    searchButton: 'Suchen',
    sources: 'Quellen',
    articles: 'Artikel',
    languages: 'Sprachen',
    updated: 'aktualisiert',
    noStories: 'Keine Geschichten gefunden.',
    loading: 'Lädt …',
    back: '← Alle Geschichten',
    previous: '← Neuere',
    next: 'Ältere →',
    page: 'Seite',
    notSummarised: 'Für diese Geschichte gibt es noch keine Kurzfassung.',
    closest: 'ähnlichster Satz',
    noSentence: 'berichtet dasselbe (kein einzelner Satz zugeordnet)',
    citation: 'Quelle',
    conflict: 'Abweichung',
    matrixNote: 'Zeile i, Spalte j: Anteil der Sätze von Quelle i, die Quelle j bestätigt.',
    showMore: 'weitere anzeigen',
    storyline: 'Handlungsstrang',
    earlierChapters: 'Frühere Kapitel',
    laterChapters: 'Spätere Kapitel',
  },
  en: {
    stories: 'Stories',
    search: 'Full-text search',
    searchButton: 'Search',
    sources: 'sources',
    articles: 'articles',
    languages: 'languages',
    updated: 'updated',
    noStories: 'No stories found.',
    loading: 'Loading …',
    back: '← All stories',
    previous: '← Newer',
    next: 'Older →',
    page: 'page',
    notSummarised: 'This story has no brief yet.',
    closest: 'closest sentence',
    noSentence: 'reports the same (no single sentence matched)',
    citation: 'source',
    conflict: 'conflict',
    matrixNote: 'Row i, column j: share of source i’s sentences that source j corroborates.',
    showMore: 'show more',
    storyline: 'Storyline',
    earlierChapters: 'Earlier chapters',
    laterChapters: 'Later chapters',
  },
};

export function wordsFor(language: string): Words {
  return WORDS[language.slice(0, 2).toLowerCase()] ?? (WORDS['en'] as Words);
}
