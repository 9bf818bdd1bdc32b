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

describe('reported speech after a fronted object', () => {
  it('takes the subject-only pronoun after the verb, not the object before it', () => {
    const text =
      'Bürgermeister Karl Brandt sprach am Abend im Rathaus. Die Anwohner forderte er anschließend auf, ihre Keller bis Freitag zu räumen. Er wies darauf hin, dass die Pegel weiter steigen würden.';
    expect(speakerOf(text, 'ihre Keller')).toBe('Karl Brandt');
    expect(speakerOf(text, 'Pegel weiter')).toBe('Karl Brandt');
  });
});

describe('a phrase of time opening the clause', () => {
  it('is no speaker: the frame then names none, and a pronoun later takes the person named', () => {
    const text =
      'Ende Januar verkündete der Verband offiziell, dass er sich bewerben werde. Verbandschef Theo Brunner hatte dies bei einem Empfang bekannt gegeben. Ursprünglich wollte er „ein Konzept mit acht Stadien vorlegen“, am Ende waren es zwölf.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.speaker === 'Ende Januar')).toBe(false);
    expect(speakerOf(text, 'acht Stadien')).toBe('Theo Brunner');
  });

  it('keeps a name that holds a word of the calendar after a given name', () => {
    const text = 'Die Sitzung dauerte lange. Karl Mai sagte danach: „Wir haben uns geeinigt.“';
    expect(speakerOf(text, 'geeinigt')).toBe('Karl Mai');
  });
});

describe('more German verbs of saying', () => {
  it('reads a perfect participle of a particle verb as a reporting frame', () => {
    const text =
      'Der Stadtrat tagte bis spät. Bürgermeister Karl Brandt hat eingeräumt, Fehler bei der Planung gemacht zu haben.';
    expect(speakerOf(text, 'Fehler bei der Planung')).toBe('Karl Brandt');
    const pointed =
      'Der Stadtrat tagte bis spät. Karl Brandt hatte darauf hingewiesen, dass die Kosten steigen würden.';
    expect(speakerOf(pointed, 'Kosten steigen')).toBe('Karl Brandt');
  });

  it('reads past-tense verbs of remarking and insisting after a quote and before a colon', () => {
    const after = 'Die Sitzung endete früh. „Wir brauchen mehr Zeit für die Planung“, merkte Karl Brandt an.';
    expect(speakerOf(after, 'mehr Zeit')).toBe('Karl Brandt');
    const before = 'Die Sitzung endete früh. Karl Brandt pochte darauf, dass die Planung bald fertig werde.';
    expect(speakerOf(before, 'Planung bald')).toBe('Karl Brandt');
  });
});

describe('a pronoun after a sentence whose subject is a role', () => {
  it('stands for the role when no person is named near', () => {
    const text =
      'Der Bürgermeister hat die Vorwürfe am Montag zurückgewiesen. „Das ist völlig falsch“, betonte er vor der Presse.';
    expect(speakerOf(text, 'völlig falsch')).toBe('Bürgermeister');
  });

  it('keeps a person named in the sentence before, and a role of the other gender does not take the pronoun', () => {
    const named =
      'Die Ministerin hat die Vorwürfe am Montag zurückgewiesen. Auch Karl Brandt sprach. „Das ist völlig falsch“, betonte er.';
    expect(speakerOf(named, 'völlig falsch')).toBe('Karl Brandt');
    const other =
      'Die Ministerin hat die Vorwürfe am Montag zurückgewiesen. „Das ist völlig falsch“, betonte er vor der Presse.';
    expect(speakerOf(other, 'völlig falsch')).not.toBe('Ministerin');
  });
});

describe('the source after "nach Angaben"', () => {
  it('is a genitive with an indefinite article, adjectives read past', () => {
    const text =
      'Die Straße blieb gesperrt. Nach Angaben eines örtlichen Sprechers sei niemand verletzt worden.';
    expect(speakerOf(text, 'niemand verletzt')).toBe('Sprechers');
  });

  it('is never an object after the noun: the phrase itself is the source', () => {
    const text =
      'Die Armee griff erneut an. Die Tunnel dienten nach offiziellen Angaben dem Transport von Waffen.';
    expect(speakerOf(text, 'Transport von Waffen')).toBe('offiziellen Angaben');
  });
});

describe('two common nouns in a row', () => {
  it('are two phrases: the subject ends before the second', () => {
    const text =
      'Die Verbände legten am Montag Musterbriefe vor. Außerdem fordern die Organisationen Bürger dazu auf, ihre Abgeordneten anzuschreiben.';
    expect(speakerOf(text, 'Abgeordneten anzuschreiben')).toBe('Organisationen');
    const source =
      'Das Kraftwerk stand still. Grund für den Brand waren laut Ministerium Arbeiten an der Leitung.';
    expect(speakerOf(source, 'Arbeiten an der Leitung')).toBe('Ministerium');
  });

  it('keeps a name after a role word and a noun after a capitalised adjective', () => {
    const role = 'Die Sitzung endete. Der Sprecher Karl Brandt sagte danach: „Wir haben uns geeinigt.“';
    expect(speakerOf(role, 'geeinigt')).toBe('Karl Brandt');
    const adjective =
      'Die Lage bleibt unklar. Die Krankheit gilt nach Angaben der Vereinten Nationen als die häufigste ihrer Art.';
    expect(speakerOf(adjective, 'häufigste')).toBe('Vereinten Nationen');
  });
});

describe('a pronoun and a person named after a preposition', () => {
  it('stands for the person who is no object of a preposition', () => {
    const text =
      'Der Streit um den Orden dauert an. Im Brief, den Paul Seidel an Jacques Martin geschickt hat, erklärt er: „Ich gebe die Auszeichnung zurück.“';
    expect(speakerOf(text, 'Auszeichnung zurück')).toBe('Paul Seidel');
  });

  it('takes the person after a preposition when no other is named', () => {
    const text =
      'Der Streit um den Orden dauert an. Der Brief ging an Jacques Martin. Darin erklärt er: „Ich nehme die Auszeichnung an.“';
    expect(speakerOf(text, 'Auszeichnung an')).toBe('Jacques Martin');
  });
});

describe('a clause opened by "Wie"', () => {
  it('names its source after an adverb or a preposition of a source', () => {
    const adverb =
      'Die Lage bleibt ruhig. Wie schon die Behörde sagte, ist eine Ansteckung im Park unwahrscheinlich.';
    expect(speakerOf(adverb, 'Ansteckung im Park')).toBe('Behörde');
    const source =
      'Das Werk wird umgebaut. Wie aus Unternehmenskreisen verlautete, will der Konzern dort bald Kleinwagen bauen.';
    expect(speakerOf(source, 'bald Kleinwagen')).toBe('Unternehmenskreisen');
  });

  it('names none after a day alone, another preposition or a verb', () => {
    const day =
      'Das Werk wird umgebaut. Wie am Montag bekannt wurde, will der Konzern dort bald Kleinwagen bauen.';
    expect(quotesOf(day).some((q) => q.speaker === 'Montag')).toBe(false);
    const question =
      'Das Netz wächst. Wie hat der Aufbruch des Internets den Weg verändert, den Künstler heute beschreiten?';
    expect(quotesOf(question).some((q) => q.speaker?.includes('Aufbruch') === true)).toBe(false);
  });
});

describe('a sentence the next one points back at', () => {
  it('is reported by the subject after "Dies" and a verb of saying or reporting', () => {
    const text =
      'Der neue Zug fährt ab Mittwoch zwischen Kiel und Lübeck im Stundentakt. Dies gab die Bahn am Montag in Kiel bekannt.';
    expect(speakerOf(text, 'im Stundentakt')).toBe('Bahn');
  });

  it('is not reported when "Das" opens a noun phrase', () => {
    const text =
      'Der Rücktritt kam für viele überraschend früh im Jahr. Das Gehen bereite dem Bischof Schwierigkeiten, sagte sein Bruder.';
    expect(speakerOf(text, 'überraschend früh')).toBeUndefined();
  });
});

describe('a view held with an adjective after a copula', () => {
  it('frames the clause after it as reported', () => {
    const text =
      'Das Viertelfinale steht fest. Nationaltrainer Ralph Kunz ist hingegen zuversichtlich, den Gegner mit dem jetzigen Kader schlagen zu können.';
    expect(speakerOf(text, 'jetzigen Kader')).toBe('Ralph Kunz');
  });
});

describe('a role noun with an indefinite article', () => {
  it('is the speaker after the verb', () => {
    const text =
      'Forscher der Universität legten eine Studie vor. Als Begründung sagte ein Wissenschaftler: „Das Feld der Erkrankungen ist sehr breit.“';
    expect(speakerOf(text, 'sehr breit')).toBe('Wissenschaftler');
  });
});

describe('an adverb opening the sentence after a quotation', () => {
  it('is no speaker: the subject after the verb is', () => {
    const text =
      'In der Meldung wird Anna Roth zitiert: „We hope to launch again soon.“ Sinngemäß hofft Roth also, dass der nächste Start bald erfolgt.';
    expect(speakerOf(text, 'nächste Start')).toBe('Anna Roth');
  });
});

describe('a verb that needs its particle to report speech', () => {
  it('takes no subject of "drängt" alone as a speaker ("die Zeit drängt"): the clause after it keeps its own', () => {
    const text =
      'Die Gespräche ziehen sich hin. Zugleich drängt die Zeit, denn die Behörden verlangen von der Firma, die alten Anlagen bis Ende des Jahres abzubauen.';
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.speaker === 'Zeit')).toBe(false);
    expect(speakerOf(text, 'alten Anlagen')).toBe('Behörden');
  });
});
