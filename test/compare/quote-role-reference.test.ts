import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** The speaker and role of the quote (direct or indirect) that holds `words` in one hand-written German article. */
function quoteOf(text: string, words: string): { speaker: string | null; role?: string } | undefined {
  const quotes = checkedQuotes(text);
  const q = quotes.find((x) => x.text.includes(words));
  return q && { speaker: q.speaker, ...(q.role !== undefined ? { role: q.role } : {}) };
}

describe('a definite role resolved to the one person its sentence names before it', () => {
  it('takes the person of the same sentence although the sentence before names another', () => {
    const text =
      'Die Gastgeberin Maria Schulz bereitete ein Bankett vor. Kaum hatte Jonas Weber die Stadt erreicht, kündigte der Gast an, dass dies nicht sein letzter Besuch sein werde.';
    expect(quoteOf(text, 'nicht sein letzter Besuch')).toEqual({ speaker: 'Jonas Weber', role: 'Gast' });
  });

  it('gives a pronoun after it the person, not the role of the phrase that referred to them', () => {
    const text =
      'Die Gastgeberin Maria Schulz bereitete ein Bankett vor. Kaum hatte der Politiker Jonas Weber die Stadt erreicht, kündigte der Gast an, dass dies nicht sein letzter Besuch sein werde. „Das ist erst der Anfang“, sagte er.';
    expect(quoteOf(text, 'nicht sein letzter Besuch')).toEqual({ speaker: 'Jonas Weber', role: 'Gast' });
    expect(quoteOf(text, 'erst der Anfang')).toEqual({ speaker: 'Jonas Weber', role: 'Politiker' });
  });

  it('resolves no one when the sentence names two people before the role', () => {
    const text =
      'Das Treffen begann am Morgen. Nachdem Jonas Weber und Paul Krüger die Stadt erreicht hatten, kündigte der Gast an, dass dies nicht sein letzter Besuch sein werde.';
    expect(quoteOf(text, 'nicht sein letzter Besuch')?.speaker).toBe('Gast');
  });

  it('reads "der Mann" as the one person named just before, but not "die Frau" of someone', () => {
    const man =
      'Im Interview wurde Jonas Weber nach dem Abend gefragt. „Es war der schlimmste Tag meines Lebens“, sagt der Mann.';
    expect(quoteOf(man, 'schlimmste Tag')?.speaker).toBe('Jonas Weber');
    const wife =
      'Jonas Weber eröffnete das Fest am Abend. „Wir feiern heute alle gemeinsam“, sagte die Frau des Bürgermeisters.';
    expect(quoteOf(wife, 'feiern heute')?.speaker).not.toBe('Jonas Weber');
  });
});
