/**
 * Headings left at the very end of an article's text with nothing under them (the title of a related-articles list
 * or a gallery the extraction left out) go; a sign-off name, a greeting, a list's last item and a sentence stay.
 * Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/core/types.js';
import { cleanDocument, normaliseCleanOptions } from '../../src/clean/index.js';

const options = normaliseCleanOptions();
const clean = (text: string): CleanArticle =>
  cleanDocument({ id: 'doc', format: 'text', text, meta: {}, removed: [] }, options);

const BODY = [
  'Der Gemeinderat von Talbach hat am Montag beschlossen, die alte Brücke über den Mühlbach zu ersetzen.',
  'Die Arbeiten sollen im Frühjahr beginnen und rund acht Monate dauern.',
  'Während der Bauzeit wird der Verkehr über die Umgehungsstraße geleitet.',
  'Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land.',
].join('\n\n');

describe('clean: trailing headings', () => {
  it('drops headings at the end that head nothing', () => {
    const out = clean(`${BODY}\n\nWeitere Ausflugstipps im Talbachtal\n\nThemen im Artikel`);
    expect(out.text).toBe(BODY);
    expect(out.removed.map((r) => [r.reason, r.text])).toEqual([
      ['trailing-heading', 'Weitere Ausflugstipps im Talbachtal'],
      ['trailing-heading', 'Themen im Artikel'],
    ]);
    expect(clean(out.text).text).toBe(out.text);
  });

  it('drops a label that leads nowhere, and leaves the name above it to the sign-off rule', () => {
    const out = clean(`${BODY}\n\nAnna Berg\n\nMehr dazu:`);
    expect(out.text).toBe(BODY);
    expect(out.meta.author).toBe('Anna Berg');
  });

  it('keeps a last sentence, a greeting, a list item and an amount', () => {
    for (const end of [
      'Die Brücke soll im Herbst wieder befahrbar sein.',
      'Viele Grüße, Anna',
      'x Anna',
      '• Neue Geländer',
      '200 g Mehl',
      'Hoffentlich bald wieder offen!',
    ])
      expect(clean(`${BODY}\n\n${end}`).text).toBe(`${BODY}\n\n${end}`);
  });

  it('keeps a short text whole', () => {
    const text = 'Die Brücke ist gesperrt.\n\nUmleitung';
    expect(clean(text).text).toBe(text);
  });
});
