import { describe, expect, it } from 'vitest';
import { checkedQuotes } from './support.js';

/** Every quote of one hand-written German article: its kind, text, speaker and role. */
function quotesOf(
  text: string,
): { kind: string; text: string; speaker: string | null; role: string | undefined }[] {
  const quotes = checkedQuotes(text);
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

describe('an age written with a number in a role phrase', () => {
  it('makes a noun the person named before ("sagt der 48-Jährige", "die 38-jährige Künstlerin")', () => {
    const noun = directWith(
      'Der Schauspieler Karl Brenner hat einen neuen Film gedreht. „Das war meine schwerste Rolle“, sagt der 48-Jährige.',
      'schwerste Rolle',
    );
    expect(noun?.speaker).toBe('Karl Brenner');
    expect(noun?.role).toBe('48-Jährige');
    const adjective = directWith(
      'Die Beamten müssten sich verantworten, schrieb Anna Kolb dem Staatsanwalt Peter Lindner. ' +
        '„Sie haben die Macht, Gerechtigkeit walten zu lassen“, schrieb die 38-jährige Künstlerin.',
      'Gerechtigkeit',
    );
    // The one woman named before: the man named with her is not counted.
    expect(adjective?.speaker).toBe('Anna Kolb');
  });

  it('is read past before a person the story knows ("der 70-jährige Brenner")', () => {
    const quote = directWith(
      'Karl Brenner hat die Wahl gewonnen. Vor seinen Anhängern sprach der 70-jährige Brenner von einem „großen Sieg für uns alle“.',
      'großen Sieg',
    );
    expect(quote?.speaker).toBe('Karl Brenner');
  });
});

describe('a source noun of a report ("Medienberichten zufolge")', () => {
  it('is no one a pronoun after it stands for', () => {
    const quote = directWith(
      'Die Ministerin Anna Kolb soll Medienberichten zufolge in einer Sitzung deutlich geworden sein. ' +
        'Sie sagte später in die Kameras, man dürfe „keine Sekunde leichtsinnig werden“.',
      'leichtsinnig',
    );
    expect(quote?.speaker).toBe('Anna Kolb');
  });
});

describe('"sie" with no plural verb next to it', () => {
  it('stands for no man named before ("Diese Kanzlerin … Nachdem sie „…“")', () => {
    const quote = directWith(
      'Kanzlerin Anna Kolb regiert seit Jahren. Karl Brenner zum Beispiel versucht, sich als Kritiker zu positionieren. ' +
        'Diese Kanzlerin jedenfalls zeigt, dass sie nicht vorhat, von der Macht zu lassen. ' +
        'Nachdem sie 2015 der Welt „ein freundliches Gesicht“ zeigte, will sie nun Härte zeigen.',
      'freundliches',
    );
    expect(quote?.speaker).toBe('Anna Kolb');
  });

  it('may be "they" before a plural verb, and then excludes no one ("Sie dürften …")', () => {
    const quote = directWith(
      'Der Parteichef Karl Brenner sagte, die Linken wollten alles ändern. Sie dürften auf keinen Fall gewinnen, sonst «gute Nacht Schweiz».',
      'gute Nacht',
    );
    expect(quote?.speaker).toBe('Karl Brenner');
  });
});

describe('a name set off by commas after a role with a short part in parentheses', () => {
  it('is the speaker ("teilte der Generalsekretär der Befreiungsfront (NBF), Tamer Oskal, mit")', () => {
    const text =
      'Die Gegner kritisierten die Wahl. „Er hat entschieden, dass alles so bleibt“, teilte der Generalsekretär ' +
      'der Nationalen Befreiungsfront (NBF), Tamer Oskal, mit. „Damit hat er sich für den Streit entschieden.“';
    expect(directWith(text, 'alles so bleibt')?.speaker).toBe('Tamer Oskal');
    expect(directWith(text, 'Streit')?.speaker).toBe('Tamer Oskal');
  });
});

describe('quotation marks right after a noun for a work', () => {
  it('hold a title even with a verb of saying after them ("Brenners Buch „…“ hatte sie „…“ genannt")', () => {
    const texts = quotesOf(
      'Kanzlerin Anna Kolb mag keinen Streit, so erinnert es an einen Fall, als Kolb klarstellte, dass sie keine ' +
        'Kontroverse wünsche: Karl Brenners Buch „Die Stadt schafft sich ab“ hatte sie 2010 „nicht hilfreich“ genannt.',
    ).map((q) => q.text);
    expect(texts).not.toContain('Die Stadt schafft sich ab');
    expect(texts).toContain('nicht hilfreich');
    const books = quotesOf(
      'Weitere Beiträge stehen in den Büchern „Ahlfeld, die besondere Stadt“ und in der Broschüre „Eine Nacht im Winter“.',
    ).map((q) => q.text);
    expect(books).toEqual([]);
  });
});

describe('a prepositional phrase between a verb of saying after the quote and its subject', () => {
  it('is passed over ("„…“, sagte am Montag der Minister", "erklärte der für X zuständige Y")', () => {
    const role = directWith(
      'Minister Karl Brenner war in Berlin. „Wir müssen jetzt handeln“, sagte am Montag der Minister.',
      'handeln',
    );
    expect(role?.speaker).toBe('Karl Brenner');
    const named = directWith(
      'Die Aufsicht hat versagt. „Die Regeln waren zu schwach“, erklärte der für die Aufsicht zuständige Vizechef Tamer Oskal.',
      'zu schwach',
    );
    expect(named?.speaker).toBe('Tamer Oskal');
    const genitive = directWith(
      'Die Stadt plant neue Regeln. „Wir prüfen alles“, sagte auf Anfrage der Zeitung ein Sprecher.',
      'prüfen',
    );
    expect(genitive?.speaker).toBe('Sprecher');
  });
});

describe('a word alone for what was said, fronted as the object', () => {
  it('is no speaker; the subject after the verb or auxiliary is ("Ähnliches hatte zuvor auch X gesagt:")', () => {
    const auxiliary = directWith(
      'Die Regierung plant neue Regeln. Ähnliches hatte zuvor auch Kanzler Karl Brenner gesagt: „Wir müssen jetzt handeln.“',
      'handeln',
    );
    expect(auxiliary?.speaker).toBe('Karl Brenner');
    const verb = directWith(
      'Die Regierung plant neue Regeln. Folgendes erklärte Tamer Oskal: „Wir müssen jetzt handeln.“',
      'handeln',
    );
    expect(verb?.speaker).toBe('Tamer Oskal');
  });
});

describe('a quoted main clause closing a sentence after its subordinate clause', () => {
  it('goes on with the speaker of the sentence before ("Während …, „werden sich …“.")', () => {
    const text =
      '„Die Ausfuhr wurde aufgerieben“, erklärte Experte Karl Brenner. „So spürten die Exporteure die Schwäche.“ ' +
      'Während im kommenden Monat die Impulse wieder zunehmen sollten, „werden sich die Bremseffekte nochmals verschärfen“.';
    expect(directWith(text, 'Bremseffekte')?.speaker).toBe('Karl Brenner');
  });

  it('not a relative clause in quotation marks ("einen Mann, „der nie erwartet hatte …“")', () => {
    const text =
      '„Ein neuer König wird kommen“, schrieb Tamer Oskal. Es soll sich um einen Mann handeln, ' +
      '„der nie erwartet hatte, König zu werden“.';
    expect(directWith(text, 'nie erwartet')?.speaker ?? null).toBeNull();
  });
});

describe('the subject between a first verb of saying and "und" before a second one with the quote', () => {
  it('says the quote ("…, sagte der Minister und klagte: „…“"), not the subject opening the sentence', () => {
    const quote = directWith(
      'Minister Karl Brenner ist in Ankara. Die Union habe weitere drei Milliarden versprochen, sagte der Minister ' +
        'und klagte: „Wir haben noch immer nichts erhalten.“',
      'nichts erhalten',
    );
    expect(quote?.speaker).toBe('Karl Brenner');
  });
});

describe('"finde" (the subjunctive of holding a view) before a quote', () => {
  it('names the person who holds it, not the medium reporting it ("Die Zeitung berichtete, X finde, „…“")', () => {
    const quote = directWith(
      'Die Zeitung berichtete außerdem, Karl Brenner finde, „die Diskussion über Lockerungen sei nicht hilfreich“.',
      'nicht hilfreich',
    );
    expect(quote?.speaker).toBe('Karl Brenner');
  });
});
