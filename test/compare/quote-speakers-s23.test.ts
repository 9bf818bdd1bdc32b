import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Every quote of one hand-written German article: its kind, text, speaker and role. */
function quotesOf(
  text: string,
): { kind: string; text: string; speaker: string | null; role: string | undefined }[] {
  const quotes = checkedQuotes(text);
  return quotes.map((q) => ({ kind: q.kind ?? 'direct', text: q.text, speaker: q.speaker, role: q.role }));
}

/** The speaker of the first quote (direct or reported) whose text holds `words`. */
const speakerOf = (text: string, words: string): string | null | undefined =>
  quotesOf(text).find((q) => q.text.includes(words))?.speaker;

describe('an academic title before a name', () => {
  it('is read past: "sagt Dr. Jane Doe" is Jane Doe, not "Dr"', () => {
    const text =
      '„Das neue Verfahren spart sehr viel Energie“, sagt Dr. Karin Holm, die das Labor leitet. „Wir wollen es bald in der Fabrik nutzen.“';
    expect(speakerOf(text, 'spart sehr')).toBe('Karin Holm');
    // the quote standing alone after it goes on with the same person
    expect(speakerOf(text, 'bald in der Fabrik')).toBe('Karin Holm');
  });

  it('is read past before a colon and in a chain ("Prof. Dr.")', () => {
    expect(
      speakerOf('So schreibt Prof. Paul Weber: „Hügel ändern die Stärke des Windes deutlich.“', 'Hügel'),
    ).toBe('Paul Weber');
    expect(
      speakerOf('Prof. Dr. Anna Berger sagte: „Das ist ein großer Erfolg für die ganze Klinik.“', 'Erfolg'),
    ).toBe('Anna Berger');
  });

  it('keeps the role written before it', () => {
    const quote = quotesOf(
      '„Die Tiere haben sich gut eingelebt“, sagte Zoodirektor Dr. Karl Brandt am Montag.',
    ).find((q) => q.text.includes('Tiere'));
    expect(quote?.speaker).toBe('Karl Brandt');
    expect(quote?.role).toBe('Zoodirektor');
  });
});

describe('a family name with particles after a given name', () => {
  it('is read whole ("Alexander von Preen", "Ursula von der Leyen")', () => {
    expect(
      speakerOf(
        '„Ein Drittel der Händler will aufgeben“, sagte Verbandschef Karl von Brenn der Zeitung.',
        'Drittel',
      ),
    ).toBe('Karl von Brenn');
    expect(
      speakerOf('Anna von der Marwitz sagte: „Wir stehen fest an der Seite der Bauern.“', 'Seite der Bauern'),
    ).toBe('Anna von der Marwitz');
  });

  it('stops before a common noun or an organisation after the particle', () => {
    expect(speakerOf('„Das war ein sehr guter Tag für uns“, sagte Anna von der Polizei.', 'guter Tag')).toBe(
      'Anna',
    );
    expect(
      speakerOf('„Das war ein sehr guter Tag für uns“, sagte Hans von Amnesty International.', 'guter Tag'),
    ).toBe('Hans');
  });

  it('takes no article after "zu" (a preposition there)', () => {
    expect(
      speakerOf('„Das stimmt so nicht und das weiß jeder“, sagte Hans zu den Vorwürfen.', 'stimmt so'),
    ).toBe('Hans');
  });
});

describe('a coordinator opening the sentence', () => {
  it('is no speaker ("Und könnte fragen: „…“")', () => {
    const text = 'Der Saal war voll. Und könnte fragen: „Wird nicht jedes Jahr dasselbe Stück aufgeführt?“';
    expect(speakerOf(text, 'dasselbe Stück')).toBeNull();
  });

  it('leaves the speaker named after it ("Oder, um es mit X zu sagen: „…“")', () => {
    const text =
      'Kein Interesse. Oder, um es mit Karl Brandt zu sagen: „Nein, meine Tochter gebe ich nicht her!“';
    expect(speakerOf(text, 'Tochter')).toBe('Karl Brandt');
  });

  it('is no role of the name after it', () => {
    const quote = quotesOf('Und Karl Brandt sagte: „Wird nicht jedes Jahr dasselbe Stück aufgeführt?“')[0];
    expect(quote?.speaker).toBe('Karl Brandt');
    expect(quote?.role).toBeUndefined();
  });
});

describe('a subject that names a thing, in a sentence with no verb of saying', () => {
  it('is no speaker ("Die Erzählung … „…“", "Die Nutzung … „…“")', () => {
    expect(
      speakerOf('Die Erzählung von Wahlbetrug „bestärke daher bestehende alte Überzeugungen“.', 'bestärke'),
    ).toBeNull();
    expect(
      speakerOf('Die Nutzung der Anlage ist „nur bei gutem Wetter möglich“.', 'gutem Wetter'),
    ).toBeNull();
  });

  it('keeps an institution shaped like an abstract noun, and a verb of saying keeps any subject', () => {
    expect(
      speakerOf(
        'Die Landesregierung begründete ihren Schritt mit einer „veränderten Lage im ganzen Land“.',
        'Lage',
      ),
    ).toBe('Landesregierung');
    expect(
      speakerOf(
        'Die Opposition lehnte den Plan als „völlig verfehlte Politik der Regierung“ ab.',
        'verfehlte',
      ),
    ).toBe('Opposition');
    expect(
      speakerOf('„Wir prüfen den Fall sehr genau“, sagte die Stiftung Warenprüfung.', 'prüfen'),
    ).not.toBeNull();
  });
});
