import { describe, expect, it } from 'vitest';
import { quoteSpeakerOf } from './support.js';

const speakerOf = (text: string, words: string): string | null | undefined => quoteSpeakerOf(text, words);

describe('the subject of a subordinate clause that holds the quote and its verb of saying', () => {
  it('gives the quote to the subject after "weil" when a verb of saying closes the clause', () => {
    const text =
      'Der Streit um den Hafen hält an. Die Debatte ist heikel, weil der Bürgermeister Anton Keller den Plan als „völlig überzogenen Größenwahn“ bezeichnet hat.';
    expect(speakerOf(text, 'Größenwahn')).toBe('Anton Keller');
  });

  it('gives the quote to the subject of an opening "Als" clause', () => {
    const text =
      'Die Sitzung war lang. Als die Abgeordnete Mia Brandt „Wir lassen uns das nicht gefallen“ rief, verließen einige den Saal.';
    expect(speakerOf(text, 'nicht gefallen')).toBe('Mia Brandt');
  });

  it('gives a quote in an indirect question to the subject of the clause that asks', () => {
    const text =
      'Der Prozess begann am Montag. Die Zeitung berichtet, dass Lukas Hartmann den Zeugen gefragt habe, was er „in jener Nacht gesehen“ habe.';
    expect(speakerOf(text, 'jener Nacht')).toBe('Lukas Hartmann');
  });

  it('takes no subject when no verb of saying closes the clause, nor from a main clause opened by "Als"', () => {
    const noVerb =
      'Der Streit um den Hafen hält an. Die Debatte ist heikel, weil der Bürgermeister Anton Keller den „völlig überzogenen Ausbau“ plant.';
    expect(speakerOf(noVerb, 'überzogenen Ausbau')).not.toBe('Anton Keller');
    const main =
      'Die Studie erschien gestern. Als Begründung nannte die Forscherin Lena Vogt die Daten: „Die Zahlen sind eindeutig und belastbar.“';
    expect(speakerOf(main, 'eindeutig und belastbar')).toBe('Lena Vogt');
  });
});
