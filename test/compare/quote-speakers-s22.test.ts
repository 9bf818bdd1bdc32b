import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Every quote of one hand-written German article: its kind, text and speaker. */
function quotesOf(text: string): { kind: string; text: string; speaker: string | null }[] {
  const quotes = checkedQuotes(text);
  return quotes.map((q) => ({ kind: q.kind ?? 'direct', text: q.text, speaker: q.speaker }));
}

/** The speaker of the first quote (direct or reported) whose text holds `words`. */
const speakerOf = (text: string, words: string): string | null | undefined =>
  quotesOf(text).find((q) => q.text.includes(words))?.speaker;

describe('a verb of quoting someone else', () => {
  it('gives the quote to the one quoted after the verb, not to the medium before it', () => {
    const text =
      'Innenminister Karl Brandt äußerte sich am Abend. Das Tagblatt zitiert den Minister mit den Worten „Wir werden das Gesetz noch in diesem Jahr ändern.“';
    expect(speakerOf(text, 'Gesetz noch')).toBe('Karl Brandt');
  });

  it('reads the medium, then the one quoted, after a quote', () => {
    const text =
      'Innenminister Karl Brandt äußerte sich am Abend. „Wir werden das Gesetz noch in diesem Jahr ändern“, zitiert das Tagblatt den Minister.';
    expect(speakerOf(text, 'Gesetz noch')).toBe('Karl Brandt');
  });

  it('takes an object pronoun after the verb for the person named before', () => {
    const text =
      'Bürgermeister Karl Brandt besuchte die Baustelle. Das Tagblatt zitierte ihn mit den Worten: „Die Brücke wird im Mai fertig.“';
    expect(speakerOf(text, 'Brücke wird')).toBe('Karl Brandt');
  });

  it('leaves the medium as the speaker when it quotes nobody named there', () => {
    const text = 'Der Streit ging weiter. „Die Lage bleibt sehr angespannt“, zitierte das Tagblatt.';
    expect(speakerOf(text, 'Lage bleibt')).toBe('Tagblatt');
  });
});

describe('a quote in parentheses after a name', () => {
  it('belongs to the person named right before it, not to the one a marker named first', () => {
    const text =
      'Viele gratulierten dem Preisträger, so der Bürgermeister Karl Brandt, die Leiterin des Museums, Anna Berger („Niemand hat den Preis mehr verdient.“), und weitere Gäste.';
    expect(speakerOf(text, 'Niemand hat')).toBe('Anna Berger');
  });

  it('does not give it to a name inside the clause, whom the words may be about', () => {
    const text =
      'Der Moderator Paul Weber fragte den Sänger nach dem Diktator Karl Brandt („Den würde ich sofort absetzen.“) und nach seinen Plänen.';
    expect(speakerOf(text, 'sofort absetzen')).not.toBe('Karl Brandt');
  });
});

describe('a verb opening the sentence before a subject pronoun', () => {
  it('is no speaker ("Kämen sie …")', () => {
    const text =
      'Der Bürgermeister von Neustadt forderte alle Bewohner zum Rückzug auf. Kämen sie dem nicht nach, so „schütze sie Gott“.';
    expect(quotesOf(text).some((q) => q.speaker === 'Kämen')).toBe(false);
  });
});

describe('a colon frame opened by an object with a clause set off after it', () => {
  it('takes the subject pronoun after the finite verb, not the object', () => {
    const text =
      'Ebenso äußerte sich der Parteichef Karl Brandt. Das neue Angebot, verletzte Kinder kostenlos in den Kliniken der Stadt behandeln zu lassen, lehnt er jedoch ab: „Die Stadt sollte alle Menschen aufnehmen. Nur Kranke – das lasse ich nicht zu.“';
    expect(speakerOf(text, 'alle Menschen')).toBe('Karl Brandt');
  });
});

describe('two compounds sharing their end', () => {
  it('make one speaker phrase ("Bau- und Verkehrsministerium"), not its first part', () => {
    const text =
      'Die Prüfer hatten die Zahlen gefälscht. Das Bau- und Verkehrsministerium hat entschieden, der Firma die Lizenz zu entziehen.';
    expect(speakerOf(text, 'Lizenz zu entziehen')).toBe('Bau- und Verkehrsministerium');
  });
});

describe('reported speech: whose words a source gives', () => {
  it('takes the owner of a noun of something said after "laut", not the noun', () => {
    const police = 'Die Straße soll laut Angaben der Polizei am Mittwoch wieder frei sein.';
    expect(speakerOf(police, 'Straße soll')).toBe('Polizei');
    const proposal = 'Die Gespräche sollen laut Vorschlag der Partei am Mittwoch in einem Hotel stattfinden.';
    expect(speakerOf(proposal, 'Gespräche sollen')).toBe('Partei');
    const named = 'Die Gespräche sollen laut einer Aussage von Karl Brandt am Mittwoch stattfinden.';
    expect(speakerOf(named, 'Gespräche sollen')).toBe('Karl Brandt');
  });

  it('keeps the noun when no owner follows it', () => {
    const text = 'Die Straße soll laut Angaben am Mittwoch wieder frei sein.';
    expect(speakerOf(text, 'Straße soll')).toBe('Angaben');
  });

  it('reads a name in quotation marks right before the verb as its subject', () => {
    const text =
      '„Radio Nord“ berichtet unter Berufung auf einen Wärter, dass die Gefangenen durch das Haupttor entkommen sind.';
    expect(speakerOf(text, 'Haupttor')).toBe('Radio Nord');
  });
});

describe('a role speaker read after a genitive article', () => {
  it('is shown in the nominative when the stem is a role word', () => {
    const text = 'Die Vorträge wurden nach Angaben des Sprechers abgesagt.';
    expect(speakerOf(text, 'Vorträge wurden')).toBe('Sprecher');
    const of = 'Nach Angaben des Sprechers des Ministeriums wurden die Vorträge abgesagt.';
    expect(speakerOf(of, 'Vorträge abgesagt')).toBe('Sprecher des Ministeriums');
  });

  it('keeps a word whose stem is no role word ("des Bundes")', () => {
    const text = 'Die Straße soll nach Angaben des Bundes am Mittwoch wieder frei sein.';
    expect(speakerOf(text, 'Straße soll')).toBe('Bundes');
  });
});

describe('a quote in a sentence with a fronted object and no verb of saying', () => {
  it('goes to the name right after the verb, not to the object before it', () => {
    const text =
      'Die Galerie hat viele Gäste. Entspannung findet Karl Brandt auf der Insel und „ich freue mich total, wenn ich in die Galerie komme“.';
    expect(speakerOf(text, 'freue mich')).toBe('Karl Brandt');
  });
});

describe('a word joined to a closing quotation mark by a hyphen', () => {
  it('stays inside its compound and opens no clause of its own', () => {
    const text =
      'Wie Karl Brandt vor seinem „Müll“-Fauxpas sagte: „Das Wichtigste an einem Präsidenten ist der Charakter.“';
    expect(speakerOf(text, 'Wichtigste')).toBe('Karl Brandt');
  });
});

describe('one role word in the genitive after "laut eines"', () => {
  it('is shown in the nominative', () => {
    const text = 'Laut eines Sprechers der Polizei liegen derzeit keine Erkenntnisse für einen Brand vor.';
    expect(speakerOf(text, 'keine Erkenntnisse')).toBe('Sprecher');
  });
});
