import { describe, expect, it } from 'vitest';
import { checkedQuotes, entityMentions, quoteSpeakerOf as speakerOf } from './support.js';

describe('"geben" without its particle', () => {
  it('reports nothing in "Es gibt …, … zu …" or "… gibt es nicht, aber …"', () => {
    const text =
      'Die Kampagne lief seit Wochen. Es gibt mehrere Schwierigkeiten, den Charakter des Rivalen anzugreifen. ' +
      'Einen magischen Trick gibt es nicht, aber einige Mittel, die helfen können, wieder gesund zu werden.';
    expect(checkedQuotes(text).map((q) => q.speaker)).toEqual([]);
  });

  it('still reports with its particle ("gab am Montag bekannt", "gab an", "gab zu")', () => {
    const text =
      'Der Markt wächst. Die Polizei gab am Montag bekannt, der Täter sei gefasst. Der Sprecher gab an, dass er ' +
      'geflohen sei. Der Minister Talo Brunsvik gab zu, er habe die Zahlen nicht gekannt.';
    expect(speakerOf(text, 'Täter sei gefasst', false)).toBe('Polizei');
    expect(speakerOf(text, 'geflohen sei', false)).toBe('Sprecher');
    expect(speakerOf(text, 'nicht gekannt', false)).toBe('Talo Brunsvik');
  });

  it('still reports with its particle before it or after an apposition ("Wie X bekannt gab", "gab X, Y, bekannt")', () => {
    const text =
      'Der Markt wächst. Wie das Ministerium heute bekannt gab, wird das Land den Fang wieder aufnehmen. Jetzt gab ' +
      'der Leiter der Dienststelle, Talo Brunsvik, bekannt, dass das Telefon gefunden wurde.';
    expect(speakerOf(text, 'Fang wieder aufnehmen', false)).toBe('Ministerium');
    expect(speakerOf(text, 'Telefon gefunden', false)).toBe('Talo Brunsvik');
  });

  it('still reports a clause with "ob" or "dass" after it ("Es gibt Zweifel daran, ob …")', () => {
    const text = 'Das Haus brannte ab. Es gibt aber auch Zweifel daran, ob die Maus das Feuer gelegt hat.';
    expect(checkedQuotes(text).some((q) => q.text.includes('Feuer gelegt'))).toBe(true);
  });
});

describe('a relative pronoun before an object', () => {
  it('stands for the noun before its comma ("Es gibt Stimmen, die dem Kardinal vorwerfen, …")', () => {
    const text =
      'Der Bischof wusch den Gästen die Füße. Es gibt jedoch auch Stimmen, die dem früheren Kardinal Talo ' +
      'Brunsvik vorwerfen, in der Zeit der Diktatur geschwiegen zu haben.';
    expect(speakerOf(text, 'geschwiegen zu haben', false)).toBe('Stimmen');
  });
});

describe('"so X" after an opening of two words', () => {
  it('frames the sentence ("Im Idealfall, so Expertin X, könne man …") and the next one goes on with X', () => {
    const text =
      'Die Bank plant ein neues Bezahlsystem. Im Idealfall, so Bank-Expertin Mara Quell, könne man dann über einen ' +
      'Knopf zahlen. Darüber hinaus müsse es auch Rabatte geben.';
    expect(speakerOf(text, 'Knopf zahlen', false)).toBe('Mara Quell');
    expect(speakerOf(text, 'Rabatte geben', false)).toBe('Mara Quell');
  });
});

describe('a source in quotation marks after its article', () => {
  it('is the source ("laut dem „Tagesblatt“", "Recherchen der „Morgenpost“", "Angaben des „Kuriers“")', () => {
    const text =
      'Die Lage ist ernst. Laut dem „Tagesblatt“ nutzt das Land das Öl nicht selbst. Laut Recherchen der ' +
      '„Morgenpost“ verkauft es einen Teil weiter. Nach Angaben des „Kuriers“ fehlen Devisen.';
    expect(speakerOf(text, 'nicht selbst', false)).toBe('Tagesblatt');
    expect(speakerOf(text, 'Teil weiter', false)).toBe('Morgenpost');
    expect(speakerOf(text, 'fehlen Devisen', false)).toBe('Kuriers');
  });
});

describe('a phrase right after a source noun with no article', () => {
  it('is the source when it shows its genitive ("nach Angaben westlicher Behörden", "nach Angaben Moskaus")', () => {
    const text =
      'Die Lage ist ernst. Eigentümer des Schiffes ist nach Angaben westlicher Behörden eine kleine Firma. Die ' +
      'Truppen sind nach Angaben Moskaus abgezogen.';
    expect(speakerOf(text, 'kleine Firma', false)).toBe('Behörden');
    expect(speakerOf(text, 'Truppen sind', false)).toBe('Moskau');
  });

  it('belongs to the clause otherwise ("hat nach eigenen Angaben Einladungen verschickt")', () => {
    const text =
      'Die Lage ist ernst. Das Ministerium hat nach eigenen Angaben Einladungen an 35 Staaten verschickt. Die Stadt ' +
      'hat nach Polizeiangaben wieder einen Toten zu beklagen.';
    expect(speakerOf(text, 'Einladungen an', false)).toBe('eigenen Angaben');
    expect(speakerOf(text, 'Toten zu beklagen', false)).toBe('Polizeiangaben');
  });
});

describe('a noun of citing a source after the verb of saying', () => {
  it('is no speaker ("US-Medien berichteten unter Berufung auf Kreise zudem, es habe …")', () => {
    const text =
      'Die Lage ist ernst. US-Medien berichteten unter Berufung auf Geheimdienstkreise zudem, es habe Hinweise auf ' +
      'Waffen gegeben. Die Sprecherin Mara Quell sagte mit Verweis auf den Bericht, das Schiff sei leer gewesen.';
    const speakers = checkedQuotes(text).map((q) => q.speaker);
    expect(speakers).not.toContain('Berufung');
    expect(speakers).not.toContain('Verweis');
    expect(speakerOf(text, 'Schiff sei leer', false)).toBe('Mara Quell');
  });
});

describe('"zu" before an adverb', () => {
  it('opens no infinitive of reported content ("Hält X den Ball, ist es zu spät", "stellt … zu früher dar")', () => {
    const text =
      'Die Partie war hart. Hält Kostas Papadakis den Ball einmal in seinen Händen, ist es fast immer zu spät. ' +
      'Dabei stellt die arbeitende Frau, die gleichzeitig die Kinder erzieht, kaum eine Veränderung zu früher dar.';
    expect(checkedQuotes(text).map((q) => q.speaker)).toEqual([]);
  });

  it('still opens one before an infinitive ("kündigte an, die Steuern zu erhöhen", "bestreitet, … zu sein")', () => {
    const text =
      'Die Lage ist ernst. Minister Talo Brunsvik kündigte an, die Steuern deutlich zu erhöhen. Der Fahrer ' +
      'Kostas Papadakis wies zurück, an dem Streit beteiligt gewesen zu sein.';
    expect(speakerOf(text, 'Steuern deutlich', false)).toBe('Talo Brunsvik');
    expect(speakerOf(text, 'beteiligt gewesen', false)).toBe('Kostas Papadakis');
  });
});

describe("a word of a person's part right before the name", () => {
  it('is the role, not part of the name ("sagte Arzt X", "Veteran X", "Interviewerin X")', () => {
    const text =
      'Die Partie war hart. „Uns fehlen die Grundlagen“, sagte Veteran Kostas Papadakis. „Schlafen Sie genug“, rät ' +
      'Arzt Talo Brunsvik. „Wie ging es Ihnen?“, fragte Interviewerin Mara Quell.';
    expect(speakerOf(text, 'Grundlagen')).toBe('Kostas Papadakis');
    expect(speakerOf(text, 'Schlafen Sie')).toBe('Talo Brunsvik');
    expect(speakerOf(text, 'Wie ging')).toBe('Mara Quell');
  });
});

describe('a Greek given name in "-is"', () => {
  it('opens a person\'s name, though "-nis" ends German nouns ("Giannis Papadakis", "Jannis Brunsvik")', () => {
    const text = 'Die Mannschaft gewann. Der Star Giannis Papadakis war besser. Auch Jannis Brunsvik traf.';
    const mentions = entityMentions(text);
    expect(mentions).toContain('Giannis Papadakis (person)');
    expect(mentions).toContain('Jannis Brunsvik (person)');
  });
});
