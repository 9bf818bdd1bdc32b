import type { EntityType } from '../compare/types.js';
import type { ArticleKind, LineLabel } from '../core/types.js';
import type { DayPart } from '../lang/index.js';
import { messagesFor, type MessageTable } from '../lang/messages.js';

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
  readonly consensus: string;
  readonly conflicts: string;
  readonly quotes: string;
  readonly timeline: string;
  readonly entities: string;
  readonly coverage: string;
  readonly unattributed: string;
  /** After the speaker of reported (indirect) speech: "Putin (indirekt): …". */
  readonly reported: string;
  readonly inferred: string;
  /** The parts of the day a timeline item's time may be (TIMEX3 codes): "abends", "morgens". */
  readonly dayParts: Readonly<Record<DayPart, string>>;
  /** The language's message table: counted phrases ("1 Nennung", "3 Nennungen") with its plural rules. */
  readonly messages: MessageTable;
  /** The name of each type of entity ("Person", "Ort", "Organisation"). */
  readonly entityTypes: Readonly<Record<EntityType, string>>;
  readonly singleSource: string;
  /** After a line carried by several independent publishers: "2 unabhängige Quellen". */
  readonly independentSources: (n: number) => string;
  /** Before the wire service an article is copy of: "Agenturtext dpa". */
  readonly wireCopy: string;
  /** The name of each kind of article, shown next to its source. */
  readonly kinds: Readonly<Record<ArticleKind, string>>;
  /** What a line from a preview or an opinion piece is marked with. */
  readonly lineLabels: Readonly<Record<LineLabel, string>>;
}

const LABELS: Readonly<Record<string, Omit<Labels, 'messages'>>> = {
  de: {
    sources: 'Quellen',
    unknownSource: 'Quelle unbekannt',
    undated: 'ohne Datum',
    brief: 'Kurzfassung',
    articleText: 'Bereinigter Text',
    removed: 'Entfernt',
    alsoReportedBy: 'auch berichtet von',
    generatedBy: 'Erstellt mit Lagebild; jede Zeile ist eine Stelle aus der genannten Quelle.',
    consensus: 'Was mehrere Quellen berichten',
    conflicts: 'Abweichende Zahlen',
    quotes: 'Zitate',
    timeline: 'Zeitleiste',
    entities: 'Personen, Orte, Organisationen',
    coverage: 'Überschneidung der Quellen',
    unattributed: 'ohne Zuordnung',
    reported: 'indirekt',
    inferred: 'erschlossen',
    dayParts: { MO: 'morgens', MI: 'mittags', AF: 'nachmittags', EV: 'abends', NI: 'nachts' },
    entityTypes: { person: 'Person', place: 'Ort', organization: 'Organisation' },
    singleSource: 'Nur in einer Quelle',
    independentSources: (n) => `${n} unabhängige Quellen`,
    wireCopy: 'Agenturtext',
    kinds: {
      report: 'Bericht',
      preview: 'Vorbericht',
      opinion: 'Meinung',
      analysis: 'Analyse',
      interview: 'Interview',
      'press-release': 'Pressemitteilung',
      live: 'Liveblog',
      other: 'Sonstiges',
    },
    lineLabels: { preview: 'Vorab berichtet', opinion: 'Meinung' },
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
    consensus: 'What several sources report',
    conflicts: 'Figures that differ',
    quotes: 'Quotes',
    timeline: 'Timeline',
    entities: 'People, places, organisations',
    coverage: 'Overlap of the sources',
    unattributed: 'unattributed',
    reported: 'reported',
    inferred: 'inferred',
    dayParts: { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night' },
    entityTypes: { person: 'person', place: 'place', organization: 'organization' },
    singleSource: 'Only in one source',
    independentSources: (n) => `${n} independent sources`,
    wireCopy: 'wire copy',
    kinds: {
      report: 'report',
      preview: 'preview',
      opinion: 'opinion',
      analysis: 'analysis',
      interview: 'interview',
      'press-release': 'press release',
      live: 'live blog',
      other: 'other',
    },
    lineLabels: { preview: 'expected', opinion: 'opinion' },
  },
};

const cache = new Map<string, Labels>();

export function labelsFor(language: string): Labels {
  let labels = cache.get(language);
  if (labels === undefined) {
    const words = LABELS[language] ?? (LABELS['en'] as Omit<Labels, 'messages'>);
    labels = { ...words, messages: messagesFor(LABELS[language] !== undefined ? language : 'en') };
    cache.set(language, labels);
  }
  return labels;
}

/** A timeline item's date with its time of day where known: "2019-04-25, 20:00", "2019-04-25, abends". */
export function dateWithTime(date: string, time: string | undefined, labels: Labels): string {
  if (time === undefined) return date;
  const part = (labels.dayParts as Readonly<Record<string, string>>)[time];
  return `${date}, ${part ?? time}`;
}
