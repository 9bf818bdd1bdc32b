/**
 * Counted words in every rendered output go through the message table of the brief's language with its plural
 * rules (issue 15 item 7, issue 16 item 5): "1 Nennung", never "1 Nennungen"; "1 Quelle", never "1 Quellen".
 */
import { describe, expect, it } from 'vitest';
import { briefFromDocuments } from '../../src/brief/index.js';
import type { Brief } from '../../src/brief/types.js';
import { shownLineText } from '../../src/render/citations.js';
import { renderHtml, renderMarkdown, renderText } from '../../src/render/index.js';
import { seedDocuments } from '../support/seeds.js';

const example: Brief = briefFromDocuments(seedDocuments());

/** A one-mention entity and a one-source line, in German and in English. */
function tiny(language: 'de' | 'en'): Brief {
  const text = 'Kim traf Putin in Wladiwostok.';
  return {
    ...example,
    language,
    headline: 'Kim traf Putin',
    sentences: [{ text, article: 'a', start: 0, end: text.length, support: [], score: 1 }],
    articles: [{ id: 'a', kind: 'report', language, text, blocks: [], removed: [] }],
    analysis: {
      ...(example.analysis as NonNullable<Brief['analysis']>),
      quotes: [],
      conflicts: [],
      timeline: [],
      entities: [
        {
          name: 'Wladiwostok',
          type: 'place',
          variants: ['Wladiwostok'],
          mentions: [{ article: 'a', start: 18, end: 29, text: 'Wladiwostok' }],
        },
        {
          name: 'Putin',
          type: 'person',
          variants: ['Putin'],
          mentions: [
            { article: 'a', start: 9, end: 14, text: 'Putin' },
            { article: 'a', start: 9, end: 14, text: 'Putin' },
          ],
        },
      ],
    },
  };
}

const WRONG = [/(?<!\d)1 Nennungen/u, /(?<!\d)1 Quellen/u, /(?<!\d)1 mentions/u, /(?<!\d)1 sources/u];

describe('plural forms in the rendered outputs', () => {
  it('the example story: no "1 Nennungen" or "1 Quellen" in Markdown, HTML or plain text; counts say "Nennungen"', () => {
    const outputs = [renderMarkdown(example), renderHtml(example), renderText(example)];
    for (const output of outputs) for (const wrong of WRONG) expect(output).not.toMatch(wrong);
    const ones = example.analysis?.entities.filter((e) => e.mentions.length === 1) ?? [];
    const html = renderHtml(example);
    expect(html).toMatch(/\d+ Nennungen/u);
    // the HTML lists every entity: those with one mention read "1 Nennung"
    expect(ones.length).toBeGreaterThan(0);
    expect(html.match(/(?<!\d)1 Nennung</gu)?.length).toBe(ones.length);
  });

  it('one mention is "1 Nennung" / "1 mention", two are "2 Nennungen" / "2 mentions"', () => {
    const de = renderMarkdown(tiny('de'));
    expect(de).toContain('**Wladiwostok** (Ort), 1 Nennung [1]');
    expect(de).toContain('**Putin** (Person), 2 Nennungen [1]');
    const en = renderHtml(tiny('en'));
    expect(en).toContain('(place), 1 mention</li>');
    expect(en).toContain('(person), 2 mentions</li>');
  });

  it('the plain text has the headline, each line with its citation, and the numbered sources', () => {
    const text = renderText(example);
    const lines = text.split('\n');
    expect(lines[0]).toBe(example.headline);
    expect(text).not.toMatch(/[<>*_`]{2}/u);
    for (const s of example.sentences) expect(text).toContain(shownLineText(s));
    // A line opening with "Er" shows whom it means, in brackets after the pronoun.
    expect(text).toContain('- Er [Wladimir Putin] schlug in Wladiwostok');
    expect(text).toContain('\nQuellen:\n');
    example.articles.forEach((a, i) => {
      expect(lines.some((l) => l.startsWith(`[${String(i + 1)}] ${a.source ?? 'Quelle unbekannt'}, `))).toBe(
        true,
      );
    });
  });
});
