/**
 * "zeigen" reports a clause after its comma only with "dass", or with any reported clause when a reflexive pronoun
 * stands in its clause ("zeigte sich zuversichtlich, … zu …"): "zeigte keinerlei Anzeichen, sich … aufzulehnen"
 * reports nothing, the pronoun there being the next clause's (src/compare/reported.ts `reflexiveHeld`, table
 * `thatUnlessReflexiveVerbs`). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { checkedQuotes, quoteSpeakerOf } from './support.js';

const indirect = (text: string): string[] =>
  checkedQuotes(text)
    .filter((q) => q.kind === 'indirect')
    .map((q) => q.text);

describe('"zeigen" as a verb of reporting', () => {
  it('reports no infinitive clause without a reflexive pronoun of its own', () => {
    expect(
      indirect(
        'Die Gäste verloren deutlich. Ihre Körpersprache zeigte keinerlei Anzeichen, sich gegen die Gastgeber aufzulehnen.',
      ),
    ).toEqual([]);
  });

  it('reports with a reflexive pronoun ("zeigte sich zuversichtlich, … zu …")', () => {
    const text =
      'Die Gespräche dauern an. Der Vorstand zeigte sich zuversichtlich, bald zu einem guten Abschluss zu kommen.';
    expect(quoteSpeakerOf(text, 'guten Abschluss', false)).toBe('Vorstand');
  });

  it('reports a clause with "dass" ("Die Studie zeigt, dass …")', () => {
    expect(
      indirect('Eine neue Studie aus Kelby zeigt, dass Knoblauch gegen Entzündungen helfen kann.'),
    ).toEqual(['dass Knoblauch gegen Entzündungen helfen kann']);
  });
});
