import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';
import { BODY } from './accident-body.js';

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
  it('takes a standfirst marked by a role in a data attribute or as a WordPress excerpt', () => {
    const article = `<div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
    for (const marked of [
      `<p data-manual="teaserText" class="css-1x2y3z">${LEAD}</p>`,
      `<div class="entry-excerpt"><p>${LEAD}</p></div>`,
    ]) {
      const text = textOf(
        `<html><body><header><h1>Lastwagen blockiert A7</h1>${marked}</header>${article}</body></html>`,
      );
      expect(text.startsWith(`${LEAD}\n\n`)).toBe(true);
    }
    // A data attribute holding text, not a role, marks nothing.
    const sentence = textOf(
      `<html><body><header><h1>Lastwagen blockiert A7</h1><p data-info="ein teaser mit Text">${LEAD}</p></header>${article}</body></html>`,
    );
    expect(sentence).not.toContain(LEAD);
  });

  it('takes from an intro container marked as a whole only its standfirst, not kicker, headline or date', () => {
    const html = `<html><body><main><header data-area="intro"><div><h2><span>Unfall bei Kassel</span>
      <span>Lastwagen blockiert A7</span></h2><div>${LEAD}</div><div><time datetime="2024-05-02">02.05.2024, 10.15 Uhr</time></div></div>
      <aside aria-label="Artikel zum Hören"><span>Artikel zum Hören 3 Min</span></aside></header>
      <div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;
    const text = textOf(html);
    expect(text.startsWith(`${LEAD}\n\n`)).toBe(true);
    expect(text).not.toContain('Unfall bei Kassel');
    expect(text).not.toContain('10.15 Uhr');
  });
});

describe('parseHtml: an unmarked standfirst that repeats the meta description', () => {
  const article = `<div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const page = (lang: string, description: string, header: string): string =>
    `<html lang="${lang}"><head><meta name="description" content="${description}"></head><body>` +
    `<main><header>${header}</header>${article}</main></body></html>`;

  it('puts it back on a German page: an <h2> under the <h1>, a block with a dateline before it', () => {
    const h2 = textOf(page('de', LEAD, `<div>Autobahn</div><h1>Lastwagen blockiert A7</h1><h2>${LEAD}</h2>`));
    expect(h2.startsWith(`${LEAD}\n\n`)).toBe(true);
    expect(h2).not.toContain('Lastwagen blockiert A7');
    const dateline = textOf(
      page(
        'de-DE',
        `${LEAD.slice(0, 60)} …`,
        `<hgroup><h2>Lastwagen blockiert A7</h2></hgroup><div class="copy"><span>Kassel.</span> <span>${LEAD}</span></div>`,
      ),
    );
    expect(dateline.startsWith(`Kassel. ${LEAD}\n\n`)).toBe(true);
  });

  it('leaves it out on an English page, and takes no block the description does not match', () => {
    const deck = 'A lorry overturned on the motorway near Kassel on Tuesday and blocked it for hours.';
    const english = textOf(page('en', deck, `<h1>Lorry blocks A7</h1><h2>${deck}</h2>`));
    expect(english).not.toContain('lorry overturned');
    const other = textOf(
      page(
        'de',
        'Ein ganz anderer Text über das Wetter am Wochenende in Nordhessen.',
        `<h1>Lastwagen blockiert A7</h1><h2>${LEAD}</h2>`,
      ),
    );
    expect(other).not.toContain(LEAD);
  });
});
