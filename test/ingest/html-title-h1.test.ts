/**
 * The page's title when no stated title (og:title, JSON-LD headline, <title>) is shown as a heading: the article's
 * <h1> as the eye reads it; a stated title the page shows whole keeps what looked like a site tail; a heading only
 * screen readers get is not shown. Made-up pages of the shapes seen on German blogs and news sites.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/dom.js';
import { pageMeta } from '../../src/ingest/html-meta.js';

const TEXT =
  '<p>Im Kreis Talbach hat der Gemeinderat am Montag beschlossen, die alte Brücke über den Mühlbach zu ersetzen.</p>';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const og = (title: string): string => `<meta property="og:title" content="${title}">`;
const site = (name: string): string => `<meta property="og:site_name" content="${name}">`;
const titleOf = (html: string): string | undefined => pageMeta(parseDocument(html)).title;

describe('page title: the article <h1> when no stated title is shown', () => {
  it('takes the <h1> over a search-engine title no heading shows', () => {
    const html = page(
      og('Brückenbau Talbach: So hoch sind die Kosten | Talbote') +
        site('Talbote') +
        '<title>Brückenbau Talbach: So hoch sind die Kosten | Talbote</title>',
      `<header><a href="/">Talbote</a></header><article><h1>Wie teuer wird die neue Brücke in Talbach?</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Wie teuer wird die neue Brücke in Talbach?');
  });

  it('drops a date tail the <title> carries when the <h1> shows the headline alone', () => {
    const html = page(
      '<title>Neue Brücke für den Mühlbach : 12.03.2024, 09.15 Uhr</title>',
      `<article><h1>Neue Brücke für den Mühlbach</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Neue Brücke für den Mühlbach');
  });

  it('reads a kicker element and the headline as "kicker: headline"', () => {
    const html = page(
      og('Talbach: Brücke wird ersetzt'),
      '<article><h1><span class="dachzeile">Nach langem Streit</span> <span class="headline">Gemeinderat ersetzt die Mühlbachbrücke</span></h1>' +
        `${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Nach langem Streit: Gemeinderat ersetzt die Mühlbachbrücke');
  });

  it('leaves out a byline heading inside the <h1> and a label only screen readers get', () => {
    const byline = page(
      og('Brückenbau | Der Talblog'),
      '<article><h1>»Die Brücke muss bleiben!« <h4 class="author">Veröffentlicht von Talblog am 3. Mai 2024</h4></h1>' +
        `${TEXT}</article>`,
    );
    expect(titleOf(byline)).toBe('»Die Brücke muss bleiben!«');
    const label = page(
      '<title>Start | Talbach</title>',
      '<article><h1><div><span class="visuallyhidden">Überschrift:</span> Gemeinderat ersetzt die Mühlbachbrücke</div></h1>' +
        `${TEXT}</article>`,
    );
    expect(titleOf(label)).toBe('Gemeinderat ersetzt die Mühlbachbrücke');
  });

  it('keeps a stated title when the <h1> names a site or a section, or is a sentence', () => {
    const head = og('Gemeinderat ersetzt die Mühlbachbrücke') + site('Talbote');
    expect(titleOf(page(head, `<h1>Talbote</h1><article>${TEXT}</article>`))).toBe(
      'Gemeinderat ersetzt die Mühlbachbrücke',
    );
    expect(titleOf(page(head, `<h1>Lokales</h1><article>${TEXT}</article>`))).toBe(
      'Gemeinderat ersetzt die Mühlbachbrücke',
    );
    expect(
      titleOf(
        page(head, `<h1>Unabhängiger Lokaljournalismus braucht deine Hilfe.</h1><article>${TEXT}</article>`),
      ),
    ).toBe('Gemeinderat ersetzt die Mühlbachbrücke');
  });
});

describe('page title: headings the page shows', () => {
  it('keeps what looked like a site tail when the page shows the stated title whole', () => {
    const html = page(
      og('Frisch gebaut - Talbach auf der Baumesse 2024') + site('Talbach'),
      `<article><h1>Frisch gebaut - Talbach auf der Baumesse 2024</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Frisch gebaut - Talbach auf der Baumesse 2024');
  });

  it('does not count a heading only screen readers get as shown', () => {
    const html = page(
      og('Mühlbachbrücke: Der Grund für die Sperrung | Talbach') + site('Talbach'),
      '<h2 class="screen-reader-text">Mühlbachbrücke: Der Grund für die Sperrung | Talbach</h2>' +
        `<article><h1 class="entry-title">Warum die Mühlbachbrücke gesperrt ist</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Warum die Mühlbachbrücke gesperrt ist');
  });
});

describe('page title: the <h1> under a kicker line', () => {
  it('keeps a stated "Kicker: headline" whose headline the <h1> shows', () => {
    const html = page(
      og('Talbach: Gemeinderat ersetzt die Mühlbachbrücke'),
      `<article><div class="overline">Talbach</div><h1>Gemeinderat ersetzt die Mühlbachbrücke</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Talbach: Gemeinderat ersetzt die Mühlbachbrücke');
  });
});
