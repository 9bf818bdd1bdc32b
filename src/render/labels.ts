/** Words the rendered brief uses, per language of the brief (English when a language has none). */
export interface Labels {
  readonly sources: string;
  readonly unknownSource: string;
  readonly undated: string;
  readonly brief: string;
  readonly articleText: string;
  readonly removed: string;
  readonly alsoReportedBy: string;
  readonly generatedBy: string;
}

const LABELS: Readonly<Record<string, Labels>> = {
  de: {
    sources: 'Quellen',
    unknownSource: 'Quelle unbekannt',
    undated: 'ohne Datum',
    brief: 'Kurzfassung',
    articleText: 'Bereinigter Text',
    removed: 'Entfernt',
    alsoReportedBy: 'auch berichtet von',
    generatedBy: 'Erstellt mit Lagebild; jede Zeile ist eine Stelle aus der genannten Quelle.',
  },
  en: {
    sources: 'Sources',
    unknownSource: 'unknown outlet',
    undated: 'undated',
    brief: 'Brief',
    articleText: 'Cleaned text',
    removed: 'Removed',
    alsoReportedBy: 'also reported by',
    generatedBy: 'Made with Lagebild; every line is a passage of the source it cites.',
  },
};

export function labelsFor(language: string): Labels {
  return LABELS[language] ?? (LABELS['en'] as Labels);
}
