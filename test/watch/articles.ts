/**
 * The example story (examples/kim-putin-2019) as five article pages of one local news site, and a sixth report of
 * the same summit written for these tests, as the feed items that link to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE = new URL('../../examples/kim-putin-2019/', import.meta.url).pathname;

export interface Article {
  readonly path: string;
  readonly title: string;
  readonly date: string;
  readonly text: string;
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A simple article page: title, publication time and one paragraph per block of the text. */
export function articleHtml(article: Article): string {
  const paragraphs = article.text
    .split(/\n\s*\n/u)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${esc(article.title)}</title>
<meta property="article:published_time" content="${article.date}"></head>
<body><header><nav><a href="/">Startseite</a> <a href="/politik/">Politik</a></nav></header>
<main><article><h1>${esc(article.title)}</h1>
${paragraphs}
</article></main><footer>© Testblatt</footer></body></html>`;
}

const TITLES = [
  'Kim Jong-un auf dem Weg zu Putin nach Wladiwostok',
  'Kim und Putin: Sekt und Borschtsch nach dem ersten Gipfel',
  'Kim und Putin schicken einen Gruß an Trump',
  'Kim und Putin treffen sich in Wladiwostok',
  'Kim-Putin-Gipfel in Wladiwostok: Nur ein taktischer Erfolg',
];

/** When each report appeared (the preview the day before the summit, the others on its two days). */
const DATES = [
  '2019-04-24T06:00:00Z',
  '2019-04-25T20:00:00Z',
  '2019-04-26T08:00:00Z',
  '2019-04-25T07:00:00Z',
  '2019-04-26T10:00:00Z',
];

/** The five example reports, as pages `/politik/gipfel-1` … `/politik/gipfel-5`. */
export function exampleArticles(): Article[] {
  const files = readdirSync(EXAMPLE)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.map((f, i) => ({
    path: `/politik/gipfel-${String(i + 1)}`,
    title: TITLES[i] ?? f,
    date: DATES[i] ?? '2019-04-26T12:00:00Z',
    text: readFileSync(join(EXAMPLE, f), 'utf8').replace(/^\s*date \d{4}-\d{2}\s*/u, ''),
  }));
}

/** A sixth report of the summit (written for these tests). */
export const SIXTH: Article = {
  path: '/politik/gipfel-6',
  title: 'Nach dem Gipfel in Wladiwostok: Kim reist früher ab',
  date: '2019-04-26T15:00:00Z',
  text: `Nach seinem Gipfeltreffen mit Kremlchef Wladimir Putin in Wladiwostok hat Nordkoreas Machthaber Kim Jong-un die Heimreise früher angetreten als geplant. Sein gepanzerter Sonderzug verließ die russische Pazifikstadt am Freitagnachmittag, wie russische Agenturen meldeten.

Putin hatte nach dem Treffen auf der Insel Russki gesagt, Nordkorea brauche Sicherheitsgarantien, wenn es sein Atomprogramm aufgeben solle. Kim Jong-un warf den USA vor, beim Gipfel mit Donald Trump in Hanoi "einseitig und in böser Absicht" gehandelt zu haben.

Eine gemeinsame Erklärung gab es in Wladiwostok nicht. Beobachter werteten das erste Treffen von Kim und Putin als Signal an Washington: Nordkorea sucht nach dem gescheiterten Gipfel in Hanoi neue Partner, Russland will bei den Verhandlungen über die koreanische Halbinsel mitreden.

Putin kündigte an, die Ergebnisse des Treffens mit Kim an die USA und an China weiterzugeben. Einen Termin für ein nächstes Treffen nannten beide Staatschefs nicht.`,
};
