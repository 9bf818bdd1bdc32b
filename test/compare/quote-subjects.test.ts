import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, textOf } from './support.js';

/** The speaker of the direct quote that holds `words` in one hand-written German article. */
function speakerOf(text: string, words: string): string | null | undefined {
  const articles = fixtureArticles('de', [{ id: 'a', text }]);
  const { quotes } = analyseStory(articles);
  for (const q of quotes) expect(textOf(articles, q)).toBe(q.text);
  return quotes.find((q) => q.kind === undefined && q.text.includes(words))?.speaker;
}

describe('the subject of the sentence that holds a quote, read past its opening', () => {
  it('reads on past a quote inside the prepositional phrase that opens the sentence', () => {
    const text =
      'Die Stadt plant eine neue Brücke. Von einem „schweren Fehler für die ganze Region“ spricht der Verband der Pendler.';
    expect(speakerOf(text, 'schweren Fehler')).toBe('Verband der Pendler');
    // Two quoted phrases joined by "oder" are one noun: both quotes get the subject after the verb.
    const joined =
      'Die Prüfer legten ihr Gutachten vor. Von „fahrlässigem“ oder „grob fahrlässigem Handeln“ sprechen die Gutachter heute.';
    expect(speakerOf(joined, 'grob fahrlässigem')).toBe('Gutachter');
    expect(speakerOf(joined, 'fahrlässigem')).toBe('Gutachter');
  });

  it('does not read the opening preposition as a name, nor a phrase after it that is no subject', () => {
    const text =
      'Die Stadt plant eine neue Brücke. Von „gewaltigen Kosten für die ganze Stadt“ ist in dem Papier nicht die Rede.';
    expect(speakerOf(text, 'gewaltigen Kosten')).toBeNull();
  });

  it('reads on past a relative clause after the opening prepositional phrase to the verb and its subject', () => {
    const text =
      'Die Brücke bleibt gesperrt. In einem Bericht, der am Montag erschien, verteidigte das Landesamt die lange Sperrung als „dringend nötige Vorsicht an den Pfeilern“.';
    expect(speakerOf(text, 'dringend nötige')).toBe('Landesamt');
    // A noun of the relative clause is no subject.
    const none =
      'Die Brücke bleibt gesperrt. Nach dem Gutachten, das Experten am Montag vorlegten, sind „erhebliche Mängel an den Pfeilern“ bekannt.';
    expect(speakerOf(none, 'erhebliche Mängel')).toBeNull();
  });

  it('reads the subject of the clause after a colon ("Steuern: Die Partei will …")', () => {
    const text =
      'Das Programm wurde beschlossen. Steuern: Die Partei will hohe Einkommen („ab einem Jahreseinkommen von einer Million Euro“) stärker belasten.';
    expect(speakerOf(text, 'Jahreseinkommen')).toBe('Partei');
    // The label before the colon is not the subject.
    const label =
      'Das Programm wurde beschlossen. Steuern: Höhere Abgaben sollen „ab einem Jahreseinkommen von einer Million Euro“ gelten.';
    expect(speakerOf(label, 'Jahreseinkommen')).not.toBe('Steuern');
  });
});
