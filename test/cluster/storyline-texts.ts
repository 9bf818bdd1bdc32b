/**
 * Stories written for the storyline tests: a trial reported at its opening and at its verdict two weeks later
 * (one storyline), and later stories that share a country, a person or a court with them but are other events.
 */
import type { SourceDocument } from '../../src/core/types.js';
import type { StreamArticle } from '../../src/cluster/index.js';
import { seedDocuments } from '../support/seeds.js';

export function textDocument(
  id: string,
  title: string,
  text: string,
  published: string,
  source: string,
): SourceDocument {
  return { id, format: 'json', text, meta: { title, published, source, language: 'de' }, removed: [] };
}

/** The example story split in two chapters with five days between them: the previews, then the reports. */
export function kimPutinChapters(): SourceDocument[] {
  const previews = new Set(['000_62401ecbec18278e', '003_5615875bba8a24d2']);
  return seedDocuments().map((doc, i) => ({
    ...doc,
    meta: {
      ...doc.meta,
      language: 'de',
      published: previews.has(doc.id) ? `2019-04-19T0${String(i)}:00:00Z` : `2019-04-25T1${String(i)}:00:00Z`,
    },
  }));
}

export const TRIAL_OPENING: readonly SourceDocument[] = [
  textDocument(
    'prozess-auftakt-1',
    'Prozessauftakt in Stuttgart: Ex-Manager von Sanitas Bau wegen Untreue angeklagt',
    'Vor dem Landgericht Stuttgart hat am Montag der Prozess gegen den früheren Finanzvorstand der Sanitas Bau AG, Jürgen Weidenbach, begonnen. Die Staatsanwaltschaft wirft ihm Untreue in 14 Fällen vor: Er soll zwischen 2015 und 2018 rund 3,2 Millionen Euro auf Konten einer Briefkastenfirma in Liechtenstein umgeleitet haben. Weidenbach äußerte sich zum Auftakt nicht. Sein Verteidiger kündigte an, die Vorwürfe in einer Erklärung zurückzuweisen. Das Gericht hat zwölf Verhandlungstage angesetzt.',
    '2023-03-06T10:00:00Z',
    'Stuttgarter Nachrichten',
  ),
  textDocument(
    'prozess-auftakt-2',
    'Sanitas-Prozess: Weidenbach schweigt zu Untreue-Vorwürfen',
    'Der frühere Finanzchef der Sanitas Bau AG, Jürgen Weidenbach, muss sich seit Montag vor dem Landgericht Stuttgart verantworten. Laut Anklage hat er 3,2 Millionen Euro des Bauunternehmens über eine Briefkastenfirma in Liechtenstein beiseitegeschafft. Zum Prozessauftakt schwieg der 58-Jährige. Die Wirtschaftsstrafkammer will bis Ende März ein Urteil sprechen.',
    '2023-03-06T15:00:00Z',
    'SWR',
  ),
];

export const TRIAL_VERDICT: readonly SourceDocument[] = [
  textDocument(
    'prozess-urteil-1',
    'Urteil im Sanitas-Prozess: Dreieinhalb Jahre Haft für Weidenbach',
    'Das Landgericht Stuttgart hat den früheren Finanzvorstand der Sanitas Bau AG, Jürgen Weidenbach, wegen Untreue zu dreieinhalb Jahren Haft verurteilt. Die Kammer sah es als erwiesen an, dass er 3,2 Millionen Euro über eine Briefkastenfirma in Liechtenstein abgezweigt hatte. Weidenbach hatte nach zwei Wochen Verhandlung ein Teilgeständnis abgelegt. Die Verteidigung will Revision einlegen.',
    '2023-03-21T12:00:00Z',
    'Stuttgarter Zeitung',
  ),
  textDocument(
    'prozess-urteil-2',
    'Sanitas Bau: Ex-Finanzchef Weidenbach muss ins Gefängnis',
    'Dreieinhalb Jahre Haft wegen Untreue: So lautet das Urteil des Landgerichts Stuttgart gegen Jürgen Weidenbach, den früheren Finanzvorstand der Sanitas Bau AG. Er hatte 3,2 Millionen Euro des Unternehmens nach Liechtenstein geschafft. Der Vorsitzende Richter sprach von einem erheblichen Vertrauensbruch. Das Urteil ist noch nicht rechtskräftig.',
    '2023-03-21T16:00:00Z',
    'SWR',
  ),
];

/** Later stories that share names with the ones above but are other events: each its own storyline. */
export const UNRELATED_LATER: readonly SourceDocument[] = [
  textDocument(
    'putin-erdogan',
    'Putin empfängt Erdoğan in Sotschi: Gespräche über Syrien',
    'Russlands Präsident Wladimir Putin hat den türkischen Staatschef Recep Tayyip Erdoğan in Sotschi am Schwarzen Meer empfangen. Im Mittelpunkt standen die Lage in der syrischen Provinz Idlib und der Bau des Kernkraftwerks Akkuyu. Beide vereinbarten, die gemeinsamen Patrouillen in Nordsyrien fortzusetzen.',
    '2019-05-08T10:00:00Z',
    'Deutschlandfunk',
  ),
  textDocument(
    'stuttgart-stadion',
    'Stuttgart: Gemeinderat beschließt Umbau des Neckarstadions',
    'Der Stuttgarter Gemeinderat hat den Umbau des Neckarstadions beschlossen. Die Stadt trägt 40 Millionen Euro der Kosten, den Rest übernimmt der VfB Stuttgart. Die Arbeiten sollen im Sommer beginnen und bis zur Europameisterschaft abgeschlossen sein.',
    '2023-03-24T09:00:00Z',
    'Stuttgarter Nachrichten',
  ),
];

/** The trial's two chapters and the unrelated later report as the clusterer's articles (German, titles and dates). */
export const STORYLINE_ARTICLES: readonly StreamArticle[] = [
  ...TRIAL_OPENING,
  ...TRIAL_VERDICT,
  ...UNRELATED_LATER,
].map((d) => ({
  id: d.id,
  text: d.text,
  ...(d.meta.title !== undefined ? { title: d.meta.title } : {}),
  ...(d.meta.published !== undefined ? { published: d.meta.published } : {}),
  language: 'de',
}));
