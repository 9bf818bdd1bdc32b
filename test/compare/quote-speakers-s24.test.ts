import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/brief/index.js';
import { fixtureArticles, textOf } from './support.js';

/** Every quote of one hand-written German article: its kind, text, speaker and role. */
function quotesOf(
  text: string,
): { kind: string; text: string; speaker: string | null; role: string | undefined }[] {
  const articles = fixtureArticles('de', [{ id: 'a', text }]);
  const { quotes } = analyseStory(articles);
  for (const q of quotes) expect(textOf(articles, q)).toBe(q.text);
  return quotes.map((q) => ({ kind: q.kind ?? 'direct', text: q.text, speaker: q.speaker, role: q.role }));
}

/** The first direct quote whose text holds `words`. */
const directWith = (text: string, words: string) =>
  quotesOf(text).find((q) => q.kind === 'direct' && q.text.includes(words));

describe('an adverbial between the verb of saying and its subject before a quote', () => {
  it('is no speaker: "sagte auf Nachfrage der Sprecher:" is the spokesman, not "Nachfrage"', () => {
    const quote = directWith(
      'Die Stadt Ahlfeld baut eine neue Brücke. Dazu sagte auf Nachfrage der Sprecher: „Wir prüfen noch alle Angebote.“',
      'Angebote',
    );
    expect(quote?.speaker).not.toBe('Nachfrage');
    expect(quote?.role ?? quote?.speaker).toBe('Sprecher');
  });

  it('is passed over with a day and a second one ("Am Montag sagte im Interview die Ministerin:")', () => {
    const quote = directWith(
      'Am Montag sagte im Interview die Ministerin: „Die Schulen bleiben bis Ostern geöffnet.“',
      'Ostern',
    );
    expect(quote?.speaker).toBe('Ministerin');
    const named = directWith(
      'Am Montag sagte im Interview mit dem Sender Landrätin Petra Kuhl: „Die Schulen bleiben geöffnet.“',
      'Schulen',
    );
    expect(named?.speaker).toBe('Petra Kuhl');
  });

  it('passes over a genitive of its noun, and gives nobody when no subject follows', () => {
    const genitive = directWith(
      'Am Abend sagte auf Anfrage der Zeitung ein Sprecher: „Wir äußern uns dazu nicht.“',
      'äußern',
    );
    expect(genitive?.speaker).toBe('Sprecher');
    const none = directWith(
      'Die Partei tagt in Ahlfeld. Und kündigt auf Anfrage an: „Wir prüfen alle rechtlichen Wege.“',
      'rechtlichen',
    );
    expect(none?.speaker).toBeNull();
  });
});

describe('a noun of a point in time opening the clause', () => {
  it('is no speaker ("Mitte der Woche erklärte der Minister:")', () => {
    const quote = directWith(
      'Mitte der Woche erklärte der Minister: „Wir brauchen mehr Lehrer an den Schulen.“',
      'Lehrer',
    );
    expect(quote?.speaker).not.toBe('Mitte');
    expect(quote?.role ?? quote?.speaker).toBe('Minister');
    const late = directWith(
      'Der Vertrag lief aus, Ende 2019 wurde er verlängert, sagte Lotte Brink: „Das war knapp.“',
      'knapp',
    );
    expect(late?.speaker).not.toBe('Ende');
  });
});

describe('a conjunction opening the sentence', () => {
  it('is no speaker ("Dass der Preis verdient war, davon …")', () => {
    const quote = directWith(
      'Die Jury tagte lange. Dass der Preis verdient war, davon konnten sich beim „Tag der offenen Tür“ viele Gäste überzeugen.',
      'offenen Tür',
    );
    expect(quote?.speaker).toBeNull();
  });
});

describe('two role words joined before a name', () => {
  it('are read on to the name ("der Virologe und Studienleiter X")', () => {
    expect(
      directWith(
        'Die Studie ist fertig. Man könne die Rate „ziemlich genau beziffern“, erklärte der Virologie-Professor und Studienleiter Paul Rehm.',
        'beziffern',
      )?.speaker,
    ).toBe('Paul Rehm');
    expect(
      directWith(
        'Die Schauspielerin und Regisseurin Nora Lindholm sagte: „Ich drehe wieder im Sommer.“',
        'Sommer',
      )?.speaker,
    ).toBe('Nora Lindholm');
  });
});

describe('a quote standing alone after a sentence about the last speaker', () => {
  it('goes on with him when that sentence has "er" as its subject and names nobody', () => {
    const text =
      '„Ich will gewinnen“, sagt Karl Brenner am Dienstag. Er war dem Sieg nie so nah wie jetzt. „Ich spiele auf Sieg.“';
    expect(directWith(text, 'auf Sieg')?.speaker).toBe('Karl Brenner');
  });

  it('does not with "sie", which may be "they", nor when that sentence names someone else', () => {
    const they =
      '„Wir hatten immer Kontakt“, sagt Lotte Brink. Danach lebten sie eine Weile in Ahlfeld. „Wir waren drei Jahre unterwegs.“';
    expect(directWith(they, 'drei Jahre')?.speaker).toBeNull();
    const other =
      '„Ich will gewinnen“, sagt Karl Brenner am Dienstag. Er traf dort Jonas Weber. „Ich spiele auf Sieg.“';
    expect(directWith(other, 'auf Sieg')?.speaker).not.toBe('Karl Brenner');
  });
});

describe('a verb of holding a view after a quote', () => {
  it('names the speaker in the past too ("„…“, fand X")', () => {
    expect(
      directWith(
        'Der Verein spendete 300 Euro. „Wir haben uns den richtigen Verein ausgesucht“, fand Karl Brenner nach der Sitzung.',
        'richtigen Verein',
      )?.speaker,
    ).toBe('Karl Brenner');
  });
});

describe('a role after "laut" and its article', () => {
  it('keeps the article, so the role is the person named before with it ("Laut dem Minister …")', () => {
    const quote = directWith(
      'Minister Karl Brenner will die Steuern senken. Laut dem Minister sollte der Steuersatz „spürbar“ sinken.',
      'spürbar',
    );
    expect(quote?.speaker).toBe('Karl Brenner');
    expect(quote?.role).toBe('Minister');
  });
});

describe('an adverb before the adjective of a role phrase', () => {
  it('is read past, so the role resolves ("sagte die sichtlich bewegte Ministerin")', () => {
    const quote = directWith(
      'Ministerin Anna Kolb besuchte die Opfer. „Das hat mich erschüttert“, sagte die sichtlich bewegte Ministerin.',
      'erschüttert',
    );
    expect(quote?.speaker).toBe('Anna Kolb');
  });
});

describe('a medium named in quotation marks after a verb of saying', () => {
  it('is no quote ("sagte X der „Welt“"), but a word after a comma or a preposition stays one', () => {
    const texts = quotesOf('„Das reicht nicht“, sagte Karl Brenner der „Welt“.').map((q) => q.text);
    expect(texts).toContain('Das reicht nicht');
    expect(texts).not.toContain('Welt');
    expect(quotesOf('Brenner sagte, der „Aufschwung“ komme bald.').map((q) => q.text)).toContain(
      'Aufschwung',
    );
    expect(quotesOf('Er sprach später von der „Wende“.').map((q) => q.text)).toContain('Wende');
  });
});
