/**
 * One or two words in quotation marks are kept as a quote only for a cue of saying or wording beside them ("nannte
 * die Lage „ernst“"); when no one is found to have said them they are a term the text sets off ("als „ernst“
 * eingestuft", "called the findings “very promising”"), not a quote to list (src/compare/quotes.ts, `emit`). Made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { checkedQuotes, quoteSpeakerOf } from './support.js';

const texts = (text: string, language = 'de'): string[] => checkedQuotes(text, language).map((q) => q.text);

describe('short words in quotation marks', () => {
  it('are no quote when no one is found to have said them', () => {
    expect(texts('Die Lage am Hafen von Kelby wurde am Montag als „sehr ernst“ eingestuft.')).toEqual([]);
    expect(texts('The findings were described as “very promising” in the report.', 'en')).toEqual([]);
  });

  it('are a quote of the one who said them', () => {
    expect(
      quoteSpeakerOf('Bürgermeisterin Anna Keller nannte die Lage am Montag „sehr ernst“.', 'sehr ernst'),
    ).toBe('Anna Keller');
  });

  it('from three words on are listed even when no one is found to have said them', () => {
    expect(texts('Die Lage am Hafen wurde am Montag als „sehr ernst und bedrohlich“ eingestuft.')).toEqual([
      'sehr ernst und bedrohlich',
    ]);
  });
});
