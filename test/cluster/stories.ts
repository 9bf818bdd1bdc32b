import type { StreamArticle } from '../../src/cluster/index.js';
import { seedDocuments } from '../support/seeds.js';

/** The five example reports as stream articles (one story, 25 April 2019). */
export function exampleArticles(): StreamArticle[] {
  return seedDocuments().map((doc, i) => ({
    id: doc.id,
    text: doc.text,
    published: `2019-04-25T0${String(i)}:00:00Z`,
    language: 'de',
  }));
}

/** Short reports of other events, written for these tests: two per event. */
export const OTHER_EVENTS: readonly (StreamArticle & { readonly event: string })[] = [
  {
    event: 'flood',
    id: 'flut-1',
    title: 'Hochwasser an der Elbe: Dresden ruft Katastrophenalarm aus',
    text: 'Die Elbe ist in Dresden auf mehr als sieben Meter gestiegen. Die Stadt hat Katastrophenalarm ausgelöst, die Feuerwehr füllt Sandsäcke. In Pirna wurden 1200 Anwohner aus der Altstadt gebracht. Der Pegel soll bis Sonntag weiter steigen, teilte das Landeshochwasserzentrum mit.',
    published: '2019-04-25T08:00:00Z',
    language: 'de',
  },
  {
    event: 'flood',
    id: 'flut-2',
    title: 'Elbe-Hochwasser: Pegel in Dresden steigt weiter',
    text: 'Katastrophenalarm in Dresden: Der Pegel der Elbe lag am Abend bei sieben Metern und zehn Zentimetern. Das Landeshochwasserzentrum erwartet den Scheitel am Sonntag. In Pirna mussten 1200 Menschen ihre Wohnungen in der Altstadt verlassen, Helfer schichten Sandsäcke auf.',
    published: '2019-04-25T10:00:00Z',
    language: 'de',
  },
  {
    event: 'football',
    id: 'fussball-1',
    title: 'Bayern München gewinnt das Pokalfinale gegen Leipzig',
    text: 'Der FC Bayern München hat das Finale des DFB-Pokals in Berlin mit 3:0 gegen RB Leipzig gewonnen. Robert Lewandowski traf zweimal, Kingsley Coman einmal. Vor 74.000 Zuschauern im Olympiastadion war Leipzig nur in der ersten Halbzeit gleichwertig.',
    published: '2019-04-25T12:00:00Z',
    language: 'de',
  },
  {
    event: 'football',
    id: 'fussball-2',
    title: 'Pokalsieg: Lewandowski schießt Bayern zum Titel',
    text: 'Mit zwei Toren von Robert Lewandowski hat der FC Bayern den DFB-Pokal gewonnen. Im Berliner Olympiastadion besiegten die Münchner RB Leipzig mit 3:0, das dritte Tor erzielte Kingsley Coman. 74.000 Zuschauer sahen ein einseitiges Finale.',
    published: '2019-04-25T13:00:00Z',
    language: 'de',
  },
  {
    event: 'rates',
    id: 'zins-1',
    title: 'EZB lässt den Leitzins unverändert',
    text: 'Die Europäische Zentralbank hält den Leitzins bei null Prozent. EZB-Präsident Mario Draghi sagte in Frankfurt, die Konjunktur im Euroraum habe sich abgeschwächt. Die Notenbank will die Zinsen mindestens bis Ende 2019 nicht anheben.',
    published: '2019-04-25T14:00:00Z',
    language: 'de',
  },
  {
    event: 'rates',
    id: 'zins-2',
    title: 'Draghi: Zinsen bleiben bis Ende 2019 bei null',
    text: 'Die EZB hat ihre Geldpolitik nicht geändert: Der Leitzins bleibt bei null Prozent. Mario Draghi begründete das in Frankfurt mit der schwächeren Konjunktur im Euroraum. Eine Anhebung der Zinsen schloss die Zentralbank bis Ende 2019 aus.',
    published: '2019-04-25T15:00:00Z',
    language: 'de',
  },
];
