import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';
import { attributeTokens, isFurniture, removeFurniture } from '../../src/ingest/html-boilerplate.js';
import { parseDocument } from '../../src/ingest/dom.js';

const PARAGRAPHS = [
  'Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen.',
  'Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken und den Schwimmbädern.',
  'Die Bürgermeisterin verteidigte den Entwurf und verwies auf die gestiegenen Kosten für Energie und Personal.',
  'Eine Mehrheit aus drei Fraktionen stimmte schließlich zu, zwei Fraktionen stimmten dagegen.',
];

function textOf(html: string): string {
  const result = parseHtml(html);
  if (isHtmlFailure(result)) throw new Error(result.problem);
  return result.value.text;
}

describe('furniture words', () => {
  it('splits class and id values into tokens at punctuation and camelCase', () => {
    expect(attributeTokens('figure__caption')).toEqual(['figure', 'caption']);
    expect(attributeTokens('shareBar js-Related')).toEqual(['share', 'bar', 'js', 'related']);
  });

  it('recognises furniture by tag, role, token and token pair, not by WordPress category classes', () => {
    const doc = parseDocument(
      `<html><body><figcaption id="a">x</figcaption><div id="b" role="navigation">x</div>
       <div id="c" class="wp-caption-text">x</div><div id="d" class="author-bio">x</div>
       <article id="e" class="post category-social-media tag-newsletter has-comments">x</article>
       <div id="f" class="entry-content">x</div></body></html>`,
    );
    const furniture = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => isFurniture(doc.querySelector(`#${id}`)!));
    expect(furniture).toEqual([true, true, true, true, false, false]);
  });

  it('keeps an element that holds most of the text, even when its class says "share"', () => {
    const doc = parseDocument(
      `<html><body><div id="root"><div class="entry share">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
       <div class="share-buttons">Teilen auf Facebook</div></div></body></html>`,
    );
    expect(removeFurniture(doc.querySelector('#root')!)).toBe(1);
    expect(doc.querySelector('.entry')).not.toBeNull();
    expect(doc.querySelector('.share-buttons')).toBeNull();
  });
});

describe('parseHtml: furniture inside the article', () => {
  it('drops image captions and credits, share widgets, related links and author boxes', () => {
    const html = `<html><head><title>Haushalt</title></head><body><article><h1>Haushalt beschlossen</h1>
      <p>${PARAGRAPHS[0]}</p>
      <figure><img src="a.jpg"><figcaption>Der Ratssaal am Dienstag. Foto: Max Muster</figcaption></figure>
      <p>${PARAGRAPHS[1]}</p>
      <div class="image"><img src="b.jpg"><span class="image-credit">Bild: Agentur XY</span></div>
      <p>${PARAGRAPHS[2]}</p>
      <div class="social-share"><a href="#">Auf Facebook teilen</a> <a href="#">Per Mail senden</a></div>
      <p>${PARAGRAPHS[3]}</p>
      <div class="related-articles"><h3>Mehr zum Thema</h3><ul><li><a href="/x">Schwimmbad schließt im Winter</a></li></ul></div>
      <div class="author-bio"><img src="c.jpg"><p><b>Anna Muster</b></p><p>Anna Muster schreibt seit zehn Jahren über die Stadtpolitik.</p></div>
      </article></body></html>`;
    const text = textOf(html);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    for (const junk of [
      'Ratssaal',
      'Agentur XY',
      'Facebook',
      'Mehr zum Thema',
      'Schwimmbad schließt',
      'zehn Jahren',
    ]) {
      expect(text).not.toContain(junk);
    }
  });
});

describe('parseHtml: media boxes and teaser cards in the text', () => {
  const article = (inner: string): string =>
    `<html><body><nav><a href="/">Start</a></nav><div class="story">
      <p>${PARAGRAPHS[0]!}</p><p>${PARAGRAPHS[1]!}</p>${inner}<p>${PARAGRAPHS[2]!}</p><p>${PARAGRAPHS[3]!}</p>
      </div><footer>Impressum</footer></body></html>`;

  it('drops a picture or player box with its caption, duration and player label', () => {
    const text = textOf(
      article(`<div class="mediaCon"><script type="application/ld+json">{"@type":"VideoObject","name":"Haushalt"}</script>
        <div class="media"><a href="javascript:void(0)"><picture><img src="rat.jpg" alt=""></picture>
        <span class="hidden">Video starten, abbrechen mit Escape</span></a></div>
        <div class="mediaInfo"><h2>Stadtrat beschließt Haushalt | aktuell</h2><p>02:57 Min. Verfügbar bis 06.05.2026</p></div></div>`),
    );
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Video starten');
    expect(text).not.toContain('Verfügbar bis');
    expect(text).not.toContain('| aktuell');
  });

  it('drops a teaser card of another article standing in the text', () => {
    const text = textOf(
      article(`<article class="card"><div><picture><img src="bad.jpg" alt=""></picture></div>
        <h3><span>Freibad</span>: <span>Die Saison beginnt früher</span></h3>
        <p>Das Freibad im Norden der Stadt öffnet schon Anfang Mai, weil die Sanierung früher fertig geworden ist.</p></article>`),
    );
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Freibad');
  });

  it('keeps a box with a picture and a paragraph of prose', () => {
    const prose =
      'Im Saal verfolgten rund hundert Bürgerinnen und Bürger die Sitzung, viele von ihnen mit Plakaten gegen die Kürzungen.';
    const text = textOf(article(`<div class="inline"><img src="saal.jpg" alt=""><p>${prose}</p></div>`));
    expect(text).toContain(prose);
  });

  it("drops a long caption that repeats its picture's description, with its credit", () => {
    const caption =
      'Die Bürgermeisterin spricht am Dienstagabend im vollen Sitzungssaal des Rathauses zu den Mitgliedern des Stadtrats und zu den Gästen.';
    const text = textOf(
      article(`<div class="pic"><picture><img src="rede.jpg" alt="${caption}"></picture>
        <p>${caption} <span>Foto: Anna Beispiel/Agentur</span></p></div>`),
    );
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Sitzungssaal');
  });

  it('drops a player box whose only long text is the fallback inside <video>', () => {
    const text = textOf(
      article(`<div class="player-wrap"><h2 class="headline">Was der Haushalt für die Bibliotheken bedeutet</h2>
        <video controls preload="none" poster="bib.jpg"><p class="no-js">Um dieses Video anzusehen, aktivieren Sie bitte JavaScript oder nutzen Sie einen Browser, der HTML5-Video unterstützt.</p></video></div>`),
    );
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Bibliotheken bedeutet');
    expect(text).not.toContain('HTML5-Video');
  });

  it("drops a caption that rewords its picture's description", () => {
    const text = textOf(
      article(`<div class="picBox"><img src="saal.jpg" title="Zuschauerinnen und Zuschauer verfolgen die lange Sitzung des Stadtrats im großen Saal des Rathauses, 3. Mai 2024">
        <p>Volle Reihen bei der langen Sitzung des Stadtrats im großen Saal des Rathauses, 3. Mai 2024</p></div>`),
    );
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Volle Reihen');
  });

  it('keeps prose beside a picture whose description it only starts with', () => {
    const prose =
      'Im Saal verfolgten rund hundert Bürgerinnen und Bürger die Sitzung, viele von ihnen mit Plakaten gegen die Kürzungen. Einige von ihnen meldeten sich in der Fragestunde zu Wort und forderten, die Bibliotheken von den Kürzungen auszunehmen.';
    const text = textOf(
      article(
        `<div class="inline"><img src="saal.jpg" alt="Im Saal verfolgten rund hundert Bürgerinnen und Bürger die Sitzung"><p>${prose}</p></div>`,
      ),
    );
    expect(text).toContain(prose);
  });
});

describe('parseHtml: polls and affiliate notices', () => {
  it('drops a poll box and an affiliate notice standing in the text', () => {
    const html = `<html><body><article><h1>Haushalt beschlossen</h1>
      <div class="affiliate_info"><strong>Hinweis</strong><p>Die mit einem Symbol gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision.</p></div>
      <p>${PARAGRAPHS[0]!}</p><p>${PARAGRAPHS[1]!}</p>
      <div class="Article_elementPoll__x1"><div><p>Sollte die Stadt bei den Bibliotheken sparen?</p><div>Ja.Nein.Weiß nicht.</div></div></div>
      <p>${PARAGRAPHS[2]!}</p><p>${PARAGRAPHS[3]!}</p></article></body></html>`;
    const text = textOf(html);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('Affiliate-Links');
    expect(text).not.toContain('Bibliotheken sparen');
  });
});
