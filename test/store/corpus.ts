/**
 * A generated corpus for the crash and worker tests: well-separated topics of the same few days (written for
 * these tests; the clusterer closes stories quiet for longer than its window), each
 * article a different ordered choice of four of its topic's eight sentences, so no two articles are duplicates.
 */
import type { SourceDocument } from '../../src/core/types.js';

interface Topic {
  readonly key: string;
  readonly language: string;
  readonly date: string;
  readonly title: string;
  readonly sentences: readonly string[];
}

const TOPICS: readonly Topic[] = [
  {
    key: 'vulkan',
    language: 'de',
    date: '2024-05-02',
    title: 'Vulkan Ätna spuckt Lava',
    sentences: [
      'Der Ätna auf Sizilien ist in der Nacht zum Donnerstag erneut ausgebrochen.',
      'Lavafontänen stiegen nach Angaben des Vulkanologischen Instituts bis zu 800 Meter hoch.',
      'Der Flughafen Catania stellte den Betrieb wegen der Aschewolke vorübergehend ein.',
      'Anwohner in den Dörfern am Südhang wurden aufgefordert, Fenster geschlossen zu halten.',
      'Asche bedeckte Straßen und Autos in Catania mit einer schwarzen Schicht.',
      'Verletzt wurde nach Angaben des Zivilschutzes niemand.',
      'Der Ätna ist mit rund 3300 Metern der höchste aktive Vulkan Europas.',
      'Vulkanologen rechnen mit weiteren Ausbrüchen in den kommenden Tagen.',
    ],
  },
  {
    key: 'marathon',
    language: 'en',
    date: '2024-05-02',
    title: 'Kenyan runner breaks London Marathon record',
    sentences: [
      'Kenyan runner Alexander Mutiso won the London Marathon in two hours and four minutes on Sunday.',
      'The 27-year-old pulled away from the leading group near Tower Bridge.',
      'More than 50,000 runners crossed the finish line on The Mall, organisers said.',
      'Mutiso said the cool weather and the flat course had helped him.',
      'In the women’s race, Peres Jepchirchir set a new women-only world record.',
      'Crowds lined the Embankment despite light rain in the morning.',
      'The race raised a record sum for charities, according to the organisers.',
      'Mutiso now hopes to be selected for the Olympic marathon in Paris.',
    ],
  },
  {
    key: 'zinsen',
    language: 'de',
    date: '2024-05-03',
    title: 'EZB senkt den Leitzins',
    sentences: [
      'Die Europäische Zentralbank hat den Leitzins erstmals seit fünf Jahren gesenkt.',
      'Der Einlagensatz sinkt um 0,25 Prozentpunkte auf 3,75 Prozent, teilte die EZB in Frankfurt mit.',
      'EZB-Präsidentin Christine Lagarde sagte, die Inflation sei deutlich zurückgegangen.',
      'Sparer müssen sich auf sinkende Zinsen für Tagesgeld einstellen.',
      'Für Immobilienkäufer könnten Kredite etwas günstiger werden.',
      'Ökonomen hatten den Schritt nach der Sitzung des EZB-Rats erwartet.',
      'Weitere Senkungen ließ Lagarde ausdrücklich offen.',
      'Die Inflationsrate im Euroraum lag zuletzt bei 2,6 Prozent.',
    ],
  },
  {
    key: 'satellite',
    language: 'en',
    date: '2024-05-03',
    title: 'Weather satellite launched from French Guiana',
    sentences: [
      'An Ariane rocket carried a new European weather satellite into orbit from Kourou in French Guiana.',
      'The satellite will measure temperature and humidity over Europe every ten minutes.',
      'Engineers at the control centre in Darmstadt confirmed a first signal after 40 minutes.',
      'The mission is expected to improve forecasts of thunderstorms and heavy rain.',
      'Its solar panels unfolded as planned a few hours after launch.',
      'The satellite weighs almost four tonnes and cost around 700 million euros.',
      'Meteorologists expect the first images to reach forecasters in the summer.',
      'It is the second of six satellites in the programme.',
    ],
  },
  {
    key: 'museum',
    language: 'de',
    date: '2024-05-04',
    title: 'Goldmünzen aus Museum in Manching gestohlen',
    sentences: [
      'Unbekannte haben aus dem Kelten-Römer-Museum in Manching einen keltischen Goldschatz gestohlen.',
      'Die Täter erbeuteten nach Angaben der Polizei 483 Goldmünzen aus der Zeit um 100 vor Christus.',
      'Die Alarmanlage des Museums war in der Nacht offenbar ausgefallen.',
      'Das Landeskriminalamt Bayern hat die Ermittlungen übernommen.',
      'Der Wert des Schatzes wird auf mehrere Millionen Euro geschätzt.',
      'Archäologen fürchten, dass die Münzen eingeschmolzen werden könnten.',
      'Der Goldschatz war 1999 bei Ausgrabungen in Manching gefunden worden.',
      'Die Polizei bittet Zeugen um Hinweise auf verdächtige Fahrzeuge.',
    ],
  },
  {
    key: 'wildfire',
    language: 'en',
    date: '2024-05-04',
    title: 'Wildfire forces thousands to flee in California',
    sentences: [
      'A wildfire in northern California has forced more than 4,000 people to leave their homes.',
      'The Park Fire has burned over 350,000 acres near the town of Chico, fire officials said.',
      'Strong winds and dry vegetation drove the flames across the Sacramento Valley.',
      'Governor Gavin Newsom declared a state of emergency for Butte County.',
      'More than 2,500 firefighters were battling the blaze on Sunday.',
      'Police arrested a man suspected of starting the fire by pushing a burning car into a gully.',
      'Smoke from the fire drifted as far as Nevada and Oregon.',
      'Officials warned that the fire was only 12 percent contained.',
    ],
  },
];

const OUTLETS = ['Nordkurier', 'Daily Ledger', 'Rundschau', 'Morning Post', 'Tageblatt', 'Evening Star'];

/** The k-th ordered choice of `take` of `n` indices (distinct for every k below n!/(n-take)!). */
function arrangement(k: number, n: number, take: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  let rest = k;
  for (let i = 0; i < take; i++) {
    const index = rest % pool.length;
    rest = Math.floor(rest / pool.length);
    out.push(...pool.splice(index, 1));
  }
  return out;
}

export function corpusArticle(i: number): SourceDocument {
  const topic = TOPICS[i % TOPICS.length] as Topic;
  const k = Math.floor(i / TOPICS.length);
  const body = arrangement(k, topic.sentences.length, 4).map((s) => topic.sentences[s] ?? '');
  const outlet = OUTLETS[k % OUTLETS.length] ?? 'Outlet';
  const id = `${topic.key}-${String(k).padStart(4, '0')}`;
  const text = `${topic.title}\n\n${body.slice(0, 2).join(' ')}\n\n${body.slice(2).join(' ')}`;
  return {
    id,
    file: `${id}.txt`,
    format: 'text',
    text,
    meta: {
      title: topic.title,
      source: outlet,
      url: `https://news.example/${topic.key}/${String(k)}`,
      published: topic.date,
      language: topic.language,
    },
    removed: [],
  };
}

/** Articles `from`…`to - 1` as JSONL, the way `lagebild ingest` reads records on stdin or from a file. */
export function corpusJsonl(from: number, to: number): string {
  const lines: string[] = [];
  for (let i = from; i < to; i++) {
    const a = corpusArticle(i);
    lines.push(JSON.stringify({ id: a.id, text: a.text, ...a.meta }));
  }
  return lines.join('\n') + '\n';
}

export function corpusIds(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, j) => corpusArticle(from + j).id);
}

export const TOPIC_COUNT = TOPICS.length;
