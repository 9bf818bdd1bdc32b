import { describe, expect, it } from 'vitest';
import { BRIEF_SCHEMA, type Brief } from '../../src/brief/types.js';
import { escapeMarkdown, renderHtml, renderJson, renderMarkdown } from '../../src/render/index.js';

const evil = 'Er schrieb <script>alert(1)</script> und <img src=x onerror="alert(2)"> & „mehr“.';
const brief: Brief = {
  schema: BRIEF_SCHEMA,
  headline: 'Titel mit <b>Markup</b>',
  language: 'de',
  sentences: [{ text: evil, article: 'a', start: 0, end: evil.length, support: ['b'], score: 1 }],
  articles: [
    {
      id: 'a',
      source: 'SZ',
      published: '2019-04-26',
      author: 'Silke Bigalke',
      title: 'T',
      kind: 'report',
      language: 'de',
      text: evil,
      blocks: [],
      removed: [{ text: '<i>x</i>', reason: 'credit', rule: 'credit' }],
    },
    { id: 'b', file: 'b.txt', kind: 'preview', language: 'de', text: 'B', blocks: [], removed: [] },
  ],
  errors: [],
};

describe('render', () => {
  it('HTML escapes every piece of article text and runs nothing', () => {
    const html = renderHtml(brief);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Markup');
    expect(html).not.toContain('<i>x</i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
    expect(html).toContain("default-src 'none'");
    expect(html).toMatch(
      /<sup><a href="#src-1" title="SZ: Er schrieb &lt;script&gt;[^"]*">\[1\]<\/a><\/sup><sup><a href="#src-2"/u,
    );
  });

  it('Markdown cites the source and its supporters and lists the sources', () => {
    const md = renderMarkdown(brief);
    expect(md).toContain('# Titel mit \\<b\\>Markup\\</b\\>');
    expect(md).toContain('[1][2] _(SZ, 2019-04-26, Bericht)_\n');
    expect(md).toContain('1. **SZ**, 2019-04-26, Bericht, Silke Bigalke: „T“');
    expect(md).toContain('2. **Quelle unbekannt**, ohne Datum, Vorbericht (b.txt)');
  });

  it('labels a preview line, names an inferred date, and shows an unknown outlet as unknown on a line', () => {
    const b = brief.articles[1] as Brief['articles'][number];
    const labelled: Brief = {
      ...brief,
      sentences: [{ text: 'B', article: 'b', start: 0, end: 1, label: 'preview', support: [], score: 1 }],
      articles: [
        brief.articles[0] as Brief['articles'][number],
        { ...b, published: '2019-04-24', publishedInferred: true },
      ],
    };
    const md = renderMarkdown(labelled);
    expect(md).toContain(
      '- **Vorab berichtet:** B [2] _(Quelle unbekannt, 2019-04-24 (erschlossen), Vorbericht)_\n',
    );
    expect(md).toContain('2. **Quelle unbekannt**, 2019-04-24 (erschlossen), Vorbericht (b.txt)');
    const html = renderHtml(labelled);
    expect(html).toContain(
      'data-label="preview"><strong class="label label-preview">Vorab berichtet:</strong> B <sup><a href="#src-2"',
    );
    expect(html).toContain(
      '<span class="source">(Quelle unbekannt, 2019-04-24 (erschlossen), Vorbericht)</span>',
    );
    const en = renderMarkdown({ ...labelled, language: 'en' });
    expect(en).toContain('- **expected:** B [2] _(unknown outlet, 2019-04-24 (inferred), preview)_\n');
  });

  it('shows how many independent publishers carry a line, and wire copy', () => {
    const b = brief.articles[1] as Brief['articles'][number];
    const wired: Brief = {
      ...brief,
      sentences: [
        { text: 'B', article: 'b', start: 0, end: 1, support: ['a'], sources: ['dpa', 'SZ'], score: 1 },
        { text: 'B', article: 'b', start: 0, end: 1, support: [], sources: ['dpa'], score: 1 },
      ],
      articles: [brief.articles[0] as Brief['articles'][number], { ...b, source: 'FAZ', wire: 'dpa' }],
    };
    const md = renderMarkdown(wired);
    expect(md).toContain('- B [2][1] (2 unabhängige Quellen) _(FAZ, ');
    expect(md).toContain(', Agenturtext dpa)_\n');
    // One publisher is no "independent sources" note.
    expect(md.match(/unabhängige Quellen/gu)).toHaveLength(1);
    expect(renderHtml(wired)).toContain('<span class="independent">(2 unabhängige Quellen)</span>');
  });

  it('escapes Markdown markup but leaves intraword underscores', () => {
    expect(escapeMarkdown('a *b* [c](d) file_name _x_')).toBe('a \\*b\\* \\[c\\](d) file_name \\_x\\_');
  });

  it('JSON keeps the schema and round-trips', () => {
    expect(JSON.parse(renderJson(brief))).toEqual(brief);
  });
});
