import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/lang/index.js';
import { isBackground } from '../../src/summarise/background.js';

const en = (text: string): boolean => isBackground(text, rulesFor('en').lines);
const de = (text: string): boolean => isBackground(text, rulesFor('de').lines);

describe('background lines', () => {
  it('takes what someone is known for or has long been as background', () => {
    expect(en('The mayor of Kelby is known for arriving late at his own meetings.')).toBe(true);
    expect(en('For years the harbour company denied any part in the spill.')).toBe(true);
    expect(de('Der Bürgermeister von Kelby ist bekannt dafür, dass er zu spät kommt.')).toBe(true);
    expect(de('Die Werft gilt als größter Arbeitgeber der Region.')).toBe(true);
    expect(de('Seit Jahren streiten die Nachbarn um den Hafen.')).toBe(true);
  });

  it('takes a main clause in the pluperfect as background: what had happened before', () => {
    expect(en('In February the two leaders had met in Hanoi without a result.')).toBe(true);
    expect(en('The company had not yet signed the contract.')).toBe(true);
    expect(en('Since 2007, the firm had won 17 other contracts of the agency.')).toBe(true);
    expect(de('Im Februar hatte Kim mit dem Präsidenten über Abrüstung gesprochen.')).toBe(true);
    expect(de('Die Stadt hatte den Vertrag bereits im Mai gekündigt.')).toBe(true);
    expect(de('Die Firma hatte die Maschinen erst im Winter repariert.')).toBe(true);
  });

  it('does not take the pluperfect of a subordinate clause, "had" as a full verb or a state', () => {
    // the event of the sentence is in its main clause
    expect(en('The ancestor appeared 36 million years later than had been estimated.')).toBe(false);
    expect(en('The crash could have been avoided if the driver had stayed in his car.')).toBe(false);
    expect(en('The team had a difficult season and lost eleven games.')).toBe(false);
    expect(de('Nachdem er mit dem Präsidenten gesprochen hatte, reiste er ab.')).toBe(false);
    expect(de('Die Mannschaft hatte keine Chance gegen den Meister.')).toBe(false);
    expect(de('Eine gemeinsame Erklärung war ohnehin nicht geplant.')).toBe(false);
    // a past tense and the present are no background
    expect(en('The Senate confirmed the governor as energy secretary on Thursday.')).toBe(false);
    expect(de('Das Treffen endet ohne konkretes Ergebnis.')).toBe(false);
  });

  it('matches whole words only, and knows no background in a language without the tables', () => {
    expect(en('The festival is known formally as the harbour days.')).toBe(false);
    expect(isBackground('For years the harbour company denied it.', undefined)).toBe(false);
  });
});
