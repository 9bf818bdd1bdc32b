import { describe, expect, it } from 'vitest';
import { quoteSpeakerOf } from './support.js';

const speakerOf = (text: string, words: string): string | null | undefined => quoteSpeakerOf(text, words);

describe('a word capitalised only because it opens the sentence is no speaker', () => {
  it('reads past an adverb opening the clause to the subject after the verb', () => {
    const pronoun =
      'Die Zinsen bleiben hoch. Jonas Weber sprach von einer Wende: „Die Inflation sinkt endlich.“ Gleichzeitig weist er darauf hin, dass der Euro „weiterhin deutlich zu teuer“ sei.';
    expect(speakerOf(pronoun, 'zu teuer')).toBe('Jonas Weber');
    const role =
      'Der Verein steht vor dem Abstieg. Dennoch betont der Trainer Uwe Brandt: „Wir geben bis zum Schluss alles.“';
    expect(speakerOf(role, 'bis zum Schluss')).toBe('Uwe Brandt');
  });

  it('reads an indirect question opening the sentence as a clause and takes the subject after its verb', () => {
    const text =
      'Die Halle brannte völlig aus. Weshalb es zu dem Fehler kam, konnte Petra Lang nicht sagen: „Wir haben keine Erklärung dafür.“';
    expect(speakerOf(text, 'keine Erklärung')).toBe('Petra Lang');
  });

  it('gives no speaker when the clause names no one', () => {
    const adverb = 'Der Sommer naht. Bald heißt es wieder „Die Saison ist eröffnet“ in allen Freibädern.';
    expect(speakerOf(adverb, 'Saison ist eröffnet')).toBeNull();
    const verb = 'Die Erkältung hält an. Soll man das Fieber wirklich „bis zum bitteren Ende“ aushalten?';
    expect(speakerOf(verb, 'bitteren Ende')).toBeNull();
  });

  it('keeps a quantifier before a noun as the subject, and the same word as a name inside the sentence', () => {
    const group = 'Die Gespräche dauerten lange. Beide Seiten erklärten: „Wir wollen den Frieden.“';
    expect(speakerOf(group, 'den Frieden')).toBe('Beide Seiten');
    const name = 'Die Verhandlungen sind gescheitert. „Wir bleiben bei unserer Linie“, sagte Christian Bald.';
    expect(speakerOf(name, 'unserer Linie')).toBe('Christian Bald');
  });
});
