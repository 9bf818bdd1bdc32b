import { describe, expect, it } from 'vitest';
import { isHtmlFailure, parseHtml } from '../../src/ingest/index.js';
import { dropLeadingHeadline } from '../../src/ingest/html-headline.js';
import { BODY } from './accident-body.js';

const PARAGRAPHS = BODY.map((p) => `<p>${p}</p>`).join('');

function parsed(html: string): { text: string; title: string | undefined } {
  const result = parseHtml(html);
  if (isHtmlFailure(result)) throw new Error(result.problem);
  return { text: result.value.text, title: result.value.meta.title };
}

describe('dropLeadingHeadline', () => {
  const text = ['Unfall auf der A7', '', 'Lastwagen blockiert die Autobahn stundenlang', '', ...BODY].join(
    '\n',
  );

  it('drops a kicker and a headline that a stated title holds, and nothing after the first prose line', () => {
    const out = dropLeadingHeadline(
      text,
      ['Unfall auf der A7: Lastwagen blockiert die Autobahn stundenlang'],
      new Set(),
    );
    expect(out.startsWith(BODY[0] ?? '')).toBe(true);
    expect(out).toContain(BODY[4]);
  });

  it('drops a line that holds the title with a kicker glued to it', () => {
    const glued = ['VerkehrLastwagen blockiert die Autobahn stundenlang', '', ...BODY].join('\n');
    const out = dropLeadingHeadline(glued, ['Lastwagen blockiert die Autobahn stundenlang'], new Set());
    expect(out.startsWith(BODY[0] ?? '')).toBe(true);
  });

  it('drops lines of a heading of the content that no title states', () => {
    const out = dropLeadingHeadline(
      text,
      ['Ganz anders formulierte Schlagzeile für Suchmaschinen'],
      new Set(['unfall auf der a7', 'lastwagen blockiert die autobahn stundenlang']),
    );
    expect(out.startsWith(BODY[0] ?? '')).toBe(true);
  });

  it('keeps a leading line that names no title and no heading (a standfirst)', () => {
    const lead = ['Ein Lastwagen kippt um und legt die A7 bei Kassel lahm', '', ...BODY].join('\n');
    expect(dropLeadingHeadline(lead, ['Lastwagen blockiert die Autobahn stundenlang'], new Set())).toBe(lead);
  });

  it('keeps a title repeated after the first prose line, and a title of one or two words (a site name)', () => {
    const later = [BODY[0], '', 'Lastwagen blockiert die Autobahn stundenlang', '', BODY[1]].join('\n');
    expect(dropLeadingHeadline(later, ['Lastwagen blockiert die Autobahn stundenlang'], new Set())).toBe(
      later,
    );
    const site = ['Kasseler Anzeiger heute im Überblick', '', ...BODY].join('\n');
    expect(dropLeadingHeadline(site, ['Kasseler Anzeiger'], new Set())).toBe(site);
  });
});

describe('parseHtml: the headline is not main text', () => {
  const og = '<meta property="og:title" content="Lastwagen blockiert die A7 bei Kassel">';

  it('drops a kicker heading that Readability keeps above the text', () => {
    const html = `<html><head>${og}</head><body><div id="content"><h2>Verkehr</h2>
      <h2>Lastwagen blockiert die A7 bei Kassel</h2>${PARAGRAPHS}</div></body></html>`;
    const { text } = parsed(html);
    expect(text.startsWith(BODY[0] ?? '')).toBe(true);
    expect(text).not.toContain('Verkehr\n');
  });

  it('drops a kicker glued to a headline that repeats the og:title', () => {
    const html = `<html><head>${og}</head><body><article><div class="intro"><div>Verkehr</div>
      <div>Lastwagen blockiert die A7 bei Kassel</div></div><div class="article-body">${PARAGRAPHS}</div></article></body></html>`;
    const { text, title } = parsed(html);
    expect(title).toBe('Lastwagen blockiert die A7 bei Kassel');
    expect(text).not.toContain('blockiert die A7');
    expect(text.startsWith(BODY[0] ?? '')).toBe(true);
    for (const p of BODY) expect(text).toContain(p);
  });
});
