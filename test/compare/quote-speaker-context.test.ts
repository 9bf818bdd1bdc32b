import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, textOf } from './support.js';

/** Direct and reported quotes of one hand-written German article: text → speaker. */
function quotesOf(text: string): [string, string | null][] {
  const articles = fixtureArticles('de', [{ id: 'a', text }]);
  const { quotes } = analyseStory(articles);
  for (const q of quotes) expect(textOf(articles, q)).toBe(q.text);
  return quotes.map((q) => [q.text, q.speaker]);
}

/** The speaker of the direct quote that holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return quotesOf(text).find(([q]) => q.includes(words))?.[1];
}

describe('speakers from the context of a German quote', () => {
  it('reads "zu den …" after a verb of saying as a preposition, not a name particle', () => {
    const text =
      'John Kline, ein Repräsentant aus Minnesota, sagte zu den Anschuldigungen, dass der Vorfall kein Unfall gewesen sei. „Das war direktes Feuer auf Zivilisten.“ Er fuhr fort: „Das ist wirklich eine Gräueltat.“';
    expect(speakerOf(text, 'direktes Feuer')).toBe('John Kline');
    expect(speakerOf(text, 'Gräueltat')).toBe('John Kline');
    // "zu" alone still opens a name.
    expect(speakerOf('„Ich habe Fehler gemacht“, sagte zu Guttenberg. Er trat zurück.', 'Fehler')).toBe(
      'zu Guttenberg',
    );
  });

  it('reads a pronoun after the quote as the name that introduced it ("X sagte: „…“, betont sie")', () => {
    const text =
      'Die Regierung von Ali Larajedh will eine neue Verfassung. Halima Jouini, Vorstandsmitglied der tunesischen Menschenrechtsliga, sagte dazu: „Die Rechte der Frauen müssen geschützt werden“, betont sie.';
    expect(speakerOf(text, 'Rechte der Frauen')).toBe('Halima Jouini');
    // Without a name before the quote the pronoun is resolved as before.
    expect(
      speakerOf(
        'Innenminister Peter Brandt besuchte die Grenze. „Wir verstärken die Kontrollen deutlich“, sagte er.',
        'Kontrollen',
      ),
    ).toBe('Peter Brandt');
  });
});
