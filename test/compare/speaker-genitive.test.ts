import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, quoteSpeakerOf } from './support.js';

const speakerOf = (text: string, words: string): string | null | undefined =>
  quoteSpeakerOf(text, words, false);

describe('a role with a genitive as a speaker', () => {
  it('reads a genitive with a capitalised adjective on to its noun', () => {
    const text =
      'Berlin. Die Regierung prüft den Vorfall. „Wir werden nicht tatenlos zusehen“, sagte der Sprecher des Auswärtigen Amtes. Die Lage sei ernst, sagte ein Sprecher der Vereinten Nationen.';
    expect(speakerOf(text, 'tatenlos')).toBe('Sprecher des Auswärtigen Amtes');
    expect(speakerOf(text, 'Lage sei ernst')).toBe('Sprecher der Vereinten Nationen');
  });

  it('reads a one-word genitive as before, and stops before a given name', () => {
    const text =
      'Berlin. Die Regierung prüft den Vorfall. „Wir prüfen alles“, sagte ein Sprecher des Finanzministeriums. Die Prüfung dauere, sagte der Sprecher der Grünen Anna Berg.';
    expect(speakerOf(text, 'prüfen alles')).toBe('Sprecher des Finanzministeriums');
    expect(speakerOf(text, 'Prüfung dauere')).not.toBe('Sprecher der Grünen Anna');
  });
});

describe('a name in apposition to a role', () => {
  it('at the end of the sentence, a full name is the speaker', () => {
    const text =
      'Washington. Das Weiße Haus verteidigte die Beschlagnahme. Das Schiff stehe auf einer Sanktionsliste, sagte die Sprecherin des Weißen Hauses, Karoline Leavitt. Danach sprach sie über Zölle.';
    expect(speakerOf(text, 'Sanktionsliste')).toBe('Karoline Leavitt');
  });

  it('a single word after the comma at the end of the sentence is no apposition', () => {
    const text =
      'Washington. Das Weiße Haus verteidigte die Beschlagnahme. Das Schiff stehe auf einer Sanktionsliste, sagte die Sprecherin des Weißen Hauses, vermutlich. Danach sprach sie über Zölle.';
    expect(speakerOf(text, 'Sanktionsliste')).toBe('Sprecherin des Weißen Hauses');
  });
});

describe('the role of a speaker written before the name and a comma', () => {
  it('is shown with its complement and points at the phrase as written', () => {
    const text =
      'Washington. Das Weiße Haus hat die Beschlagnahme verteidigt. Das Schiff stehe auf einer Sanktionsliste, sagte der Sprecher des Weißen Hauses, John Kirby. Danach sprach er über Zölle.';
    const articles = fixtureArticles('de', [{ id: 'a', text }]);
    const quote = analyseStory(articles).quotes.find((q) => q.text.includes('Sanktionsliste'));
    expect(quote?.speaker).toBe('John Kirby');
    expect(quote?.role).toBe('Sprecher des Weißen Hauses');
    const source = quote?.roleSource;
    expect(source && text.slice(source.start, source.end)).toBe('der Sprecher des Weißen Hauses');
  });

  it('a role noun far before the comma, or without a complement, is not taken', () => {
    const text =
      'Washington. Das Weiße Haus hat die Beschlagnahme verteidigt. Das Schiff stehe auf einer Sanktionsliste, sagte der Sprecher gestern im Weißen Haus, John Kirby. Danach sprach er über Zölle.';
    const articles = fixtureArticles('de', [{ id: 'a', text }]);
    const quote = analyseStory(articles).quotes.find((q) => q.text.includes('Sanktionsliste'));
    expect(quote?.role).not.toBe('Sprecher gestern im Weißen Haus');
  });
});

describe('a noun of something said names its speaker before a colon', () => {
  it('"an einer Antwort von Kremlsprecher X ablesen: „…“" gives X, not the subject of the clause', () => {
    const text =
      'Moskau. Die Wahl naht. Wie gering die Chancen des Kandidaten sind, lässt sich an einer Antwort von Kremlsprecher Dmitri Peskow ablesen: „Wir sehen in ihm keinen Gegner.“';
    expect(speakerOf(text, 'keinen Gegner')).toBe('Dmitri Peskow');
  });

  it('needs a named person after the preposition, and a colon', () => {
    const withoutName =
      'Moskau. Die Wahl naht. Wie gering die Chancen des Kandidaten sind, zeigt eine Antwort von Journalisten aus der Stadt: „Wir sehen in ihm keinen Gegner.“';
    expect(speakerOf(withoutName, 'keinen Gegner')).not.toBe('Journalisten');
    const noColon =
      'Moskau. Die Wahl naht. Nach einer Antwort von Kremlsprecher Dmitri Peskow fragte Anna Berg, ob „alles in Ordnung“ sei.';
    expect(speakerOf(noColon, 'alles in Ordnung')).not.toBe('Dmitri Peskow');
  });
});

describe('a comparison with an unreal verb is no reported speech', () => {
  const indirect = (text: string): string[] => {
    const articles = fixtureArticles('de', [{ id: 'a', text }]);
    return analyseStory(articles)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => q.text);
  };

  it('"…, als würde es eine Krone tragen" and "als ob …" are not reported', () => {
    const text =
      'Berlin. Das Bild zeigt den Himmel über der Stadt. Dort sind Vögel, Drachen und ein Wesen zu sehen, das aussieht, als würde es eine goldene Krone tragen. Der Künstler malte die Wolken so, als ob sie aus Stein wären.';
    expect(indirect(text).some((q) => q.includes('Krone'))).toBe(false);
    expect(indirect(text).some((q) => q.includes('Stein'))).toBe(false);
  });

  it('reported speech after "sagte" stays', () => {
    const text =
      'Berlin. Der Bürgermeister Peter Lang sagte, die Brücke werde im Mai eröffnet. Die Stadt plant ein Fest.';
    expect(indirect(text).some((q) => q.includes('Brücke werde'))).toBe(true);
  });
});
