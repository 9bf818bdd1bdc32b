/**
 * The page's headline among its stated titles (og:title, twitter:title, JSON-LD headline, <title>): the one the
 * page shows as a heading, else the one most agree on; site tails cut, entities decoded, cut-short titles
 * completed. Pages shaped like real German news pages (breadcrumb <h1>s, kicker + headline spans, hidden
 * separators).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/dom.js';
import { pageMeta } from '../../src/ingest/html-meta.js';
import { decodeEntities, titleKey } from '../../src/ingest/html-title.js';

const TEXT =
  '<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen vorsieht.</p>';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const ld = (headline: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline })}</script>`;
const og = (title: string): string => `<meta property="og:title" content="${title}">`;
const titleOf = (html: string): string | undefined => pageMeta(parseDocument(html)).title;

describe('page title: the stated title the page shows', () => {
  it('takes the JSON-LD headline shown above the article over an og:title only a breadcrumb <h1> repeats', () => {
    const html = page(
      og('Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?') +
        '<meta name="twitter:title" content="Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?">' +
        '<title>Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?</title>' +
        ld('Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?'),
      '<nav><ul><li><h1 data-breadcrumb-headline="">Annalena Baerbock: Jetzt Top-Job in New York – folgt schon bald der Nächste?</h1></li></ul></nav>' +
        '<main><article><hgroup><h2 class="outline-none"> Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt? </h2></hgroup>' +
        `${TEXT}</article></main>`,
    );
    expect(titleOf(html)).toBe('Baerbock zur UN: Nur eine Etappe zum nächsten Karriereschritt?');
  });

  it('keeps og:title when the article shows it without the kicker the other titles carry', () => {
    const html = page(
      og('Judy Lybke, ganz und gar nicht eigenartig') +
        '<title>Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig - n-tv.de</title>' +
        ld('Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig') +
        '<meta property="og:site_name" content="n-tv.de">',
      '<h1>Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig</h1><article><h2> ' +
        '<span class="article__kicker"> Neue Leipziger Schule</span> <span class="article__headline">Judy Lybke, ganz und gar nicht eigenartig</span> </h2>' +
        `${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Judy Lybke, ganz und gar nicht eigenartig');
  });

  it('takes the title <meta name="title"> states when the article shows it, kicker and all', () => {
    const head =
      og('Bericht: Aktivistin getötet - Irans Justiz dementiert') +
      ld('Bei Protesten 2022: Bericht: Aktivistin getötet - Irans Justiz dementiert') +
      '<title>Bei Protesten 2022: Bericht: Aktivistin getötet - Irans Justiz dementiert</title>';
    const body =
      '<article><h2><span class="fp-article-heading__catchline">Bei Protesten 2022&#160;</span>' +
      `<span class="fp-article-heading__title">Bericht: Aktivistin getötet - Irans Justiz dementiert</span></h2>${TEXT}</article>`;
    const named =
      '<meta name="title" content="Bei Protesten 2022: Bericht: Aktivistin getötet - Irans Justiz dementiert">';
    expect(titleOf(page(named + head, body))).toBe(
      'Bei Protesten 2022: Bericht: Aktivistin getötet - Irans Justiz dementiert',
    );
    // Without it the og:title the heading shows without its kicker wins, as on the other kicker pages.
    expect(titleOf(page(head, body))).toBe('Bericht: Aktivistin getötet - Irans Justiz dementiert');
  });

  it('does not let a <meta name="title"> the page does not show outvote og:title and <title>', () => {
    const html = page(
      '<meta name="title" content="Die FURCHE">' +
        og('Achtsam durch die Krise') +
        '<title>Achtsam durch die Krise | Die FURCHE</title>',
      `<article><h2>Corona</h2>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Achtsam durch die Krise');
    const logo = page(
      '<meta name="title" content="Die Zeitung">' +
        '<meta property="og:site_name" content="Die Zeitung">' +
        og('Kim trifft Putin'),
      `<header><h1>Die Zeitung</h1></header><article><h2>Gipfel in Wladiwostok</h2>${TEXT}</article>`,
    );
    expect(titleOf(logo)).toBe('Kim trifft Putin');
    const alone = page(
      '<meta name="title" content="  Ischgl ">',
      `<article><h1>Ischgl</h1>${TEXT}</article>`,
    );
    expect(titleOf(alone)).toBe('Ischgl');
  });

  it('matches a kicker and headline split by a hidden dash, and keeps og:title shown under an SEO <h1>', () => {
    const tages = page(
      og('Chiesa ruft zum «politischen Widerstand» auf') +
        ld('SVP-Sonderparteitag zur Migration: Chiesa ruft zum «politischen Widerstand» auf'),
      '<article><h2 class="ContentHead_title"><span class="ContentHead_titleheader">SVP-Sonderparteitag zur Migration</span>' +
        '<span aria-hidden="true" role="presentation"> <!-- -->–<!-- --> </span>' +
        `<span class="ContentHead_text">Chiesa ruft zum «politischen Widerstand» auf</span></h2>${TEXT}</article>`,
    );
    expect(titleOf(tages)).toBe('Chiesa ruft zum «politischen Widerstand» auf');
    const kicker = page(
      og('Interimstrainer Schubert: &quot;Nicht mehr viel zu verlieren&quot;') +
        '<title>MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren" - kicker</title>' +
        ld('MSV-Interimstrainer Schubert: &quot;Nicht mehr viel zu verlieren&quot;'),
      '<h1>MSV-Interimstrainer Schubert: "Nicht mehr viel zu verlieren"</h1>' +
        `<article><header><h2>Interimstrainer Schubert: "Nicht mehr viel zu verlieren"</h2></header>${TEXT}</article>`,
    );
    expect(titleOf(kicker)).toBe('Interimstrainer Schubert: "Nicht mehr viel zu verlieren"');
  });

  it('reads a heading with inline markup whole, not as a kicker and a headline', () => {
    const html = page(
      og('trifft Putin') + ld('Kim trifft Putin'),
      `<article><h1>Kim <em>trifft</em> Putin</h1>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Kim trifft Putin');
  });

  it('matches a kicker with its separator in the markup as "kicker: headline"', () => {
    const html = page(
      og('Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec') + ld('Thioune fordert Geduld'),
      '<article><h1 class="article-title"><span class="article-title__kicker">Bubi-Bomber wieder da</span>' +
        '<span class="article-title__separator">: </span><span class="article-title__headline">Thioune fordert Geduld mit Niemiec</span></h1>' +
        `${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Bubi-Bomber wieder da: Thioune fordert Geduld mit Niemiec');
  });
});

describe('page title: the one most stated titles agree on when none is shown', () => {
  it('outvotes a lone social title when the JSON-LD headline, <title> and <h1> agree', () => {
    const html = page(
      og('Lego feiert Star-Wars-Tag: Viele neue Sets und exklusive Geschenke') +
        '<title>Lego feiert Star-Wars-Tag: Alle Angebote im Überblick</title>' +
        ld('Lego feiert Star-Wars-Tag: Alle Angebote im Überblick'),
      '<ol><li><h1>Lego feiert Star-Wars-Tag: Alle Angebote im Überblick</h1></li></ol>' +
        `<article><h2>Startet am 1. Mai: Der „Star Wars Day“ bei Lego</h2>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Lego feiert Star-Wars-Tag: Alle Angebote im Überblick');
  });

  it('keeps og:title on a tie, and when the others disagree among themselves', () => {
    const tie = page(og('Kim trifft Putin') + ld('Gipfel in Wladiwostok'), `<article>${TEXT}</article>`);
    expect(titleOf(tie)).toBe('Kim trifft Putin');
    const split = page(
      og('Kim trifft Putin') + ld('Gipfel in Wladiwostok') + '<title>Das Treffen der beiden</title>',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(split)).toBe('Kim trifft Putin');
  });

  it('does not count a heading inside a breadcrumb trail, navigation, a list or an aside as shown', () => {
    for (const wrap of [
      (h: string) => `<div class="breadcrumb__item">${h}</div>`,
      (h: string) => `<div role="navigation">${h}</div>`,
      (h: string) => `<ul><li>${h}</li></ul>`,
      (h: string) => `<aside>${h}</aside>`,
    ]) {
      const html = page(
        og('Forscher warnt: Verlernen Studierende das Lesen?') +
          '<meta name="twitter:title" content="Forscher aus Osnabrück warnt: Studierende verlernen das Lesen">' +
          ld('Forscher aus Osnabrück warnt: Studierende verlernen das Lesen'),
        `${wrap('<h2>Forscher warnt: Verlernen Studierende das Lesen?</h2>')}<article>${TEXT}</article>`,
      );
      expect(titleOf(html)).toBe('Forscher aus Osnabrück warnt: Studierende verlernen das Lesen');
    }
  });
});

describe('page title: tails, entities and cut-short titles', () => {
  it('keeps a " - " and a ":" that belong to the headline while cutting the site tail', () => {
    const html = page(
      '<title>Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird - Ruhr Nachrichten</title>' +
        '<meta property="og:site_name" content="Ruhr Nachrichten">',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird');
    const sectioned = page(
      '<title>Bubi-Bomber wieder da: Thioune fordert Geduld | Sport | BILD.de</title>' +
        '<meta property="og:site_name" content="BILD">',
      `<article>${TEXT}</article>`,
    );
    // A section name between the headline and the site's name is not known to be one: it stays.
    expect(titleOf(sectioned)).toBe('Bubi-Bomber wieder da: Thioune fordert Geduld | Sport');
  });

  it('decodes entities left in a JSON-LD headline, and leaves a bare ampersand alone', () => {
    expect(titleOf(page(ld('R&uuml;ckbau: &quot;K&uuml;hlt&uuml;rme&quot; gesprengt'), TEXT))).toBe(
      'Rückbau: "Kühltürme" gesprengt',
    );
    expect(titleOf(page(ld('Statt Paypal & Co.: Europas Bezahlsystem'), TEXT))).toBe(
      'Statt Paypal & Co.: Europas Bezahlsystem',
    );
    expect(decodeEntities('A &amp; B &#8211; C &lt;b&gt;')).toBe('A & B – C <b>');
    expect(decodeEntities('Kein & Entity;')).toBe('Kein & Entity;');
  });

  it('completes an og:title cut short before a quotation mark from a title that continues it', () => {
    // content="… und "royaler Besuch"": the attribute ends at the inner quotation mark.
    const html = page(
      '<meta property="og:title" content="Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"">' +
        '<title>Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"</title>',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Hamburg Marathon 2024: Überlegener Sieger und "royaler Besuch"');
  });

  it('keeps a complete og:title that another title merely extends, and a cut one nothing continues', () => {
    const whole = page(
      og('Kim trifft Putin') + ld('Kim trifft Putin in Wladiwostok'),
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(whole)).toBe('Kim trifft Putin');
    const cut = page(og('Kim trifft Putin in …') + ld('Gipfel in Wladiwostok'), `<article>${TEXT}</article>`);
    expect(titleOf(cut)).toBe('Kim trifft Putin in …');
  });

  it('takes a site name another stated title lacks for a tail, before or after, but not a kicker', () => {
    const after = page(
      og('Nowa Zelandia: płatny urlop dla rodziców. Jak to wygląda w Polsce? ') +
        '<title>Nowa Zelandia: płatny urlop dla rodziców. Jak to wygląda w Polsce? &mdash;  Klub Jagielloński</title>',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(after)).toBe('Nowa Zelandia: płatny urlop dla rodziców. Jak to wygląda w Polsce?');
    const before = page(
      og('SimplyScience - Wie entsteht Erdöl?') + '<title>Wie entsteht Erdöl?</title>',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(before)).toBe('Wie entsteht Erdöl?');
    const kicker = page(
      og('Judy Lybke, ganz und gar nicht eigenartig') +
        ld('Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig') +
        '<title>Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig</title>',
      `<article>${TEXT}</article>`,
    );
    expect(titleOf(kicker)).toBe('Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig');
  });

  it('does not take trailing white space in <title> for a cut', () => {
    const html = page(
      '<meta name="twitter:title" content="Kim trifft Putin in Wladiwostok">' +
        ld('Gipfel: Kim trifft Putin') +
        '<title>\n  Kim trifft Putin\n</title>',
      `<ul><li><h1>Kim trifft Putin</h1></li></ul><article>${TEXT}</article>`,
    );
    expect(titleOf(html)).toBe('Kim trifft Putin');
  });

  it('compares titles without case, soft hyphens and quotation-mark or dash styles', () => {
    expect(titleKey('Trump plant Helikopter\u00adlandeplatz – „Ballsaal“')).toBe(
      titleKey('trump plant Helikopterlandeplatz - "Ballsaal"'),
    );
    expect(titleKey('Kim trifft Putin')).not.toBe(titleKey('Kim trifft Xi'));
  });
});
