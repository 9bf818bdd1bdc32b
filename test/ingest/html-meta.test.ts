import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/ingest/dom.js';
import { bylineNames, dropRoles, stripBylineWord } from '../../src/ingest/html-authors.js';
import { pageMeta, stripSiteSuffix } from '../../src/ingest/html-meta.js';
import { isBareDomain, isCompany, outletName, registeredOutlet } from '../../src/ingest/html-outlet.js';

const BODY = `<article><h1>Schlagzeile</h1>
<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, der deutlich mehr Geld für Schulen vorsieht.</p>
<p>Die Opposition kritisierte die Pläne scharf und kündigte an, vor das Verwaltungsgericht zu ziehen, falls die Mittel nicht bereitgestellt werden.</p>
<p>Die Bürgermeisterin verteidigte den Beschluss und sprach von einem wichtigen Signal für die Familien der Stadt.</p></article>`;

function page(head: string, body = BODY): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (html: string) => pageMeta(parseDocument(html));

describe('page metadata: title without the site suffix', () => {
  it('drops the site name and a date tail, and takes the date when the page gives none', () => {
    const m = meta(
      page(
        '<meta property="og:site_name" content="DW.COM">' +
          '<meta property="og:title" content="Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023">',
      ),
    );
    expect(m.title).toBe('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken');
    expect(m.published).toBe('2023-04-28');
  });

  it('drops "- DER SPIEGEL" and "| SZ.de" but keeps a dash that belongs to the headline', () => {
    expect(stripSiteSuffix('Kim trifft Putin - DER SPIEGEL', 'DER SPIEGEL')).toBe('Kim trifft Putin');
    expect(stripSiteSuffix('Kim trifft Putin | SZ.de', ['Süddeutsche Zeitung', 'SZ.de'])).toBe(
      'Kim trifft Putin',
    );
    expect(stripSiteSuffix('Brand in Lichterfelde – Starke Rauchentwicklung', 'Berliner Morgenpost')).toBe(
      'Brand in Lichterfelde – Starke Rauchentwicklung',
    );
    expect(stripSiteSuffix('Warnung: Bericht: Aktivistin getötet', 'Bericht')).toBe(
      'Warnung: Bericht: Aktivistin getötet',
    );
  });
});

describe('page metadata: authors are people', () => {
  it('takes every JSON-LD person (also from givenName/familyName) over a single author tag', () => {
    const m = meta(
      page(
        '<meta name="author" content="Simone Jülicher">' +
          ld({
            '@type': 'NewsArticle',
            headline: 'Marathon',
            author: [
              { '@type': 'Person', name: 'Simone Jülicher' },
              { '@type': 'Person', givenName: 'Anna Giulia', familyName: 'Fink' },
            ],
          }),
      ),
    );
    expect(m.author).toBe('Simone Jülicher, Anna Giulia Fink');
  });

  it('does not name the publishing company or the outlet when a person is named', () => {
    const m = meta(
      page(
        '<meta name="author" content="Condé Nast"><meta property="og:site_name" content="Vogue Germany">' +
          ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Philipp Wehsack' }] }),
      ),
    );
    expect(m.author).toBe('Philipp Wehsack');
    const ndr = meta(
      page(
        '<meta name="author" content="NDR">' +
          ld({
            '@type': 'NewsArticle',
            publisher: { name: 'NDR' },
            author: { '@type': 'Person', name: 'Oliver Kring' },
          }),
      ),
    );
    expect(ndr.author).toBe('Oliver Kring');
  });

  it('keeps an agency credited beside a person, drops the outlet beside one', () => {
    const m = meta(
      page(
        '<meta property="og:site_name" content="Tages-Anzeiger">' +
          ld({
            '@type': 'NewsArticle',
            author: [
              { '@type': 'Person', name: 'Paula Steiger' },
              { '@type': 'Organization', name: 'SDA' },
              { '@type': 'Organization', name: 'Tages-Anzeiger' },
            ],
          }),
      ),
    );
    expect(m.author).toBe('Paula Steiger, SDA');
  });

  it('reads a "Von …" byline when the structured data names only the company', () => {
    const m = meta(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'FDP',
          author: { '@type': 'Organization', name: 'Chemnitzer Verlag und Druck GmbH & Co. KG' },
          publisher: { '@type': 'Organization', name: 'Chemnitzer Verlag und Druck GmbH & Co. KG' },
        }),
        `<div class="article-byline">Von Patrick Hyslop 0:00 Anhören</div>${BODY}`,
      ),
    );
    expect(m.author).toBe('Patrick Hyslop');
  });

  it('names an agency, then the outlet, when no person is named', () => {
    const dpa = meta(
      page(
        '<meta name="author" content="Stuttgarter Zeitung"><meta property="og:site_name" content="Stuttgarter Zeitung">' +
          ld({ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: 'dpa' }] }),
      ),
    );
    expect(dpa.author).toBe('dpa');
    const outlet = meta(
      page(
        '<meta name="author" content="Salzburger Nachrichten"><meta property="og:site_name" content="Salzburger Nachrichten">',
      ),
    );
    expect(outlet.author).toBe('Salzburger Nachrichten');
  });

  it('reads the names after an author label in an info box when no byline names a person', () => {
    const box =
      '<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong>\nRoman Goncharenko\n</li></ul>';
    const dw = meta(
      page(
        '<meta name="author" content="Deutsche Welle (www.dw.com)"><meta property="og:site_name" content="Deutsche Welle">',
        box + BODY,
      ),
    );
    expect(dw.author).toBe('Roman Goncharenko');
    const dl = meta(page('', '<dl><dt>Text:</dt><dd>Anna Berg und Carl Dorn</dd></dl>' + BODY));
    expect(dl.author).toBe('Anna Berg, Carl Dorn');
    // A label with no name after it, or a label word inside a sentence, names nobody.
    const none = meta(
      page('', '<p><strong>Text</strong> zum Mitnehmen</p><p>Der <b>Autor</b> des Buches</p>' + BODY),
    );
    expect(none.author).toBeUndefined();
  });

  it('splits a byline into names and stops at what is not a name', () => {
    expect(bylineNames('Von Ulrich Steinkohl und Carsten Hoffmann, dpa')).toEqual([
      'Ulrich Steinkohl',
      'Carsten Hoffmann',
    ]);
    expect(bylineNames('Von unserer Redaktion')).toEqual([]);
    expect(bylineNames('Kommentar von Jan Sellner')).toEqual([]);
    expect(bylineNames('Von: Jan Sellner')).toEqual(['Jan Sellner']);
  });
  it('names the outlet once when the JSON-LD and the author tag write it in different case', () => {
    const m = meta(
      page(
        '<meta name="author" content="NDR.de">' +
          ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'ndr.de' } }),
      ),
    );
    expect(m.author).toBe('ndr.de');
  });
});

describe('page metadata: bylines', () => {
  it("names the people of the page's own byline before an agency the metadata credits", () => {
    const agency = ld({
      '@type': 'NewsArticle',
      headline: 'Faktencheck',
      author: { '@type': 'Organization', name: 'AFP' },
    });
    const box =
      '<ul><li class="info">Veröffentlicht am 3. März 2025</li><li class="info">Von:\n<span class="person"><a href="/a">Anna  BERG</a>,</span>\n' +
      '<span class="person"><a href="/c">Carl Dorn</a></span></li></ul>';
    expect(meta(page(agency, box + BODY)).author).toBe('Anna BERG, Carl Dorn');
    // The agency stays when the page's first byline names no person, even if a teaser further down does.
    const teaser =
      '<div itemprop="author" class="author-wrap">dpa</div>' +
      BODY +
      '<section class="teasers"><div class="teaser-author">Von Erik Feld</div></section>';
    const dpa = ld({
      '@type': 'NewsArticle',
      headline: 'Meldung',
      author: { '@type': 'Organization', name: 'dpa' },
    });
    expect(meta(page(dpa, teaser)).author).toBe('dpa');
    // A desk in the byline is no person either.
    const desk = '<div class="byline">Von Redaktion Stuttgart</div>' + BODY;
    expect(meta(page(dpa, desk)).author).toBe('dpa');
    // A label inside a sentence, or without its colon, opens no byline.
    const prose = '<p>Von: hier aus gesehen ist das weit.</p><li>Von Anna Berg</li>';
    expect(meta(page(agency, prose + BODY)).author).toBe('AFP');
  });

  it('drops lead words, a closing date and label-only bylines from a byline string', () => {
    expect(stripBylineWord('geschrieben von Anna Berg')).toBe('Anna Berg');
    expect(stripBylineWord('Interview: Carl Dorn')).toBe('Carl Dorn');
    expect(stripBylineWord('Von: Anna Berg')).toBe('Anna Berg');
    expect(stripBylineWord('Anna Berg, 01.12.2021')).toBe('Anna Berg');
    expect(stripBylineWord('Anna Berg · 31. Oktober 2023')).toBe('Anna Berg');
    expect(stripBylineWord('Carl Dorn22. Februar 2020')).toBe('Carl Dorn');
    expect(stripBylineWord('Erik am 29.12.2010, 13:36 Uhr')).toBe('Erik');
    expect(stripBylineWord('Posted on')).toBeUndefined();
    expect(stripBylineWord('Veröffentlicht am')).toBeUndefined();
    expect(stripBylineWord('09.10.2021')).toBeUndefined();
    expect(stripBylineWord(',')).toBeUndefined();
    // Names that merely start like a lead, and a year inside a name, stay.
    expect(stripBylineWord('Textor Müller')).toBe('Textor Müller');
    expect(stripBylineWord('Ursula von der Leyen')).toBe('Ursula von der Leyen');
    expect(stripBylineWord('Redaktion 2000')).toBe('Redaktion 2000');
    expect(stripBylineWord('(dpa)')).toBe('(dpa)');
  });

  it('drops job titles after a name in author metadata, not names or agencies', () => {
    const tag = meta(page('<meta name="author" content="Anna Berg, Wirtschaftsredakteurin">'));
    expect(tag.author).toBe('Anna Berg');
    const person = (name: string): string =>
      ld({ '@type': 'NewsArticle', headline: 'X', author: [{ '@type': 'Person', name }] });
    expect(meta(page(person('Von Carl Dorn (Korrespondent in Rom)'))).author).toBe('Carl Dorn');
    expect(dropRoles('Anna Berg, freie Autorin')).toBe('Anna Berg');
    expect(dropRoles('Anna Berg, Carl Dorn')).toBe('Anna Berg, Carl Dorn');
    expect(dropRoles('Anna Berg, dpa')).toBe('Anna Berg, dpa');
    expect(dropRoles('Anna Berg (Hamburg)')).toBe('Anna Berg (Hamburg)');
    // A title alone, and a role word that is part of a name, stay.
    expect(dropRoles('Redakteurin')).toBe('Redakteurin');
    expect(dropRoles('Anna Berg, Reporter ohne Grenzen')).toBe('Anna Berg, Reporter ohne Grenzen');
  });
});

describe('page metadata: outlet named, not a domain', () => {
  it('prefers the JSON-LD publisher name to a domain in og:site_name', () => {
    const m = meta(
      page(
        '<meta property="og:site_name" content="bild.de">' +
          ld({
            '@type': 'NewsArticle',
            headline: 'Bubi-Bomber',
            publisher: { '@type': 'Organization', name: 'BILD' },
          }),
      ),
    );
    expect(m.source).toBe('BILD');
  });

  it('finds an organisation named like the host, then the domain registry', () => {
    expect(outletName(['correctiv.org', 'correctiv.org'], ['correctiv.org', 'CORRECTIV'], undefined)).toBe(
      'CORRECTIV',
    );
    expect(outletName([undefined, 'mz.de'], [], 'https://www.mz.de/politik/iran-123')).toBe(
      'Mitteldeutsche Zeitung',
    );
    expect(outletName([], [], 'https://www1.wdr.de/nachrichten/x.html')).toBe('WDR');
    expect(registeredOutlet('example.org')).toBeUndefined();
  });

  it('skips a company and a domain note, and keeps a domain when nothing else is known', () => {
    expect(outletName([undefined, undefined, 'Tamedia AG'], [], 'https://www.tagesanzeiger.ch/x')).toBe(
      'Tages-Anzeiger',
    );
    expect(outletName(['DW.COM', undefined, undefined, 'Deutsche Welle (www.dw.com)'], [], undefined)).toBe(
      'Deutsche Welle',
    );
    expect(outletName(['netzpolitik.org'], [], 'https://netzpolitik.org/2024/x')).toBe('netzpolitik.org');
    expect(isBareDomain('stuttgarter-zeitung.de')).toBe(true);
    expect(isBareDomain('FOCUS online')).toBe(false);
    expect(isCompany('Chemnitzer Verlag und Druck GmbH & Co. KG')).toBe(true);
    expect(isCompany('Ruhr Nachrichten')).toBe(false);
  });

  it('uses the address the reader was given when the page has no name of its own', () => {
    const parsed = parseHtml(page('<title>Haushalt beschlossen</title>'), {
      url: 'https://www.stern.de/politik/x.html',
    });
    if (isHtmlFailure(parsed)) throw new Error(parsed.problem);
    expect(parsed.value.meta.source).toBe('stern');
  });
});

describe('page metadata: date', () => {
  it("prefers JSON-LD's timestamp to a bare issue day within a day of it", () => {
    const m = meta(
      page(
        '<meta name="date" content="2024-04-26">' +
          ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2024-04-25T19:30:04+02:00' }),
      ),
    );
    expect(m.published).toBe('2024-04-25T19:30:04+02:00');
  });

  it('keeps the bare day when the timestamp is days away, and survives broken JSON-LD', () => {
    const far = meta(
      page(
        '<meta name="date" content="2024-04-26">' +
          ld({ '@type': 'NewsArticle', headline: 'x', datePublished: '2024-03-01T08:00:00+01:00' }),
      ),
    );
    expect(far.published).toBe('2024-04-26');
    const broken = meta(
      page(
        '<meta property="article:published_time" content="2025-09-09T13:15:00+00:00">' +
          '<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>' +
          '<meta name="author" content="Hannah Ritzmann">',
      ),
    );
    expect(broken.published).toBe('2025-09-09T13:15:00Z');
    expect(broken.author).toBe('Hannah Ritzmann');
  });
});
