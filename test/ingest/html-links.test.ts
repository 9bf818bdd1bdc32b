import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';
import { linkDensity, removeLinkBlocks } from '../../src/ingest/html-links.js';
import { parseDocument } from '../../src/ingest/dom.js';

const PROSE = [
  'Die Gemeinde hat am Montag die neue Brücke über den Fluss für den Verkehr freigegeben.',
  'Der Bau hatte zwei Jahre gedauert und kostete nach Angaben der Verwaltung rund vier Millionen Euro.',
  'Anwohner hatten lange auf die Verbindung gewartet, weil der Umweg über die Nachbarstadt zwanzig Minuten dauerte.',
];

describe('link density', () => {
  it('measures the share of text inside links', () => {
    const doc = parseDocument(
      '<html><body><p id="a">Text <a href="#">Link</a></p><p id="b"><a>ganz</a></p></body></html>',
    );
    expect(linkDensity(doc.querySelector('#a')!)).toBeCloseTo(4 / 8);
    expect(linkDensity(doc.querySelector('#b')!)).toBe(1);
  });

  it('removes link lists and paragraphs with the heading right before them, keeps prose with links', () => {
    const doc = parseDocument(
      `<html><body><div id="root"><p>${PROSE[0]} Mehr dazu <a href="/x">hier</a>.</p>
       <h3>Mehr zum Thema</h3><ul><li><a href="/1">Alte Brücke gesperrt</a></li><li><a href="/2">Umleitung ab Mai</a></li></ul>
       <p><a href="/3">Alle Meldungen aus der Region</a></p></div></body></html>`,
    );
    expect(removeLinkBlocks(doc.querySelector('#root')!)).toBe(3);
    expect(doc.querySelector('#root')!.textContent).toContain(PROSE[0]);
    expect(doc.querySelector('#root')!.textContent).not.toContain('Mehr zum Thema');
  });
});

describe('parseHtml: link blocks at the end of an article', () => {
  it('drops a "related articles" list without a furniture class', () => {
    const html = `<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <h2>Weiterführende Links</h2><ul><li><a href="/a">Brückenbau im Landkreis</a></li><li><a href="/b">Verkehrsplan 2030</a></li></ul>
      </article></body></html>`;
    const result = parseHtml(html);
    if (isHtmlFailure(result)) throw new Error(result.problem);
    for (const p of PROSE) expect(result.value.text).toContain(p);
    expect(result.value.text).not.toContain('Weiterführende Links');
    expect(result.value.text).not.toContain('Verkehrsplan');
  });
});
