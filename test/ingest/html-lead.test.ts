import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';

const BODY = [
  'Nach Angaben der Polizei war der Fahrer des Lastwagens am frühen Morgen auf der Autobahn ins Schleudern geraten.',
  'Die Strecke blieb für mehrere Stunden in beiden Richtungen gesperrt, der Verkehr staute sich auf zwölf Kilometer.',
  'Verletzt wurde nach ersten Erkenntnissen niemand, der Sachschaden wird auf mehrere zehntausend Euro geschätzt.',
  'Ein Kran musste den Anhänger aufrichten, bevor die Feuerwehr die ausgelaufenen Betriebsstoffe abstreuen konnte.',
  'Die Autobahnpolizei rät, die Unfallstelle in den nächsten Tagen weiträumig zu umfahren, weil Reparaturen anstehen.',
];
const LEAD = 'Ein umgekippter Lastwagen hat am Dienstag die A7 bei Kassel stundenlang blockiert.';

function textOf(html: string): string {
  const result = parseHtml(html);
  if (isHtmlFailure(result)) throw new Error(result.problem);
  return result.value.text;
}

describe('parseHtml: lead paragraph in the article header', () => {
  it('puts a standfirst from the header back in front of the text', () => {
    const html = `<html><body><div class="page"><header class="page-header"><h1>Lastwagen blockiert A7</h1>
      <p class="article-lead">${LEAD}</p></header>
      <div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const text = textOf(html);
    expect(text.startsWith(`${LEAD}\n\n`)).toBe(true);
    for (const p of BODY) expect(text).toContain(p);
    expect(text.split(LEAD).length).toBe(2);
  });

  it('does not add a teaser that stands after the content or inside a link', () => {
    const html = `<html><body><aside><p class="teaser">Noch ein anderer Artikel über Baustellen auf der Autobahn im Sommer.</p></aside>
      <div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
      <a href="/x"><p class="teaser">Ein anderer Artikel über einen Unfall auf der Bundesstraße bei Göttingen.</p></a>
      </body></html>`;
    const text = textOf(html);
    expect(text).not.toContain('anderer Artikel');
  });
});
