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
