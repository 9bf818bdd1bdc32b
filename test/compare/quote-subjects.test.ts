import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, quoteSpeakerOf } from './support.js';

const speakerOf = (text: string, words: string): string | null | undefined => quoteSpeakerOf(text, words);

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

describe('the text a quote is read from', () => {
  it('finds the document after adverbs between the verb and its preposition ("steht deshalb in dem Entwurf")', () => {
    const text =
      'Der Bund will das Passgesetz ändern. Derzeit steht deshalb in dem Entwurf noch der Satz: „Die gespeicherten Abdrücke sind nach der Ausgabe zu löschen.“';
    expect(speakerOf(text, 'gespeicherten Abdrücke')).toBe('Entwurf');
    // A phrase after a conjunction is not the verb's own ("steht, aber in dem …").
    const other =
      'Der Bund will das Passgesetz ändern. Derzeit steht und fällt in dem Entwurf noch der Satz: „Die gespeicherten Abdrücke sind nach der Ausgabe zu löschen.“';
    expect(speakerOf(other, 'gespeicherten Abdrücke')).not.toBe('Entwurf');
  });

  it('finds the document of the opening phrase across a relative clause before "heißt es"', () => {
    const text =
      'Das Gericht verlangt Daten. Im letzten Satz der Anordnung, die dem Dienst am Montag zugestellt wurde, heißt es: „Der Dienst darf die Nutzer über diese Anordnung nicht unterrichten.“';
    expect(speakerOf(text, 'Der Dienst darf')).toBe('Satz');
    // A phrase opened by a preposition that introduces no text ("Wegen der Anordnung, die …") is not taken.
    const cause =
      'Das Gericht verlangt Daten. Wegen der Anordnung, die dem Dienst am Montag zugestellt wurde, heißt es: „Der Dienst darf die Nutzer über diese Anordnung nicht unterrichten.“';
    expect(speakerOf(cause, 'Der Dienst darf')).not.toBe('Anordnung');
  });

  it('takes the text that "Darin" points back to from the sentence before', () => {
    const text =
      'Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Wir hätten den Mann früher festnehmen können.“';
    expect(speakerOf(text, 'früher festnehmen')).toBe('Stellungnahme');
    // With no text named in the sentence before there is none to point to.
    const none =
      'Die Staatsanwaltschaft ermittelt seit Dienstag. Darin steht unter anderem: „Wir hätten den Mann früher festnehmen können.“';
    expect(speakerOf(none, 'früher festnehmen')).toBeNull();
  });

  it('takes the noun a relative clause with "auf dem … stand" refers to, and reports only what follows', () => {
    const text =
      'Der Empfänger war billig. Ab 1939 musste an jedem Empfänger ein Zettel kleben, auf dem geschrieben stand: „Das Abhören fremder Sender ist ein Verbrechen.“';
    expect(speakerOf(text, 'fremder Sender')).toBe('Zettel');
    // The words before the relative clause are no reported speech.
    const articles = fixtureArticles('de', [{ id: 'a', text }]);
    const indirect = analyseStory(articles).quotes.filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => q.text)).toEqual([]);
    // A relative pronoun with a noun after it is an article ("…, auf dem Tisch stand: „…“"): no text named.
    const table =
      'Der Empfänger war billig. Ab 1939 musste ein Zettel kleben, auf dem Tisch stand: „Das Abhören fremder Sender ist ein Verbrechen.“';
    expect(speakerOf(table, 'fremder Sender')).not.toBe('Zettel');
  });

  it('reads a noun written with a lower-case first part ("Auf der documenta-Homepage heißt es: „…“")', () => {
    const text =
      'Die Schau hat ein neues Zeichen. Auf der documenta-Homepage heißt es: „Die Striche wurden wegen ihrer alten Form gewählt.“';
    expect(speakerOf(text, 'Die Striche')).toBe('documenta-Homepage');
    // A lower-case word without a capitalised part is no noun.
    const plain =
      'Die Schau hat ein neues Zeichen. Auf der neuen heißt es: „Die Striche wurden wegen ihrer alten Form gewählt.“';
    expect(speakerOf(plain, 'Die Striche')).toBeNull();
  });
});
