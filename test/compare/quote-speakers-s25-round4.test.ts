import { describe, expect, it } from 'vitest';
import { quoteSpeakerOf as speakerOf } from './support.js';

describe('a quote right after the noun it names has no speaker in that noun', () => {
  it('gives no speaker for the noun a title follows ("der Artikel „…“ hat … gesorgt")', () => {
    const text =
      'Die Debatte ist alt. Jüngst hat der Artikel „Warum Chefs nicht bloggen sollten“ von Tim Muster für Streit gesorgt.';
    expect(speakerOf(text, 'bloggen')).toBeNull();
  });

  it('gives no speaker for the noun a name in quotes follows ("Ich wagte das Experiment „…“")', () => {
    const text = 'Die Flasche ist klein. Ich wagte das Experiment „Haare grün färben“. Es ging gut.';
    expect(speakerOf(text, 'grün färben')).toBeNull();
  });

  it('still gives a name before a colon ("Ole Beispiel: „…“")', () => {
    const text =
      'Der Verein hat gewählt. Präsident Ole Beispiel: „Wir freuen uns sehr über das Vertrauen der Mitglieder.“';
    expect(speakerOf(text, 'Vertrauen')).toBe('Ole Beispiel');
  });
});

describe('a phrase opening with a word that opens sentences and names no one', () => {
  it('gives no speaker for a dative pronoun read as the subject ("Ihm gelangen …")', () => {
    const text =
      'Er schrieb viele Bücher. Ihm gelangen viele Touren, die Besteigung der „sieben Gipfel“ und mehr.';
    expect(speakerOf(text, 'sieben Gipfel')).toBeNull();
  });

  it('gives no speaker for an adverb before a noun ("Mehr Kritik …")', () => {
    const text =
      'Mehr Kritik gibt es an der Umsetzung. Drei Viertel bewerten die Reform als „teuer“, die Hälfte als „chaotisch“.';
    expect(speakerOf(text, 'chaotisch')).toBeNull();
  });

  it('still gives a group opened by an inflected quantifier ("Beide Seiten sprachen von „…“")', () => {
    const text =
      'Die Gespräche dauerten lange. Beide Seiten sprachen danach von einem „guten und offenen Austausch“.';
    expect(speakerOf(text, 'offenen Austausch')).toBe('Beide Seiten');
  });
});

describe('a pronoun before its verb finds its person only a few sentences back', () => {
  const far =
    'Der Minister Tom Beispiel sprach am Montag in Berlin. „Wir werden das Gesetz ändern“, sagte Beispiel. ' +
    'Die Debatte geht weiter. Ein Unbekannter hat die Daten im Netz veröffentlicht. Die Firma prüft den Fall noch. ' +
    'Der Täter gibt sich als Aktivist aus. Die Polizei ermittelt. ' +
    'Er schrieb in einer Nachricht: „Ich habe die Daten veröffentlicht, weil ich gegen den Handel bin.“';

  it('gives no speaker when the last person named is six sentences back', () => {
    expect(speakerOf(far, 'gegen den Handel')).toBeNull();
    expect(speakerOf(far, 'Gesetz ändern')).toBe('Tom Beispiel');
  });

  it('still gives the person named two sentences back', () => {
    const text =
      'Der Minister Tom Beispiel sprach am Montag in Berlin. „Wir werden das Gesetz ändern“, sagte Beispiel. ' +
      'Die Debatte geht weiter. Er schrieb später in einer Nachricht: „Ich bleibe bei meinem Plan für das Land.“';
    expect(speakerOf(text, 'meinem Plan')).toBe('Tom Beispiel');
  });
});

describe('a separable verb of saying written as one word at the end of a subordinate clause', () => {
  it('gives the subject of "als X darauf hinwies, dass …" for a quote in the reported clause', () => {
    const text =
      'Der Moderator Tom Beispiel wurde laut, als Lars Muster darauf hinwies, dass das Thema beim Sender verschwiegen ' +
      'werde – schließlich seien die Moderatoren „Millionäre, die von einem Milliardär bezahlt werden“.';
    expect(speakerOf(text, 'Milliardär')).toBe('Lars Muster');
  });
});

describe('two roles joined before a name', () => {
  it('gives the name after "die Frauenrechtlerin und Pädagogin"', () => {
    const text =
      'Die Lage im Land ist schlecht. Dies ist der Beginn einer „neuen Stufe der Unterdrückung“, so die bekannte ' +
      'Frauenrechtlerin und Pädagogin Maria Beispiel. Die Regierung schweigt.';
    expect(speakerOf(text, 'neuen Stufe')).toBe('Maria Beispiel');
  });
});

describe('a phrase of any one of a kind is no speaker', () => {
  it('gives no speaker for "Jeder Pädagoge könne „…“"', () => {
    const text =
      'Der Minister Tom Beispiel nahm zu der Frage Stellung. Jeder Pädagoge könne „das Konto jetzt einlösen, er kann ' +
      'es später einlösen“. Er appellierte an die Lehrer.';
    expect(speakerOf(text, 'Konto jetzt')).not.toBe('Pädagoge');
  });

  it('still gives the subject after the verb when such a phrase is the fronted object', () => {
    const text =
      'Der Tag war lang. Jegliche Verantwortung für die Affäre weist Tom Beispiel von sich: „Die Verantwortung kann ' +
      'nur der Vorsitzende übernehmen und sonst niemand.“';
    expect(speakerOf(text, 'sonst niemand')).toBe('Tom Beispiel');
  });
});

describe('a clause of condition opened by a plural verb ("Sollten …, so …")', () => {
  it('gives neither the verb nor the subject of the condition as the speaker', () => {
    const text =
      'Die Partei will nichts gewusst haben. Sollten dennoch Mitglieder die Zeitung verteilt haben, so sei dies ' +
      '„privat und ohne jede Beteiligung der Partei“ geschehen.';
    const speaker = speakerOf(text, 'ohne jede Beteiligung');
    expect(speaker).not.toBe('Sollten');
    expect(speaker).not.toBe('Mitglieder');
  });
});

describe('a source phrase with its article is no one a pronoun stands for', () => {
  it('does not give "den Berichten" for "Sie" after "Nach den Berichten …"', () => {
    const text =
      'Nach den Berichten zeigte sich die Partei empört über die Verstöße. In beiden Ländern will die Partei nichts ' +
      'gewusst haben. Sie bezweifelt die Aussagen ihrer Mitglieder. Dann sei das alles „ohne jede Absprache verteilt ' +
      'worden“, heißt es.';
    expect(speakerOf(text, 'ohne jede Absprache')).not.toBe('den Berichten');
  });
});

describe('a noun of a person as the subject of the sentence before', () => {
  it('is whom "er" stands for, not the speaker of three sentences back', () => {
    const text =
      'Der Anwalt Tom Beispiel erklärt die Regeln. „Die Meldung muss binnen drei Tagen erfolgen“, so Beispiel. ' +
      'Reporter konnten die Person finden, die die Daten veröffentlicht hat. Der Mann lebt seit Jahren im Ausland. ' +
      'Er sagt von sich selbst: „Ich habe die Daten veröffentlicht, weil ich gegen den Handel bin.“';
    expect(speakerOf(text, 'gegen den Handel')).not.toBe('Tom Beispiel');
  });
});

describe('a common noun fronted before the verb and a subject pronoun', () => {
  it('gives the person the pronoun stands for, not the noun ("Flüchtlinge hat sie … gesehen: „…“, sagt sie")', () => {
    const text =
      'Viele Flüchtlinge sammeln Holz in der Umgebung des Lagers. Das sorgt für Ärger. ' +
      'Lena Muster lebt mit ihrer Familie weit entfernt in einer Hütte. Nachts schläft die Hirtin auf einem Fell. ' +
      'Flüchtlinge hat sie stets nur als Fremde gesehen: „Die meisten hier wollen das Lager nicht“, sagt sie.';
    expect(speakerOf(text, 'Lager nicht')).toBe('Lena Muster');
  });
});
