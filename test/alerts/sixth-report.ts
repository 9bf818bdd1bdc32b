/** A sixth German report of the example story (written for these tests), from an outlet the example lacks. */
import { textDocument } from '../store/fixtures.js';

export const SIXTH_REPORT = textDocument(
  'sechster-bericht',
  [
    'Putin: Kim braucht Sicherheitsgarantien',
    '',
    'Nach seinem ersten Gipfeltreffen mit Nordkoreas Machthaber Kim Jong Un in Wladiwostok hat Russlands Präsident Wladimir Putin internationale Sicherheitsgarantien für Pjöngjang gefordert. Nordkorea brauche Garantien für seine Sicherheit und seine Souveränität, sagte Putin am Donnerstagabend auf der Insel Russki vor Journalisten. Die Gespräche mit Kim seien offen und inhaltsreich gewesen.',
    '',
    'Eine gemeinsame Erklärung gab es nach dem Treffen nicht. Putin kündigte an, die Regierungen in Washington und Peking über die Ergebnisse zu unterrichten. Kim Jong Un sagte nach Angaben der staatlichen Nachrichtenagentur KCNA, der Frieden auf der koreanischen Halbinsel hänge vom Verhalten der USA ab.',
    '',
    'Am Freitag legte Kim in Wladiwostok einen Kranz nieder und trat anschließend mit seinem gepanzerten Sonderzug die Rückreise nach Pjöngjang an.',
  ].join('\n'),
  {
    title: 'Putin: Kim braucht Sicherheitsgarantien',
    source: 'Ostsee-Rundschau',
    url: 'https://ostsee-rundschau.example/politik/putin-kim-gipfel',
    published: '2019-04-26',
    language: 'de',
  },
);

/** Another report of the example story that names no outlet: no source name, no URL, no copyright or wire line. */
export const ANONYMOUS_REPORT = textDocument(
  'anonymer-bericht',
  [
    'Kim verlässt Wladiwostok nach Gipfel mit Putin',
    '',
    'Nach dem Gipfeltreffen mit Russlands Präsident Wladimir Putin hat Nordkoreas Machthaber Kim Jong Un Wladiwostok am Freitag wieder verlassen. Sein gepanzerter Sonderzug fuhr am Nachmittag in Richtung Pjöngjang ab. Zuvor hatte Kim an einem Denkmal für gefallene Soldaten einen Kranz niedergelegt.',
    '',
    'Putin hatte nach dem Treffen auf der Insel Russki gesagt, Nordkorea brauche Sicherheitsgarantien. Ein gemeinsames Abschlussdokument gab es nicht.',
  ].join('\n'),
  { title: 'Kim verlässt Wladiwostok nach Gipfel mit Putin', published: '2019-04-26', language: 'de' },
);
