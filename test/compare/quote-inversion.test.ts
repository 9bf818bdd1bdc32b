import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** The direct quote that holds `words` in one hand-written German article. */
function quoteOf(text: string, words: string): { speaker: string | null; role?: string } | undefined {
  const quotes = checkedQuotes(text);
  const q = quotes.find((x) => x.kind === undefined && x.text.includes(words));
  return q && { speaker: q.speaker, ...(q.role !== undefined ? { role: q.role } : {}) };
}

const speakerOf = (text: string, words: string): string | null | undefined => quoteOf(text, words)?.speaker;

describe('the subject after the verb when the phrase opening the clause is no person', () => {
  it('reads past an adverb that opens the clause to the name after the verb and its reflexive', () => {
    const text =
      'Die Börse schloss ruhig. Zur Sorge bestehe kein Anlass. Ähnlich äußerte sich der Präsident John F. Kennedy: „Wir haben die Lage fest im Griff.“';
    expect(speakerOf(text, 'fest im Griff')).toBe('John F. Kennedy');
  });

  it('reads past a fronted object to the name after the verb', () => {
    const text =
      'Die Nachbarn boten Geld an. Das neue Angebot der Nachbarn lehnt Jonas Weber jedoch ab: „Das kommt für uns nicht in Frage.“';
    expect(speakerOf(text, 'nicht in Frage')).toBe('Jonas Weber');
  });

  it('keeps a person opening the clause, and a phrase that is no person when no name follows its verb', () => {
    const person =
      'Die Messe begann am Morgen. Die Ministerin Eva Roth begrüßte die Gäste: „Wir freuen uns über jeden Besuch.“';
    expect(speakerOf(person, 'jeden Besuch')).toBe('Eva Roth');
    const group =
      'Die Verhandlungen stocken. Die Gewerkschaft verlangt deutlich mehr Lohn: „Die Beschäftigten haben das verdient.“';
    expect(speakerOf(group, 'Beschäftigten haben')).toBe('Gewerkschaft');
    // A relative clause after a comma is not the clause's opening.
    const relative =
      'Die Quote sank weiter. Damit wird nun seit einem Jahr die Grenze erreicht, die Hans Albers in seiner ersten Amtszeit zum eigenen Ziel erklärt hatte: „Ich rechne damit, dass wir das bis zum Ende schaffen.“';
    expect(speakerOf(relative, 'bis zum Ende')).toBe('Hans Albers');
  });
});

describe('a quantifier opening the clause', () => {
  it('reads a phrase opened by "jegliche" or "jede" as a fronted object and takes the name after the verb', () => {
    const text =
      'Die Partei stritt lange. Jegliche Schuld am Streit weist Paula Seidel von sich: „Ich habe alle Regeln eingehalten.“';
    expect(speakerOf(text, 'alle Regeln')).toBe('Paula Seidel');
    const jede =
      'Die Partei stritt lange. Jede Verantwortung dafür lehnt Paula Seidel ab: „Ich habe alle Regeln eingehalten.“';
    expect(speakerOf(jede, 'alle Regeln')).toBe('Paula Seidel');
  });

  it('keeps a person opening the clause when no name follows the verb', () => {
    const text =
      'Die Partei stritt lange. Paula Seidel weist jede Schuld von sich: „Ich habe alle Regeln eingehalten.“';
    expect(speakerOf(text, 'alle Regeln')).toBe('Paula Seidel');
  });
});

describe('a middle initial inside a name', () => {
  it('reads a name on past a given name, an initial and its full stop', () => {
    const text =
      'Der Vertrag wurde unterzeichnet. „Das ist ein guter Tag für beide Länder“, sagte John F. Kennedy.';
    expect(speakerOf(text, 'guter Tag')).toBe('John F. Kennedy');
  });

  it('does not join a capital letter after a word that is no given name', () => {
    const text =
      '„Wir haben keine andere Wahl mehr gehabt“, sagte der Leiter von Plan B. Meier war nicht da.';
    expect(speakerOf(text, 'keine andere Wahl')).not.toContain('B.');
  });
});

describe('the subject after the verb that opens the clause after a quote', () => {
  it('reads the subject after a modal verb („…“, wollen die Anwohner wissen)', () => {
    const text =
      'Die Straße bleibt gesperrt. „Wann wird die Brücke endlich repariert?“, wollen die Anwohner seit Wochen wissen.';
    expect(speakerOf(text, 'Brücke endlich')).toBe('Anwohner');
  });

  it('reads the subject after a passive auxiliary when a verb of saying closes the clause', () => {
    const text =
      'Die Firma stellte das Gerät vor. Das sei eine Chance, im Markt „ganz vorne mitzuspielen“, wird Mike Downey, Leiter der Entwicklung, zitiert.';
    expect(quoteOf(text, 'ganz vorne')).toEqual({ speaker: 'Mike Downey', role: 'Leiter der Entwicklung' });
    // No verb of saying closes the clause: the auxiliary is a copula of the writer's own sentence.
    const copula = 'Das Team gewann den Pokal. „Wir geben niemals auf“ wird sein Leitsatz bleiben.';
    expect(speakerOf(copula, 'niemals auf')).toBeNull();
    const passive = 'Das Fest war vorbei. „Wir kommen nächstes Jahr wieder“, wurde in der Stadt oft gesagt.';
    expect(speakerOf(passive, 'nächstes Jahr')).toBeNull();
  });
});

describe('the agent of a passive clause that holds a quote', () => {
  it('gives the phrase after "von"/"vom", the last one before the quote, not the subject', () => {
    const text =
      'Es ist seit Wochen trocken. In weiten Teilen des Landes wird die Gefahr von Bränden vom Landesamt als „äußerst ernst“ eingestuft.';
    expect(speakerOf(text, 'äußerst ernst')).toBe('Landesamt');
    const named =
      'Die Regierung legte ihren Plan vor. Der Plan wurde von der Ministerin Eva Roth als „großer Wurf für alle“ bezeichnet.';
    expect(speakerOf(named, 'großer Wurf')).toBe('Eva Roth');
  });

  it('gives no speaker for a passive without an agent, nor an agent for "von" with a plain noun', () => {
    const text =
      'Die Regierung legte ihren Plan vor. Der Plan wurde von Anfang an als „großer Wurf für alle“ bezeichnet.';
    expect(speakerOf(text, 'großer Wurf')).toBeNull();
  });
});

describe('verbs of asking and replying after a quote', () => {
  it('reads the speaker after "fragte" and "erwiderte"', () => {
    const text = 'Der Rat tagte lange. „Wer soll das alles bezahlen?“, fragte die Abgeordnete Lea Kern.';
    expect(speakerOf(text, 'alles bezahlen')).toBe('Lea Kern');
    const reply = 'Der Rat tagte lange. „Das zahlt am Ende der Bund“, erwiderte Bürgermeister Tom Brandt.';
    expect(speakerOf(reply, 'am Ende')).toBe('Tom Brandt');
    // A label before a colon is no speaker when the speaker follows the quote.
    const label = 'Der Rat tagte lange. Denn: „Wer soll das alles bezahlen?“ fragen sich viele Anwohner.';
    expect(speakerOf(label, 'alles bezahlen')).not.toBe('Denn');
  });
});

describe('a possessive label before a colon', () => {
  it('gives the quote to the person who spoke just before ("Sein Fazit: „…“")', () => {
    const text =
      'Die Gespräche dauerten lange. Der Minister Paul Kern zeigte sich danach zufrieden: „Wir haben viel erreicht.“ Sein Fazit fiel deutlich aus: „Das war ein guter Tag für alle Seiten.“';
    expect(speakerOf(text, 'guter Tag')).toBe('Paul Kern');
  });

  it('not without a speaker just before, and not for a role word ("Sein Sprecher")', () => {
    const text =
      'Der Minister Paul Kern reiste ab. Die Gespräche dauerten lange. Die Stimmung blieb gut. Sein Fazit fiel deutlich aus: „Das war ein guter Tag für alle Seiten.“';
    expect(speakerOf(text, 'guter Tag')).not.toBe('Paul Kern');
    const role =
      'Der Minister Paul Kern zeigte sich zufrieden: „Wir haben viel erreicht.“ Sein Sprecher Max Ruf ergänzte: „Die Details folgen morgen früh.“';
    expect(speakerOf(role, 'Details folgen')).toBe('Max Ruf');
  });
});

describe('a noun of something said and whose it is, before the clause of the quote', () => {
  it('gives the genitive or "von" phrase before the comma of a Konjunktiv I clause', () => {
    const text =
      'Der Rat stimmte ab. Auf den Vorwurf der Opposition, es handele sich um einen „teuren Irrweg für die Stadt“, ging die Mehrheit nicht ein.';
    expect(speakerOf(text, 'teuren Irrweg')).toBe('Opposition');
    const by =
      'Der Sturm zog auf. Die Warnung von Bürgermeisterin Anna Falk, die Lage sei „ernster als gedacht“, kam spät.';
    expect(speakerOf(by, 'ernster als')).toBe('Anna Falk');
  });

  it('not when the noun is not right before the clause of the quote', () => {
    const text =
      'Der Rat stimmte ab. Nach dem Vorwurf der Opposition im Saal stieg die Spannung, und die Mehrheit hielt das Projekt für einen „teuren Irrweg für die Stadt“.';
    expect(speakerOf(text, 'teuren Irrweg')).not.toBe('Opposition');
  });
});

describe('a quote joined by "und" to the quote before it', () => {
  it('takes the speaker of the quote before', () => {
    const text =
      'Die Quote sank. Das war das Ziel, das Hans Albers zu Beginn seiner Amtszeit genannt hatte: „Wir schaffen das bis zum Ende des Jahres.“ und „Wer das nicht schafft, hat keine zweite Chance verdient.“';
    expect(speakerOf(text, 'zweite Chance')).toBe('Hans Albers');
  });

  it('not when more than a coordinator stands between the quotes', () => {
    const text =
      'Die Quote sank. Das war das Ziel, das Hans Albers zu Beginn seiner Amtszeit genannt hatte: „Wir schaffen das bis zum Ende des Jahres.“ Jahre später stand an der Wand: „Wer das nicht schafft, hat keine zweite Chance verdient.“';
    expect(speakerOf(text, 'zweite Chance')).not.toBe('Hans Albers');
  });
});
