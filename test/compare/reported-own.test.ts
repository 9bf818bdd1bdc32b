import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** The reported items of one hand-written German article as `[text start, speaker]`. */
const reported = (text: string): [string, string | null][] =>
  checkedQuotes(text, 'de')
    .filter((q) => q.kind === 'indirect')
    .map((q) => [q.text.slice(0, 30), q.speaker]);

// Found on a Fundus page (DW): "Nach eigenen Angaben hat er sogar schon 200.000 zusammen" was listed with the speaker
// "eigenen Angaben".
describe('"nach eigenen Angaben": the source is the sentence\'s subject', () => {
  it('gives the item to the subject, a name or a pronoun for the person named before', () => {
    expect(
      reported(
        'Der Kandidat Boris Nadeschdin sammelt Unterschriften. Nach eigenen Angaben hat er sogar schon 200.000 zusammen.',
      ),
    ).toEqual([['Nach eigenen Angaben hat er so', 'Boris Nadeschdin']]);
    expect(
      reported(
        'Ministerpräsident Bodo Ramelow plant nach eigenen Angaben, sich im Februar zur Wahl zu stellen.',
      ),
    ).toEqual([['Ministerpräsident Bodo Ramelow', 'Bodo Ramelow']]);
  });

  it('keeps the phrase as the source when it stands in a later clause, which has a subject of its own (negative)', () => {
    expect(
      reported(
        'Die ersten Funde machten die Forscher im Jahr 2000, im Jahr 2004 war die Gruppe nach eigener Aussage am Ziel.',
      ),
    ).toEqual([['Die ersten Funde machten die F', 'eigener Aussage']]);
  });
});

// Found on a Fundus page (Focus): "Zudem findet ein Gewinnspiel statt, bei dem es … zu gewinnen gibt" was reported
// speech of "Gewinnspiel" — "findet" read as the verb of holding a view, not as "stattfinden".
describe('"findet … statt" is "stattfinden", no verb of holding a view', () => {
  it('reports nothing', () => {
    expect(
      reported(
        'Zudem findet ein Gewinnspiel für Kunden statt, bei dem es einen signierten Ball zu gewinnen gibt.',
      ),
    ).toEqual([]);
    expect(
      reported('Die Stichwahl findet am Sonntag statt, die Ergebnisse sollen kurz danach bekannt werden.'),
    ).toEqual([]);
  });

  it('still reports with "findet" alone (negative)', () => {
    expect(reported('Der Trainer findet, dass die Mannschaft gut gespielt habe.')).toEqual([
      ['dass die Mannschaft gut gespie', 'Trainer'],
    ]);
  });
});
